// Maker cues: "Dunmore Mills, which makes Softel Towels", "Pellan, the maker of the Arvo scooter": a name
// that "makes" or "manufactures" another is a company and what it makes is a product; so is one that factory
// goods are "made by" ("a rival drug made by Eli Lilly"). "which" rules out a
// person even when the name looks like one ("Kimberly-Clark, which makes …"). The made name must end its
// clause, so a causative "which makes Ann Cole the favourite" types nothing.
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';

const MAKE_VERBS = new Set(['makes', 'made', 'manufactures', 'manufactured', 'produces', 'produced']);
const MAKER_NOUNS = new Set(['maker', 'makers', 'manufacturer', 'manufacturers']);
const JOINS = new Set(['and', 'or']);
/** Goods made in factories, which firms make, not people: "a rival drug made by Eli Lilly". */
const FACTORY_GOODS = new Set(
  'drug drugs vaccine vaccines medicine medicines pill pills phone phones chip chips car cars vehicle vehicles aircraft jet jets engine engines device devices'.split(
    ' ',
  ),
);
const MADE_BY = new Set(['made', 'manufactured', 'produced']);

const plain = (t: Token) => !/\S/.test(t.post);

interface SpanAt {
  group: NameGroup;
  first: Token;
  last: Token;
}

/** The name span starting at token `i`, or after "the" and lower-case words of one noun phrase ("the Arvo
 * scooter" is not a span start; "the Arvo" is). */
function madeName(i: number, tokens: Token[], startAt: Map<number, SpanAt>, sentence: number): SpanAt | undefined {
  const j = tokens[i]?.normal === 'the' && plain(tokens[i]) ? i + 1 : i;
  const at = startAt.get(j);
  if (!at || at.first.sentence !== sentence) return undefined;
  // The made thing ends the clause: punctuation, "and"/"or", the sentence's end, or its kind noun then those.
  let end = at.last;
  const noun = tokens[end.i + 1];
  if (plain(end) && noun?.sentence === sentence && /^\p{Ll}+$/u.test(noun.text) && noun.tags.has('Noun')) end = noun;
  const next = tokens[end.i + 1];
  const closes = !next || next.sentence !== sentence || /[,;:.)]/.test(end.post) || JOINS.has(next.normal);
  return closes ? at : undefined;
}

function retypeMakers(groups: NameGroup[], tokens: Token[]): void {
  const startAt = new Map<number, SpanAt>();
  const endAt = new Map<number, SpanAt>();
  for (const group of groups) {
    if (group.type === 'Concept') continue;
    for (const s of group.spans) {
      const at = { group, first: s.tokens[0], last: s.tokens[s.tokens.length - 1] };
      startAt.set(at.first.i, at);
      endAt.set(at.last.i, at);
    }
  }
  const makers = new Set<NameGroup>();
  const made = new Set<NameGroup>();
  for (const t of tokens) {
    if (!plain(t)) continue;
    const verb = tokens[t.i + 1];
    // "<Maker>, which makes <Made>" / "<Maker> which makes <Made>".
    if (t.normal === 'which' && verb && plain(verb) && MAKE_VERBS.has(verb.normal)) {
      const maker = endAt.get(t.i - 1);
      const thing = madeName(verb.i + 1, tokens, startAt, t.sentence);
      if (!maker || !thing || maker.last.sentence !== t.sentence || /[^,\s]/.test(maker.last.post)) continue;
      makers.add(maker.group);
      made.add(thing.group);
    }
    // "a rival drug made by <Maker>": factory goods are a firm's.
    const by = tokens[t.i + 2];
    if (FACTORY_GOODS.has(t.normal) && verb && MADE_BY.has(verb.normal) && plain(verb) && by?.normal === 'by') {
      const maker = startAt.get(by.i + 1);
      if (maker && maker.first.sentence === t.sentence) makers.add(maker.group);
    }
    // "the maker of <Made>", "Pellan, a manufacturer of the Arvo scooter".
    if (MAKER_NOUNS.has(t.normal) && /^\p{Ll}/u.test(t.text) && verb?.normal === 'of' && plain(verb)) {
      const thing = madeName(verb.i + 1, tokens, startAt, t.sentence);
      if (thing) made.add(thing.group);
    }
  }
  for (const g of makers) {
    if (made.has(g) || g.type === 'Organization') continue;
    // "which" is never said of a person, so even a strong Person (a given name read into it) yields.
    if (g.strong && g.type !== 'Person') continue;
    g.type = 'Organization';
  }
  for (const g of made) {
    if (makers.has(g) || g.type === 'Product' || (g.strong && g.type !== 'Person')) continue;
    g.type = 'Product';
    g.strong = true;
  }
}

export const makerCues: EntityStep = {
  name: 'maker-cues',
  description:
    'a name "which makes" another ("Dunmore Mills, which makes Softel Towels"), or that factory goods are "made by", is an Organization, and the made one a Product',
  apply(groups, ctx) {
    retypeMakers(groups, ctx.tokens);
    return groups;
  },
};
