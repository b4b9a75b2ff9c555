// death-toll: an illness, outbreak or disaster that killed a count of people "in" a place AFFECTS it; an
// agent that killed people there does not; sentences written for this test.
import { triplesOf } from './triples-of.js';

const affects = (text: string) => triplesOf(text, { hedged: true }).filter((t) => / AFFECTS /.test(t));

describe('death-toll', () => {
  test.each([
    [
      'a named illness',
      'Doctors treated COVID-19 patients in Rome. By March, COVID-19 had killed 120 people in Italy.',
      ['COVID-19 AFFECTS Italy'],
    ],
    [
      'hedged by "reportedly"',
      'An outbreak of Ebola began in Guinea. Ebola had reportedly killed 11,000 people in Liberia.',
      ['Ebola AFFECTS Liberia (hedged)'],
    ],
    [
      'the illness of an outbreak that is no node of its own',
      'An outbreak of Ebola began in Guinea. The Ebola outbreak killed 11,000 people in Liberia.',
      ['Ebola AFFECTS Liberia'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(affects(text)).toEqual(expected);
  });

  test.each([
    ['a person', 'Ann Hale killed three people in Ohio.'],
    ['a body', 'The Dorn Liberation Front killed 30 people in Ohio.'],
    ['a battle', 'The Battle of Dorn killed 300 people in Ohio.'],
    ['two places', 'Ebola cases rose in Guinea. Ebola may have killed 300 people in Liberia and Guinea.'],
  ])('nothing: %s', (_name, text) => {
    expect(affects(text)).toEqual([]);
  });

  test('a named victim is no count: the illness affects the person, not the place (attack-sense.ts)', () => {
    const text = 'Doctors treated COVID-19 patients in Rome. COVID-19 killed Tom Hale in Italy.';
    expect(affects(text)).toEqual(['COVID-19 AFFECTS Tom Hale']);
  });
});
