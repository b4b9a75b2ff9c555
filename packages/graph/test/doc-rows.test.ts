// toDocRows(): what a store loads from an extraction result; and the name checks guarding Cypher.
import { isSafeRelType, safeRelType, safeTypeLabel, toDocRows } from '@kg/graph';
import type { ExtractionResult } from '@kg/extractor';
import { makeResult } from './fixtures.js';

describe('toDocRows', () => {
  const base = () =>
    makeResult('t', {
      id: 'd',
      sentences: [
        {
          text: 'Ann met Bob.',
          entities: [
            ['Ann', 'Person'],
            ['Bob', 'Person'],
          ],
          triples: [['Ann', 'MEETS', 'Bob', 'met']],
        },
      ],
    });

  test('sentences get document-scoped ids; relations carry spans within the sentence', () => {
    const rows = toDocRows(base(), '2024-01-01T00:00:00.000Z');
    expect(rows.sentences.map((s) => s.id)).toEqual(['t-d:0']);
    expect(rows.relations).toEqual([
      {
        source: 't:person:ann',
        target: 't:person:bob',
        type: 'MEETS',
        sentenceId: 't-d:0',
        phrase: 'met',
        subject: { start: 0, end: 3 },
        object: { start: 8, end: 11 },
      },
    ]);
    expect(rows.mentions).toHaveLength(2);
  });

  test('the hash ignores the import time and changes with the content', () => {
    const a = toDocRows(base(), '2024-01-01T00:00:00.000Z');
    const b = toDocRows(base(), '2025-01-01T00:00:00.000Z');
    expect(a.doc.hash).toBe(b.doc.hash);
    const edited = base();
    edited.sentences[0].text = 'Ann met Bob again.';
    expect(toDocRows(edited).doc.hash).not.toBe(a.doc.hash);
  });

  test.each([
    ['negated triples are dropped', (r: ReturnType<typeof base>) => (r.triples[0].negated = true), 0, undefined],
    ['unknown subjects are dropped', (r: ReturnType<typeof base>) => (r.triples[0].subject = 'nobody'), 0, undefined],
    [
      'unsafe predicate types become RELATED_TO',
      (r: ReturnType<typeof base>) => (r.triples[0].predicate.type = 'X]->() DELETE n'),
      1,
      'RELATED_TO',
    ],
    [
      'duplicate triples in one sentence count once',
      (r: ReturnType<typeof base>) => r.triples.push({ ...r.triples[0] }),
      1,
      'MEETS',
    ],
  ])('%s', (_what, change, count, type) => {
    const r = base();
    change(r);
    const rows = toDocRows(r);
    expect(rows.relations).toHaveLength(count);
    expect(rows.relations[0]?.type).toBe(type);
  });

  test('a result without a document id is refused', () => {
    expect(() => toDocRows({} as never)).toThrow(/^toDocRows: expected an ExtractionResult with a document id/);
  });
});

describe('name checks', () => {
  test.each([
    ['SANCTIONS', true],
    ['HAS_2_PARTS', true],
    ['sanctions', false],
    ['A-B', false],
    ['X`]->() DELETE n', false],
    ['', false],
  ])('isSafeRelType(%j) = %s', (type, ok) => {
    expect(isSafeRelType(type)).toBe(ok);
    expect(safeRelType(type)).toBe(ok ? type : 'RELATED_TO');
  });

  test.each([
    ['Person', 'Person'],
    ['Organization', 'Organization'],
    ['Entity', null],
    ['person', null],
    ['Person:Admin', null],
  ])('safeTypeLabel(%j) = %j', (type, label) => {
    expect(safeTypeLabel(type)).toBe(label);
  });
});

describe('toDocRows claims', () => {
  const article = (claims: Array<[string, string, string, boolean, string[]]>) =>
    makeResult('t', {
      id: 'c',
      sentences: [
        {
          text: 'Ann said Bob would win.',
          entities: [
            ['Ann', 'Person'],
            ['Bob', 'Person'],
          ],
          claims,
        },
      ],
    });

  test.each([
    [
      'a claim keeps its speaker, verb, span and sentence',
      [['Ann', 'say', 'Bob would win', false, ['Bob']]],
      1,
      ['t:person:bob'],
    ],
    [
      'the speaker is never among what a claim is about',
      [['Ann', 'say', 'Bob would win', false, ['Bob', 'Ann']]],
      1,
      ['t:person:bob'],
    ],
  ] as Array<[string, Array<[string, string, string, boolean, string[]]>, number, string[]]>)(
    '%s',
    (_name, claims, n, about) => {
      const rows = toDocRows(article(claims), '2024-01-01T00:00:00.000Z');
      expect(rows.claims).toHaveLength(n);
      expect(rows.claims![0]).toEqual({
        id: 't-c#c1',
        speaker: 't:person:ann',
        verb: 'say',
        sentenceId: 't-c:0',
        text: 'Bob would win',
        start: 9,
        end: 22,
        quote: false,
        about,
      });
    },
  );

  test.each([
    ['an unknown speaker', (r: ExtractionResult) => (r.claims[0].speaker = 't:person:nobody')],
    ['an unknown sentence', (r: ExtractionResult) => (r.claims[0].sentence = 7)],
  ])('a claim with %s is left out', (_name, spoil) => {
    const r = article([['Ann', 'say', 'Bob would win', false, ['Bob']]]);
    spoil(r);
    expect(toDocRows(r).claims).toEqual([]);
  });

  test('an unknown entity is dropped from what a claim is about; claims change the hash, none keep it', () => {
    const r = article([['Ann', 'say', 'Bob would win', false, ['Bob']]]);
    r.claims[0].about.push('t:person:nobody');
    expect(toDocRows(r).claims![0].about).toEqual(['t:person:bob']);
    const without = article([]);
    const hashWithout = toDocRows(without).doc.hash;
    expect(toDocRows(r).doc.hash).not.toBe(hashWithout);
    // A document without claims hashes as it did before claims were stored (no re-import needed).
    expect(toDocRows({ ...without, claims: undefined as unknown as [] }).doc.hash).toBe(hashWithout);
  });
});
