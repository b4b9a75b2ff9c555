// Claims of one article against the reference's claims (gold/facts/README.md): a predicted claim matches
// a reference claim when the speakers match and the claimed spans overlap in the same sentence.
// `result.claims` is read defensively: a result saved before the extractor had claims has none, and an
// entry without a speaker or a character span cannot match anything.
import type { Claim, ExtractionResult } from '@kg/extractor';
import type { FactsReference, ReferenceClaim } from './facts-reference.js';
import { snippetSpans } from './snippet-spans.js';

export interface ClaimCounts {
  predicted: number;
  predictedMatched: number;
  claims: number;
  found: number;
}

export interface ClaimVerdict {
  claim: Claim;
  /** The speaker's name (its entity id when the result has no such entity). */
  speaker: string;
  /** Ids of the reference claims it matches. */
  matches: string[];
}

export interface ClaimDetails {
  verdicts: ClaimVerdict[];
  missed: ReferenceClaim[];
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The result's claims that have a speaker and a character span; anything else is left out. */
export function readClaims(result: ExtractionResult): Claim[] {
  const raw: unknown = (result as { claims?: unknown }).claims;
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (c): c is Claim =>
      typeof c === 'object' && c !== null && typeof c.speaker === 'string' && finite(c.start) && finite(c.end),
  );
}

export function scoreClaims(
  reference: FactsReference,
  result: ExtractionResult,
  text: string,
  match: (name: string) => string[],
): { counts: ClaimCounts; details: ClaimDetails } {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const located = reference.claims.map((claim) => ({ claim, spans: snippetSpans(text, claim.evidence) }));
  const verdicts = readClaims(result).map((claim): ClaimVerdict => {
    const speaker = byId.get(claim.speaker)?.name ?? claim.speaker;
    const speakers = match(speaker);
    const sentence = finite(claim.sentence) ? result.sentences[claim.sentence] : undefined;
    const matches = located
      .filter(({ claim: ref, spans }) => {
        if (!speakers.includes(ref.speaker)) return false;
        return spans.some(([s, e]) => {
          const from = Math.max(s, claim.start);
          const to = Math.min(e, claim.end);
          // the shared characters must lie in the claim's own sentence when the result has it
          return from < to && (!sentence || Math.max(from, sentence.start) < Math.min(to, sentence.end));
        });
      })
      .map(({ claim: ref }) => ref.id);
    return { claim, speaker, matches };
  });
  const foundIds = new Set(verdicts.flatMap((v) => v.matches));
  const counts: ClaimCounts = {
    predicted: verdicts.length,
    predictedMatched: verdicts.filter((v) => v.matches.length > 0).length,
    claims: reference.claims.length,
    found: foundIds.size,
  };
  return { counts, details: { verdicts, missed: reference.claims.filter((c) => !foundIds.has(c.id)) } };
}
