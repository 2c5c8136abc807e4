import { tldts } from '../tldts-lazy.js';

export function getDomainWithoutSuffix(url: string): string | null {
  return tldts().getDomainWithoutSuffix(url);
}
