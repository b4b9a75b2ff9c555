// body-roles: an unnamed spokesperson, source or official of a named body is a person of its own; sentences
// written for this test.
import { extract } from '@kg/extractor';

const people = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('body-roles', () => {
  test.each([
    [
      'a company spokesperson',
      'Sales rose, a Keldar Corporation spokesperson said.',
      ['Keldar Corporation spokesperson'],
    ],
    [
      'a demonym and "government source"',
      'A Danish government source said Denmark would wait.',
      ['Danish government source'],
    ],
    ['an official of a country', 'Peru closed the border, a Peruvian official said.', ['Peruvian official']],
    ['no article, a title before a name', 'Keldar Corporation spokesperson Ann Lee said no.', ['Ann Lee']],
    ['named in apposition', 'A Keldar Corporation spokesperson, Ann Lee, said no.', ['Ann Lee']],
    ['a person named before it', 'Ann Lee, a Keldar Corporation spokesperson, said no.', ['Ann Lee']],
    ['a compound noun', 'The Keldar Corporation source code leaked.', []],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  test('the unnamed speaker is kept to its article, the body is not', () => {
    const r = extract('Sales rose, a Keldar Corporation spokesperson said.');
    const unnamed = r.entities.filter((e) => e.unnamed).map((e) => e.name);
    expect(unnamed).toEqual(['Keldar Corporation spokesperson']);
  });

  test("the unnamed speaker is the claim's speaker, not the body", () => {
    const r = extract(
      'Keldar Corporation opened in Oslo. Sales rose last week, according to a Keldar Corporation spokesperson.',
    );
    const name = new Map(r.entities.map((e) => [e.id, e.name]));
    expect(r.claims.map((c) => name.get(c.speaker))).toEqual(['Keldar Corporation spokesperson']);
  });
});
