// Chunking (relations/chunks.ts). Sentences written for this test.
import { extract } from '@kg/extractor';
import { triplesOf } from './rules/triples-of.js';

// A name's own short form in brackets is no aside (chunks.ts): the verb and the phrase after it still
// belong to the name before the bracket.
test.each([
  [
    'a place after the bracket',
    'Researchers from the University of Dorn (UD) in Ohio reported a new coating.',
    'University of Dorn LOCATED_IN Ohio',
  ],
  // (A guard: the subject before the bracket, read through the aside before and after the change.)
  [
    'the subject before a bracketed acronym',
    'The Dorn Hurricane Center (DHC) upgraded Tropical Storm Ann to a hurricane.',
    'Dorn Hurricane Center RELATED_TO Tropical Storm Ann',
  ],
])('a bracketed short form: %s', (_name, text, present) => {
  expect(triplesOf(text)).toContain(present);
});

test('the speaker is the body before the bracket, not the place after it', () => {
  const r = extract(
    'In findings published on Monday in Nature Sustainability, researchers mostly from Dorn State University (Dorn State) in the U.S. reported that the coating could reduce bacterial growth.',
  );
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  expect(r.claims.map((c) => name.get(c.speaker ?? ''))).toEqual(['Dorn State University']);
});
