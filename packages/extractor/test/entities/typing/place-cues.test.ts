// Place cues from a preposition of location (typing/place-cues.ts): a name mostly written "in X" is a place,
// also the second of two names joined after the preposition, and a town the lexicon also knows as a family
// name, unless a person of the article bears that name; a name after a side or neighbour word ("in southern X",
// "from neighbouring X"), before a distance ("X, about 80 kilometres north"), after what only a land has and "of"
// ("the streets of X"), or with a parliamentary or presidential election of its own ("X's parliamentary election"). Sentences written for this test.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';

test.each<[string, string, string, EntityType | undefined]>([
  ['the second of two joined names', 'Acme won approval from authorities in Vestria and Ostland.', 'Ostland', 'Place'],
  [
    'the middle of a list after the preposition',
    'Strikes hit ports in Dornhaven, Vestrik and Ostland on Friday.',
    'Vestrik',
    'Place',
  ],
  [
    'a name after a place and a comma, with no list going on, is not listed (guard)',
    'In Ostland, Vestrik reported a loss. Vestrik sells cars.',
    'Vestrik',
    'Organization',
  ],
  ['also after "or"', 'Tom Hale will open offices in Vestria or Ostland.', 'Ostland', 'Place'],
  [
    'a town that is also a family name',
    'Ann Cole told reporters outside the firm’s headquarters in Lund.',
    'Lund',
    'Place',
  ],
  // A mention modifying a lower-case noun is no vote either way.
  [
    'a town that is also a family name, once a modifier',
    'Lund council tax will rise. Households in Lund will pay more.',
    'Lund',
    'Place',
  ],
  ['not a family name a person of the article bears', 'Ann Lund met Tom Hale in Lund in May.', 'Ann Lund', 'Person'],
  ['a family name that names no town stays a person', 'Voters lost confidence in Johnson.', 'Johnson', 'Person'],
  ['a part of a land', 'A wildfire destroyed 200 homes in southern Aravia on Sunday.', 'Aravia', 'Place'],
  [
    'a plural division after a list of names',
    'Drones were shot down over the Vestria, Ostland and Narvoku regions.',
    'Narvoku',
    'Place',
  ],
  ['an exclave after the name', 'Norland borders Vestria and Ostland’s Dornagrad exclave.', 'Dornagrad', 'Place'],
  [
    'a kind of land after the name',
    'Loggers cleared forest in the Varuna. The Varuna rainforest covers half the country.',
    'Varuna',
    'Place',
  ],
  [
    'a name of two words after "the province of", though the parse guesses a person',
    'Officials reported 34 deaths in the province of Nova Delgado on Monday.',
    'Nova Delgado',
    'Place',
  ],
  [
    'a division word with a word of which kind before it: "the northern city of"',
    'He hid the murders of 15 people in the northern city of La Serena.',
    'La Serena',
    'Place',
  ],
  [
    'a division word with a word of which kind before it: "the border town of"',
    'Refugees crossed at the border town of Nova Delgado on Monday.',
    'Nova Delgado',
    'Place',
  ],
  [
    'a site named after where it is',
    'Hundreds of prisoners were freed from the Kelvash prison north of the city.',
    'Kelvash',
    'Place',
  ],
  [
    'not a thing after the name (guard)',
    'Loggers met in the Varuna office. The Varuna rally covered half the country.',
    'Varuna',
    'Organization',
  ],
  [
    "a dateline's place whose last word is a country's",
    'PORT CHAD — A cholera outbreak has killed 40 people in Chad since July, the charity said.',
    'Port Chad',
    'Place',
  ],
  [
    'a dateline in capitals, with its region',
    'LOS VELGAROS, California — Pell Group said on Thursday it would raise prices.',
    'Los Velgaros',
    'Place',
  ],
  [
    'a lower-case division after it',
    'At least 45 people died, the Narvoku county commissioner said.',
    'Narvoku',
    'Place',
  ],
  ['a neighbour', 'Firefighters from neighbouring Tessaly joined the crews.', 'Tessaly', 'Place'],
  [
    'a distance set after the name',
    'Acme Lines diverted its ships to Porthaven, about 80 kilometres north.',
    'Porthaven',
    'Place',
  ],
  [
    'what only a land has, before "of"',
    'Tom Hale, a spokesman for the health ministry of Maldaria, said so.',
    'Maldaria',
    'Place',
  ],
  ["also a town's streets", 'Thousands marched through the streets of Valdor on Saturday.', 'Valdor', 'Place'],
  [
    'a word for a town before "of"',
    'Winds pushed the fire towards the resorts of Velika and Ostrava.',
    'Velika',
    'Place',
  ],
  [
    'and the second of two names after it',
    'Winds pushed the fire towards the resorts of Velika and Kostro.',
    'Kostro',
    'Place',
  ],
  ['a land that votes for a parliament', "Ann Cole won Pelora's parliamentary election on Sunday.", 'Pelora', 'Place'],
  ['not a capital of a people', 'Tom Hale would make Dorn the capital of Zentrans.', 'Zentrans', 'Organization'],
  ['not a number that is no distance', 'Tom Hale sold Zentrix, 40 percent of it, in May.', 'Zentrix', 'Organization'],
])('%s: "%s"', (_rule, text, name, type) => {
  const e = extract(text).entities.find((x) => x.name === name);
  expect(e?.type).toBe(type);
});
