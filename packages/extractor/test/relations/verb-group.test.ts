// What a verb group means (verbGroup): its main lemma and whether it is negated, hedged or passive.
// Sentences written for this test; each row names the group's main lemma and the flags it should carry.
import { verbGroupAt, viewsOf } from './views-of.js';
import { triplesOf } from './rules/triples-of.js';

function flagsOf(text: string, lemma: string): string {
  const view = viewsOf(text)[0];
  const g = view.chunks[verbGroupAt(view, lemma)];
  const on = (['negated', 'hedged', 'passive', 'finite', 'gerund', 'participle'] as const).filter((f) => g[f]);
  return on.join(' ') || '-';
}

describe('verbGroup', () => {
  test.each([
    // a lone past form is also a participle (a reduced relative, if a finite verb comes before it)
    ['a plain past verb', 'Pell Group bought Castor Mining.', 'buy', 'finite participle'],
    ['"not" negates', 'Pell Group did not buy Castor Mining.', 'buy', 'negated finite'],
    ['a contracted "not" negates', "Pell Group didn't buy Castor Mining.", 'buy', 'negated finite'],
    ['so does "cannot"', 'Pell Group cannot buy Castor Mining.', 'buy', 'negated finite'],
    [
      'a contracted "not" on the passive\'s "be"',
      "Castor Mining wasn't bought by Pell Group.",
      'buy',
      'negated passive finite',
    ],
    [
      'a hedging modal keeps its hedge with "n\'t"',
      "Pell Group couldn't buy Castor Mining.",
      'buy',
      'negated hedged finite',
    ],
    ['"no longer" says the relation has ended', 'Pell Group no longer owns Castor Mining.', 'own', 'negated finite'],
    ['so after a copula', 'Ann Cole is no longer with Pell Group.', 'be', 'negated finite'],
    ['a refusal before the infinitive negates it', 'Pell Group refused to buy Castor Mining.', 'buy', 'negated finite'],
    ['a denial before a gerund negates it', 'Ann Cole denied meeting Tom Hale.', 'meet', 'negated finite'],
    ['a negative prefix denies the link', 'Ann Cole was unrelated to Tom Hale.', 'unrelate', 'negated passive finite'],
    ['ceasing before a gerund negates it', 'Ann Cole stopped representing Pell Group.', 'represent', 'negated finite'],
    ['so does "ceased"', 'Pell Group ceased funding Castor Mining.', 'fund', 'negated finite'],
    ['stopping to do an act does it', 'Ann Cole stopped to greet Tom Hale.', 'greet', 'finite'],
    ['a negated ceasing is no negation', 'Ann Cole did not stop praising Tom Hale.', 'praise', 'finite'],
    ['avoiding an act before its gerund negates it', 'Ann Cole avoided praising Tom Hale.', 'praise', 'negated finite'],
    ['so does ruling it out', 'Pell Group ruled out buying Castor Mining.', 'buy', 'negated finite'],
    ['weighing an act hedges it', 'Pell Group weighed buying Castor Mining.', 'buy', 'hedged finite'],
    ['a hedging modal', 'Pell Group may buy Castor Mining.', 'buy', 'hedged finite'],
    ['a modal of obligation: a demand, not the act', 'Pell Group must sell Castor Mining.', 'sell', 'hedged finite'],
    ['so does "should"', 'Pell Group should sell Castor Mining, regulators said.', 'sell', 'hedged finite'],
    ['a future is no hedge (guard)', 'Pell Group will sell Castor Mining.', 'sell', 'finite'],
    ['an intent before the infinitive hedges it', 'Pell Group plans to buy Castor Mining.', 'buy', 'hedged finite'],
    ['so does applying to do it', 'Norland applied to join the Harbour Pact in May.', 'join', 'hedged finite'],
    ['backing an act before its gerund hedges it', 'Ann Cole endorsed banning Castor Mining.', 'ban', 'hedged finite'],
    ['so does proposing it', 'Ann Cole proposes buying Castor Mining.', 'buy', 'hedged finite'],
    ['a request before the infinitive hedges it', 'Ann Cole was asked to lead Pell Group.', 'lead', 'hedged finite'],
    ['be with a participle is passive', 'Castor Mining was bought by Pell Group.', 'buy', 'passive finite'],
    ['a "to"-verb after the participle is active', 'Ann Cole is expected to visit Tom Hale.', 'visit', 'hedged finite'],
    ['"to" before a past form keeps the base form', 'Ann Cole went on to found Pell Group.', 'found', 'finite'],
  ])('%s', (_name, text, lemma, flags) => {
    expect(flagsOf(text, lemma)).toBe(flags);
  });
});

// "the framework Pell Group has counseled should guide reviews": a modal right after a content verb opens the
// clause that verb governs (chunks.ts); the two verbs make no one group, and the first one's subject does not
// do the second one's act.
test.each([
  [
    'a modal after a verb of advice',
    'Ann Cole ignored the framework Pell Group has counseled should guide reviews of Castor Mining.',
    'Pell Group INVESTIGATES Castor Mining',
  ],
])('a modal opens a clause: %s', (_name, text, absent) => {
  expect(triplesOf(text)).not.toContain(absent);
});

// Acts kept from happening by the group and preposition before their gerund (kept-from.ts), and a phrasal verb
// undoing its object noun (predicate.ts): the triple is negated, not asserted.
test.each([
  [
    'refraining from an act',
    'Ann Cole refrained from criticising Tom Hale.',
    ['Ann Cole CRITICIZES Tom Hale (negated)'],
  ],
  [
    'stopping short of it',
    'Ann Cole stopped short of criticising Tom Hale.',
    ['Ann Cole CRITICIZES Tom Hale (negated)'],
  ],
  [
    'not refraining from it does it',
    'Ann Cole did not refrain from criticising Tom Hale.',
    ['Ann Cole CRITICIZES Tom Hale'],
  ],
  ['calling off talks', 'Ann Cole called off talks with Tom Hale.', ['Ann Cole MEETS Tom Hale (negated)']],
  [
    'withdrawing from an act gives it up',
    'Acme Corp withdrew from using Tom Hale as its spokesman.',
    ['Acme Corp USES Tom Hale (negated)'],
  ],
])('a kept or undone act: %s', (_name, text, expected) => {
  expect(triplesOf(text)).toEqual(expected);
});
