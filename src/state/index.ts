// The state file: what citecheck check --state remembers between runs (citecheck.state.json).
export { MAX_OBSERVATIONS, STATE_SCHEMA_REF, STATE_VERSION, stateFileSchema, stateJsonSchema } from './schema.js';
export type { Observation, State, StateEntry, StateFile, StateRecord, Validators } from './schema.js';
export { emptyState, loadState, saveState, serializeState, stateForSave } from './file.js';
export { confirmationStatus, pendingField } from './confirm.js';
export type { ConfirmOptions, Confirmation } from './confirm.js';
export {
  conditionalHeaders,
  hasDrifted,
  historyFor,
  pageFromReading,
  recordObservation,
  reusableReading,
  storedReading,
  validatorsFrom,
} from './history.js';
export type { RecordOptions } from './history.js';
export { isNotModified, resultFromReading } from './reading.js';
