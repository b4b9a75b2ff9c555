// The entity a noun phrase stands for when it fills a subject or object slot: its own named head, or the
// possessor of a head noun that speaks or acts for it ("Germany's government" acts for Germany).
import type { Chunk } from './chunks.js';
import { VEHICLE_HEADS } from '../entities/lexicon/work-words.js';

/** Possessor stands for the agent when the head noun is something a person or body says or does. */
const AGENT_HEADS = new Set([
  'remarks',
  'remark',
  'speech',
  'comments',
  'comment',
  'statement',
  'report',
  'government',
  'administration',
  'officials',
  'forces',
  'troops',
  'soldiers',
  'army',
  'navy',
  'military',
  'police',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'lawyers',
  'ministry',
  'announcement',
  'decision',
  'move',
  'letter',
  'office',
  'campaign',
  'team',
  'regulators',
  'leaders',
  'leadership',
]);

/** Kind nouns of a body written after its name ("the Boeing airframe company", "the Acme firm"). */
const BODY_KIND_HEADS = new Set([
  'company',
  'firm',
  'corporation',
  'conglomerate',
  'manufacturer',
  'airline',
  'carrier',
]);

/** Whether a head noun stands for its owner ("the government of X", "X's remarks" speak and act for X). */
export const actsForOwner = (headWord: string): boolean => AGENT_HEADS.has(headWord);

/** The entity a noun phrase stands for, or a model named before its kind of vehicle ("the Falcon 9 rocket" is
 * the Falcon 9; "the Boeing plane", a maker's, is no Boeing: only a name typed as a product). */
export function npEntityOrModel(np: Chunk | undefined, types: ReadonlyMap<string, string>): string | undefined {
  const model = np?.entities.filter((e) => e !== np.head && e !== np.possessor).pop();
  // The kind noun may be a concept of its own ("rocket"): the model still names the thing.
  const kindOnly = !np?.head || types.get(np.head) === 'Concept';
  if (!np || !kindOnly || !model) return npEntity(np);
  // "the Boeing airframe company": a body named before its kind of body is that body (one name only).
  if (BODY_KIND_HEADS.has(np.headWord) && np.entities.length === (np.head ? 2 : 1) && !np.possessor)
    return types.get(model) === 'Organization' ? model : npEntity(np);
  if (!VEHICLE_HEADS.has(np.headWord)) return npEntity(np);
  return types.get(model) === 'Product' ? model : npEntity(np);
}

/** The entity a noun phrase stands for in an argument position. */
export function npEntity(np: Chunk | undefined): string | undefined {
  if (!np || np.kind !== 'NP') return undefined;
  if (np.head) return np.head;
  if (actsForOwner(np.headWord)) return np.possessor ?? (np.entities.length === 1 ? np.entities[0] : undefined);
  return undefined;
}
