// The sentence views of a text, built the way extract() builds them, for tests of the helpers that read
// one view (chunks, subjects, governing verbs) directly rather than through the triples they give.
import nlp from 'compromise';
import { findEntities } from '../../src/entities/find-entities.js';
import { buildSentenceViews, type SentenceView } from '../../src/relations/sentence-view.js';
import { tokenise } from '../../src/tokens.js';

export function viewsOf(text: string): SentenceView[] {
  const doc = nlp(text);
  const tokens = tokenise(doc, text);
  const { entities } = findEntities({ text, tokens });
  return buildSentenceViews(text, tokens.sentences, tokens.bySentence, entities);
}

/** The index of the first verb group in `view` whose main lemma is `lemma`. */
export function verbGroupAt(view: SentenceView, lemma: string): number {
  const c = view.chunks.findIndex((ch) => ch.kind === 'VG' && ch.lemma === lemma);
  if (c < 0) throw new Error(`no verb group "${lemma}" in: ${view.text}`);
  return c;
}
