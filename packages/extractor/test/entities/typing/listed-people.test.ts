// Listed people (typing/listed-people.ts): a personal-looking name listed next to a person is a person; a
// given name and "and" before a name share its family name; two names with only a comma between them are an
// apposition, no list; a figure after each name ("X, 2:19:30, and Y") does not end the list.
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
  [
    'a figure set off by commas after each listed name',
    'She finished ahead of Mary Tekle, 2:19:30, and Hirut Gebre, 2:20:05.',
    'Hirut Gebre',
    'Person',
  ],
  [
    'a people in the plural before the first name',
    'Close behind were Ethiopians Tesfaye Worku, 2:06:10, and Gemechu Ayana, 2:06:30.',
    'Gemechu Ayana',
    'Person',
  ],
  [
    'a people in the plural is no part of the name',
    'Close behind were Ethiopians Tesfaye Worku, 2:06:10, and Gemechu Ayana, 2:06:30.',
    'Tesfaye Worku',
    'Person',
  ],
])('%s: "%s"', (_rule, text, name, type) => {
  expect(extract(text).entities.find((e) => e.name === name)?.type).toBe(type);
});

test('an apposition is no list: "the next Space Telescope, James Webb,"', () => {
  const text = 'With the next Space Telescope, James Webb, you will find more planets.';
  expect(extract(text).entities.find((e) => e.name === 'Space Telescope')?.type).not.toBe('Person');
});
