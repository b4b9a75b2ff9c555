// Kinds read off a name's own words (typing/named-kinds.ts, type-rules.ts): faiths, honours, a legislature's
// one-word name, a one-word place the parse took for a body, and no version number after a possessive.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';

test.each<[string, string, string, EntityType]>([
  [
    'a genre of film or play written before a title names a work, whatever its last word',
    'Ann Cole won the prize for the psychological thriller Glass Harbour in Dorn.',
    'Glass Harbour',
    'Product',
  ],
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
  [
    'a chamber named "House" alone',
    'Tom Hale ruled as speaker of the state House until 2021.',
    'House',
    'Organization',
  ],
  ['a chamber named "House" after a state', 'Tom Hale led the Ohio House for decades.', 'Ohio House', 'Organization'],
  ['a building named "House" after another word', 'She sang at the Dorn Opera House.', 'Dorn Opera House', 'Place'],
  ['a channel named by a demonym', 'Zapata crossed the English Channel on a hoverboard.', 'English Channel', 'Place'],
  [
    'a channel named by its brand',
    'The Discovery Channel aired the film on Friday.',
    'Discovery Channel',
    'Organization',
  ],
  [
    'a people by origin, describing',
    'Many Native American voters live far from a post office.',
    'Native American',
    'Concept',
  ],
  [
    'a people by origin, plural',
    'The census counted Indigenous Australians separately.',
    'Indigenous Australians',
    'Concept',
  ],
  [
    'a magazine named with a demonym',
    'He read Scientific American every month.',
    'Scientific American',
    'Organization',
  ],
  [
    'a space telescope named after a person',
    'Astronomers await the Nancy Grace Space Telescope.',
    'Nancy Grace Space Telescope',
    'Product',
  ],
  ['a probe', 'Data from the Harlow Solar Probe arrived on Monday.', 'Harlow Solar Probe', 'Product'],
  ['a telescope on the ground', 'Images came from the Very Large Telescope in Chile.', 'Very Large Telescope', 'Place'],
  ['a city before a college', "He teaches at London's Royal Veterinary College.", 'London', 'Place'],
  [
    'a count after a possessive',
    "The network gave Ann Cole 279 votes to Donald Trump's 214.",
    'Donald Trump',
    'Person',
  ],
  ['a version after a name', 'Microsoft released Internet Explorer 9 in March.', 'Internet Explorer 9', 'Product'],
  ['a service of worship written with a capital', 'The first bomb went off during Mass in Dorn.', 'Mass', 'Concept'],
  ['one after modifiers', 'The cathedral will hold its first public Mass on Sunday.', 'Mass', 'Concept'],
])('%s: "%s"', (_rule, text, name, type) => {
  expect(extract(text).entities.find((e) => e.name === name)?.type).toBe(type);
});

test('a trade ending in "-ism" is no faith', () => {
  const e = extract('Officials at Malaysia Tourism said visitors returned.').entities.find(
    (x) => x.name === 'Malaysia Tourism',
  );
  expect(e?.type).not.toBe('Concept');
});
