import { readFileSync } from 'node:fs';

interface PackageInfo {
  version: string;
  homepage: string;
}

let cached: PackageInfo | undefined;

/** package.json sits one folder above both src and dist. */
export function packageInfo(): PackageInfo {
  cached ??= JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageInfo;
  return cached;
}

export function defaultUserAgent(): string {
  const { version, homepage } = packageInfo();
  return `citecheck/${version} (+${homepage})`;
}
