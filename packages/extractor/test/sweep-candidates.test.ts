// The sweep's candidate look-up must try exactly compromise's patterns in compromise's order: the tags of
// every term come out the same with either bulkMatch installed. This file imports no parse.ts, so the world
// starts with compromise's own bulkMatch.
import nlp from 'compromise';
import { bulkMatch, sweepCandidates, type BulkMatch, type SweepMatch, type SweepNet } from '../src/sweep-candidates.js';

type Term = { text: string; tags: Set<string> };
const methods = (nlp.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } }).methods.one;
const stock = methods.bulkMatch;
const tagsWith = (fn: BulkMatch, text: string) => {
  methods.bulkMatch = fn;
  try {
    return (nlp(text) as unknown as { document: Term[][] }).document.map((s) =>
      s.map((t) => `${t.text}/${[...t.tags].sort().join(',')}`),
    );
  } finally {
    methods.bulkMatch = stock;
  }
};

describe('bulkMatch', () => {
  test.each([
    'The mayor of Dunmore opened a new bridge on Monday, officials said.',
    "Ana Ruiz, who leads the union, said they'd strike unless wages rise by 4 percent.",
    'Shares of Pell Group fell sharply after the company warned that sales would slow.',
    'Rain is expected to fall across the north, while the south stays dry and warm.',
    'Police arrested two men in connection with the robbery, which left one guard injured.',
    'Having won the vote, the council will now decide whether to sell the old library.',
    'Harbour workers strike over pay in Portmore',
  ])('%s: the same tags as compromise', (text) => {
    expect(tagsWith(bulkMatch, text)).toEqual(tagsWith(stock, text));
  });
});

const pattern = (match: string, needs: string[], wants: string[] = [], extra: Partial<SweepMatch> = {}) =>
  ({ match, needs, wants, minWant: wants.length ? 1 : 0, minWords: 1, ...extra }) as SweepMatch;

describe('sweepCandidates', () => {
  const p1 = pattern('a b', ['a', 'b']);
  const p2 = pattern('#Noun c', ['c'], ['#Noun']);
  const p3 = pattern('d e f', ['d'], [], { minWords: 3 });
  const p4 = pattern('g', ['g'], [], { ifNo: ['h'] });
  const always = pattern('.', [], [], { minWords: 2 });
  const net: SweepNet = { hooks: { c: [p2], a: [p1], b: [p1], d: [p3], g: [p4], '#Noun': [p2] }, always: [always] };

  test.each([
    ['index key order, each pattern once', ['b', 'a', 'c', '#Noun'], 2, ['#Noun c', 'a b', '.']],
    ['a missing need drops the pattern', ['a', 'c'], 2, ['.']],
    ['too few words for the pattern or the always-list', ['d'], 1, []],
    ['an ifNo word present drops the pattern', ['g', 'h'], 1, []],
    ['no ifNo word present keeps it', ['g'], 1, ['g']],
  ])('%s', (_name, have, words, expected) => {
    expect(sweepCandidates(new Set(have as string[]), net, words as number).map((m) => m.match)).toEqual(expected);
  });
});
