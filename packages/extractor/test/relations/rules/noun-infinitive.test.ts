// noun-infinitive: a decision, plan or refusal noun whose possessor does its infinitive's act; sentences
// written for this test.
import { extract } from '../../../src/index.js';

function acts(text: string): string[] {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.triples
    .filter((t) => t.rule === 'noun-infinitive')
    .map(
      (t) =>
        `${name.get(t.subject)} ${t.predicate.type} ${name.get(t.object)}${t.hedged ? ' (hedged)' : ''}${t.negated ? ' (negated)' : ''}`,
    );
}

describe('noun-infinitive', () => {
  test.each([
    ['a decision is the act', "Canada's decision to sanction Peru angered Chile.", ['Canada SANCTIONS Peru']],
    [
      'a plan is hedged',
      "Pell Group's plan to buy Castor Mining collapsed.",
      ['Pell Group ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'a refusal is negated',
      "Ann Cole's refusal to meet Tom Hale was criticised.",
      ['Ann Cole MEETS Tom Hale (negated)'],
    ],
    ['a name modifying a plural noun is no object', "The court's decision to halt Florida recounts was final.", []],
    ['a noun of another kind takes no infinitive', "Ann Cole's reason to meet Tom Hale was clear.", []],
  ])('%s', (_name, text, expected) => {
    expect(acts(text)).toEqual(expected);
  });

  test('the main verb after the infinitive’s object has the noun as subject', () => {
    const r = extract("Canada's decision to sanction Peru angered Chile.");
    const name = new Map(r.entities.map((e) => [e.id, e.name]));
    expect(r.triples.some((t) => name.get(t.subject) === 'Peru' && name.get(t.object) === 'Chile')).toBe(false);
  });
});
