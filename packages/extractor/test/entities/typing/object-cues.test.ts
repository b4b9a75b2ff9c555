// Object cues (typing/object-cues.ts): a weakly typed name that names a made thing — before an object noun, an
// owned name before a vehicle or chip noun, a name after "a" and a model year — is a Product; a maker stays one.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'owned name before a vehicle noun',
    text: 'Halden Aerospace said its Skylark capsule would dock next spring.',
    name: 'Skylark',
    type: 'Product',
  },
  {
    rule: "a maker's possessive before a rocket",
    text: "Officials watched Orbex's Tern rocket lift off from Kiruna.",
    name: 'Tern',
    type: 'Product',
  },
  {
    rule: 'an owned name after a describing word, before plural chips',
    text: 'Demand for its new Varkel chips was strong, the company said.',
    name: 'Varkel',
    type: 'Product',
  },
  {
    rule: 'an owned name before "brand"',
    text: 'Halden Motor will build electric cars for its Varkel brand in Dorn, the company said.',
    name: 'Varkel',
    type: 'Product',
  },
  {
    rule: 'an owned name before a plural vehicle noun',
    text: "Orbex's Tern drones flew over Kiruna on Monday.",
    name: 'Tern',
    type: 'Product',
  },
  {
    rule: 'a model year after "a"',
    text: 'Police said the thief drove a 1998 Vauxhall Astra towards Leeds.',
    name: 'Vauxhall Astra',
    type: 'Product',
  },
  {
    rule: 'a model year after "a" and a describing word',
    text: 'Firefighters said a recalled 2004 Saab Aero burned in the car park.',
    name: 'Saab Aero',
    type: 'Product',
  },
  {
    rule: 'object noun after the name',
    text: 'Fans still shoot on the Kodachrome format in Lisbon.',
    name: 'Kodachrome',
    type: 'Product',
  },
  {
    rule: 'a pipeline after the name',
    text: 'Ministers signed a deal to build the Corvanta pipeline by 2030.',
    name: 'Corvanta',
    type: 'Product',
  },
  {
    rule: 'a pipeline after what it carries',
    text: 'On Friday leaders opened the Baltaris gas pipeline near the coast.',
    name: 'Baltaris',
    type: 'Product',
  },
  {
    rule: 'a system after what it runs',
    text: 'Developers first test new features on the Quillix operating system.',
    name: 'Quillix',
    type: 'Product',
  },
  {
    rule: 'a program after where it works',
    text: 'Regulators asked Acme Corp to sell its Quillix web browser.',
    name: 'Quillix',
    type: 'Product',
  },
  {
    rule: 'a model designation before a vehicle noun',
    text: 'The probe was launched on an H-IIB rocket from Tanegashima.',
    name: 'H-IIB',
    type: 'Product',
  },
  {
    rule: 'a vehicle named after a verb of naming',
    text: 'The probe, named Merlin, will map the asteroid. Merlin was launched in 2020.',
    name: 'Merlin',
    type: 'Product',
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));

test.each([
  // A maker's name before its vehicle, not owned by anyone, stays the maker.
  ['The Embraer jet landed safely in Recife on Sunday.', 'Embraer'],
  // A maker's chips with no owner before them.
  ['Buyers waited for the Varkel chips all year.', 'Varkel'],
  // A year after "the" dates an event or a body, it names no model.
  ['The 2019 Nordvik Summit ended in Bergen.', 'Nordvik Summit'],
  // A verb of naming after a word for no vehicle names no product.
  ['The charity, named Harbour Hope, opened in Dorn. Harbour Hope has 40 staff.', 'Harbour Hope'],
])('no product: %s', (text, name) => {
  expect(find(extract(text).entities, name)?.type).not.toBe('Product');
});
