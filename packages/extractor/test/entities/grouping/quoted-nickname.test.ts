// Given names and a quoted name the person goes by, before the family name (grouping/quoted-nickname.ts).
// Sentences written for this test.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

describe('quoted nickname', () => {
  test.each([
    [
      'the given names and the quoted name join the name the person goes by',
      'Harold Ambrose "Hal" Brennick, a guitarist, died on Monday. Hal Brennick was 70.',
      'Hal Brennick',
      ['Harold Ambrose', 'Hal'],
    ],
    [
      'else the family name, when it reads as a person',
      'Police officer Tamati "Tom" Whareroa was shot in Dorn. Whareroa was 54.',
      'Whareroa',
      ['Tamati', 'Tom'],
    ],
  ])('%s', (_rule, text, name, aliases) => {
    const { entities } = extract(text);
    const e = find(entities, name);
    expect(e?.type).toBe('Person');
    expect(e?.aliases).toContainEqual({ text: aliases[0], rule: 'quoted-nickname' });
    for (const a of aliases) {
      expect(e?.aliases.map((x) => x.text)).toContain(a);
      expect(find(entities, a)).toBeUndefined();
    }
  });
});
