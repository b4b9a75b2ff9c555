// A denial verb before the act in one verb group ("denied buying"), or a negative prefix on the participle
// ("unrelated to"), makes the edge negated: the sentence says it did not happen. Without either, it stays affirmed.
import { extract } from '@kg/extractor';

function edges(text: string): string[] {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.triples.map((t) => `${name.get(t.subject)} ${t.predicate.type} ${name.get(t.object)} negated=${t.negated}`);
}

test.each([
  ['Norfield Holdings denied buying Castor Mining.', 'Norfield Holdings ACQUIRES Castor Mining negated=true'],
  [
    'Norfield Holdings denied selling Castor Mining to Pell Group.',
    'Norfield Holdings SELLS Castor Mining negated=true',
  ],
  ['Norfield Holdings bought Castor Mining.', 'Norfield Holdings ACQUIRES Castor Mining negated=false'],
  // "denies having bought": the present form before "having" is the verb, and one group with the act.
  ['Norfield Holdings denies having bought Castor Mining.', 'Norfield Holdings ACQUIRES Castor Mining negated=true'],
  // A denial by the subject of the act, in a clause of its own, still says it did not happen.
  ['Tom Hale denied he had met Vladimir Putin.', 'Tom Hale MEETS Vladimir Putin negated=true'],
  ['Tom Hale denied that he met Vladimir Putin.', 'Tom Hale MEETS Vladimir Putin negated=true'],
  // ... but not a second act joined to the denial ("denied the charges and met").
  ['Tom Hale denied the charges and met Vladimir Putin.', 'Tom Hale MEETS Vladimir Putin negated=false'],
  // A negative prefix on the participle denies the link as "not" would.
  ['Norfield Holdings was unrelated to Castor Mining.', 'Norfield Holdings RELATED_TO Castor Mining negated=true'],
  ['Norfield Holdings is unconnected with Castor Mining.', 'Norfield Holdings RELATED_TO Castor Mining negated=true'],
])('%s → %s', (text, expected) => {
  expect(edges(text)).toContain(expected);
});

// Whose word the denial is: the subject's, as with "denied that …"; a plain negation is nobody's.
function attributed(text: string): string[] {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.triples.map(
    (t) => `${name.get(t.subject)} ${t.predicate.type} ${name.get(t.object)} @${name.get(t.attributedTo ?? '') ?? '-'}`,
  );
}

test.each([
  ['Tom Hale denied killing Ann Cole.', 'Tom Hale ATTACKS Ann Cole @Tom Hale'],
  [
    'Norfield Holdings denies having bought Castor Mining.',
    'Norfield Holdings ACQUIRES Castor Mining @Norfield Holdings',
  ],
  ['Tom Hale did not meet Vladimir Putin.', 'Tom Hale MEETS Vladimir Putin @-'],
])('attributed: %s → %s', (text, expected) => {
  expect(attributed(text)).toContain(expected);
});

// "neither … nor" after the verb negates each object it lists; an object before it stays affirmed.
test.each([
  ['Tom Hale visited neither Oslo nor Dorn.', ['Oslo negated=true', 'Dorn negated=true']],
  [
    'Tom Hale visited Oslo but neither Dorn nor Kesh.',
    ['Oslo negated=false', 'Dorn negated=true', 'Kesh negated=true'],
  ],
])('neither/nor objects: %s', (text, expected) => {
  const got = edges(text).filter((e) => e.startsWith('Tom Hale VISITS'));
  expect(got.map((e) => e.replace('Tom Hale VISITS ', '')).sort()).toEqual([...expected].sort());
});
