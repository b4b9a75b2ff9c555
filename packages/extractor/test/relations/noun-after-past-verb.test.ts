// A bare verb form right after a past verb modifies the noun after it (noun-after-past-verb.ts); sentences
// written for this test. Each row gives the type and verb phrase of the sentence's relations to its object.
import { extract } from '../../src/index.js';

const relationsTo = (text: string, object: string) => {
  const r = extract(text);
  const id = r.entities.find((e) => e.name === object)?.id;
  return r.triples.filter((t) => t.object === id).map((t) => `${t.predicate.type}:${t.predicate.text}`);
};

test.each([
  [
    'a bare form before a title is part of it',
    'Acme Corp contacted campaign manager Tom Hale about the fire.',
    'Tom Hale',
    ['RELATED_TO:contacted'],
  ],
  [
    'so the verb before it keeps its type',
    'Acme Corp hired campaign director Ann Cole in May.',
    'Ann Cole',
    ['APPOINTS:hired'],
  ],
  [
    'a verb of helping takes a bare verb',
    'Acme Corp helped build the Harbour Bridge in 1930.',
    'Harbour Bridge',
    ['CREATES:helped build'],
  ],
])('%s', (_name, text, object, expected) => {
  expect(relationsTo(text, object)).toEqual(expected);
});
