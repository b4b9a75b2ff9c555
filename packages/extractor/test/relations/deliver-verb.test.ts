// "deliver" names no sale: what is delivered is as often a speech, a verdict or a report as goods, so the
// verb gives no SELLS edge (a sale still does, through "sell", "supply", "export" …).
import { extract } from '@kg/extractor';

function edges(text: string): string[] {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.triples.map((t) => `${name.get(t.subject)} ${t.predicate.type} ${name.get(t.object)}`);
}

test.each([
  ['Governor Mara Quill delivered her annual policy speech.'],
  ['Judge Tomas Reyl delivered his verdict on Castor Mining.'],
  ['Norfield Holdings delivered its report to the Harbour Commission.'],
])('%s → no SELLS edge', (text) => {
  expect(edges(text).filter((e) => e.includes(' SELLS '))).toEqual([]);
});

test('a sale is still SELLS', () => {
  expect(edges('Norfield Holdings sold Castor Mining.')).toContain('Norfield Holdings SELLS Castor Mining');
});
