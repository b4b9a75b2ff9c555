// The sense of "release" and "publish" (relations/disclosure-sense.ts): one who makes a record public does not
// create it; one who releases a work does. Sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

test.each([
  ['tax returns', 'Ann Cole released her tax returns on Monday.', 'Ann Cole CREATES tax returns'],
  ['a notice', 'Acme Corp published the eviction notice on its site.', 'Acme Corp CREATES eviction notice'],
  ['emails', 'Tom Hale published the leaked emails in June.', 'Tom Hale CREATES leaked emails'],
])('no CREATES for making public %s', (_name, text, absent) => {
  expect(triplesOf(text)).not.toContain(absent);
});

test.each([
  ['an album', 'Ann Cole released Harbour Lights in 2019.', 'Ann Cole CREATES Harbour Lights'],
  ['a product', 'Acme Corp released ZephyrOS in 2019.', 'Acme Corp CREATES ZephyrOS'],
])('CREATES for releasing %s', (_name, text, present) => {
  expect(triplesOf(text)).toContain(present);
});
