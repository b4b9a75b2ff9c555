// appointment-sense.ts: "name", "designate", "pick" with "as" and an office after the person appoint them, and so
// do "to replace", "to succeed", "to lead" after the person; without either the draft keeps its type. Sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

test.each([
  [
    'designated, an apposition, then the office',
    "President Tom Hale designated Ann Cole, a former general, as the nation's security minister in 2016.",
    'Tom Hale APPOINTS Ann Cole',
  ],
  ['named as a chair', 'President Tom Hale named Ann Cole as its chair on Monday.', 'Tom Hale APPOINTS Ann Cole'],
  ['picked as an ambassador', 'Governor Tom Hale picked Ann Cole as ambassador to Peru.', 'Tom Hale APPOINTS Ann Cole'],
  ["an office of the namer's own", 'Senator Tom Hale named Ann Cole as his deputy.', 'Tom Hale APPOINTS Ann Cole'],
  ['named as a running mate', 'Senator Tom Hale named Ann Cole as his running mate.', 'Tom Hale APPOINTS Ann Cole'],
  ['named as a successor', 'Tom Hale named Ann Cole as his successor at Acme Corp.', 'Tom Hale APPOINTS Ann Cole'],
  [
    'named to replace someone, after an apposition',
    "Ann Cole fired Bo Reyes. She named the bank's deputy governor, Tom Hale, to replace him.",
    'Ann Cole APPOINTS Tom Hale',
  ],
  ['named to lead', 'President Ann Cole named Tom Hale to lead the inquiry.', 'Ann Cole APPOINTS Tom Hale'],
  [
    'the first of two people named to lead',
    'President Ann Cole named Tom Hale and Bo Reyes to lead the inquiry.',
    'Ann Cole APPOINTS Tom Hale',
  ],
  [
    'a person of a place named to lead',
    'President Ann Cole named Tom Hale of Dorn to lead the inquiry.',
    'Ann Cole APPOINTS Tom Hale',
  ],
])('appoints: %s', (_rule, text, expected) => {
  expect(triplesOf(text)).toContain(expected);
});

test.each([
  ['no office after "as"', 'The state designated Ann Cole as a threat.', 'APPOINTS'],
  ['no "as"', 'The court named Ann Cole in the lawsuit on Monday.', 'APPOINTS'],
  ['a running back is no running mate', 'Coach Tom Hale named Ann Cole as a running back.', 'APPOINTS'],
  ['a second person after "as"', 'President Tom Hale named Ann Cole as well as Bob Lee.', 'APPOINTS'],
  ['named to do something else', 'President Tom Hale named Ann Cole to attend the talks.', 'APPOINTS'],
])('no appointment: %s', (_rule, text, type) => {
  expect(triplesOf(text).filter((t) => t.includes(` ${type} `))).toEqual([]);
});
