// Small readers of element attributes and script text that parse.ts applies as it streams.
import type { TimeElement, WallMarkers } from './page.js';

export function hAtomKind(className: string | undefined): TimeElement['hAtom'] {
  if (!className) return null;
  // WordPress prints "entry-date published updated" on a post never edited: published wins.
  if (/(?:^|\s)(?:published|entry-date)(?:\s|$)/.test(className)) return 'published';
  return /(?:^|\s)updated(?:\s|$)/.test(className) ? 'updated' : null;
}

export function noteChallengeUrl(url: string, walls: WallMarkers): void {
  // DataDome's normal tag is js.datadome.co; only a blocked visitor gets the captcha-delivery iframe.
  if (/captcha-delivery\.com/i.test(url)) walls.challenge.push('datadome');
  if (/\/cdn-cgi\/challenge-platform\/h\//.test(url)) walls.challenge.push('cloudflare');
  // Imperva (Incapsula) answers a refused visitor with a page that is only this iframe.
  if (/\/_Incapsula_Resource\?[^#]*incident_id=/i.test(url)) walls.challenge.push('incapsula');
}

export function noteChallengeScript(text: string, walls: WallMarkers): void {
  // Every Cloudflare-proxied page may load /cdn-cgi/challenge-platform/scripts/jsd/main.js;
  // only the interstitial defines _cf_chl_opt or loads the orchestrate/chl_page script.
  if (text.includes('_cf_chl_opt') || text.includes('/challenge-platform/h/')) walls.challenge.push('cloudflare');
  if (text.includes('captcha-delivery.com')) walls.challenge.push('datadome');
  if (text.includes('_pxCaptcha') || text.includes('px-captcha')) walls.challenge.push('perimeterx');
}
