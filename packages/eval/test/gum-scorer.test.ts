// The GUM scorer on small hand-made cases: matching by overlap + head, one-to-one, types, merges.
import type { Entity, ExtractionResult } from '@kg/extractor';
import {
  goldNamedMentions,
  hasCapitalisedWord,
  predictedMentions,
  scoreGumDocument,
  totalGumScore,
  type GumGoldMention,
} from '../src/gum-scorer.js';

const text = 'President Donald Trump met Angela Merkel. Trump said the U.S. would act. He left.';
//            0         1         2         3         4         5         6         7
const g = (
  start: number,
  end: number,
  type: string,
  identity: string | null,
  head: string,
  upos = 'PROPN',
): GumGoldMention => ({
  start,
  end,
  text: text.slice(start, end),
  type,
  identity,
  head_text: head,
  head_upos: upos,
});
const gold = [
  g(0, 22, 'person', 'Donald_Trump', 'Trump'),
  g(27, 40, 'person', 'Angela_Merkel', 'Merkel'),
  g(42, 47, 'person', 'Donald_Trump', 'Trump'),
  g(57, 61, 'place', 'United_States', 'U.S.'),
  g(73, 75, 'person', 'Donald_Trump', 'He'),
  g(10, 15, 'person', null, 'Donald'),
];
const entity = (id: string, type: Entity['type'], spans: Array<[number, number]>): Entity => ({
  id,
  name: id,
  type,
  aliases: [],
  mentions: spans.map(([start, end]) => ({ sentence: 0, start, end, text: text.slice(start, end), kind: 'name' })),
});
const result = (entities: Entity[]): ExtractionResult => ({
  document: { id: 'd', chars: text.length },
  sentences: [],
  entities,
  triples: [],
  claims: [],
  propositions: [],
});

describe('gum scorer', () => {
  test('gold keeps named, typed, capitalised mentions only', () => {
    expect(goldNamedMentions(gold).map((m) => m.text)).toEqual([
      'President Donald Trump',
      'Angela Merkel',
      'Trump',
      'U.S.',
    ]);
  });

  test.each([
    ['Trump', true],
    ['the company', false],
    ['He', false],
    ['the U.S.', true],
  ])('hasCapitalisedWord(%p) = %p', (s, v) => expect(hasCapitalisedWord(s)).toBe(v));

  test('perfect prediction', () => {
    const r = result([
      entity('trump', 'Person', [
        [10, 22],
        [42, 47],
      ]),
      entity('merkel', 'Person', [[27, 40]]),
      entity('us', 'Place', [[57, 61]]),
    ]);
    expect(scoreGumDocument(goldNamedMentions(gold), predictedMentions(r), text)).toEqual({
      predicted: 4,
      gold: 4,
      matched: 4,
      typeAgree: 4,
      mergeIdentities: 1,
      mergeOk: 1,
      overMerges: 0,
    });
  });

  test('a span without the head does not match; a wrong type counts against type accuracy; split and over-merges', () => {
    const r = result([
      entity('donald', 'Person', [[10, 16]]), // no head "Trump"
      entity('trump', 'Organization', [[42, 47]]),
      entity('blob', 'Person', [
        [27, 40],
        [57, 61],
      ]), // two identities in one entity
    ]);
    const c = scoreGumDocument(goldNamedMentions(gold), predictedMentions(r), text);
    expect(c).toEqual({
      predicted: 4,
      gold: 4,
      matched: 3,
      typeAgree: 1,
      mergeIdentities: 0,
      mergeOk: 0,
      overMerges: 1,
    });
  });

  test('one-to-one: two predicted spans over one gold mention match once', () => {
    const r = result([entity('a', 'Person', [[42, 47]]), entity('b', 'Person', [[42, 47]])]);
    const c = scoreGumDocument(goldNamedMentions(gold), predictedMentions(r), text);
    expect(c.matched).toBe(1);
    expect(c.predicted).toBe(2);
  });

  test('totals are micro-averaged', () => {
    const s = totalGumScore([
      { predicted: 4, gold: 5, matched: 3, typeAgree: 3, mergeIdentities: 1, mergeOk: 1, overMerges: 0 },
      { predicted: 6, gold: 5, matched: 5, typeAgree: 4, mergeIdentities: 1, mergeOk: 0, overMerges: 2 },
    ]);
    expect(s.precision).toBeCloseTo(0.8);
    expect(s.recall).toBeCloseTo(0.8);
    expect(s.f1).toBeCloseTo(0.8);
    expect(s.typeAccuracy).toBeCloseTo(7 / 8);
    expect(s.mergeRecall).toBeCloseTo(0.5);
    expect(s.overMerges).toBe(2);
  });
});
