// The sentence views of a text, built the way extract() builds them, for tests of the helpers that read
// one view (chunks, subjects, governing verbs) directly rather than through the triples they give.
import nlp from 'compromise';
import { findEntities } from '../../src/entities/find-entities.js';
import { buildSentenceViews, type SentenceView } from '../../src/relations/sentence-view.js';
import { tokenise } from '../../src/tokens.js';
import type { TripleDraft } from '../../src/relations/rule.js';

export function viewsOf(text: string): SentenceView[] {
  const doc = nlp(text);
  const tokens = tokenise(doc, text);
  const { entities } = findEntities({ text, tokens });
  return buildSentenceViews(text, tokens.sentences, tokens.bySentence, entities);
}

/** The words of each verb group of the text's first sentence, in order. */
export function verbGroupsOf(text: string): string[] {
  const view = viewsOf(text)[0];
  return view.chunks.filter((c) => c.kind === 'VG').map((c) => view.slice(c.from, c.to));
}

/** The index of the first verb group in `view` whose main lemma is `lemma`. */
export function verbGroupAt(view: SentenceView, lemma: string): number {
  const c = view.chunks.findIndex((ch) => ch.kind === 'VG' && ch.lemma === lemma);
  if (c < 0) throw new Error(`no verb group "${lemma}" in: ${view.text}`);
  return c;
}

/** A draft whose subject is the entity at token `at` and whose verb is the group with main lemma `lemma`, for
 * tests of the edge gate's helpers (object and type are placeholders the helpers do not read). */
export function verbDraftAt(view: SentenceView, at: number, lemma: string): TripleDraft {
  const verb = view.chunks[verbGroupAt(view, lemma)];
  const subject = view.entityAt[at];
  if (!subject) throw new Error(`no entity at token ${at} in: ${view.text}`);
  return {
    subject,
    object: 'test-object',
    predicate: { type: 'RELATED_TO', lemma, text: '' },
    confidence: 0.8,
    from: at,
    to: verb.to + 1,
    verb,
  };
}
