// Places a body operates in, named as examples of its sites: "Acme is operating in Europe with destinations
// including Spain and Italy", "Beta Foods has factories such as Leeds and York" → the body LOCATED_IN each
// place. Only after "with" or a verb of having or running, only for a named organisation as the clause's
// subject, and only the places of the example list (the plural site noun says what they are to the body).
import type { Chunk } from '../chunks.js';
import { npEntity } from '../np-entity.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import { examplesStart, listedNames } from './named-examples.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

/** Plural nouns of the places a body works in or serves. */
const SITE_PLURALS = new Set(
  'destinations offices branches stores shops factories plants bases hubs facilities operations outlets warehouses mines refineries campuses studios'.split(
    ' ',
  ),
);
/** Verbs whose object is sites a body has or runs ("has offices including …", "opened stores such as …"). */
const HAVING = new Set(['have', 'operate', 'run', 'open', 'maintain', 'serve', 'own']);

/** The verb group the site noun at chunk `i` hangs on: right before it, or before the "with" before it. */
function governingVerb(view: SentenceView, i: number): number | undefined {
  const ch = view.chunks;
  const before = ch[i - 1];
  if (before?.kind === 'VG' && HAVING.has(before.lemma) && !before.passive) return i - 1;
  if (before?.kind !== 'PREP' || view.toks[before.from].normal !== 'with') return undefined;
  for (let k = i - 2; k >= 0; k--) {
    if (ch[k].kind === 'VG') return ch[k].finite && !ch[k].passive ? k : undefined;
    if (ch[k].breakAfter || !['NP', 'PREP', 'ADV'].includes(ch[k].kind)) return undefined;
  }
  return undefined;
}

export const listedSites: RelationRule = {
  name: 'listed-sites',
  description:
    'a body\'s sites listed by example ("with destinations including A and B", "has offices such as A"): LOCATED_IN each place',
  example: 'Pell Airways is still operating in Europe with destinations including Spain, Greece and Italy.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((np: Chunk, i) => {
      if (np.kind !== 'NP' || !SITE_PLURALS.has(np.headWord) || np.entities.some((e) => e !== np.head)) return;
      const start = examplesStart(view, np.to);
      const c = start === undefined ? undefined : governingVerb(view, i);
      if (c === undefined) return;
      const subj = subjectOf(view, c);
      const S = subj && subj.how !== 'participle' && subj.how !== 'relative' ? npEntity(subj.np) : undefined;
      if (!S || view.types.get(S) !== 'Organization') return;
      for (const place of listedNames(view, start!)) {
        const O = npEntity(place)!;
        if (view.types.get(O) !== 'Place') continue;
        out.push({
          subject: S,
          object: O,
          predicate: { type: 'LOCATED_IN', lemma: np.headWord, text: view.slice(view.chunks[i - 1].from, start! - 1) },
          confidence: scoreDraft(0.65, subjectCues(view, subj!)),
          from: Math.min(subj!.np.from, np.from),
          to: place.to,
          verb: view.chunks[c],
        });
      }
    });
    return out;
  },
};
