// Place cues from government (typing/place-cues.ts): a name with a governor or mayor of its own ("Orlovka's
// mayor", "the mayor of Orlovka"), or a regional government, is a place; a body with a "regional manager" is
// not. A state after "Town," is a place.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';

test.each<[string, string, string, EntityType | undefined]>([
  [
    'a governor of its own',
    "Officials said that Tavrinsk's governor promised aid to the victims.",
    'Tavrinsk',
    'Place',
  ],
  ['a mayor of its own', "Residents said that Orlovka's mayor had resigned.", 'Orlovka', 'Place'],
  ['its mayor before her name', 'Residents said Orlovka mayor Ann Cole had resigned.', 'Orlovka', 'Place'],
  [
    "a governor before a name may be a bank's",
    'Reporters said Zentrix governor Ann Cole had resigned.',
    'Zentrix',
    undefined,
  ],
  ['"the mayor of" it', 'Ann Cole was sworn in as mayor of Orlovka.', 'Orlovka', 'Place'],
  ['"the governor of" it', 'Ann Cole, the governor of Tavrinsk, resigned.', 'Tavrinsk', 'Place'],
  ['a given name as a town', 'Tom Hale, the mayor of Esperanza, cancelled classes.', 'Esperanza', 'Place'],
  [
    'a regional government office',
    'Officials said that Tavrinsk regional Deputy Governor Ivan Sorokin counted 68 dead.',
    'Tavrinsk',
    'Place',
  ],
  [
    'a firm with a regional manager',
    'Reporters said that Zentrix regional manager Ivan Sorokin quit.',
    'Zentrix',
    undefined,
  ],
  [
    'a state after a town and a comma',
    'The singer died at his home in San Rafael, California, on Monday.',
    'California',
    'Place',
  ],
  ['a state after a given-name town', 'He died at a Frederick, Maryland care home.', 'Maryland', 'Place'],
  ['the town before it', 'The debate was held in Cheyenne, Wyoming, last night.', 'Cheyenne', 'Place'],
  [
    'a country used as a modifier',
    'After inquiry from Quarlink, U.S. presidential candidates replied.',
    'Quarlink',
    undefined,
  ],
])('%s: "%s"', (_rule, text, name, type) => {
  const e = extract(text).entities.find((x) => x.name === name);
  if (type) expect(e?.type).toBe(type);
  else expect(e?.type).not.toBe('Place');
});
