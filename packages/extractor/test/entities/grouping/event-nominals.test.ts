// event-nominals: "the outbreak" is the one outbreak, epidemic or pandemic the article names, when a generic
// "a pandemic" stands between them; not a past one with a year, not when one is brought in anew or two are
// named, not one named only later. Sentences written for this test.
import { extract } from '@kg/extractor';

/** Event nodes: "name [nominal mentions]". */
function events(text: string): string[] {
  return extract(text)
    .entities.filter((e) => e.type === 'Event')
    .map((e) => `${e.name} [${e.mentions.filter((m) => m.kind === 'nominal').map((m) => m.text)}]`)
    .sort();
}

const SPREAD = 'Officials in Dorn declared the spread of the illness a pandemic on Monday.';
const GENERIC = 'Ola Berg said she had never seen a pandemic that spread so fast.';
const OUTBREAK =
  'Officials in May had called the outbreak an emergency. Tom Hale said of the outbreak, "It will get worse."';

test.each([
  [
    'the one named pandemic, across a generic "a pandemic"',
    `Dorn declares Kestrel-7 pandemic\n\n${SPREAD} ${GENERIC} ${OUTBREAK}`,
    ['Kestrel-7 pandemic [outbreak,outbreak]'],
  ],
  [
    'a past one, with its year: stays apart',
    `Dorn recalls 2009 Kestrel pandemic\n\n${SPREAD} ${GENERIC} ${OUTBREAK}`,
    ['2009 Kestrel pandemic []', 'outbreak []'],
  ],
  [
    'a new one brought in: stays apart',
    `Dorn declares Kestrel-7 pandemic\n\n${SPREAD} ${GENERIC} A new outbreak began in Varna in June. ${OUTBREAK}`,
    ['Kestrel-7 pandemic []', 'outbreak []'],
  ],
  [
    'two named: stays apart',
    `Dorn declares Kestrel-7 pandemic\n\nOfficials compared it with the Marvella epidemic. Ola Berg said the Marvella epidemic was worse. ${GENERIC} ${OUTBREAK}`,
    ['Kestrel-7 pandemic []', 'Marvella epidemic []', 'outbreak []'],
  ],
  [
    'named only after it: stays apart',
    `${OUTBREAK} Officials in Dorn later declared the Kestrel-7 pandemic. Ola Berg said the Kestrel-7 pandemic was bad.`,
    ['Kestrel-7 pandemic []', 'outbreak []'],
  ],
])('%s', (_name, text, expected) => {
  expect(events(text)).toEqual([...expected].sort());
});
