// htmlArticle(): a news page → its main text and what the page says about itself. The text is Mozilla's
// Readability (the Firefox Reader View) on a linkedom DOM, so menus, footers and teasers stay out; the
// title, date and outlet come from what Readability reads (JSON-LD NewsArticle, Open Graph / article meta
// tags, <title>), the address from <link rel="canonical">, og:url or the JSON-LD url. A page Readability
// finds no article in is read whole (markup dropped).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from '../html-to-text.js';
import { articleDate } from './article-date.js';
import { canonicalUrl } from './canonical-url.js';

export interface HtmlArticle {
  text: string;
  title?: string;
  date?: string;
  url?: string;
  outlet?: string;
}

type Json = Record<string, unknown>;
type Doc = ReturnType<typeof parseHTML>['document'];

/** JSON-LD objects of the page, flattened out of arrays and @graph lists. */
function jsonLd(document: Doc): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ('@graph' in v) visit((v as Json)['@graph']);
    }
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A broken JSON-LD block says nothing; the meta tags may still.
    }
  }
  return out;
}

const isArticle = (o: Json) =>
  [o['@type']].flat().some((t) => typeof t === 'string' && /(News|Report|Blog|Analysis)?Article|Posting$/.test(t));

function meta(document: Doc, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

function ldString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return ldString(v[0]);
  if (v && typeof v === 'object') return ldString((v as Json)['@id'] ?? (v as Json).url ?? (v as Json).name);
  return undefined;
}

/** A <title> without the outlet's name that pages append ("Storm hits Paris | Daily Planet"). */
function withoutSite(title: string | null | undefined, outlet: string | undefined): string | undefined {
  const t = title?.trim();
  if (!t || !outlet) return t || undefined;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    if (t.endsWith(`${sep}${outlet}`) && t.length > sep.length + outlet.length)
      return t.slice(0, -(sep.length + outlet.length));
  }
  return t;
}

/** `pageUrl`: where the page was fetched from, for relative links and as the address of last resort. */
export function htmlArticle(html: string, pageUrl?: string): HtmlArticle {
  // linkedom builds no <html> element for a bare fragment, and Readability needs one.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const ld = jsonLd(document).find(isArticle);
  const link = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const declared =
    canonicalUrl(link, pageUrl) ??
    canonicalUrl(meta(document, 'og:url'), pageUrl) ??
    canonicalUrl(ldString(ld?.url ?? ld?.mainEntityOfPage), pageUrl);
  // A canonical link to a site's front page (a common template mistake) does not name this article.
  const url =
    declared && !(new URL(declared).pathname === '/' && pageUrl && new URL(pageUrl).pathname !== '/')
      ? declared
      : canonicalUrl(pageUrl);
  const dateFromMeta = meta(document, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date');
  const publisher = ld?.publisher as Json | undefined;
  const siteFromMeta = meta(document, 'og:site_name', 'application-name');
  const ogTitle = meta(document, 'og:title');
  // Readability changes the DOM it reads, so it runs last.
  let read: ReturnType<Readability['parse']> = null;
  try {
    read = new Readability(document as never).parse();
  } catch {
    // Odd markup Readability cannot walk is read whole below.
  }
  const text = read?.content ? htmlToText(read.content) : htmlToText(html);
  const out: HtmlArticle = { text };
  const outlet = read?.siteName?.trim() || ldString(publisher?.name) || siteFromMeta;
  const title = ldString(ld?.headline) ?? ogTitle ?? withoutSite(read?.title, outlet);
  if (title) out.title = title;
  const date = articleDate(read?.publishedTime ?? ldString(ld?.datePublished) ?? dateFromMeta);
  if (date) out.date = date;
  if (url) out.url = url;
  if (outlet) out.outlet = outlet;
  return out;
}
