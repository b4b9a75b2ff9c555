// "the outbreak" in an article that names one outbreak, "the COVID-19 pandemic": a definite event noun
// alone (an unnamed Event of typing/event-nouns.ts) is the one named happening of its kind, when the article
// names exactly one, before it. unnamed-events.ts links "the <head>" to the node its kind last named, but a
// generic "a pandemic" in between ("we have never seen a pandemic sparked by …") ends that chain; here the
// whole article decides. Not when a mention is introduced anew ("a fire … the fire": another fire), nor
// owned ("China's outbreak"), nor when the named one carries a year ("the 2009 H1N1 outbreak", a past one
// the story compares with), nor when two of the kind are named.
import type { Token } from '../../tokens.js';
import type { EntityStep } from '../entity-step.js';
import type { NameGroup } from '../spans.js';
import { headKind } from '../lexicon/event-heads.js';

const POINTING = new Set(['the', 'this', 'that']);
const INDEFINITE = new Set(['a', 'an', 'another']);
const YEAR = /\b(1[89]|20)\d\d\b/;

/** Every mention is "the/this/that <head>". */
function pointingOnly(g: NameGroup, tokens: Token[]): boolean {
  return g.spans.every((s) => {
    const before = tokens[s.tokens[0].i - 1];
    return s.tokens.length === 1 && !!before && before.sentence === s.sentence && POINTING.has(before.normal);
  });
}

/** The article brings in one of the kind anew: "A new outbreak began in Varna" (a word between "a" and the
 * head), or "an outbreak" with the nominal's own head. A bare "a pandemic" beside "the outbreak" is the
 * word's sense ("declared it a pandemic", "never seen a pandemic like it"), no new one. */
function introducedAnew(g: NameGroup, tokens: Token[]): boolean {
  const kind = headKind(g.key);
  return tokens.some((t, i) => {
    if (headKind(t.normal) !== kind || !/^\p{Ll}/u.test(t.text)) return false;
    for (let k = i - 1; k >= Math.max(0, i - 4) && tokens[k].sentence === t.sentence; k--) {
      if (/\S/.test(tokens[k].post)) return false;
      if (INDEFINITE.has(tokens[k].normal)) return k < i - 1 || t.normal === g.key;
      if (!/^\p{Ll}/u.test(tokens[k].text)) return false;
    }
    return false;
  });
}

/** The one named Event of `g`'s kind, named before `g`'s first mention; else undefined. */
export function namedOfKind(g: NameGroup, groups: NameGroup[]): NameGroup | undefined {
  const kind = headKind(g.key);
  const kin = groups.filter((h) => {
    if (h === g || h.type !== 'Event' || h.words < 2) return false;
    const head = h.name.split(/\s+/).pop()!.toLowerCase();
    return headKind(head) === kind;
  });
  if (kin.length !== 1 || YEAR.test(kin[0].name) || kin[0].first > g.first) return undefined;
  return kin[0];
}

export const eventNominals: EntityStep = {
  name: 'event-nominals',
  description:
    '"the outbreak" is the one outbreak, epidemic or pandemic the article names ("the COVID-19 pandemic"), when it names one',
  apply(groups, ctx) {
    const out: NameGroup[] = [];
    for (const g of groups) {
      const target =
        g.type === 'Event' &&
        g.unnamed &&
        g.words === 1 &&
        pointingOnly(g, ctx.tokens) &&
        !introducedAnew(g, ctx.tokens)
          ? namedOfKind(g, groups)
          : undefined;
      if (!target) {
        out.push(g);
        continue;
      }
      for (const s of g.spans) target.spans.push({ ...s, type: 'Event', mergedBy: 'nominal' });
      for (const id of g.ids) target.ids.add(id);
    }
    return out;
  },
};
