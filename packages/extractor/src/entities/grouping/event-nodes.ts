// Which event phrases of an article (names/event-phrases.ts) name an unnamed node, and which later definite
// phrases refer back to one ("the summit" after "Cairo summit"): the decision half of unnamed-events.ts.
import type { Token } from '../../tokens.js';
import { headKind } from '../lexicon/event-heads.js';
import { specifiedAfter, type EventPhrase } from '../names/event-phrases.js';

export interface Found extends EventPhrase {
  row: Token[];
}

export interface EventNode {
  key: string;
  head: string;
  words: string[];
  /** Numbers its phrases give ("6.3" of "magnitude 6.3 earthquake", a year): a reference gives no others. */
  numbers: string[];
  /** The phrases that name it ("Iraqi air base", "an Iraqi air base") and those that refer back ("the base"). */
  spans: Found[];
  refs: Found[];
}

/** A later reference by the head alone makes a node only this close to where the body names it. */
const NEAR_SENTENCES = 3;

const subset = (a: string[], b: string[]) => a.every((w) => b.includes(w));
const kindOf = (f: Found) => headKind(f.head.normal);

/**
 * The nodes among `found` (in text order). `headlineRow` is the headline's sentence (-1: none);
 * `namedKinds` are the head words of the article's names ("base" of "Al Asad Air Base"), whose "the base"
 * refers to the name.
 */
export function chooseEventNodes(found: Found[], headlineRow: number, namedKinds: Set<string>): EventNode[] {
  const byKey = new Map<string, Found[]>();
  for (const f of found) {
    // "are still paper base": a bare noun in the body names no particular thing (a headline drops articles).
    if (!f.words.length || f.other || (f.bare && f.head.sentence !== headlineRow)) continue;
    const key = [...f.words, f.head.normal].join(' ');
    const before = byKey.get(key) ?? [];
    // "a Supreme Court ruling … the Supreme Court ruling permitting …": two rulings. Once the body has
    // named it, a phrase introduced anew ("a …") or said to be a particular one ("… permitting …") is
    // another; so is a first one in the body said to be a particular one (not the article's own).
    const inBody = before.some((b) => b.head.sentence !== headlineRow);
    const specified = f.head.sentence !== headlineRow && specifiedAfter(f.row, f);
    if ((inBody && (f.indefinite || specified)) || (!before.length && specified)) continue;
    byKey.set(key, [...before, f]);
  }
  // Fuller phrases first: "the border agreement" refers to "Turkish-Libyan maritime border agreement".
  const nodes: EventNode[] = [];
  for (const key of [...byKey.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length)) {
    const spans = byKey.get(key)!;
    const head = spans[0].head.normal;
    const words = spans[0].words;
    const fuller = nodes.some((n) => n.head === head && subset(words, n.words));
    const numbers = [...new Set(spans.flatMap((f) => [...f.numbers, ...(f.year ? [f.year.text] : [])]))];
    if (!(fuller && spans.every((f) => f.definite))) nodes.push({ key, head, words, numbers, spans, refs: [] });
  }
  const owner = new Map<Found, EventNode>();
  for (const n of nodes) for (const f of n.spans) owner.set(f, n);
  // A definite phrase refers to the node its kind last named, unless a new one came in between ("an
  // election", "their election") or it says which one it is ("the agreement on sending soldiers").
  const last = new Map<string, EventNode | undefined>();
  for (const f of found) {
    const own = owner.get(f);
    const kind = kindOf(f);
    if (own) {
      last.set(kind, own);
      continue;
    }
    const prev = last.get(kind);
    // The lede restates the headline: "missile strike on Iraqi air base" … "an attack that day on an Iraqi
    // air base" is the same attack, when the body has not named it yet.
    const lede = !!prev && !prev.refs.length && prev.spans.every((s) => s.head.sentence === headlineRow);
    const refers =
      !!prev &&
      (f.definite || (lede && f.head.sentence === headlineRow + 1)) &&
      !f.other &&
      !namedKinds.has(kind) &&
      subset(f.words, prev.words) &&
      subset(f.numbers, prev.numbers) &&
      (f.head.normal === prev.head || nodes.filter((m) => headKind(m.head) === kind).length === 1);
    if (refers && !specifiedAfter(f.row, f)) {
      prev.refs.push(f);
      owner.set(f, prev);
    } else if (!refers && !(f.definite && specifiedAfter(f.row, f))) last.set(kind, undefined);
  }
  return nodes.filter((n) => {
    const body = n.spans.filter((f) => f.head.sentence !== headlineRow);
    const near = n.refs.some(
      (r) =>
        r.head.normal === n.head &&
        body.some((f) => r.start > f.start && r.head.sentence - f.head.sentence <= NEAR_SENTENCES),
    );
    return n.spans.some((f) => f.head.sentence === headlineRow) || n.spans.length >= 2 || near;
  });
}
