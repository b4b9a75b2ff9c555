// Listed people (typing/listed-people.ts): a personal-looking name listed next to a person is a person; a
// given name and "and" before a name share its family name; two names with only a comma between them are an
// apposition, no list.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';

test.each<[string, string, string, EntityType]>([
  [
    'a list of three',
    'The show had photographers Anna Kowalczyk, Dorota Wrzesk and Zofia Tarnik.',
    'Dorota Wrzesk',
    'Person',
  ],
  [
    'two given names and one family name',
    'The film is a documentary by Tomasz and Marek Sekielski, which won praise.',
    'Marek Sekielski',
    'Person',
  ],
])('%s: "%s"', (_rule, text, name, type) => {
  expect(extract(text).entities.find((e) => e.name === name)?.type).toBe(type);
});

test('an apposition is no list: "the next Space Telescope, James Webb,"', () => {
  const text = 'With the next Space Telescope, James Webb, you will find more planets.';
  expect(extract(text).entities.find((e) => e.name === 'Space Telescope')?.type).not.toBe('Person');
});
