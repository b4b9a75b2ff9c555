// declared-status: declaring something (to be) an event the article names labels that event; sentences
// written for this test.
import { triplesOf } from './triples-of.js';

const FEAR = 'Doctors fear a Marburg epidemic. The epidemic could spread.';

describe('declared-status', () => {
  test.each([
    [
      'a bare indefinite complement',
      `${FEAR} The Health Council declared the outbreak of Marburg an epidemic.`,
      ['Health Council LABELS Marburg epidemic', 'Health Council RELATED_TO Marburg'],
    ],
    [
      '"to be" after an aside',
      `${FEAR} On Friday the Health Council declared the outbreak of Marburg — a rare fever — to be an epidemic.`,
      ['Health Council LABELS Marburg epidemic', 'Health Council RELATED_TO Marburg'],
    ],
    [
      'negated',
      `${FEAR} The Health Council did not declare the outbreak of Marburg an epidemic.`,
      ['Health Council LABELS Marburg epidemic (negated)', 'Health Council RELATED_TO Marburg (negated)'],
    ],
    ['another outbreak is no such event', `${FEAR} The Health Council declared the Zika outbreak an epidemic.`, []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
