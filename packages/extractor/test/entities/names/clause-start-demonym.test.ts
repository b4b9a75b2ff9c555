// A country's demonym opening a sentence is a name word like any other (names/name-tokens.ts); split-run.ts
// keeps it only where it names the state. Sentences written for this test.
import { extract } from '@kg/extractor';

test.each([
  ['Norwegian authorities said the Federal Office had suspended the permit.', 'place:norway', 'Norwegian authorities'],
  ['Swedish government sources said Pell Group would close.', 'place:sweden', 'Swedish government'],
])('%s → %s, named as "%s"', (text, id, alias) => {
  const e = extract(text).entities.find((x) => x.id === id);
  expect(e?.aliases.map((a) => a.text)).toContain(alias);
});

test('a bare demonym opening a sentence stays an adjective', () => {
  const names = extract('Norwegian voters backed the Pell Group plan in Dorn.').entities.map((e) => e.name);
  expect(names).not.toContain('Norwegian');
  expect(names).not.toContain('Norway');
});

test("a demonym hyphened to a country's short name opening a sentence joins no name with it", () => {
  const names = extract('Norwegian-US chemist Ola Berg won the Dorn prize.').entities.map((e) => e.name);
  expect(names).toEqual(expect.arrayContaining(['Ola Berg']));
  expect(names).not.toContain('Norwegian-US');
});
