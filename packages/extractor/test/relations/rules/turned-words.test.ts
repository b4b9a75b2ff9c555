// An edge the subject-verb-object rule turns round (the one lost to defeated the subject, an owner owns what
// belongs to it, the giver of an act received did it) carries the object's act as its words, not the
// subject's verb phrase, which under the turned arrow would say the opposite. Sentences written for this test.
import { phrasesOf as phrases } from './triples-of.js';

test.each([
  ['Tom Hale lost the nomination to Ann Cole in May.', ['Ann Cole DEFEATS "defeated" Tom Hale']],
  ['Tom Hale lost to Ann Cole.', ['Ann Cole DEFEATS "defeated" Tom Hale']],
  ['Tom Hale faced criticism from Ann Cole.', ['Ann Cole CRITICIZES "criticism" Tom Hale']],
  ['Tom Hale has already secured the support of Acme Corp.', ['Acme Corp SUPPORTS "support" Tom Hale']],
  // An edge kept in the sentence's order keeps its words (guard).
  ['Tom Hale defeated Ann Cole in May.', ['Tom Hale DEFEATS "defeated" Ann Cole']],
])('%s → %j', (text, expected) => {
  expect(phrases(text)).toEqual(expected);
});
