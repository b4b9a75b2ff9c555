// Hedges outside the verb group: an opinion verb the clause hangs on, a hedging adverb opening it, a gerund
// clause called a possibility; sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('hedgedByFrame', () => {
  test.each([
    [
      'an opinion verb in the verb group',
      '“I think partnering with Castor Mining is a good idea,” said Ann Cole.',
      ['Ann Cole PARTNERS_WITH Castor Mining @Ann Cole (hedged)'],
    ],
    [
      'an opinion verb before the clause',
      'Tom Hale believes Norfield Holdings will buy Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'an opinion verb after "that"',
      'Ann Cole suspects that Pell Group funded Castor Mining.',
      ['Pell Group INVESTS_IN Castor Mining (hedged)'],
    ],
    [
      'a hedging adverb opening the clause',
      'Maybe Norfield Holdings will buy Castor Mining, Tom Hale said.',
      ['Norfield Holdings ACQUIRES Castor Mining @Tom Hale (hedged)'],
    ],
    [
      'what unnamed sources said',
      'Sources said Norfield Holdings had bought Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'the content of reports someone dismissed',
      'Tom Hale dismissed reports that Norfield Holdings had bought Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'a description someone reported "as"',
      'A Boeing 737 jet, reported by local press as belonging to Acme Corp, crashed in Oslo.',
      ['Acme Corp OWNS Boeing 737 (hedged)', 'Boeing 737 LOCATED_IN Oslo'],
    ],
    [
      'an act someone is close to doing',
      'Norfield Holdings is close to buying Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'or came close to doing',
      'Norfield Holdings came close to buying Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'a place close by hedges nothing',
      'Norfield Holdings bought Castor Mining, close to Leeds.',
      ['Norfield Holdings ACQUIRES Castor Mining'],
    ],
    [
      'a named speaker is no unnamed source',
      'Tom Hale said Norfield Holdings had bought Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining @Tom Hale'],
    ],
    [
      '"reports" as the verb attributes, and hedges nothing',
      'The BBC reports that Norfield Holdings bought Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining @BBC'],
    ],
    ['"perhaps" too', 'Perhaps Pell Group attacked Castor Mining.', ['Pell Group ATTACKS Castor Mining (hedged)']],
    [
      'what a source only alleges',
      'The lawsuit alleges that Pell Group funded Castor Mining.',
      ['Pell Group INVESTS_IN Castor Mining (hedged)'],
    ],
    [
      'also a second content clause, after "and that"',
      'The lawsuit alleges that Tom Hale lied and that Pell Group funded Castor Mining.',
      ['Pell Group INVESTS_IN Castor Mining (hedged)'],
    ],
    [
      'and a second one of an opinion verb',
      'Ann Cole suspects that Tom Hale lied and that Pell Group attacked Castor Mining.',
      ['Pell Group ATTACKS Castor Mining (hedged)'],
    ],
    [
      'also past an aside between the verb and "that"',
      'The company claimed, among other things, that Pell Group funded Castor Mining.',
      ['Pell Group INVESTS_IN Castor Mining (hedged)'],
    ],
    [
      'an aside before "that" and an opinion verb',
      'Ann Cole thinks, like many others, that Norfield Holdings will buy Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'a verb of saying with an aside reports the clause, unhedged',
      'Ann Cole said, in a statement, that Norfield Holdings bought Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining @Ann Cole'],
    ],
    [
      'a hope before the clause',
      'Tom Hale hopes Norfield Holdings will buy Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'a wish after "that"',
      'Ann Cole wished that Pell Group had funded Castor Mining.',
      ['Pell Group INVESTS_IN Castor Mining (hedged)'],
    ],
    [
      'a prediction before the clause',
      'Tom Hale predicts Acme Corp will buy Beta Holdings.',
      ['Acme Corp ACQUIRES Beta Holdings @Tom Hale (hedged)'],
    ],
    [
      'what is expected is not yet done',
      'Acme Corp is expected to buy Beta Holdings.',
      ['Acme Corp ACQUIRES Beta Holdings (hedged)'],
    ],
    [
      'a condition opened by "if"',
      'Tom Hale said he would resign if the Senate voted against Ann Cole.',
      ['Senate CRITICIZES Ann Cole @Tom Hale (hedged)'],
    ],
    [
      'a fronted condition',
      'If Acme Corp buys Beta Holdings, prices will rise.',
      ['Acme Corp ACQUIRES Beta Holdings (hedged)'],
    ],
    [
      "a condition whose subject is another phrase's apposition",
      'The law will ban Dorn Video unless its parent company, Kestrel Media, sells Dorn Video to Acme Corp.',
      ['Kestrel Media SELLS Dorn Video (hedged)'],
    ],
    [
      'what would follow a fronted condition',
      'If prices fall, Norfield Holdings would buy Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'what would follow a condition after it',
      'Norfield Holdings would buy Castor Mining unless prices rise.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'what would follow "once" something happens',
      'Norfield Holdings would buy Castor Mining once the audit ended.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      '"would" without a condition reports what was meant',
      'Tom Hale said Norfield Holdings would buy Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining @Tom Hale'],
    ],
    [
      'a plan "on" a gerund',
      'Norfield Holdings plans on buying Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'a promise of what would follow',
      'Ann Cole promised that Norfield Holdings would buy Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'a pledge, with its year between the verb and "that"',
      'Tom Hale pledged in 2020 that Norfield Holdings would sell Castor Mining.',
      ['Norfield Holdings SELLS Castor Mining (hedged)'],
    ],
    [
      'a vow without "that", its time before the clause',
      'Ann Cole vowed last week Norfield Holdings would buy Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'an opinion verb, a weekday between it and "that"',
      'Ann Cole believes on Monday that Pell Group funded Castor Mining.',
      ['Pell Group INVESTS_IN Castor Mining (hedged)'],
    ],
    [
      'a cause is stated, not hedged',
      'Acme Corp bought Beta Holdings because Castor Mining sued Peru.',
      ['Acme Corp ACQUIRES Beta Holdings', 'Castor Mining ACCUSES Peru'],
    ],
    [
      'a gerund clause said to be a possibility',
      '“I see merging with Castor Mining as a real possibility,” said Ann Cole.',
      ['Ann Cole PARTNERS_WITH Castor Mining @Ann Cole (hedged)'],
    ],
    [
      'the content of an accusation',
      'Tom Hale repeated the accusation that Pell Group funded Castor Mining.',
      ['Pell Group INVESTS_IN Castor Mining (hedged)'],
    ],
    [
      'the content of an allegation, without "that"',
      'Reporters looked into the allegation Norfield Holdings bought Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'a claim noun ending its own clause is no frame',
      'After the claims, Norfield Holdings bought Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining'],
    ],
    [
      'a plain statement stays a fact',
      'Norfield Holdings bought Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining'],
    ],
    [
      'a verb of saying is no opinion',
      'Tom Hale said Norfield Holdings bought Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining @Tom Hale'],
    ],
    [
      'a bare infinitive after "and" shares the hedge of the "to"-infinitive before it',
      'Ann Cole is expected to stay in Oslo and return to Norway on Friday.',
      ['Ann Cole LOCATED_IN Oslo (hedged)', 'Ann Cole RELATED_TO Norway (hedged)'],
    ],
    [
      'also after "then"',
      'Ann Cole plans to stay in Oslo and then return to Norway.',
      ['Ann Cole LOCATED_IN Oslo (hedged)', 'Ann Cole RELATED_TO Norway (hedged)'],
    ],
    [
      'a finite verb after "and" is no infinitive',
      'Ann Cole stayed in Oslo and then returned to Norway.',
      ['Ann Cole LOCATED_IN Oslo', 'Ann Cole RELATED_TO Norway'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text, { hedged: true })).toEqual(expected);
  });
});
