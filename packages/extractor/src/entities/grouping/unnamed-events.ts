// Unnamed events and things the article is about: "missile strike", "Cairo summit", "parking structure",
// "Turkish-Libyan maritime border agreement". A phrase headed by a word of lexicon/event-heads.ts, with a
// modifier that says what kind it is (a noun, a demonym, a place or organisation name), becomes a node when
// the article makes it central (grouping/event-nodes.ts): it is in the headline, it recurs, or a "the
// <head>" soon refers back to it. Later definite references ("the summit", "the border agreement", "the
// attack" after "missile strike") become nominal mentions of it, taken from the concept nodes they made
// before ("summit" split off). Such a node is `unnamed`: another article's "missile strike" is another strike.
import type { Token } from '../../tokens.js';
import type { EntityStep } from '../entity-step.js';
import type { NameGroup, TypedSpan } from '../spans.js';
import { headKind, UNNAMED_HEADS } from '../lexicon/event-heads.js';
import { demonym, eventPhraseAt, specifiedAfter } from '../names/event-phrases.js';
import { chooseEventNodes, type EventNode, type Found } from './event-nodes.js';
import { makeGroup } from './make-group.js';

/** Words that point back to a thing already named. */
const POINTING = new Set(['the', 'this', 'that', 'these', 'those']);
/** Heads naming the spread of an illness, which a disease's name may modify. */
const SPREAD_HEADS = new Set(['outbreak', 'epidemic', 'pandemic']);
const possessive = (t: Token) => t.tags.has('Possessive') || /['’]s?$/.test(t.text) || /^['’]/.test(t.post);

export const unnamedEvents: EntityStep = {
  name: 'unnamed-events',
  description:
    'an event or made thing with a kind modifier ("missile strike", "Cairo summit") that the headline names or a later "the summit" refers back to becomes an unnamed node',
  apply(groups, ctx) {
    const { bySentence, text } = ctx;
    const nameStart = new Map<number, number>();
    const inNames = new Set<number>();
    // "the base" refers to a named base when the article names one ("Al Asad Air Base").
    const namedKinds = new Set<string>();
    for (const g of groups) {
      if (g.type === 'Concept') continue;
      for (const s of g.spans) {
        for (const t of s.tokens) inNames.add(t.i);
        const last = s.tokens[s.tokens.length - 1];
        // "Cairo summit", not "Wisconsin's election" (the election of a place, named by it).
        if ((g.type === 'Place' || g.type === 'Organization') && !possessive(last))
          nameStart.set(last.i, s.tokens[0].i);
        if (s.tokens.length > 1) namedKinds.add(headKind(last.normal));
      }
    }
    // "the COVID-19 pandemic", "an Ebola outbreak": a disease's name (a concept written with a capital or a
    // digit) says which spread of illness it is, as a place's name says which summit.
    const diseaseStart = new Map<number, number>();
    const diseaseKeys = new Set<string>();
    for (const g of groups) {
      if (g.type !== 'Concept' || !/^[\p{Lu}\p{N}]/u.test(g.name)) continue;
      for (const s of g.spans) {
        const last = s.tokens[s.tokens.length - 1];
        if (SPREAD_HEADS.has(s.nounAfter ?? '') && !possessive(last)) {
          diseaseStart.set(last.i, s.tokens[0].i);
          diseaseKeys.add(g.key);
        }
      }
    }
    const modifierAt = (head: Token) => (i: number) =>
      nameStart.get(i) ?? (SPREAD_HEADS.has(head.normal) ? diseaseStart.get(i) : undefined);
    // Words the article writes in its names ("Catalonia" of a headline, where every first word has a capital).
    const nameWords = new Set(
      groups.filter((g) => g.type !== 'Concept').flatMap((g) => g.name.toLowerCase().split(/\s+/)),
    );
    const found: Found[] = [];
    for (const row of bySentence)
      for (let k = 0; k < row.length; k++) {
        if (inNames.has(row[k].i)) continue;
        const p = eventPhraseAt(row, k, modifierAt(row[k]));
        if (p) found.push({ ...p, row });
      }
    const nodes = chooseEventNodes(found, headlineRow(bySentence), namedKinds);
    if (!nodes.length) return groups;
    let nextId = Math.max(-1, ...groups.flatMap((g) => [...g.ids])) + 1;
    const made: NameGroup[] = [];
    for (const n of nodes) {
      const type = UNNAMED_HEADS.get(n.head)!;
      const spans = [...n.spans.map((f) => span(f, f.start, false)), ...n.refs.map((f) => span(f, f.from, true))];
      const g = makeGroup(spans, type, true);
      g.name = displayName(n.spans[0], inNames, nameWords);
      // "2019 UK general election", "Canada 2019 general election": a year and a name identify it.
      const first = n.spans[0];
      const year = n.numbers.some((x) => /^(1[89]|20)\d\d$/.test(x));
      if (!(year && first.modifiers.some((t) => demonym(t) || inNames.has(t.i)))) g.unnamed = true;
      made.push(g);
    }
    return [...absorbConcepts(groups, made, nodes, found, ctx.tokens, diseaseKeys), ...made];

    function span(f: Found, start: number, nominal: boolean): TypedSpan {
      const n = nodes.find((x) => x.spans.includes(f) || x.refs.includes(f))!;
      return {
        tokens: f.row.filter((t) => t.start >= start && t.end <= f.end),
        start,
        end: f.end,
        text: text.slice(start, f.end),
        sentence: f.head.sentence,
        id: nextId++,
        type: UNNAMED_HEADS.get(n.head)!,
        strong: true,
        typeRule: 'unnamed-event',
        key: n.key,
        ...(nominal ? { mergedBy: 'nominal' } : {}),
      };
    }
  },
};

