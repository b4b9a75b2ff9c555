// A past participle between a verb and a noun describes the noun (relations/participle-modifier.ts): the
// sentence's verb stays the one before it. Sentences written for this test.
import { extract } from '@kg/extractor';
import { triplesOf } from './rules/triples-of.js';

test.each([
  [
    'an adverb and a participle before a title and a name',
    'Ann Cole encouraged newly elected mayor Tom Hale to cut taxes.',
    'Ann Cole URGES Tom Hale',
    'Ann Cole APPOINTS Tom Hale',
  ],
  [
    'a participle before a title and a name',
    'Ann Cole met recently appointed minister Tom Hale in Dorn.',
    'Ann Cole MEETS Tom Hale',
    'Ann Cole APPOINTS Tom Hale',
  ],
  [
    // (the employees were sued, not Beta Holdings: predicate.ts roleOfAnother)
    'a participle before a plural role noun of a body',
    'Acme Corp sued retired employees of Beta Holdings in May.',
    undefined,
    'Acme Corp FOUNDED Beta Holdings',
  ],
])('the verb before the participle: %s', (_name, text, present, absent) => {
  const triples = triplesOf(text);
  if (present) expect(triples).toContain(present);
  expect(triples).not.toContain(absent);
});

test.each([
  ['after an auxiliary', 'Acme Corp has acquired Beta Holdings.', 'Acme Corp ACQUIRES Beta Holdings'],
  ['after "was"', 'Tom Hale was appointed by Ann Cole in May.', 'Ann Cole APPOINTS Tom Hale'],
])('still the verb: %s', (_name, text, present) => {
  expect(triplesOf(text)).toContain(present);
});

// A coordinated past verb that compromise reads as an adjective opens its own object, even before a list
// (entities/names/concepts.ts); two adjectives of one noun stay one phrase.
test.each([
  [
    'a coordinated verb before a list',
    'Ann Cole backed free trade and considered small farms, local shops, and schools as vital.',
    'considered small farms',
    'small farms',
  ],
  [
    'two adjectives of one noun',
    'Ann Cole defended documented and undocumented migrants, farmers, and students.',
    'migrants',
    'undocumented migrants',
  ],
])('concepts: %s', (_name, text, absent, present) => {
  const names = extract(text).entities.map((e) => e.name);
  expect(names).not.toContain(absent);
  expect(names).toContain(present);
});
