// Whether a definite description ("the state", "the airline") has a rival reading: another entity of the
// same type, whose kind the article never gives, named after the latest entity the description fits and
// before the description ("… boost in Florida came as Bloomberg invested in the state" speaks of Florida, not
// of Wisconsin, the last place the article called a state). Then the description stays unresolved. Only places:
// news names them in passing all the time ("in Iowa"), and each could be the state or province meant.
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import { PLACE_HEADS } from '../lexicon/org-words.js';

/** Tags that say what a place is, when the description names another kind ("the state" is no city). */
const KIND_TAGS: Array<[tag: string, words: Set<string>]> = [
  ['City', new Set(['city', 'town'])],
  ['Country', new Set(['country', 'nation'])],
];

export function hasRival(
  groups: NameGroup[],
  kinded: Set<number>,
  best: { entity: number; at: number },
  before: Token,
  kind: string,
): boolean {
  const type = groups[best.entity].type;
  if (type !== 'Place') return false;
  return groups.some(
    (g, n) =>
      n !== best.entity &&
      g.type === type &&
      !kinded.has(n) &&
      g.spans.some((s) => s.start > best.at && s.end <= before.start) &&
      // ("near Avenue P South. … the city will contribute": a place whose name says its kind, another, is no rival.)
      !g.key.split(' ').some((w) => w !== kind && (PLACE_HEADS.has(w) || w === 'route' || w === 'highway')) &&
      !KIND_TAGS.some(([tag, words]) => !words.has(kind) && g.spans.some((s) => s.tokens.some((t) => t.tags.has(tag)))),
  );
}

const MAX_MODIFIERS = 3;

/**
 * "A Dutch appeals court upheld the ruling. … take the case to the Supreme Court. … the court has confirmed",
 * "approve plans for a new pedestrian bridge … next to the Swing Bridge … welcomed the bridge":
 * the article brought in a thing of that kind with no name ("a … court", "a new … bridge") before the description, which may
 * stand for it as well as for the latest named one; then the description stays unresolved (`opening`: one opening
 * its sentence; `fresh`: "a new …" anywhere, which counts only when it came in before the name). Not a kind said of a
 * name ("Acme, a firm", "Acme is a firm"), nor a modifier of a noun after it ("a company spokesman"). Read once
 * per article: each kind with the token position of its first such head word.
 */
export function unnamedKinds(
  tokens: Token[],
  headOf: (t: Token) => string,
): { opening: Map<string, number>; fresh: Map<string, number> } {
  const opening = new Map<string, number>();
  const fresh = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    if (a.normal !== 'a' && a.normal !== 'an') continue;
    // (only one opening its sentence, its subject, after a dateline's dash at most: "a planet" in passing is
    // the kind in general; "plans for a new pedestrian bridge": "a new" brings in a particular one wherever it
    // stands)
    const before = tokens[i - 1];
    const opens = before?.sentence !== a.sentence || /[—–]\s*$/.test(before.post);
    const isNew = tokens[i + 1]?.normal === 'new' && tokens[i + 1].sentence === a.sentence;
    if (!opens && !isNew) continue;
    // (a word that modifies the noun after it ends the phrase for its own kind: "a company spokesman")
    const modifier = new Set<string>();
    for (let k = i + 1; k <= i + 1 + MAX_MODIFIERS && tokens[k]?.sentence === a.sentence; k++) {
      const t = tokens[k];
      if (/^\p{Lu}/u.test(t.text) && !t.tags.has('Demonym') && !t.tags.has('Adjective')) break;
      const kind = headOf(t);
      const next = tokens[k + 1];
      const modifies =
        next?.sentence === t.sentence && !/\S/.test(t.post) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun');
      if (!modifier.has(kind) && !modifies) {
        if (opens && !opening.has(kind)) opening.set(kind, k);
        if (isNew && !fresh.has(kind)) fresh.set(kind, k);
      }
      modifier.add(kind);
      if (/\S/.test(t.post)) break;
    }
  }
  return { opening, fresh };
}
