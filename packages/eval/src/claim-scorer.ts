// Claims of one article against the reference's claims (gold/facts/README.md): a predicted claim matches
// a reference claim when the speakers match and the claimed spans overlap in the same sentence.
// Predicted claims are read defensively: results written before the extractor had claims have none.
import type { ExtractionResult } from '@kg/extractor';
import type { FactsReference, ReferenceClaim } from './facts-reference.js';
import { snippetSpans } from './snippet-spans.js';

/** The fields of a predicted claim the scorer needs. */
export interface ClaimSpan {
  id: string;
  /** Entity id of the speaker. */
  speaker: string;
  start: number;
  end: number;
  sentence?: number;
}

export interface ClaimCounts {
  predicted: number;
  predictedMatched: number;
  claims: number;
  found: number;
}

export interface ClaimDetails {
  verdicts: Array<{ claim: ClaimSpan; speaker: string; text: string; matches: string[] }>;
  missed: ReferenceClaim[];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null ? (v as Json) : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** `result.claims` as spans; entries without a speaker or a character span are skipped. */
export function readClaimSpans(result: ExtractionResult): ClaimSpan[] {
  const raw = (result as unknown as { claims?: unknown }).claims;
  if (!Array.isArray(raw)) return [];
  const out: ClaimSpan[] = [];
  raw.forEach((item, i) => {
    const c = obj(item);
    if (!c) return;
    const speaker = [c.speaker, c.speakerId, obj(c.speaker)?.id].find((v) => typeof v === 'string');
    // The span is the claim's own start/end or that of its content/span/evidence object.
    const holder = [c, obj(c.content), obj(c.span), obj(c.evidence)].find((h) => h && num(h.start) !== undefined);
    const start = num(holder?.start);
    const end = num(holder?.end);
    if (typeof speaker !== 'string' || start === undefined || end === undefined) return;
    const sentence = num(c.sentence) ?? num(holder?.sentence);
    out.push({ id: typeof c.id === 'string' ? c.id : `claim${i}`, speaker, start, end, sentence });
  });
  return out;
}

export function scoreClaims(
  reference: FactsReference,
  result: ExtractionResult,
  text: string,
  match: (name: string) => string[],
): { counts: ClaimCounts; details: ClaimDetails } {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const sentenceSpan = (i: number | undefined) => (i === undefined ? undefined : result.sentences[i]);
  const located = reference.claims.map((claim) => ({ claim, spans: snippetSpans(text, claim.evidence) }));
  const verdicts = readClaimSpans(result).map((claim) => {
    const speaker = byId.get(claim.speaker)?.name ?? claim.speaker;
    const speakers = match(speaker);
    const sentence = sentenceSpan(claim.sentence);
    const matches = located
      .filter(({ claim: ref, spans }) => {
        if (!speakers.includes(ref.speaker)) return false;
        return spans.some(([s, e]) => {
          const from = Math.max(s, claim.start);
          const to = Math.min(e, claim.end);
          // the shared characters must lie in the claim's own sentence when it names one
          return from < to && (!sentence || Math.max(from, sentence.start) < Math.min(to, sentence.end));
        });
      })
      .map(({ claim: ref }) => ref.id);
    return { claim, speaker, text: text.slice(claim.start, claim.end), matches };
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
