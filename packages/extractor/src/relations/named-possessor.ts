// "approved Acme Corp's purchase of Beta Ltd", "vetoed Dorn's visit to Kesh": a relation noun whose possessor is
// named by name is that possessor's act, so the verb's subject is no party to it (nominal-relation reads the
// act itself). A possessor written as a pronoun or a description ("its sanctions", "the committee's inquiry")
// is left to the verb, as it is often the subject's own or a body the subject runs.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';

/** Whether the phrase's possessor is a named entity other than `subject`. */
export function namedPossessor(view: SentenceView, np: Chunk, subject: string): boolean {
  const owner = np.possessor;
  if (!owner || owner === subject) return false;
  for (let k = np.from; k <= np.to; k++) if (view.entityAt[k] === owner) return view.kindAt[k] === 'name';
  return false;
}
