// undoes / mayEnd (reversal-verbs.ts), seen through the triples they leave: a verb that ends a tie gives the
// noun's relation negated, "cut" or "ease" before another relation noun gives only the verb phrase, and a verb that
// only lessens keeps the noun's relation; a verb that stops an act undoes the act's noun (blocks). Sentences
// written for this test.
import { undoes, mayEnd } from '../../src/relations/reversal-verbs.js';
import { triplesOf } from './rules/triples-of.js';

describe('reversal verbs: the triples', () => {
  test.each([
    ['severed ties', 'Norland severed ties with Dorn.', ['Norland LINKED_TO Dorn (negated)']],
    ['cut ties', 'Acme Corp cut ties with Beta Ltd last year.', ['Acme Corp LINKED_TO Beta Ltd (negated)']],
    ['broke ties', 'Norland broke ties with Dorn in 2019.', ['Norland LINKED_TO Dorn (negated)']],
    ['froze ties', 'Norland froze ties with Dorn.', ['Norland LINKED_TO Dorn (negated)']],
    ['cut off aid', 'Norland cut off aid to Dorn.', ['Norland SUPPORTS Dorn (negated)']],
    ['cut funding: ended or lessened', 'Norland cut funding to Dorn.', ['Norland RELATED_TO Dorn']],
    ['cut aid after "had"', 'Norland had cut aid to Dorn.', ['Norland RELATED_TO Dorn']],
    ['cut a deal makes one', 'Acme Corp cut a deal with Beta Ltd.', ['Acme Corp PARTNERS_WITH Beta Ltd']],
    ['reduced aid: still aid', 'Norland reduced aid to Dorn.', ['Norland SUPPORTS Dorn']],
    ['eased sanctions: ended or lessened', 'Norland eased sanctions on Dorn.', ['Norland RELATED_TO Dorn']],
    ['relaxed sanctions too', 'Norland relaxed its sanctions against Dorn in May.', ['Norland RELATED_TO Dorn']],
    ['lifted sanctions: ended', 'Norland lifted sanctions on Dorn.', ['Norland SANCTIONS Dorn (negated)']],
    ['restoring ties is a tie', 'Norland restored ties with Dorn.', ['Norland LINKED_TO Dorn']],
    [
      'a purchase blocked did not happen',
      "Norland regulators blocked Acme Corp's purchase of Beta Ltd.",
      ['Acme Corp ACQUIRES Beta Ltd (negated)'],
    ],
    [
      'also blocked in the passive',
      "Acme Corp's acquisition of Beta Ltd was blocked by regulators.",
      ['Acme Corp ACQUIRES Beta Ltd (negated)'],
    ],
    ['a visit vetoed', "Norland vetoed Dorn's visit to Kesh.", ['Dorn VISITS Kesh (negated)']],
    [
      "a headline's verb the chunker kept in the phrase before the owner",
      "Judge blocks Acme Corp's takeover of Beta Ltd",
      ['Acme Corp ACQUIRES Beta Ltd (negated)'],
    ],
    [
      'a visit cancelled (nominal-relation.ts)',
      "Tom Hale's visit to Oslo was cancelled.",
      ['Tom Hale VISITS Oslo (negated)'],
    ],
    [
      'sanctions lifted in the passive',
      "Russia's sanctions on Ukraine were lifted.",
      ['Russia SANCTIONS Ukraine (negated)'],
    ],
    [
      'a participle the tagger reads as an adjective',
      "Germany's aid to Ukraine was suspended.",
      ['Germany SUPPORTS Ukraine (negated)'],
    ],
    ['a visit praised took place', "Tom Hale's visit to Oslo was praised.", ['Tom Hale VISITS Oslo']],
    [
      'a purchase approved is the buyer’s, not the approver’s',
      "Norland approved Acme Corp's purchase of Beta Ltd.",
      ['Acme Corp ACQUIRES Beta Ltd'],
    ],
    ['a visit ruled out', 'Tom Hale ruled out a visit to Oslo.', ['Tom Hale VISITS Oslo (negated)']],
    ['sanctions ruled out', 'Norland ruled out sanctions on Dorn.', ['Norland SANCTIONS Dorn (negated)']],
    [
      'a trip postponed: the verb did nothing to the place',
      'Tom Hale postponed a trip to Oslo.',
      ['Tom Hale RELATED_TO Oslo'],
    ],
    ['sanctions delayed are not yet imposed', 'Norland delayed sanctions on Dorn.', ['Norland RELATED_TO Dorn']],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });

  test.each([
    ['a visit postponed', 'Tom Hale postponed his visit to Oslo.'],
    ['a visit put off', 'Tom Hale put off his visit to Oslo.'],
    ['a visit postponed in the passive', "Tom Hale's visit to Oslo was postponed."],
  ])('an act put off is hedged: %s', (_name, text) => {
    expect(triplesOf(text, { hedged: true })).toContain('Tom Hale VISITS Oslo (hedged)');
  });
});

describe('undoes and mayEnd', () => {
  test.each([
    ['sever', 'ties', true, false],
    ['cut', 'ties', true, false],
    ['cut', 'aid', false, true],
    ['cut', 'deal', false, false],
    ['cut off', 'aid', true, false],
    ['break', 'record', false, false],
    ['reduce', 'aid', false, false],
    ['lift', 'sanctions', true, false],
    ['ease', 'sanctions', false, true],
  ])('%s + %s', (lemma, noun, undone, ended) => {
    expect([undoes(lemma, noun), mayEnd(lemma, noun)]).toEqual([undone, ended]);
  });
});
