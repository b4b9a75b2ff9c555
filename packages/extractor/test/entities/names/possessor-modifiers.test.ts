// Words right before a possessive noun modify the possessor (names/concepts.ts): "the central bank's deputy
// governor" has no concept "central", "a sex worker's group" none "sex". A contraction ("a vessel that's on
// fire") is no possessor. Sentences written for this test.
import { extract } from '@kg/extractor';

const concepts = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === 'Concept')
    .map((e) => e.name);

test.each([
  ["Ann Cole named the central bank's deputy governor, Tom Hale, to the post.", 'central'],
  ["Two members of a dock worker's union spoke to Ann Cole in Dorn.", 'dock'],
])('%s → no concept "%s"', (text, absent) => {
  expect(concepts(text)).not.toContain(absent);
});

test('a contraction after the noun leaves it a concept (guard)', () => {
  expect(concepts("Ann Cole said a vessel that's on fire drifted toward Dorn.")).toContain('vessel');
});
