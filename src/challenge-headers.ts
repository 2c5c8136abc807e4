// Shared by extract/ (a 2xx challenge page is a wall) and verify/ (a challenge with an error
// status is `blocked`, not a server error): the headers bot-management services mark them with.

/**
 * A bot-management service's challenge, told by its header: Cloudflare's `cf-mitigated:
 * challenge`, AWS WAF's `x-amzn-waf-action: challenge` or `captcha` (sent with status 202 or 405).
 */
export function isChallengeResponse(headers: Record<string, string> | undefined): boolean {
  if (!headers) return false;
  if (headers['cf-mitigated']?.toLowerCase() === 'challenge') return true;
  const waf = headers['x-amzn-waf-action']?.toLowerCase();
  return waf === 'challenge' || waf === 'captcha';
}
