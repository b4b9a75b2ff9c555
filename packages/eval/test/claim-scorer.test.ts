// Claims: speaker match + span overlap in the same sentence; predicted claims read defensively.
import { readClaims, scoreClaims } from '../src/claim-scorer.js';
import { referenceMatcher } from '../src/reference-matcher.js';
import { node, reference, result } from './fixtures.js';

const text = 'Smith said Acme will grow. Acme denied it. "We are fine," Jones told reporters.';
const sentences = [
  { index: 0, start: 0, end: 26, text: text.slice(0, 26) },
  { index: 1, start: 27, end: 42, text: text.slice(27, 42) },
  { index: 2, start: 43, end: text.length, text: text.slice(43) },
];
const ref = reference({
  entities: [
    { name: 'Gamma Smith', type: 'Person', aliases: ['Smith'] },
    { name: 'Acme Corp', type: 'Organization', aliases: ['Acme'] },
    { name: 'Ann Jones', type: 'Person', aliases: ['Jones'] },
  ],
  claims: [
    { id: 'c1', speaker: 'Gamma Smith', evidence: 'Acme will grow', about: ['Acme Corp'] },
    { id: 'c2', speaker: 'Ann Jones', evidence: 'We are fine', about: [] },
  ],
});
const match = referenceMatcher(ref.entities);
const smith = node('Smith', 'Person');
const jones = node('Jones', 'Person');
const acme = node('Acme');
const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
const claim = (speaker: string, part: string, sentence?: number) => ({ id: 'k', speaker, ...span(part), sentence });
const score = (claims: unknown) =>
  scoreClaims(ref, result([smith, jones, acme], [], { sentences, claims }), text, match).counts;

test.each([
  ['speaker and span match', [claim(smith.id, 'Acme will grow', 0)], { predictedMatched: 1, found: 1 }],
  ['a partial overlap is enough', [claim(smith.id, 'will grow. Acme denied', 0)], { predictedMatched: 1, found: 1 }],
  ['the wrong speaker', [claim(acme.id, 'Acme will grow', 0)], { predictedMatched: 0, found: 0 }],
  ['no overlap', [claim(smith.id, 'Acme denied it', 1)], { predictedMatched: 0, found: 0 }],
  [
    'overlap outside the claim’s own sentence',
    [claim(smith.id, 'grow. Acme denied', 1)],
    { predictedMatched: 0, found: 0 },
  ],
  ['no sentence given: overlap alone', [claim(jones.id, '"We are fine,"')], { predictedMatched: 1, found: 1 }],
  [
    'two claims of one reference claim: both correct, found once',
    [claim(smith.id, 'Acme', 0), claim(smith.id, 'grow', 0)],
    { predicted: 2, predictedMatched: 2, found: 1 },
  ],
])('%s', (_rule, claims, expected) => {
  expect(score(claims)).toMatchObject({ claims: 2, ...expected });
});

test.each([
  ['no claims field (results saved before claims existed)', undefined, 0],
  ['claims not an array', { c: 1 }, 0],
  [
    'a whole claim',
    [{ id: 'a', speaker: 's', verb: 'say', start: 1, end: 4, text: 'abc', sentence: 0, quote: false, about: [] }],
    1,
  ],
  ['no sentence: kept (overlap alone decides)', [{ id: 'a', speaker: 's', start: 1, end: 4 }], 1],
  ['no speaker', [{ id: 'a', start: 1, end: 4 }], 0],
  ['no span', [{ id: 'a', speaker: 's' }], 0],
  ['junk entries', [null, 3, 'x'], 0],
])('readClaims: %s', (_rule, claims, n) => {
  expect(readClaims(result([], [], { claims }))).toHaveLength(n);
});
