// The run reads every fetched page through extract's one reader.
export { readFetchedPage as readPage } from '../extract/read-fetched.js';
