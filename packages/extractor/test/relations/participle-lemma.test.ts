// A verb group's lemma for participles whose root compromise leaves as written ("beaten", "chosen",
// "forbidden"): the conjugator's infinitive, so the verb keeps its relation. Sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('lemmaOf: irregular participles', () => {
  test.each([
    ['a passive with its agent', 'Tom Hale was beaten by Ann Cole in the final.', 'Ann Cole DEFEATS Tom Hale'],
    ['a perfect tense', 'Ann Cole has beaten Tom Hale twice.', 'Ann Cole DEFEATS Tom Hale'],
    ['"chosen"', 'Ann Cole was chosen by Acme Corp as its chief.', 'Acme Corp APPOINTS Ann Cole'],
    ['"forbidden"', 'Norland has forbidden Acme Corp from selling arms.', 'Norland BLOCKS Acme Corp'],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });
});
