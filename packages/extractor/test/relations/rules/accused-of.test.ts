// accused-of: the accused of "accuse X of / blame X for / charge X with <gerund> Y" does the act, as the
// accuser's word (hedged when no accuser is named); a conviction or a guilty plea states it as fact; sentences
// written for this test.
import { extract } from '../../../src/index.js';
import { triplesOf } from './triples-of.js';

describe('accused-of', () => {
  test.each([
    [
      "the act is the accuser's word",
      'Ann Cole accused Tom Hale of meeting Vladimir Putin in secret.',
      'Tom Hale MEETS Vladimir Putin @Ann Cole',
    ],
    ['blame … for', 'Norway blamed Russia for attacking Ukraine.', 'Russia ATTACKS Ukraine @Norway'],
    [
      'charge … with',
      'Norway charged Acme Corp with helping Beta Holdings.',
      'Acme Corp SUPPORTS Beta Holdings @Norway',
    ],
    [
      'the object through "to"',
      'Tom Hale accused Iran of supplying weapons to the Houthis.',
      'Iran SELLS Houthis @Tom Hale',
    ],
    [
      'an -ing word read as part of a noun phrase',
      'Tom Hale accused Acme Corp of funding Beta Holdings.',
      'Acme Corp INVESTS_IN Beta Holdings @Tom Hale',
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test.each([
    ['no accusation made', 'Tom Hale did not accuse Acme Corp of funding Beta Holdings.'],
    ['an act with no typed verb', 'Tom Hale accused Acme Corp of lying to Beta Holdings.'],
  ])('no act: %s', (_name, text) => {
    expect(triplesOf(text).filter((t) => t.startsWith('Acme Corp'))).toEqual([]);
  });

  test.each([
    [
      'charged with, the parse reading "charged" as an adjective',
      'Tom Hale was charged with murdering Ann Cole.',
      ['Tom Hale ATTACKS Ann Cole (hedged)'],
    ],
    [
      'suspected of, read the same way',
      'Tom Hale was suspected of killing Ann Cole.',
      ['Tom Hale ATTACKS Ann Cole (hedged)'],
    ],
    ['arrested for', 'Tom Hale was arrested for killing Ann Cole.', ['Tom Hale ATTACKS Ann Cole (hedged)']],
    [
      'a killing noun: its "of" is the victim',
      'Tom Hale was charged with the murder of Ann Cole.',
      ['Tom Hale ATTACKS Ann Cole (hedged)'],
    ],
    [
      'a conviction is a finding, stated as fact',
      'Tom Hale was convicted of murdering Ann Cole.',
      ['Tom Hale ATTACKS Ann Cole'],
    ],
    ['found guilty of', 'Tom Hale was found guilty of killing Ann Cole.', ['Tom Hale ATTACKS Ann Cole']],
    ['a guilty plea', 'Tom Hale pleaded guilty to killing Ann Cole.', ['Tom Hale ATTACKS Ann Cole']],
    ['a plea of not guilty', 'Tom Hale pleaded not guilty to killing Ann Cole.', []],
    ['no conviction', 'Tom Hale was not convicted of killing Ann Cole.', []],
    ["the victim's possessive", "Ann Cole's murder shocked the town.", []],
  ])('charges, findings and pleas: %s', (_name, text, expected) => {
    expect(triplesOf(text, { hedged: true })).toEqual(expected);
  });

  test('accused with no accuser named: hedged, attributed to nobody', () => {
    const r = extract('Acme Corp was accused of funding Beta Holdings.');
    const name = new Map(r.entities.map((e) => [e.id, e.name]));
    const got = r.triples.map((t) => [
      name.get(t.subject),
      t.predicate.type,
      name.get(t.object),
      t.hedged,
      t.attributedTo,
    ]);
    expect(got).toEqual([['Acme Corp', 'INVESTS_IN', 'Beta Holdings', true, undefined]]);
  });
});
