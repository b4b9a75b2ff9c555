// After a quotation and its verb of saying, a word the parser reads as a verb before the speaker's title
// describes the speaker (relations/speaker-modifier.ts): "said study co-author Ann Cole" names who said it.
// Sentences written for this test.
import { extract } from '@kg/extractor';

const claimsOf = (text: string) => {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.claims.map((c) => [name.get(c.speaker ?? ''), c.text]);
};

test.each([
  ['a noun before the title', '"The dam will hold," said study co-author Ann Cole.', 'Ann Cole', 'The dam will hold'],
  ['a present verb of saying', '"Prices will fall," says lead researcher Tom Hale.', 'Tom Hale', 'Prices will fall'],
  [
    'a title the parser reads as a verb',
    '"The dam will hold," said engineer Tom Hale.',
    'Tom Hale',
    'The dam will hold',
  ],
  [
    'a capitalised title before the name',
    '"The dam will hold," said lead author Professor Ann Cole of Dorn University.',
    'Ann Cole',
    'The dam will hold',
  ],
  [
    'no comma before the closing mark',
    '"We wanted to find out how floods spread" said study co-author Tom Hale.',
    'Tom Hale',
    'We wanted to find out how floods spread',
  ],
  ['two words before the name', '"Crime fell," said survey team leader Ann Cole.', 'Ann Cole', 'Crime fell'],
])('the speaker after the quotation: %s', (_name, text, speaker, said) => {
  expect(claimsOf(text)).toContainEqual([speaker, said]);
});

test.each([
  [
    'no quotation before the verb',
    'Ann Cole said Tom Hale would lead the team.',
    'Ann Cole',
    'Tom Hale would lead the team',
  ],
])('unchanged: %s', (_name, text, speaker, said) => {
  expect(claimsOf(text)).toContainEqual([speaker, said]);
});
