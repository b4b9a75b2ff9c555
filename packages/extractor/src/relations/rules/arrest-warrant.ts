// Arrest warrants: "Norway issued an arrest warrant for Tom Hale", "a warrant for the arrest of Tom Hale",
// headline style "Norway issues arrest warrants for 12 people, including Tom Hale" → Norway ACCUSES Tom Hale.
// A warrant is an accusation, not an arrest (nobody was held yet); a search warrant accuses no one, so the
// word "arrest" must be there. The wanted ones are named right after "for/on/against", or as the named
// examples of a counted group of people.
import type { Chunk } from '../chunks.js';
import { npEntity } from '../np-entity.js';
import { peopleCount } from '../people-nouns.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import { examplesStart, listedNames, PERSON_HEADS } from './named-examples.js';

const ISSUE = /^issu(?:e|es|ed|ing)$/;
const WARRANT = /^warrants?$/;
const WANTED_PREPS = new Set(['for', 'on', 'against']);
/** Words between the verb and "arrest warrant": "an", "two", "international", "new". */
const MAX_BETWEEN = 3;
const ISSUERS = new Set(['Person', 'Organization', 'Place']);
const WANTED = new Set(['Person', 'Organization']);

/** Who issued: the subject of the verb group holding "issued", or in a headline the parser read as one noun
 * phrase ("Norway issues" arrest warrants …) the name the phrase opens with, right before the verb form. */
function issuer(
  view: SentenceView,
  v: number,
): { S: string; np: Chunk; verb?: Chunk; pronoun: boolean; inherited: boolean } | undefined {
  const c = view.chunks.findIndex((ch) => ch.from <= v && ch.to >= v);
  const ch = view.chunks[c];
  if (ch?.kind === 'VG') {
    // (the parser may join "arrest" to the verb group: "issued arrest" warrants)
    if (ch.passive || !ch.lemmas.includes('issue')) return undefined;
    const subj = subjectOf(view, c);
    const S = subj && subj.how !== 'participle' ? npEntity(subj.np) : undefined;
    return S ? { S, np: subj!.np, verb: ch, ...subjectCues(view, subj!) } : undefined;
  }
  if (ch?.kind !== 'NP' || ch.to !== v || v === ch.from) return undefined;
  const S = view.entityAt[v - 1];
  const whole = view.toks.slice(ch.from, v).every((_, i) => view.entityAt[ch.from + i] === S);
  return S && whole ? { S, np: ch, pronoun: false, inherited: false } : undefined;
}

/** The wanted ones from token `at` on: named phrases, or the named examples of a counted group. */
function wanted(view: SentenceView, at: number): Chunk[] {
  const first = view.chunks.find((ch) => ch.from === at);
  if (first?.kind !== 'NP') return [];
  // ("five officers" may be a concept node of its own: a group, still)
  const named = npEntity(first);
  if (named && view.types.get(named) !== 'Concept') return listedNames(view, at);
  const group = peopleCount(view, first) || PERSON_HEADS.has(first.headWord);
  const start = group && first.breakAfter ? examplesStart(view, first.to) : undefined;
  return start === undefined ? [] : listedNames(view, start);
}

export const arrestWarrant: RelationRule = {
  name: 'arrest-warrant',
  description:
    'who issues an arrest warrant for someone ACCUSES them (also the named examples of "36 people, including X")',
  example: 'Norway issued an arrest warrant for Tom Hale on Monday.',
  apply(view) {
    const out: TripleDraft[] = [];
    const toks = view.toks;
    toks.forEach((t, k) => {
      if (!WARRANT.test(t.normal)) return;
      // "arrest warrant(s) for X" or "warrant(s) for the arrest of X".
      const compound = toks[k - 1]?.normal === 'arrest';
      let at: number | undefined;
      if (compound && WANTED_PREPS.has(toks[k + 1]?.normal ?? '')) at = k + 2;
      else if (toks[k + 1]?.normal === 'for') {
        const a = toks[k + 2]?.normal === 'the' ? k + 3 : k + 2;
        if (toks[a]?.normal === 'arrest' && toks[a + 1]?.normal === 'of') at = a + 2;
      }
      if (at === undefined) return;
      const head = compound ? k - 1 : k;
      let v = head - 1;
      while (v >= 0 && head - v <= MAX_BETWEEN && !ISSUE.test(toks[v].normal) && !/[,;:]/.test(toks[v].post)) v--;
      if (v < 0 || !ISSUE.test(toks[v].normal)) return;
      const who = issuer(view, v);
      if (!who || !ISSUERS.has(view.types.get(who.S) ?? '')) return;
      for (const np of wanted(view, at)) {
        const O = npEntity(np)!;
        if (O === who.S || !WANTED.has(view.types.get(O) ?? '')) continue;
        out.push({
          subject: who.S,
          object: O,
          predicate: { type: 'ACCUSES', lemma: 'issue', text: view.slice(v, k) },
          confidence: scoreDraft(0.7, who),
          from: Math.min(who.np.from, v),
          to: np.to,
          ...(who.verb ? { verb: who.verb } : {}),
        });
      }
    });
    return out;
  },
};
