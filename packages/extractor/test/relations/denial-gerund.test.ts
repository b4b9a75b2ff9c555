// A denial verb before the act in one verb group ("denied buying") makes the act's edge negated: the
// sentence says it did not happen. Without a denial, the same act stays affirmed.
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
])('%s → %s', (text, expected) => {
  expect(edges(text)).toContain(expected);
});
