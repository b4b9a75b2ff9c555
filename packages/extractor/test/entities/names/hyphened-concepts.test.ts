// A lower-case word hyphened onto a concept phrase is part of it (names/concepts.ts): "non-free software" is
// no "free software", "same-sex marriage" no "sex marriage". A function word or the middle of a longer compound
// is not taken ("software-as-a-service"). Sentences written for this test.
import { extract } from '@kg/extractor';

const concepts = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === 'Concept')
    .map((e) => e.name);

test.each([
  ['Tom Hale said non-free software led to the ban in Dorn.', 'non-free software', 'free software'],
  ['Ann Cole backed same-sex marriage and better pay in Dorn.', 'same-sex marriage', 'sex marriage'],
  ['Ann Cole praised the all-women crew of the Dorn ferry.', 'all-women crew', 'women crew'],
  // A modifier hyphened after a function word ("so-called") is an adverb's phrase, no word of the concept.
  ['Ann Cole said Dorn had become a route for so-called dual-use goods.', 'dual-use goods', 'called dual-use goods'],
])('%s → "%s", never "%s"', (text, present, absent) => {
  const found = concepts(text);
  expect(found).toContain(present);
  expect(found).not.toContain(absent);
});

test('a function word before the hyphen is not taken', () => {
  expect(concepts('Acme Corp sold software-as-a-service to Beta Holdings, Tom Hale said.')).not.toContain('a-service');
});
