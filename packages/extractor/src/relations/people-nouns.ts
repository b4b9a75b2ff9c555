// Plural nouns for groups of people ("locals", "workers", "civilians"): "urged vigilant locals to help"
// names some people, not a topic a reader would keep as a node, whatever adjective comes before.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import type { Token } from '../tokens.js';

export const PEOPLE_GROUP_HEADS: ReadonlySet<string> = new Set(
  `locals workers civilians citizens soldiers students passengers visitors tourists fans users customers consumers
  patients farmers migrants immigrants refugees women men adults teenagers youths kids villagers inhabitants
  shoppers travellers travelers commuters drivers pilots crews staff employees investors lawmakers legislators
  politicians activists militants fighters rebels insurgents police officers authorities experts analysts
  scientists researchers teachers nurses volunteers survivors witnesses believers worshippers pilgrims
  spectators viewers readers listeners participants attendees delegates members`.split(/\s+/),
);

const COUNTED_PEOPLE = new Set(['people', 'persons', ...PEOPLE_GROUP_HEADS]);

/** A phrase that only counts people, with no name: "813", "at least 12 people", "five civilians". */
export function peopleCount(view: SentenceView, np: Chunk): boolean {
  if (np.entities.length) return false;
  const toks = view.toks.slice(np.from, np.to + 1);
  const number = (t: Token) => t.tags.has('Value') || t.tags.has('Cardinal') || /^\d[\d,.]*$/.test(t.text);
  const last = toks[toks.length - 1];
  return toks.some(number) && (number(last) || COUNTED_PEOPLE.has(last.normal));
}
