// colon-quote: a quotation a colon opens after a main clause is the words of that clause's subject, whatever its
// verb; sentences written for this test.
import { extract } from '../../src/index.js';
import { triplesOf } from './rules/triples-of.js';

const speakers = (text: string) => {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.claims.map((c) => `${name.get(c.speaker)} ${c.verb}: ${c.text}`);
};

describe('colonQuotes', () => {
  test.each([
    [
      'a verb of praise before the colon',
      'Tom Hale praised Ann Cole on Twitter: "She sold Beta Ltd to Castor Mining."',
      ['Tom Hale praise: She sold Beta Ltd to Castor Mining'],
    ],
    [
      'each sentence of the quotation',
      'Acme Corp defended the sale: "Beta Ltd was weak. Castor Mining paid well."',
      ['Acme Corp defend: Beta Ltd was weak', 'Acme Corp defend: Castor Mining paid well'],
    ],
    [
      'a statement "from" someone is theirs',
      'The palace issued the following statement from Ann Cole: "Acme Corp bought Beta Ltd."',
      ['Ann Cole issue: Acme Corp bought Beta Ltd'],
    ],
    [
      "the quotation's own attribution outranks the colon",
      'Fellow members were supportive: "We thank Ann Cole. Keep going", wrote Tom Hale.',
      ['Tom Hale write: We thank Ann Cole', 'Tom Hale write: Keep going'],
    ],
    ['a quoted word is no statement', 'Ann Cole described the mood in Oslo: "tense".', []],
    ['a passive clause names no speaker', 'Ann Cole was praised by fans: "Acme Corp bought Beta Ltd."', []],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test("the quoted words' relations are the speaker's", () => {
    expect(triplesOf('Tom Hale criticized the deal on Monday: "Acme Corp bought Beta Ltd."')).toContain(
      'Acme Corp ACQUIRES Beta Ltd @Tom Hale',
    );
  });
});
