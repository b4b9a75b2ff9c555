// A second name after ", also known as" / "also called" (grouping/also-known-as.ts) joins the name right before
// it, whatever words they share; a name that only ends a longer description, or that names the noun before a
// preposition, stays its own thing. Sentences written for this test.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

const entities = (text: string) => extract(text).entities;

test.each([
  [
    'also called, after "the island of"',
    'Divers mapped the island of Tamarua, also called Gull Island, last spring.',
    'Tamarua',
    'Gull Island',
    'also-known-as',
  ],
  [
    'also known as, then the second name alone',
    'Troops entered Veldoria, also known as the Red Province, on Friday. The Red Province is calm.',
    'Veldoria',
    'Red Province',
    'also-known-as',
  ],
  [
    'known as, after a participle\'s "by"',
    'The Dorn Brigade, led by Mohamed Kassar, known as Hemedo, said its fighters held the bridge.',
    'Mohamed Kassar',
    'Hemedo',
    'also-known-as',
  ],
  [
    "a person's real name",
    'Rebel leader Abu Karim al-Dorni, whose real name is Hamid al-Vessar, spoke in the mosque.',
    'Abu Karim al-Dorni',
    'Hamid al-Vessar',
    'also-known-as',
  ],
  [
    'now called: a firm renamed',
    'The construction firm Dornbild paid bribes across the region. Dornbild, now called Velcora, settled in 2016.',
    'Dornbild',
    'Velcora',
    'also-known-as',
  ],
  [
    'formerly called',
    'The port of Kessingham, formerly called Kessing Harbour, reopened.',
    'Kessingham',
    'Kessing Harbour',
    'also-known-as',
  ],
  [
    'better known as, a person',
    'Marcus Okonkwo, better known as Zed Marlo, released an album.',
    'Marcus Okonkwo',
    'Zed Marlo',
    'also-known-as',
  ],
  [
    'known as, a short name that reads like a personal name',
    'The blaze was mapped by the Oregon Department of Water and Fire Safety, known as Cal Dorn. Cal Dorn said it was contained.',
    'Oregon Department of Water and Fire Safety',
    'Cal Dorn',
    'also-known-as',
  ],
])('joins: %s', (_name, text, name, alias, rule) => {
  const found = entities(text);
  expect(find(found, name)?.aliases).toContainEqual({ text: alias, rule });
  expect(find(found, alias)).toBeUndefined();
});

test.each([
  [
    'the name names the noun before "to"',
    'Ann Holt read the letter to Tom Brandt, called Night Watch, aloud.',
    'Tom Brandt',
    'Night Watch',
  ],
  [
    'the name names the noun before "of"',
    'Ann Holt praised the son of Tom Brandt, known as Jack Brandt, on Monday.',
    'Tom Brandt',
    'Jack Brandt',
  ],
  [
    'the name opens a longer description',
    "Ann Holt, known as Tom Brandt's deputy, resigned.",
    'Ann Holt',
    'Tom Brandt',
  ],
  ['no comma: a thing named in the clause', 'Ann Holt called Tom Brandt a liar.', 'Ann Holt', 'Tom Brandt'],
])('stays apart: %s', (_name, text, name, other) => {
  const found = entities(text);
  expect(find(found, name)).toBeDefined();
  expect(find(found, name)!.aliases.map((a) => a.text)).not.toContain(other);
});
