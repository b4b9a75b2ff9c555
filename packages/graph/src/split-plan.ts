// planSplit(): which documents leave a node when some of its names are split off (`kg aliases split`), the
// same for every store. A document whose own entity was one of those names moves, and is resolved again
// with the alias file's vetoes (so it finds the node it should have, or a new one); a document that wrote
// the name only beside the node's other names (an in-article alias) stays until it is re-imported, when
// the extractor applies the veto itself.
import type { EntityType } from '@kg/extractor';
import { entityId } from '@kg/extractor/names';
import type { DocRows } from './doc-rows.js';
import { SplitEntityError } from './errors.js';
import { nameKey } from './node-keys.js';

/** What a document said of the node (a stored per-document entry). */
export interface SplitEntry {
  doc: string;
  name: string;
  type: string;
  strong: boolean;
  aliases: string[];
}

export interface SplitPlan {
  /** The entries that leave the node, in the order given. */
  move: SplitEntry[];
  /** Documents that wrote a split name only as an alias of the node within the article. */
  inDocument: string[];
}

/** What splitEntity did: each moved document's entry and the node it now names. */
export interface SplitResult {
  id: string;
  moved: Array<{ document: string; name: string; into: string }>;
  /** Documents to re-import for the split to reach them (the name is an in-article alias there). */
  inDocument: string[];
}

export function planSplit(id: string, entries: SplitEntry[], names: string[]): SplitPlan {
  if (!entries.length) throw new SplitEntityError(`splitEntity: expected a stored entity id, got "${id}"`);
  const keys = new Set(names.map(nameKey));
  if (!names.length || keys.has(''))
    throw new SplitEntityError(`splitEntity: expected one or more non-empty names to split off "${id}"`);
  const known = new Set(entries.flatMap((e) => [e.name, ...e.aliases].map(nameKey)));
  const unknown = names.filter((n) => !known.has(nameKey(n)));
  if (unknown.length)
    throw new SplitEntityError(
      `splitEntity: expected names of "${id}" (${[...new Set(entries.map((e) => e.name))].join(', ')} and their aliases), got ${unknown.map((n) => JSON.stringify(n)).join(', ')}`,
    );
  const move = entries.filter((e) => keys.has(nameKey(e.name)));
  if (move.length === entries.length)
    throw new SplitEntityError(
      `splitEntity: expected names of some of "${id}"'s documents, not all of them (nothing would remain)`,
    );
  const moved = new Set(move.map((e) => e.doc));
  const inDocument = entries
    .filter((e) => !moved.has(e.doc) && e.aliases.some((a) => keys.has(nameKey(a))))
    .map((e) => e.doc);
  return { move, inDocument: [...new Set(inDocument)] };
}

/** An extractor-style id for a moved entry, so resolution decides its node afresh (isExtractorId). */
export function detachedId(e: Pick<SplitEntry, 'name' | 'type'>): string {
  return entityId(e.name, e.type as EntityType);
}

/** The one-entity rows resolution needs to place a moved entry (no sentences, no relations). */
export function entryRows(e: SplitEntry): DocRows {
  return {
    doc: { id: e.doc, hash: '', importedAt: '' },
    sentences: [],
    entities: [{ id: detachedId(e), name: e.name, type: e.type, strong: e.strong, aliases: e.aliases }],
    mentions: [],
    relations: [],
  };
}
