// Pronouns whose referent is the speaker of the statement they stand in: "Acme Corp said it would buy
// Beta" (it = Acme Corp), "Acme said its chief would resign" (its = Acme Corp), "“We will appeal,” the
// Harbour Club said" (we = the club), "“I will run,” Ann Cole said" (I = Ann Cole). A body speaks of itself
// as "it" or "we", a person as "I"; these are the only readings taken, as "they" or "we" from a person name
// others. The relation read through the pronoun is then the speaker's word about itself, attributed to the
// speaker like any relation inside the statement.
import type { SentenceView } from './sentence-view.js';
import { isAcronym } from '../entities/names/name-key.js';
import { rechunk } from './sentence-view.js';
import { POSSESSIVE_DETERMINERS } from '../entities/lexicon/pronouns.js';
import type { SpeechSpan } from './speech-spans.js';
import type { Entity } from '../types.js';

/** Speakers sure to be bodies: places, and organisations typed by a strong rule or named by more than one word
 * or an acronym. A lone capitalised word guessed to be an organisation is as often a person's surname
 * ("Saree said it …", where "it" is the group Saree speaks for). */
export function bodySpeakers(entities: readonly Entity[]): Set<string> {
  return new Set(
    entities
      .filter(
        (e) =>
          e.type === 'Place' ||
          (e.type === 'Organization' && (!!e.strong || /\s/.test(e.name.trim()) || isAcronym(e.name))),
      )
      .map((e) => e.id),
  );
}
/** Pronouns a body uses of itself inside its own quotation. */
const BODY_QUOTED = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
/** Pronouns a person uses of themself inside their own quotation. */
const PERSON_QUOTED = new Set(['i', 'me', 'my', 'mine', 'myself']);

/** Resolves such pronouns (a body's only for a speaker in `bodies`, see `bodySpeakers`) in place (entity and mention kind per token, chunks redone); returns whether any
 * sentence changed, so the caller can read its speech again. */
export function resolveSpeakerPronouns(
  views: SentenceView[],
  spans: SpeechSpan[][],
  bodies: ReadonlySet<string>,
): boolean {
  let changed = false;
  views.forEach((view, s) => {
    let here = false;
    const name = (k: number, speaker: string) => {
      // (the parse tags "its" a possessive noun, not a pronoun)
      const t = view.toks[k];
      if (view.entityAt[k] || !(t.tags.has('Pronoun') || POSSESSIVE_DETERMINERS.has(t.normal))) return;
      view.entityAt[k] = speaker;
      view.kindAt[k] = 'pronoun';
      here = true;
    };
    for (const span of spans[s] ?? []) {
      const type = view.types.get(span.speaker) ?? '';
      if (span.quote !== undefined) {
        const own = type === 'Person' ? PERSON_QUOTED : bodies.has(span.speaker) ? BODY_QUOTED : undefined;
        for (let k = span.from; own && k <= span.to; k++) if (own.has(view.toks[k].normal)) name(k, span.speaker);
      } else if (bodies.has(span.speaker) && finiteCue(view, span)) {
        // Only the statement's subject: "Acme said it had sold Beta"; an "it" further on may be anything.
        const first = view.toks[span.from];
        const next = view.toks[span.from + 1];
        if (first?.normal === 'it' && next && (next.tags.has('Verb') || next.tags.has('Adverb')))
          name(span.from, span.speaker);
        // "Acme said its chief executive, Tom Hale, would resign": the subject's owner is the body too.
        if (first?.normal === 'its' && next && !next.tags.has('Verb')) name(span.from, span.speaker);
      }
    }
    if (here) {
      rechunk(view);
      changed = true;
    }
  });
  return changed;
}

/** "Acme said it …" reads "it" as Acme; after a gerund ("sued Beta over its law, saying it would …") the
 * statement hangs on another clause, whose object "it" may well be. */
function finiteCue(view: SentenceView, span: SpeechSpan): boolean {
  const vg = view.chunks.find((c) => c.kind === 'VG' && c.from <= span.cueFrom && c.to >= span.cueFrom);
  return !!vg && vg.finite && !vg.gerund;
}
