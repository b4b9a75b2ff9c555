// A name followed by ", a/the … <place or body word>" is what its apposition says (typing/appositive-kind.ts),
// over the shape of the name; the word must end the phrase ("a museum director" is a person's role).
import { extract } from '@kg/extractor';

const typeOf = (text: string, name: string) => extract(text).entities.find((e) => e.name === name)?.type;

describe('appositive kind', () => {
  test.each([
    [
      'a former church, now a museum',
      'Crowds gathered at Santa Lucia, formerly a Catholic church and now a museum, on Friday.',
      'Santa Lucia',
      'Organization',
    ],
    ['a city', 'Rescuers reached Orsk Vale, a city in the Urals, on Monday.', 'Orsk Vale', 'Place'],
    ['a bank', 'Regulators fined Harper Lowell, a bank in Boston, on Monday.', 'Harper Lowell', 'Organization'],
    [
      'only modifiers come between the article and the kind word',
      'According to Tom Hale, the participation of this team in the contest shows progress.',
      'Tom Hale',
      'Person',
    ],
    ['a role, not a kind, ends the phrase', 'Grace Hale, a museum director, praised the plan.', 'Grace Hale', 'Person'],
  ])('%s', (_rule, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});