/** The headline's sentence: a first line with no closing stop, before more text; else -1. */
export function headlineRow(bySentence: Token[][]): number {
  const row = bySentence[0];
  const last = row?.[row.length - 1];
  if (!last || bySentence.length < 2 || row.length > 20) return -1;
  return /\n/.test(last.post) && !/[.!?]/.test(last.post) ? 0 : -1;
}

/** "Cairo summit", "missile strike": the words as written, lower case but for names and demonyms. */
function displayName(f: Found, inNames: Set<number>, nameWords: Set<string>): string {
  const words = [...(f.year ? [f.year] : []), ...f.modifiers, f.head];
  return words
    .map((t, n) => {
      const keep =
        inNames.has(t.i) ||
        demonym(t) ||
        t.tags.has('Acronym') ||
        t.tags.has('ProperNoun') ||
        nameWords.has(t.normal) ||
        (n > 0 && /^\p{Lu}/u.test(t.text));
      return (keep ? t.text : t.text.toLowerCase()) + (n < words.length - 1 ? (t.post === '-' ? '-' : ' ') : '');
    })
    .join('');
}

/**
 * Concept groups without the spans the new nodes took. A concept of the head word alone ("attack") that
 * lost a span to the only node of its kind is that node: its other spans ("an attack", "these attacks")
 * join it, but for those that say they are another one ("the agreement on sending soldiers"). A concept
 * left with no span, or a recurring one with one, is dropped.
 */
function absorbConcepts(
  groups: NameGroup[],
  made: NameGroup[],
  nodes: EventNode[],
  found: Found[],
  tokens: Token[],
  modifierKeys: Set<string>,
): NameGroup[] {
  const taken = made.flatMap((g) => g.spans.map((s) => [s.start, s.end] as const));
  const overlaps = (s: TypedSpan) => taken.some(([a, b]) => s.start < b && s.end > a);
  const distinct = (s: TypedSpan, node: EventNode) => {
    const f = found.find((x) => x.head.start >= s.start && x.head.end <= s.end);
    // Only "the attack", "these attacks": "an election in 2010", "each election" are others, or none in particular.
    const before = tokens[s.tokens[0].i - 1];
    if (!before || before.sentence !== s.sentence || !POINTING.has(before.normal)) return true;
    return !!f && (f.other || specifiedAfter(f.row, f) || !f.numbers.every((x) => node.numbers.includes(x)));
  };
  return groups.filter((g) => {
    // The disease named inside "COVID-19 pandemic" keeps its mention there, as a place keeps "Cairo".
    if (g.type !== 'Concept' || modifierKeys.has(g.key)) return true;
    const kept = g.spans.filter((s) => !overlaps(s));
    if (kept.length === g.spans.length) return true;
    const kin = nodes.map((n, i) => [n, made[i]] as const).filter(([n]) => headKind(n.head) === headKind(g.key));
    if (g.words === 1 && kin.length === 1) {
      const node = kin[0][0];
      const join = kept.filter((s) => !distinct(s, node));
      for (const s of join) kin[0][1].spans.push({ ...s, mergedBy: 'nominal' });
      for (const s of join) kin[0][1].ids.add(s.id);
      kept.splice(0, kept.length, ...kept.filter((s) => !join.includes(s)));
    }
    // "sign a finance bill with new taxes … this finance bill": the same words before the node's first phrase
    // introduced the one it names (said to be a particular one, so no node of its own), not another.
    const same = nodes.findIndex((n) => n.key === g.key);
    if (same >= 0) {
      const first = Math.min(...made[same].spans.map((s) => s.start));
      const intro = kept.filter((s) => s.end <= first);
      for (const s of intro) made[same].spans.push({ ...s, mergedBy: 'nominal' });
      for (const s of intro) made[same].ids.add(s.id);
      kept.splice(0, kept.length, ...kept.filter((s) => !intro.includes(s)));
    }
    g.spans = kept;
    g.ids = new Set(kept.map((s) => s.id));
    if (kept.length && !kept.some((s) => s.text.toLowerCase() === g.name.toLowerCase())) g.name = kept[0].text;
    return kept.length >= (kept[0]?.typeRule === 'recurring' ? 2 : 1);
  });
}
