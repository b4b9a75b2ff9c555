// The entity panel's claims: what the entity said and what others said about it, each with the claimed
// content marked in its sentence (a direct quotation marked as such) and its source article.
import type { ClaimView, EntityDetails } from '@kg/graph';
import { el } from './dom.js';
import { evidenceSource } from './evidence-view.js';

type EntityLink = (id: string, name: string) => HTMLElement;

/** Claims shown per section before "…and N more" (a speaker quoted in hundreds of articles). */
const SHOWN = 10;

/** The sentence as text nodes with the claimed part in a <mark>: the article's text is never parsed as HTML. */
function markedSentence(c: ClaimView): HTMLElement {
  const { text } = c.sentence;
  const { start, end } = c.content;
  return el('q', { class: 'sentence' }, [
    text.slice(0, start),
    el('mark', {
      class: c.quote ? 'claim quote' : 'claim',
      text: text.slice(start, end),
      title: c.quote ? 'direct quotation' : 'reported claim',
    }),
    text.slice(end),
  ]);
}

function claimItem(c: ClaimView, side: 'said' | 'saidAbout', link: EntityLink): HTMLElement {
  const head = el('div', { class: 'claim-head' });
  if (side === 'saidAbout') head.append(link(c.speaker.id, c.speaker.name), ' ');
  head.append(el('span', { class: 'verb', text: c.verb }));
  if (c.quote) head.append(el('span', { class: 'muted', text: ' (quote)' }));
  if (side === 'said' && c.about.length) {
    head.append(el('span', { class: 'muted', text: ' about ' }));
    c.about.forEach((a, i) => head.append(...(i ? [', '] : []), link(a.id, a.name)));
  }
  return el('li', { class: 'claim', attrs: { 'data-claim': c.id, 'data-speaker': c.speaker.id } }, [
    head,
    markedSentence(c),
    evidenceSource(c.sentence, c.time),
  ]);
}

/** `total` counts the claims the page left out too (EntityDetails.totals). */
function section(
  title: string,
  side: 'said' | 'saidAbout',
  claims: ClaimView[],
  total: number,
  link: EntityLink,
): HTMLElement {
  const list = el(
    'ul',
    { class: 'claim-list' },
    claims.slice(0, SHOWN).map((c) => claimItem(c, side, link)),
  );
  const shown = Math.min(claims.length, SHOWN);
  if (total > shown)
    list.append(el('li', { class: 'muted', text: `…and ${(total - shown).toLocaleString('en')} more` }));
  return el('section', { class: 'claims', attrs: { 'data-side': side } }, [
    el('h3', { text: `${title} (${total.toLocaleString('en')})` }),
    list,
  ]);
}

/** "Said" and "Said about it" sections, each only when there is something to show. */
export function renderClaims(d: EntityDetails, link: EntityLink): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (d.said?.length) out.push(section('Said', 'said', d.said, d.totals?.said ?? d.said.length, link));
  if (d.saidAbout?.length)
    out.push(section('Said about it', 'saidAbout', d.saidAbout, d.totals?.saidAbout ?? d.saidAbout.length, link));
  return out;
}
