// Entity matching of gold/facts/README.md: name or alias, case-insensitive, punctuation, a leading "the"
// and a possessive 's trimmed.
import { referenceMatcher, referenceNameKey } from '../src/reference-matcher.js';
import type { ReferenceEntity } from '../src/facts-reference.js';

const entities: ReferenceEntity[] = [
  { name: 'Acme Corp', type: 'Organization', aliases: ['Acme', 'the company', 'it'] },
  { name: 'Guardian', type: 'Organization', aliases: [] },
  { name: 'Theresa May', type: 'Person', aliases: ['May', 'she'] },
  { name: 'Beta Works', type: 'Organization', aliases: ['it'] },
];
const match = referenceMatcher(entities);

test.each([
  ['the name itself', 'Acme Corp', ['Acme Corp']],
  ['case-insensitive', 'ACME CORP', ['Acme Corp']],
  ['an alias', 'Acme', ['Acme Corp']],
  ['a leading "the" on the predicted side', 'The Guardian', ['Guardian']],
  ['a leading "the" on the alias side', 'company', ['Acme Corp']],
  ['a possessive', "Acme's", ['Acme Corp']],
  ['a curly possessive after "the"', 'the Guardian’s', ['Guardian']],
  ['surrounding punctuation', '“Acme Corp,”', ['Acme Corp']],
  ['"the" only as a whole word', 'Theresa May', ['Theresa May']],
  ['an alias two entities share', 'it', ['Acme Corp', 'Beta Works']],
  ['a longer name is not a match', 'Acme Corp Ltd', []],
  ['a part of a name is not a match', 'Corp', []],
])('%s: %p → %p', (_rule, name, expected) => {
  expect(match(name)).toEqual(expected);
});

test.each([
  ['"The Company\'s"', "The Company's", 'company'],
  ['"the \'Guardian\'"', "the 'Guardian'", 'guardian'],
  ['only punctuation', '—', ''],
])('referenceNameKey(%s)', (_name, input, key) => {
  expect(referenceNameKey(input)).toBe(key);
});
