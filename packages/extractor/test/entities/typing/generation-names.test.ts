// typing/type-rules.ts (generation-name): a Portuguese name closing with the bearer's generation ("Júnior",
// "Filho", "Neto") is a person's, as an English one closing with "Jr." is. Sentences written for this test.
import { extract } from '@kg/extractor';

test.each([
  ['Vanderlei Júnior scored twice for the visitors.', 'Vanderlei Júnior'],
  ['Tavares Filho signed a new contract on Monday.', 'Tavares Filho'],
])('%s → %s is a Person', (text, name) => {
  expect(extract(text).entities.find((e) => e.name === name)?.type).toBe('Person');
});

test('not the English spelling a club may carry', () => {
  const e = extract('Atlético Junior won the league on Sunday.').entities.find((x) => x.name === 'Atlético Junior');
  expect(e?.type).not.toBe('Person');
});
