// Where a statement was given or found: "In an interview with the Daily Post, Ann Cole said …" → Ann Cole
// SAYS Daily Post (the outlet is her addressee, as with "told"); "In a Daily Post report, Ann Cole said …",
// "…, said Ann Cole per the Daily Post", "remarks published by the Daily Post", "…, according to the Daily
// Post report" → Daily Post MENTIONS Ann Cole (the outlet reports her). The speaker is one the sentence's
// reported speech names; the outlet is a body named in one of these frames, never the speaker itself.
import type { Chunk } from '../chunks.js';
import type { SentenceView } from '../sentence-view.js';
import { speechSpans } from '../speech-spans.js';
import type { RelationRule, TripleDraft } from '../rule.js';

/** Nouns of what an outlet publishes. */
const REPORT_HEADS = new Set(
  'report reports article story interview broadcast documentary programme program podcast remarks column'.split(' '),
);
/** Verbs of publishing before "by <outlet>" ("remarks published by CNN"). */
const PUBLISHING = new Set(['publish', 'broadcast', 'air', 'print', 'carry', 'release']);
/** Words one of the frames needs; a sentence without any is not read further. */
const CUES = new Set(['interview', 'interviews', 'per', 'by', ...REPORT_HEADS]);
const SPEAKERS = new Set(['Person', 'Organization']);

interface Outlet {
  id: string;
  /** The outlet is spoken to ("an interview with"), not reporting. */
  addressee: boolean;
  from: number;
  to: number;
}

/** Kind nouns after an outlet's name ("Time magazine", "the Harbour FM radio station"). */
const MEDIA_KINDS = new Set(
  'magazine newspaper paper daily weekly channel network radio station broadcaster television website agency'.split(
    ' ',
  ),
);

/** The body a phrase names as a whole, or with a media kind noun after its name. */
function body(view: SentenceView, np: Chunk | undefined): string | undefined {
  if (np?.kind !== 'NP') return undefined;
  if (np.head && view.types.get(np.head) === 'Organization' && view.entityAt[np.to] === np.head) return np.head;
  const named = np.entities.filter((e) => view.types.get(e) === 'Organization');
  return MEDIA_KINDS.has(np.headWord) && named.length === 1 && np.entities.length === 1 ? named[0] : undefined;
}

/** The outlets the sentence names in a sourcing frame. */
function outletsOf(view: SentenceView): Outlet[] {
  const ch = view.chunks;
  const out: Outlet[] = [];
  const word = (c: Chunk | undefined) => (c ? view.toks[c.from].normal : '');
  // A source is an adjunct: "in a Daily Post report", "according to the Daily Post report" ("Twitter blocked
  // the Post story" is about the story, not from it).
  const adjunct = (c: number) =>
    ch[c - 1]?.kind === 'PREP' &&
    (word(ch[c - 1]) === 'in' || (word(ch[c - 1]) === 'to' && view.toks[ch[c - 1].from - 1]?.normal === 'according'));
  ch.forEach((x, c) => {
    // (the report noun may be a topic node of its own: "the report" said often)
    const head = x.head && view.types.get(x.head) === 'Concept' ? undefined : x.head;
    if (x.kind === 'NP' && REPORT_HEADS.has(x.headWord) && !head) {
      if (!adjunct(c)) return;
      const names = x.entities.filter((e) => e !== x.head);
      // "an interview with the Daily Post"
      if (/^interviews?$/.test(x.headWord) && word(ch[c + 1]) === 'with' && !x.breakAfter) {
        const id = body(view, ch[c + 2]);
        if (id) out.push({ id, addressee: true, from: x.from, to: ch[c + 2].to });
        return;
      }
      // "a Daily Post report", "the Daily Post's report" (one body names it)
      if (names.length === 1 && view.types.get(names[0]) === 'Organization')
        out.push({ id: names[0], addressee: false, from: x.from, to: x.to });
      // "a report by the Daily Post"
      else if (!names.length && word(ch[c + 1]) === 'by' && !x.breakAfter) {
        const id = body(view, ch[c + 2]);
        if (id) out.push({ id, addressee: false, from: x.from, to: ch[c + 2].to });
      }
      return;
    }
    // "per the Daily Post"
    if (x.kind === 'PREP' && word(x) === 'per') {
      const id = body(view, ch[c + 1]);
      if (id) out.push({ id, addressee: false, from: x.from, to: ch[c + 1].to });
      return;
    }
    // "remarks published by CNN": what it published is what was said
    if (x.kind === 'VG' && PUBLISHING.has(x.lemma) && (!x.finite || x.participle) && word(ch[c + 1]) === 'by') {
      const id = body(view, ch[c + 2]);
      const said = ch[c - 1]?.kind === 'NP' && REPORT_HEADS.has(ch[c - 1].headWord) && adjunct(c - 1);
      if (id && said) out.push({ id, addressee: false, from: ch[c - 1].from, to: ch[c + 2].to });
    }
  });
  return out;
}

export const outletSource: RelationRule = {
  name: 'outlet-source',
  description:
    'a speaker interviewed by an outlet SAYS to it; an outlet whose report, "per", or publishing gives what someone said MENTIONS the speaker',
  example: 'In an interview with the Daily Post, Ann Cole said the deal was dead.',
  descriptive: true,
  apply(view) {
    if (!view.toks.some((t) => CUES.has(t.normal))) return [];
    const outlets = outletsOf(view);
    if (!outlets.length) return [];
    const out: TripleDraft[] = [];
    const speakers = new Map<string, { from: number; to: number }>();
    for (const s of speechSpans(view))
      if (!s.negated && !s.weak && SPEAKERS.has(view.types.get(s.speaker) ?? '') && !speakers.has(s.speaker))
        speakers.set(s.speaker, { from: s.cueFrom, to: s.cueTo });
    for (const o of outlets) {
      for (const [speaker, cue] of speakers) {
        if (speaker === o.id) continue;
        const from = Math.min(o.from, cue.from);
        const to = Math.max(o.to, cue.to);
        const text = view.slice(o.from, o.to);
        out.push(
          o.addressee
            ? {
                subject: speaker,
                object: o.id,
                predicate: { type: 'SAYS', lemma: 'interview', text },
                confidence: 0.7,
                from,
                to,
              }
            : {
                subject: o.id,
                object: speaker,
                predicate: { type: 'MENTIONS', lemma: 'report', text },
                confidence: 0.65,
                from,
                to,
              },
        );
      }
    }
    return out;
  },
};
