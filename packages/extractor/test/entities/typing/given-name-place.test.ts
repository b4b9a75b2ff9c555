// A given name before a place word ("Peter Hall", "Marc Lamont Hill") is a person when a person cue says so,
// and stays a place without one ("Victoria Station").
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  { rule: 'given name + Hall, speaks', text: 'Peter Hall said the vote was fair.', name: 'Peter Hall', type: 'Person' },
  {
    rule: 'given name + middle name + Hill, a pronoun follows',
    text: 'Marc Lamont Hill spoke first. He praised the school.',
    name: 'Marc Lamont Hill',
    type: 'Person',
  },
  {
    rule: 'given name + Hall, the family name used alone',
    text: 'The prize went to Susan Hall this year. Hall thanked her team.',
    name: 'Susan Hall',
    type: 'Person',
  },
  {
    rule: 'a role noun right before',
    text: "In 2012 the league's nominee Gerald Castle received 900 votes.",
    name: 'Gerald Castle',
    type: 'Person',
  },
];

describe('given name before a place word', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test.each([
    ['no person cue', 'Trains stopped at Victoria Station on Monday.', 'Victoria Station'],
    ['a place after "the"', 'Crowds filled the Peter Hall in Leeds. It was full.', 'Peter Hall'],
  ])('stays a place: %s', (_rule, text, name) => {
    expect(find(extract(text).entities, name)?.type).toBe('Place');
  });

  test('the "of" after a role word is no role: a given name after it is no person', () => {
    const text = 'Ann Cole, formerly the president of Florence-based Holtenbach Corporation, pled guilty.';
    expect(find(extract(text).entities, 'Florence')?.type).not.toBe('Person');
  });
});
