// Merge rule for a site named "<city> <head>, <place>" and called "<place> <head>": "Stavanger Airport, Sola"
// and "Sola Airport", "Oslo Airport, Gardermoen" and "Gardermoen Airport". The name after the comma is the
// last part of the site's name (the parse cut it off at the comma), not the region it lies in ("College
// Station, Texas"), when the article also writes it before the head word. Both the short form and the cut-off
// part join the full name. Only a place head word (airport, station …), a one-word part the lexicon does not
// know as a place, and one candidate.
import type { MergeRule } from './merge-rules.js';
import type { NameGroup, TypedSpan } from '../spans.js';
import { PLACE_HEADS } from '../lexicon/org-words.js';
import { isKnownPlace } from '../lexicon/known-places.js';

interface CommaName {
  full: NameGroup;
  /** The one-word name after the comma, lower case. */
  part: string;
}

/** Each "<…> <head>, <Part>" written in the article: a span of a place group, a comma, a one-word name. */
function commaNames(groups: NameGroup[], short: NameGroup): CommaName[] {
  const all = [...groups, short];
  const oneWordAt = new Map<number, TypedSpan>();
  for (const g of all) for (const x of g.spans) if (x.tokens.length === 1) oneWordAt.set(x.tokens[0].i, x);
  const out: CommaName[] = [];
  for (const full of groups) {
    if (full.type !== 'Place' || full.words < 2 || !PLACE_HEADS.has(full.lastWord)) continue;
    for (const x of full.spans) {
      const last = x.tokens[x.tokens.length - 1];
      if (x.tokens.length < 2 || last.post.trim() !== ',') continue;
      const part = oneWordAt.get(last.i + 1);
      if (!part || part.sentence !== x.sentence || isKnownPlace(part.text)) continue;
      if (part.tokens[0].tags.has('Country') || part.tokens[0].tags.has('Region')) continue;
      out.push({ full, part: part.key });
    }
  }
  return out;
}

export const commaPlaceName: MergeRule = {
  name: 'comma-place-name',
  target: (s, groups) => {
    if (s.words > 2 || s.type === 'Person' || s.type === 'Concept') return undefined;
    // Cheap tests first ("<Part> <head>" needs a place head word; "<Part>" alone needs "<Part> <head>" written):
    // reading every comma of every group for each name made long articles slow.
    if (s.words === 2 && !PLACE_HEADS.has(s.lastWord)) return undefined;
    if (s.words === 1 && !groups.some((g) => g.words === 2 && g.firstWord === s.key && PLACE_HEADS.has(g.lastWord)))
      return undefined;
    const found = commaNames(groups, s);
    const keys = new Set([...groups, s].map((g) => g.key));
    const cands = new Set(
      found
        .filter(({ full, part }) => {
          // "Sola Airport": the part before the same head word.
          if (s.words === 2) return s.key === `${part} ${full.lastWord}` && s.key !== full.key;
          // "Sola" itself, when "Sola Airport" is written too and every "Sola" follows the comma.
          return s.key === part && keys.has(`${part} ${full.lastWord}`) && s.spans.every((x) => x.tokens.length === 1);
        })
        .map((c) => c.full),
    );
    if (cands.size !== 1) return undefined;
    const [target] = cands;
    if (s.words === 1) {
      // Every mention of the part alone sits right after the full name's comma.
      const ends = new Set(target.spans.map((x) => x.tokens[x.tokens.length - 1].i + 1));
      if (!s.spans.every((x) => ends.has(x.tokens[0].i))) return undefined;
    }
    return target;
  },
};
