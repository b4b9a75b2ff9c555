// Place cues (typing/place-cues.ts): "in" after a word of writing or publishing ("published in Nature", "wrote
// in Science", "an article in Haaretz") names a publication, so it is no evidence of a place; the same name's
// other mentions still count.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';

test.each<[string, string, string, EntityType | undefined]>([
  ['published in a journal', 'The study was published in Nature on Monday.', 'Nature', undefined],
  ['appeared in a journal', 'The findings appeared in Zentrica last week.', 'Zentrica', undefined],
  ['wrote in a journal', 'Ann Cole wrote in Science that the results hold.', 'Science', undefined],
  ['an article in a paper', 'An article in Haaretz said the talks had failed.', 'Haaretz', undefined],
  ['a column in a paper', 'A column in Zentrica criticised the plan.', 'Zentrica', undefined],
  ['a town one lives in', 'Tom Hale lives in Dorn with his family.', 'Dorn', 'Place'],
  ['the same town, written in', 'Tom Hale was born in Dorn and wrote in Dorn.', 'Dorn', 'Place'],
])('%s: "%s"', (_rule, text, name, type) => {
  const e = extract(text).entities.find((x) => x.name === name);
  if (type) expect(e?.type).toBe(type);
  else expect(e?.type).not.toBe('Place');
});

test('"wrote in" a journal is no place the writer is in', () => {
  const r = extract('Ann Cole wrote in Science that the results hold.');
  expect(r.triples.filter((t) => t.predicate.type === 'LOCATED_IN')).toEqual([]);
});
