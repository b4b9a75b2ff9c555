// A maker's name opening its product's name before a kind of vehicle or device: "the SpaceX Crew Dragon
// capsule", "a Nokia Lumia 920 phone" → SpaceX CREATES Crew Dragon, when the article names the maker as a
// body of its own. A product is named after the one who makes it ("Toyota Prius", "Airbus A320"); the kind
// noun after it is what says it is a made thing ("Lion Air Flight 610", "Rocky Linux", "Super Tuesday" name
// no maker); an operator's name before a maker's ("the Qantas Boeing 747 jet") is left alone.
import { entityId } from '../../entity-id.js';
import { VEHICLE_HEADS } from '../../entities/lexicon/work-words.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

/** Most words a maker's name may have. */
const MAX_MAKER_WORDS = 3;
/** A name word: capitalised or a number ("Crew", "737"). */
const NAME_WORD = /^[\p{Lu}\p{N}]/u;

/** The body named by the first words of the product mention at `from..to`, and the last of its words. */
function makerAt(view: SentenceView, from: number, to: number): { id: string; last: number } | undefined {
  for (let n = Math.min(MAX_MAKER_WORDS, to - from); n >= 1; n--) {
    const last = from + n - 1;
    const words = view.toks.slice(from, last + 1);
    // "SpaceX's Crew Dragon" is a possessive (another rule's); the maker's name is joined by plain spaces.
    if (words.some((t, k) => k < n - 1 && !/^\s+$/.test(t.post))) continue;
    if (/['’]/.test(view.toks[last].post) || /['’]s?$/.test(view.toks[last].text)) continue;
    const id = entityId(words.map((t) => t.text).join(' '), 'Organization');
    if (view.types.get(id) === 'Organization' && NAME_WORD.test(view.toks[last + 1]?.text ?? '')) return { id, last };
  }
  return undefined;
}

export const makerName: RelationRule = {
  name: 'maker-name',
  description:
    'a body the article names opening the name of a product before a vehicle or device noun ("the SpaceX Crew Dragon capsule") creates the product',
  example: 'Nokia said the Nokia Lumia 920 phone would sell well.',
  descriptive: true,
  apply(view) {
    const out: TripleDraft[] = [];
    const { toks, entityAt } = view;
    for (let k = 0; k < toks.length; k++) {
      const P = entityAt[k];
      // Only at the first token of a product's mention.
      if (!P || entityAt[k - 1] === P || view.types.get(P) !== 'Product' || view.kindAt[k] !== 'name') continue;
      let end = k;
      while (entityAt[end + 1] === P) end++;
      if (!VEHICLE_HEADS.has(toks[end + 1]?.normal ?? '')) continue;
      const maker = makerAt(view, k, end);
      // One of the product's own words must follow the maker's ("Acme Robotics" alone is the body).
      if (!maker || maker.id === P || maker.last >= end) continue;
      // "the Qantas Boeing 747": a second body's name right after the first makes the first an operator.
      if (makerAt(view, maker.last + 1, end)) continue;
      out.push({
        subject: maker.id,
        object: P,
        predicate: { type: 'CREATES', lemma: 'make', text: view.slice(k, end) },
        confidence: 0.7,
        from: k,
        to: end,
      });
    }
    return out;
  },
};
