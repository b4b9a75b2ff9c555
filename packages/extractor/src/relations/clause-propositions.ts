// Clause-level propositions from the shared parse: verb groups, the noun phrase before each (or the
// antecedent of a relative pronoun, or the previous subject for coordinated verbs), and the rest of the clause.
import type { Doc } from '../context.js';
import type { Proposition, Sentence } from '../types.js';

interface Tok {
  word: string;
  tags: Set<string>;
  start: number;
  end: number;
  post: string;
}

const NP_TAGS = ['Noun', 'Determiner', 'Adjective', 'Value', 'Possessive', 'ProperNoun', 'Pronoun'];
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const CONJ = new Set(['and', 'but', 'or']);
const isVerb = (t: Tok) => t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal');
const isNp = (t: Tok) => NP_TAGS.some((g) => t.tags.has(g)) && !isVerb(t) && !RELATIVE.has(t.word);
const breaks = (t: Tok | undefined) => !!t && /[,;:]/.test(t.post);

function verbGroups(toks: Tok[]): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    if (!isVerb(toks[i])) { i++; continue; }
    let j = i;
    while (j + 1 < toks.length && !breaks(toks[j])) {
      const n = toks[j + 1];
      if (isVerb(n) || n.tags.has('Negative') || (n.tags.has('Adverb') && toks[j + 2] && isVerb(toks[j + 2]))) j++;
      else if (n.word === 'to' && toks[j + 2] && isVerb(toks[j + 2])) j += 2;
      else break;
    }
    groups.push([i, j]);
    i = j + 1;
  }
  return groups;
}

function npLeft(toks: Tok[], end: number): number {
  let s = end + 1;
  while (s - 1 >= 0 && !breaks(toks[s - 1]) && (isNp(toks[s - 1]) || (toks[s - 1].word === 'of' && s - 2 >= 0 && isNp(toks[s - 2])))) s--;
  return s;
}

export function clausePropositions(doc: Doc, text: string, sentences: Sentence[]): Proposition[] {
  doc.compute('offset');
  const out: Proposition[] = [];
  const docs = (doc as unknown as { document: Array<Array<Record<string, unknown>>> }).document;
  for (const terms of docs) {
    const toks: Tok[] = terms.map((t) => {
      const off = t.offset as { start: number; length: number };
      return { word: String(t.machine ?? t.normal ?? ''), tags: t.tags as Set<string>, start: off.start, end: off.start + off.length, post: String(t.post ?? '') };
    });
    if (!toks.length) continue;
    const sIndex = sentences.findIndex((s) => toks[0].start >= s.start && toks[0].start < s.end);
    const groups = verbGroups(toks);
    const subjects: Array<[number, number] | null> = [];
    const starts: number[] = [];
    let prev: [number, number] | null = null;
    for (const [gs] of groups) {
      let subj: [number, number] | null = null;
      let boundary = gs;
      const before = toks[gs - 1];
      if (before && RELATIVE.has(before.word)) {
        const s = npLeft(toks, gs - 2);
        if (s <= gs - 2) subj = [s, gs - 2];
        boundary = gs - 1;
      } else if (before && CONJ.has(before.word)) {
        subj = prev;
        boundary = gs - 1;
      } else {
        const s = npLeft(toks, gs - 1);
        if (s <= gs - 1) { subj = [s, gs - 1]; boundary = s; }
        else subj = prev;
      }
      subjects.push(subj);
      starts.push(boundary);
      if (subj) prev = subj;
    }
    groups.forEach(([gs, ge], k) => {
      const subj = subjects[k];
      if (!subj) return;
      let os = ge + 1;
      let oe = (k + 1 < groups.length ? starts[k + 1] : toks.length) - 1;
      while (oe >= os && CONJ.has(toks[oe].word)) oe--;
      let relEnd = ge;
      if (os <= oe && toks[os].tags.has('Preposition')) { relEnd = os; os++; }
      const span = (a: number, b: number) => (a <= b ? text.slice(toks[a].start, toks[b].end).replace(/[\s,;:.!?"”“]+$/u, '') : '');
      let object = span(os, oe);
      // A clausal complement ("said (that) it was clear …"): the object is the rest of the sentence.
      let complement = false;
      if ((!object || /^(that|whether|if)$/i.test(object)) && k + 1 < groups.length) {
        object = span(os, toks.length - 1);
        complement = true;
      }
      const inherited = subjects[k] !== null && subj[1] < gs - 2;
      const words = object ? object.split(/\s+/).length : 0;
      let confidence = 0.9 - (inherited ? 0.2 : 0) - (words > 10 ? 0.15 : 0) - (object ? 0 : 0.3) - (complement ? 0.1 : 0);
      confidence = Math.max(0.05, Math.round(confidence * 100) / 100);
      out.push({
        sentence: sIndex,
        relation: span(gs, relEnd),
        subject: span(subj[0], subj[1]),
        ...(object ? { object } : {}),
        args: [],
        confidence,
        negated: toks.slice(gs, ge + 1).some((t) => t.tags.has('Negative')),
      });
    });
  }
  return out.filter((p) => p.relation && p.subject);
}
