// "invested $2 billion in Beta Ltd", "funded 40% of the dam": a direct object that is only a sum or a count
// names no thing of its own, so the verb keeps its relation to the phrase after it.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';

const UNITS = /^(?:dollars?|euros?|pounds?|yuan|yen|rupees?|percent|%)$/;

/** Whether the phrase is only a sum or a count ("$2 billion", "5 million euros", "40%"). */
export const amountOnly = (view: SentenceView, np: Chunk): boolean =>
  view.toks.slice(np.from, np.to + 1).every((t) => t.tags.has('Value') || t.tags.has('Money') || UNITS.test(t.normal));
