// Vehicle models (typing/vehicle-models.ts): a weak name before a vehicle noun that also stands alone with
// "the" names a craft or model. Sentences written for the test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'before "capsule", then "the <Name> was"',
    text: 'The Halcyon Arrow capsule docked on Sunday. The Halcyon Arrow was carrying cargo.',
    name: 'Halcyon Arrow',
    type: 'Product',
  },
  {
    rule: 'before "rover", then "the <Name>" ends a clause',
    text: 'Engineers woke the Tamsin rover. Signals from the Tamsin, faint at first, grew clear.',
    name: 'Tamsin',
    type: 'Product',
  },
  {
    rule: 'a model code of letters and digits before a plural vehicle noun',
    text: 'Vantor received a firm order for 500 K450neo jets from Brava Air.',
    name: 'K450neo',
    type: 'Product',
  },
  {
    rule: 'a model code of letters and digits, then one adjective before the vehicle noun',
    text: "Dorn's Kestra-6 lunar probe returned to Earth on Tuesday.",
    name: 'Kestra-6',
    type: 'Product',
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));

test.each([
  // A maker is written before the vehicle noun but never stands alone with "the".
  ['Hundreds flew in the Vantor plane on Monday. Vantor said the plane was safe.', 'Vantor'],
  // "the <Name>" before a noun is a modifier, not the name standing alone.
  ['The Harlow car was parked in the Harlow garage.', 'Harlow'],
])('no retyping: %s', (text, name) => {
  expect(find(extract(text).entities, name)?.type).not.toBe('Product');
});
