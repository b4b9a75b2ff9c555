// Clause-level propositions from the same chunked sentences the triple rules read: for every verb group,
// the subject phrase (with its prepositional modifiers), the verb group (plus its preposition when there
// is no direct object) and the object phrase up to the clause's end. Open-IE style: no entity filter.
import type { Proposition } from '../types.js';
import type { Chunk } from './chunks.js';
import { objectsOf } from './objects-of.js';
import { subjectOf } from './subject-of.js';
import type { SentenceView } from './sentence-view.js';
import { clauseTime, frontedEnd } from './clause-time.js';

const TRIM = /^[\s,;:“”"'`]+|[\s,;:.!?“”"'`]+$/gu;

/** End (chunk index) of an "NP (PREP NP)*" run starting at chunk i. */
function runEnd(ch: Chunk[], i: number): number {
  let j = i;
  while (!ch[j].breakAfter && ch[j + 1]?.kind === 'PREP' && ch[j + 2]?.kind === 'NP' && !ch[j + 1].breakAfter) j += 2;
  return j;
}

export function chunkPropositions(view: SentenceView, articleDate?: string): Proposition[] {
  const ch = view.chunks;
  const out: Proposition[] = [];
  const text = (a: number, b: number) => view.slice(a, b).replace(TRIM, '');
  ch.forEach((vg, c) => {
    if (vg.kind !== 'VG') return;
    const subj = subjectOf(view, c, 0, 'none');
    if (!subj) return;
    const si = ch.indexOf(subj.np);
    const subjEnd = subj.how === 'direct' && si < c ? Math.min(runEnd(ch, si), c - 1) : runEnd(ch, si);
    const subject = text(subj.np.from, ch[subjEnd].to);
    const obj = objectsOf(view, c);
    let relEnd = vg.to;
    let objStart = c + 1;
    if (!obj.direct.length && obj.preps.length && !obj.preps[0].via) {
      relEnd = obj.preps[0].prep.to;
      objStart = ch.indexOf(obj.preps[0].prep) + 1;
    }
    // Open-IE objects run to the clause's end: on through modifiers until a new clause starts.
    let end = obj.end;
    for (let k = Math.max(end, c) + 1; k < ch.length; k++) {
      const x = ch[k];
      if (x.kind === 'REL' || x.kind === 'SUB' || x.kind === 'COMP' || (x.kind === 'VG' && x.finite)) break;
      if (x.kind === 'CONJ' && (ch[k + 1]?.kind === 'VG' || ch[k - 1].breakAfter)) break;
      if (x.kind === 'NP' && ch[k + 1]?.kind === 'VG' && ch[k + 1].finite) break;
      if (ch[k - 1].breakAfter && x.kind !== 'NP' && x.kind !== 'PREP') break;
      end = k;
    }
    // "buy and sell large amounts": a verb with nothing after it shares the next verb's object.
    if (end === c && ch[c + 1]?.kind === 'CONJ' && ch[c + 2]?.kind === 'VG') {
      const next = objectsOf(view, c + 2);
      if (next.end > c + 2) {
        objStart = c + 3;
        end = next.end;
      }
    }
    let object = end > c && objStart <= end ? text(ch[objStart].from, ch[end].to) : '';
    // A fronted adverbial ("Earlier this year, …", "In 1946 …") is one more argument of the main clause.
    const lead =
      ch[0]?.kind === 'PREP' || (ch[0]?.kind === 'NP' && view.toks[ch[0].to].tags.has('Date')) ? frontedEnd(ch) : -1;
    if (lead >= 0 && subj.how === 'direct' && si === lead + 1)
      object = [object, text(ch[0].from, ch[lead].to)].filter(Boolean).join(' ');
    const relation = text(vg.from, relEnd);
    if (!subject || !relation) return;
    const words = object ? object.split(/\s+/).length : 0;
    const conf =
      0.9 -
      (subj.how === 'inherited' ? 0.2 : 0) -
      (subj.how === 'relative' ? 0.1 : 0) -
      (words > 10 ? 0.15 : 0) -
      (object ? 0 : 0.3);
    const time = clauseTime(view, vg, articleDate);
    out.push({
      sentence: view.sentence.index,
      relation,
      subject,
      ...(object ? { object } : {}),
      args: [],
      ...(time ? { time } : {}),
      confidence: Math.max(0.05, Math.round(conf * 100) / 100),
      negated: vg.negated,
    });
  });
  // Appositions: "Alan, one of the crew, begins …" → (is, Alan, one of the crew).
  ch.forEach((np, i) => {
    const app = ch[i + 1];
    if (
      np.kind !== 'NP' ||
      !np.breakAfter ||
      app?.kind !== 'NP' ||
      (i > 0 && ch[i - 1].breakAfter) ||
      ch[i - 1]?.kind === 'CONJ'
    )
      return;
    const end = runEnd(ch, i + 1);
    const after = ch[end + 1];
    if (!ch[end].breakAfter || !after || after.kind === 'CONJ' || after.kind === 'NP') return;
    out.push({
      sentence: view.sentence.index,
      relation: 'is',
      subject: text(np.from, np.to),
      object: text(app.from, ch[end].to),
      args: [],
      confidence: 0.6,
    });
  });
  return out;
}
