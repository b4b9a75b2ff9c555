// canonicalUrl(): one spelling per article address, so the same story reached from its URL, a feed item
// and a saved page's <link rel="canonical"> is one document: http(s) only, no fragment, no tracking
// parameters (utm_*, fbclid, …), the remaining query sorted. urlDomain() names the outlet's site.

const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|ito|at_medium|at_campaign)$/i;

export function canonicalUrl(raw: string | undefined | null, base?: string): string | undefined {
  if (!raw || typeof raw !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}

/**
 * The key an article's identity hashes: scheme and a leading "www." dropped, as outlets serve one story
 * under both (a feed's http:// link, the page's https:// canonical).
 */
export function urlKey(url: string): string {
  const u = new URL(url);
  return `${urlDomain(url)}${u.port ? `:${u.port}` : ''}${u.pathname.replace(/\/+$/, '') || '/'}${u.search}`;
}

export function urlDomain(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
