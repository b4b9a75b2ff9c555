// claimRows(): an ExtractionResult's claims (reported speech) as the rows both stores load: one per claim,
// with a store-wide id, its sentence, and only entities the document has (the speaker never among what
// the claim is about).
import { timeOf } from './time-columns.js';
import type { ExtractionResult, TimeRef } from '@kg/extractor';

export interface ClaimRow {
  /** `<documentId>#<claim id in the result>`, unique in a store. */
  id: string;
  /** Entity id of the speaker. */
  speaker: string;
  /** Lemma of the reporting verb ("say", "deny", "according to"). */
  verb: string;
  sentenceId: string;
  /** The claimed content and its character offsets in the document, end-exclusive. */
  text: string;
  start: number;
  end: number;
  quote: boolean;
  /** Entity ids the content names, sorted. */
  about: string[];
  /** When it was said, when the reporting clause says. */
  time?: TimeRef;
}

export function claimId(docId: string, id: string): string {
  return `${docId}#${id}`;
}

/** The result's claims whose speaker is one of `entityIds` and whose sentence is known. */
export function claimRows(
  result: ExtractionResult,
  entityIds: Set<string>,
  sentenceIdOf: (index: number) => string | undefined,
): ClaimRow[] {
  const docId = result.document.id;
  const out = new Map<string, ClaimRow>();
  for (const c of result.claims ?? []) {
    const sentenceId = sentenceIdOf(c.sentence);
    if (!sentenceId || !entityIds.has(c.speaker) || out.has(claimId(docId, c.id))) continue;
    const time = timeOf(c.time?.text, c.time?.value);
    const about = [...new Set(c.about ?? [])].filter((id) => id !== c.speaker && entityIds.has(id)).sort();
    out.set(claimId(docId, c.id), {
      id: claimId(docId, c.id),
      speaker: c.speaker,
      verb: c.verb,
      sentenceId,
      text: c.text,
      start: c.start,
      end: c.end,
      quote: !!c.quote,
      about,
      ...(time ? { time } : {}),
    });
  }
  return [...out.values()];
}

/** Claims with their entity ids mapped by `swap` (resolution, alias merges); the speaker drops out of `about`. */
export function swapClaimEntities(claims: ClaimRow[], swap: (id: string) => string): ClaimRow[] {
  return claims.map((c) => {
    const speaker = swap(c.speaker);
    return { ...c, speaker, about: [...new Set(c.about.map(swap))].filter((id) => id !== speaker).sort() };
  });
}
