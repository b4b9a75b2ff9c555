// Kinds read off a name's own words (typing/named-kinds.ts, type-rules.ts): faiths, honours, a legislature's
// one-word name, a one-word place the parse took for a body, and no version number after a possessive.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';

test.each<[string, string, string, EntityType]>([
  [
    'a faith named with a given-name word',
    'Pope Leo, the head of Roman Catholic Christianity, spoke.',
    'Roman Catholic Christianity',
    'Concept',
  ],
  [
    'an adjective of faith',
    'The report is about Polish Roman Catholic priests in small towns.',
    'Roman Catholic',
    'Concept',
  ],
  [
    'a faith after a place adjective',
    'Monks of Tibetan Buddhism gathered in the valley.',
    'Tibetan Buddhism',
    'Concept',
  ],
  [
    'an honour named after a country',
    'She received the "Hero of the Soviet Union", its highest honour, in 1965.',
    'Hero of the Soviet Union',
    'Concept',
  ],
  [
    'a legislature by one word',
    "She ran for a seat in North Carolina's state Senate in 1998.",
    'Senate',
    'Organization',
  ],
  ['a channel named by a demonym', 'Zapata crossed the English Channel on a hoverboard.', 'English Channel', 'Place'],
  [
    'a channel named by its brand',
    'The Discovery Channel aired the film on Friday.',
    'Discovery Channel',
    'Organization',
  ],
  ['a city before a college', "He teaches at London's Royal Veterinary College.", 'London', 'Place'],
  [
    'a count after a possessive',
    "The network gave Ann Cole 279 votes to Donald Trump's 214.",
    'Donald Trump',
    'Person',
  ],
  ['a version after a name', 'Microsoft released Internet Explorer 9 in March.', 'Internet Explorer 9', 'Product'],
])('%s: "%s"', (_rule, text, name, type) => {
  expect(extract(text).entities.find((e) => e.name === name)?.type).toBe(type);
});

test('a trade ending in "-ism" is no faith', () => {
  const e = extract('Officials at Malaysia Tourism said visitors returned.').entities.find(
    (x) => x.name === 'Malaysia Tourism',
  );
  expect(e?.type).not.toBe('Concept');
});
