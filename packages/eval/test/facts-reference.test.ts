// parseFactsReference: a valid reference in, one line naming the file and what was expected otherwise.
import { FactsReferenceError } from '../src/errors.js';
import { parseFactsReference } from '../src/facts-reference.js';

const valid = {
  document: 'corpus/a.txt',
  entities: [
    { name: 'Acme', type: 'Organization', aliases: ['it'] },
    { name: 'Beta', type: 'Place' },
  ],
  facts: [{ id: 'f1', subject: 'Acme', object: 'Beta', types: ['LOCATED_IN'], evidence: 'Acme is in Beta', key: true }],
  claims: [{ id: 'c1', speaker: 'Acme', evidence: 'all is well', about: ['Beta'] }],
};

test('a valid reference: defaults filled in', () => {
  const ref = parseFactsReference(valid, 'a.facts.json');
  expect(ref.entities[1].aliases).toEqual([]);
  expect(ref.facts[0]).toMatchObject({ cues: [], key: true, attributedTo: null, negated: false, symmetric: false });
  expect(ref.claims[0].about).toEqual(['Beta']);
});

const broken = (patch: object) => ({ ...valid, ...patch });
test.each([
  ['not an object', [], /a JSON object/],
  ['no document', broken({ document: undefined }), /a "document" path/],
  ['no entities', broken({ entities: 3 }), /an "entities" array/],
  [
    'an unknown entity type',
    broken({ entities: [{ name: 'Acme', type: 'Thing' }] }),
    /entities\[0\] with a name and a type/,
  ],
  [
    'a fact end not in the list',
    broken({ facts: [{ id: 'f1', subject: 'Acme', object: 'Gamma', types: ['X'] }] }),
    /facts\[0\]\.object to name an entity of the list \(got "Gamma"\)/,
  ],
  [
    'a fact without types',
    broken({ facts: [{ id: 'f1', subject: 'Acme', object: 'Beta', types: [] }] }),
    /facts\[0\]\.types/,
  ],
  [
    'a speaker not in the list',
    broken({ claims: [{ id: 'c1', speaker: 'Zed', evidence: 'x y' }] }),
    /claims\[0\]\.speaker/,
  ],
  [
    'a claim without evidence',
    broken({ claims: [{ id: 'c1', speaker: 'Acme', evidence: ' ' }] }),
    /claims\[0\]\.evidence/,
  ],
])('%s', (_case, json, message) => {
  expect(() => parseFactsReference(json, 'bad.facts.json')).toThrow(FactsReferenceError);
  expect(() => parseFactsReference(json, 'bad.facts.json')).toThrow(
    /^parseFactsReference: bad\.facts\.json: expected /,
  );
  expect(() => parseFactsReference(json, 'bad.facts.json')).toThrow(message);
});
