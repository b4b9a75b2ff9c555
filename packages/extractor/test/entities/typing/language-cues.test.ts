// Language cues: what a text or program is written, coded or translated in is its language, not a place.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a script written in a language',
    text: 'Started in 2008 by Ivo Brandt, vidgrab is a script written in Python which can download videos.',
    name: 'Python',
    type: 'Concept',
  },
  {
    rule: 'a tool coded in a language, beside a place after "in"',
    text: 'The tool is coded in Rustle and runs in Kasur.',
    name: 'Rustle',
    type: 'Concept',
  },
  {
    rule: 'a poem translated into a language',
    text: 'The poem was translated into Tamasheq last year.',
    name: 'Tamasheq',
    type: 'Concept',
  },
];

describe('language cues', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test.each([
    ['a known place stays a place', 'The letter was written in Paris in 1920.', 'Paris'],
    ['a bare "in" still locates', 'The tool is coded in Rustle and runs in Kasur.', 'Kasur'],
  ])('%s', (_rule, text, name) => {
    expect(find(extract(text).entities, name)?.type).toBe('Place');
  });
});
