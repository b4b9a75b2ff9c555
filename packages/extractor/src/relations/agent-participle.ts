// A lone past participle right before a "by" phrase is a passive whose agent is that phrase ("the bridge,
// designed by Ann Cole, opened"; "SpaceX, backed by Elon Musk, is"; "the disease caused by MERS-CoV"):
// the agent acts on the phrase the participle describes, never the other way round. Read by the passive
// rule; the active rules leave such a verb group alone.
import type { Chunk } from './chunks.js';
import { headOfRun, isBareParticiple } from './head-of-run.js';
import type { SentenceView } from './sentence-view.js';
import { phrasalType } from './vocabulary.js';
import { ARTICLES } from '../entities/lexicon/pronouns.js';

/** Chunk c is a bare participle followed at once by "by" and a noun phrase; "stood by Israel" (a phrasal
 * verb) and "rose by 5%" (no participle before a noun) are active. */
export function agentParticiple(view: SentenceView, c: number): boolean {
  const [vg, by, np] = view.chunks.slice(c, c + 3);
  if (!vg || !isBareParticiple(vg) || vg.breakAfter || by?.kind !== 'PREP' || np?.kind !== 'NP') return false;
  if (view.toks[by.from].normal !== 'by' || by.from !== vg.to + 1) return false;
  return !phrasalType(vg.lemma, 'by') && !view.toks[vg.from].tags.has('Gerund');
}

/** "MERS — the disease caused by MERS-CoV — spread", "Ohio, a state founded by …": a description with no
 * name of its own, set off by a dash or comma right after a named phrase, stands for that name. */
export function describedName(view: SentenceView, np: Chunk): string | undefined {
  const c = view.chunks.indexOf(np);
  const before = view.chunks[c - 1];
  if (c < 1 || np.kind !== 'NP' || before?.kind !== 'NP' || !ARTICLES.has(view.toks[np.from].normal)) return undefined;
  if (np.entities.some((e) => view.types.get(e) !== 'Concept')) return undefined;
  if (!/[,—–]|\s-\s/.test(view.toks[before.to].post)) return undefined;
  // "Ann, Bo, the chair": the last item of a list is no description of the one before.
  const prior = view.chunks[c - 2];
  if (prior?.kind === 'CONJ' || (prior?.kind === 'NP' && prior.breakAfter)) return undefined;
  const named = before.head;
  if (!named || view.entityAt[before.to] !== named) return undefined;
  // A concept stands for itself only when written as a name ("COVID-19", not "the economy").
  const written = view.toks
    .slice(before.from, before.to + 1)
    .filter((t, k) => view.entityAt[before.from + k] === named);
  return view.types.get(named) !== 'Concept' || written.some((t) => /[\p{Lu}\d]/u.test(t.text)) ? named : undefined;
}

/** A participle set off by a comma may describe any phrase of its clause: after the object of a preposition
 * ("a summit in Rome, overseen by the Pope"; "between El Paso and Juárez, separated by the Rio Grande") the
 * phrase before the comma is only a guess, and so is any phrase when the verb has no type of its own. */
export function looseParticiple(view: SentenceView, c: number, subject: Chunk, typed: boolean): boolean {
  const ch = view.chunks;
  if (!ch[c - 1]?.breakAfter) return false;
  if (!typed) return true;
  const i = ch.indexOf(subject);
  const before = ch[headOfRun(ch, i) - 1];
  return i >= 0 && (before?.kind === 'PREP' || before?.kind === 'CONJ');
}

/** The phrase a participle right after a noun describes: the nearest one ("the pollution produced by power
 * plants", not the phrase that pollution is attached to), or the head of an "of"-run ("a range of neurotoxins
 * developed by …"). Undefined when the participle is set off by a comma (the subject finder decides). */
export function reducedSubject(view: SentenceView, c: number): Chunk | undefined {
  const ch = view.chunks;
  let k = c - 1;
  if (ch[k]?.kind !== 'NP' || ch[k].breakAfter) return undefined;
  while (
    k >= 2 &&
    ch[k - 1].kind === 'PREP' &&
    ch[k - 1].headWord === 'of' &&
    ch[k - 2].kind === 'NP' &&
    !ch[k - 2].breakAfter
  )
    k -= 2;
  // ("a story of farm workers in northern Mexico directed by Ann Cole": a place is never what is directed,
  // written or composed; the participle describes a work further back, which is a guess.)
  if (WORK_VERBS.has(ch[c].lemma ?? '') && view.types.get(ch[k].head ?? '') === 'Place') return undefined;
  return ch[k];
}

/** Verbs whose patient is a work: a film, a book, a song, a painting. */
const WORK_VERBS = new Set(['direct', 'write', 'compose', 'paint', 'author', 'co-write', 'co-direct', 'illustrate']);
