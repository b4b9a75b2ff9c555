// A town's name owning a unit of an institution the article names after that town stands for the institution
// (typing/institution-owners.ts). Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: '"University of X", then "X\'s Department of …"',
    text: "Scientists at the University of Bristol led the work. Ann Cole, of Bristol's Department of Biology, said so.",
    name: 'University of Bristol',
    type: 'Organization',
    alias: ['Bristol', 'of-name'],
  },
  {
    rule: '"X University", then "X\'s School of …"',
    text: "Bristol University opened a campus. Tom Hale, dean of Bristol's School of Law, spoke.",
    name: 'Bristol University',
    alias: ['Bristol', 'company-word'],
    type: 'Organization',
  },
];

test.each(cases)('$rule', (c) => expectEntity(c));

test('the town named in any other way stays a place', () => {
  const found = extract(
    "Scientists at the University of Bristol led the work. Ann Cole, of Bristol's Department of Biology, said so. She lives in Bristol.",
  ).entities;
  expect(find(found, 'Bristol')?.type).toBe('Place');
});
