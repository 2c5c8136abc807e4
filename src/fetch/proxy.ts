// HTTP_PROXY, HTTPS_PROXY and NO_PROXY as curl reads them: the lower-case name first, then the
// upper-case one; HTTPS_PROXY for https URLs, HTTP_PROXY for http ones (and for https when no
// HTTPS_PROXY is set); NO_PROXY a comma-separated list of hosts (and their subdomains) or `*`.

export interface ProxySetting {
  http: string;
  https: string;
  noProxy: string;
}

/** The proxy settings from an environment; null when no proxy is set. Pure: the CLI passes its env. */
export function proxyFromEnv(env: Record<string, string | undefined>): ProxySetting | null {
  const read = (name: string): string => (env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '').trim();
  const http = read('http_proxy');
  const https = read('https_proxy');
  if (!http && !https) return null;
  return { http, https, noProxy: read('no_proxy') };
}
