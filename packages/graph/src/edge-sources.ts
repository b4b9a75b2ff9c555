// What a relation's sources add up to, the same in every store: the first and last published date of the
// documents behind its sentences (article dates, never import times), how many documents and which outlets
// they are, and whether it is disputed. Stores keep only the per-sentence rows and derive these from them,
// so removing or replacing a document leaves them exact.
import { docIdOfSentence } from './build-snapshot.js';

/** One supporting sentence with its document's published date and outlet id, when known. */
export interface SupportSource {
  sentenceId: string;
  date?: string | null;
  outlet?: string | null;
}

export interface EdgeSources {
  firstSeen?: string;
  lastSeen?: string;
  /** Distinct documents. */
  support: number;
  /** Distinct outlet ids, sorted. */
  outlets: string[];
}

export function edgeSources(items: Iterable<SupportSource>): EdgeSources {
  const docs = new Set<string>();
  const outlets = new Set<string>();
  let firstSeen: string | undefined;
  let lastSeen: string | undefined;
  for (const it of items) {
    docs.add(docIdOfSentence(it.sentenceId));
    if (it.outlet) outlets.add(it.outlet);
    if (it.date) {
      if (firstSeen === undefined || it.date < firstSeen) firstSeen = it.date;
      if (lastSeen === undefined || it.date > lastSeen) lastSeen = it.date;
    }
  }
  const out: EdgeSources = { support: docs.size, outlets: [...outlets].sort() };
  if (firstSeen !== undefined) out.firstSeen = firstSeen;
  if (lastSeen !== undefined) out.lastSeen = lastSeen;
  return out;
}

/**
 * A relation is disputed when one document affirms it and another negates or denies it (one article
 * saying both is left alone: more likely a misreading than a dispute).
 */
export function isDisputed(affirming: Iterable<string>, denying: Iterable<string>): boolean {
  const yes = new Set(affirming);
  const no = new Set(denying);
  if (!yes.size || !no.size) return false;
  return new Set([...yes, ...no]).size >= 2;
}

/** An edge's state as an import run compares it: its support and whether it is disputed (undefined: no edge). */
export type EdgeState = { support: number; disputed: boolean } | undefined;

/**
 * What a change did to some edges: how many supporting documents they gained beyond the first (an edge's
 * first document adds it, every further one corroborates it), and how many became disputed. Counted as
 * `after.support − (before?.support ?? 1)` per edge, so the total does not depend on how documents are
 * grouped: the embedded store compares one document at a time, Neo4j a batch of them.
 */
export function edgeChanges(
  before: Map<string, EdgeState>,
  after: (id: string) => EdgeState,
): { corroborated: number; disputed: number } {
  let corroborated = 0;
  let disputed = 0;
  for (const [id, b] of before) {
    const a = after(id);
    if (a) corroborated += Math.max(0, a.support - (b?.support ?? 1));
    if (a?.disputed && !b?.disputed) disputed++;
  }
  return { corroborated, disputed };
}
