// Relative clauses without their pronoun: "The plays Tom Hale wrote were staged …", "The company Tom Hale
// founded bought Beta Ltd". The name is the subject of the relative clause only, whose verb's object (or its
// clause's subject) is the noun before the name, left out: the name says nothing (relativeSpeaker) and does
// nothing (runOnRelative) in the main clause. A kind noun before a name, then an -ing form ("the agency PAP
// reported being told …"), is no such clause. (A thing said with such a clause, "announced a deal they had
// signed", is reported-content.ts's.)
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import type { Token } from '../tokens.js';
import { FUNCTION_WORDS } from '../entities/names/name-tokens.js';

/** Whether speech verb group `c`, its speaker `speaker` in phrase `speakerNp`, opens such a relative clause: a
 * noun right before the speaker's name and a tensed verb right after the speech verb; where what the clause
 * says ends is not marked, so it makes no statement. */
export function relativeSpeaker(view: SentenceView, c: number, speakerNp: Chunk, speaker: string): boolean {
  const ch = view.chunks;
  const [vg, next] = [ch[c], ch[c + 1]];
  // (The parse reads "The plays Tom Hale" as one phrase: a plain noun stands right before the name.)
  const nameAt = view.entityAt.indexOf(speaker, speakerNp.from);
  const noun = view.toks[nameAt - 1];
  return (
    speakerNp === ch[c - 1] &&
    nameAt > speakerNp.from &&
    /^\p{Ll}/u.test(noun.text) &&
    noun.tags.has('Noun') &&
    !noun.tags.has('Actor') &&
    !vg.breakAfter &&
    next?.kind === 'VG' &&
    next.finite &&
    !/ing$/.test(view.toks[next.from].normal)
  );
}

const AUXILIARY = ['Auxiliary', 'Modal', 'Copula'];
const tensed = (t: Token) => (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund');
const NOT_NOUNS = ['Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'Possessive', 'Value'];
/** A lower-case word that may be a noun before a name ("company" in "The company Tom Hale founded"). */
const plainNoun = (t: Token | undefined) =>
  !!t && /^\p{Ll}/u.test(t.text) && !FUNCTION_WORDS.has(t.normal) && !NOT_NOUNS.some((x) => t.tags.has(x));
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** The first (`step` 1) or last (-1) token of phrase `np` that names an entity, or -1. */
function nameIn(view: SentenceView, np: Chunk, step: 1 | -1): number {
  for (let k = step === 1 ? np.from : np.to; k >= np.from && k <= np.to; k += step)
    if (view.entityAt[k] !== undefined) return k;
  return -1;
}

/** Phrase `np` opens with a determiner and has a plain noun right before its name at `nameAt` ("The company Tom
 * Hale"). */
const nounBeforeName = (view: SentenceView, np: Chunk, nameAt: number) =>
  nameAt > np.from + 1 && DETERMINERS.has(view.toks[np.from].normal) && plainNoun(view.toks[nameAt - 1]);

/**
 * "The company Tom Hale founded bought Beta Ltd", "the company he founded bought …": the parse joins the relative
 * clause's verb to the main clause's ("founded bought"), so the name before them would be the subject of both.
 * It is the relative clause's only; the main verb's subject is the noun before the name. True when verb group
 * `c` holds two tensed verbs in a row (the first no auxiliary) and its subject phrase `j` is such a name.
 */
export function runOnRelative(view: SentenceView, c: number, j: number): boolean {
  const { toks, chunks: ch } = view;
  const np = ch[j];
  if (np?.kind !== 'NP') return false;
  const nameAt = nameIn(view, np, 1);
  const nameEnd = nameIn(view, np, -1);
  // From the name on to the word after the verb group: the parse may put either verb in a phrase ("The startup
  // Ann Cole runs" + "sued", "hired" + "attacked Tom Hale").
  const run = toks.slice((nameEnd >= 0 ? nameEnd : np.to) + 1, ch[c].to + 2);
  const twoVerbs = run.some(
    (t, k) =>
      k > 0 &&
      (t.tags.has('PastTense') || (tensed(t) && !t.tags.has('Infinitive'))) &&
      tensed(run[k - 1]) &&
      !/\S/.test(run[k - 1].post + run[k].pre) &&
      !AUXILIARY.some((x) => run[k - 1].tags.has(x)),
  );
  if (!twoVerbs) return false;
  // "The company Tom Hale": one phrase, a determiner and a plain noun right before its name.
  if (nounBeforeName(view, np, nameAt)) return true;
  // "The company" + "he": a phrase of its own right after one.
  const before = ch[j - 1];
  return (
    before?.kind === 'NP' &&
    !before.breakAfter &&
    DETERMINERS.has(toks[before.from].normal) &&
    plainNoun(toks[before.to]) &&
    (toks[np.from].tags.has('Pronoun') || nameAt === np.from)
  );
}

/**
 * "sold its plant to the firm Tom Hale founded", "was bought by the company Tom Hale founded": a preposition's
 * object made of a determiner, a plain noun and a name, with a tensed verb right after it, is the noun, which
 * the relative clause after it describes; the name is that clause's subject, no object of the preposition.
 */
export function relativeHead(view: SentenceView, n: number): boolean {
  const { toks, chunks: ch } = view;
  const np = ch[n];
  const next = ch[n + 1];
  if (np?.kind !== 'NP' || np.breakAfter || next?.kind !== 'VG' || !next.finite) return false;
  if (/ing$/.test(toks[next.from].normal)) return false;
  return nounBeforeName(view, np, nameIn(view, np, 1));
}
