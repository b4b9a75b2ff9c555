// "Blakey told the 82-year-old Democrat …", "a Republican criticised the plan": a party member's word in the
// singular after an article names one member, a person, though entities/grouping/party-names.ts joins the word to
// the party's node (so that "Democrats" and "a Democrat" meet on it). What that person does or undergoes is no act
// of the party: such a draft makes no edge.
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import type { Chunk } from './chunks.js';

/** Singular words for one member of a party. */
const MEMBER_WORDS = new Set(['democrat', 'republican', 'tory', 'conservative', 'liberal', 'socialist', 'communist']);
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'another', 'one', 'fellow']);

/** The mention of `id` between `from` and `to` is such a word heading a phrase an article opens. */
function memberMention(view: SentenceView, id: string, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (view.entityAt[k] !== id) continue;
    if (view.entityAt[k - 1] === id || view.entityAt[k + 1] === id) return false;
    if (!MEMBER_WORDS.has(view.toks[k].normal) || !/^\p{Lu}/u.test(view.toks[k].text)) return false;
    const np = view.chunks.find((c) => c.kind === 'NP' && c.from <= k && k <= c.to);
    // (the word heads its phrase: "fellow Republican Representative Francis Rooney" names the party of his title)
    return !!np && np.to === k && ARTICLES.has(view.toks[np.from].normal);
  }
  return false;
}

export const memberWordEnd = (view: SentenceView, d: TripleDraft): boolean =>
  memberMention(view, d.subject, d.from, d.to) || memberMention(view, d.object, d.from, d.to);

/** "a Democrat", "the 82-year-old Republican": noun phrase `np`, opened by an article, ends in a member's word
 * (one person, though the word's mention stands for the party). */
export function memberPhrase(view: SentenceView, np: Chunk): boolean {
  const last = view.toks[np.to];
  const id = view.entityAt[np.to];
  return (
    np.kind === 'NP' &&
    ARTICLES.has(view.toks[np.from].normal) &&
    !!id &&
    view.entityAt[np.to - 1] !== id &&
    MEMBER_WORDS.has(last.normal) &&
    /^\p{Lu}/u.test(last.text)
  );
}
