// Square brackets after an acronym spell it out: a name read inside them ends no edge; sentences written
// for this test.
import { triplesOf } from './rules/triples-of.js';

describe('onlyInAcronymGloss', () => {
  test('a name cut inside the gloss ends no edge', () => {
    const got = triplesOf(
      'Ann Cole has instructed ODRC [Officials Council for Domestic and External Risk Coordination] to report on Monday.',
    );
    expect(got.filter((t) => / (?:Officials Council for Domestic|External Risk Coordination)$/.test(t))).toEqual([]);
  });

  test('a gloss the acronym names is the same thing, and stays an end', () => {
    expect(triplesOf('Ann Cole has instructed NPRC [National Ports and Rail Council] to report on Monday.')).toEqual([
      'Ann Cole RELATED_TO National Ports and Rail Council',
    ]);
  });

  test('brackets standing for a pronoun in a quotation still name an end', () => {
    expect(triplesOf('“He [Tom Hale] met Ann Cole in Leeds,” Pell Group said.')).toContain(
      'Tom Hale MEETS Ann Cole @Pell Group',
    );
  });
});
