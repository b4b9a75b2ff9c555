// Editors' square brackets: a gloss spelling out an acronym is part of its noun phrase, and no edge text keeps a
// bracket; sentences written for this test.
import { extract } from '../../src/index.js';
import { triplesOf } from './rules/triples-of.js';

const edgeTexts = (text: string) => extract(text).triples.map((t) => t.predicate.text);

describe('bracketGlossEnd', () => {
  test.each([
    ['a gloss of an acronym has no verb of its own', 'We have a bug list and PR [pull request] list on GitHub.', []],
    [
      'a gloss after an acronym subject leaves its verb',
      'The UN [United Nations] sent aid to Yemen.',
      ['United Nations SUPPORTS Yemen'],
    ],
    [
      'an inserted place after a name is read as written',
      'The final was held in Riyadh [in Saudi Arabia] in May.',
      ['Riyadh LOCATED_IN Saudi Arabia'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});

describe('edge texts', () => {
  test.each([
    ['an inserted verb', 'Ann Cole [grew] up in Oslo.', ['grew up in']],
    ['an inserted title', 'He praised [Acme Corp chief] Tom Hale.', ['Acme Corp chief Tom Hale']],
    ['nor a run of spaces', 'He praised [Acme Corp chief]   Tom Hale.', ['Acme Corp chief Tom Hale']],
    [
      'nor a round bracket it opens but does not close',
      'Ann Cole of the Harbour Safety Board (HSB) spoke in May.',
      ['Ann Cole of the Harbour Safety Board'],
    ],
  ])('keep no bracket: %s', (_name, text, expected) => {
    expect(edgeTexts(text)).toEqual(expected);
  });
});
