// Award joins: "<Title> of <Field> <Award>" is one award's name, not a title and a shorter award.
import { extract } from '@kg/extractor';
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'an award word ends the words after "of"',
    text: "In 2013 she was awarded the Quorvex Foundation's Champion of Liberty Award for her work.",
    name: 'Champion of Liberty Award',
    type: 'Concept',
  },
  {
    rule: 'a prize, after a clause-internal name',
    text: 'He won the Keeper of Rivers Prize in Oslo.',
    name: 'Keeper of Rivers Prize',
    type: 'Concept',
  },
  {
    rule: '"of the" before the field',
    text: 'The club gave her the Friend of the Earth Medal last year.',
    name: 'Friend of the Earth Medal',
    type: 'Concept',
  },
  {
    rule: '"of the Year" after a capitalised word: a distinction, not a person',
    text: 'Lena Dahl was named Quorvex Person of the Year on Wednesday.',
    name: 'Quorvex Person of the Year',
    type: 'Concept',
  },
  {
    rule: 'a field after the award word\'s "in" is its category',
    text: 'The academy announced the winners of the Vellmar Prize in Chemistry in Oslo on Tuesday.',
    name: 'Vellmar Prize in Chemistry',
    type: 'Concept',
  },
  {
    rule: 'two field words joined by "or"',
    text: 'She received the Quorvex Prize in Physiology or Medicine for her work on malaria.',
    name: 'Quorvex Prize in Physiology or Medicine',
    type: 'Concept',
  },
  {
    rule: 'two field words side by side',
    text: 'He shared the Dahl Memorial Prize in Economic Sciences with two colleagues.',
    name: 'Dahl Memorial Prize in Economic Sciences',
    type: 'Concept',
  },
];

describe('award joins', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test.each([
    ['a known name before "of" is no award title', 'Ann Lee of Oslo Prize Committee spoke.', 'Ann Lee of Oslo Prize'],
    ['no award word at the end', 'He met the Keeper of Rivers in Oslo.', 'Keeper of Rivers'],
    [
      'a place after "in" is where it was given (guard)',
      'He won the Vellmar Prize in Oslo last year.',
      'Vellmar Prize in Oslo',
    ],
    ['"in" and a year (guard)', 'He won the Vellmar Prize in 1998.', 'Vellmar Prize in 1998'],
  ])('%s', (_rule, text, name) => {
    expect(extract(text).entities.map((e) => e.name)).not.toContain(name);
  });

  test("the distinction's maker is not folded into it as a person", () => {
    const { entities } = extract(
      'Dahl named 2019 Quorvex Person of the Year\n\nOn Wednesday, Quorvex magazine chose Lena Dahl. Quorvex reported that millions marched.',
    );
    expect(entities.find((e) => e.name.startsWith('Quorvex Person'))?.type).toBe('Concept');
    expect(entities.filter((e) => e.type === 'Person').map((e) => e.name)).not.toContain('Quorvex Person');
  });
});
