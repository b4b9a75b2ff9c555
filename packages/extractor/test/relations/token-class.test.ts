// Word classes repaired in context (token-class.ts), seen through the verb groups they leave: sentences
// written for this test; each row gives the words of the sentence's verb groups.
import { verbGroupsOf as verbGroups, viewsOf } from './views-of.js';

describe('classify: verb or noun', () => {
  test.each([
    [
      'a bare form between a name and a past verb is a noun',
      'The Hale campaign described Ann Cole as a rival.',
      ['described'],
    ],
    ['also after a common noun', 'The election campaign praised Ann Cole.', ['praised']],
    [
      'a phrasal verb the parse reads after "the" and a name is the name\'s noun',
      'Acme owns 30 percent of the Kestrel block in Norland, which is operated by Tom Hale.',
      ['owns', 'is operated'],
    ],
    ['a collective name keeps its plural verb', 'The Taliban meet in Doha on Monday.', ['meet']],
    ['"own" between names owns', 'Ann Cole and Tom Hale own Acme Corp.', ['own']],
    ['"own" before a determiner owns', 'Ann Cole and her husband Tom Hale own the Harbour Hotel.', ['own']],
    ['"own" after a possessive is no verb', "Acme Corp's own brand sold well.", ['sold']],
    [
      'an adjectival -ing word after a possessive is no verb',
      "Norland's ruling Karsby Party and Komeito lost the vote.",
      ['lost'],
    ],
    ['nor before a lower-case noun', "Norland's growing economy slowed in May.", ['slowed']],
    [
      '"acting" before a title is no verb',
      'Acting Chief Justice Moon Hae-jin said the ruling was final.',
      ['said', 'was'],
    ],
    ['nor after a possessive pronoun', 'Tom Hale later started his own law practice.', ['started']],
    [
      'after a modal it is a base form',
      'Should Tom Hale remain unconfirmed, Ann Cole will serve.',
      ['Should', 'remain unconfirmed', 'will serve'],
    ],
    ['a plural subject takes the bare form as its verb', 'Ann Cole and Tom Hale campaign hard.', ['campaign']],
    [
      'a word the lexicon does not know, after a verb of will and "to", before a name is its infinitive',
      'The Senate voted to impeach Tom Hale.',
      ['voted to impeach'],
    ],
    ['also with a title before the name', 'The Senate voted to impeach President Tom Hale.', ['voted to impeach']],
    ['after other verbs "to" stays a preposition', 'Ann Cole talked to eyewitness Tom Hale.', ['talked']],
    [
      'a past form between a name’s "’s" and a bare noun describes the noun',
      'It is Ann Cole’s stated intent for Norland to leave the union.',
      ['is', 'leave'],
    ],
    ['before a clause it is the verb ("has stated")', 'Ann Cole’s stated that she will go.', ['stated', 'will go']],
    [
      'also when the parse reads the "’s" as "is", and with a name before the noun',
      'Tom Hale called Ann Cole’s proposed Dorn deal "lousy" and said he would vote against it.',
      ['called', 'said', 'would vote'],
    ],
    ['a subjunctive "be" stays a verb', 'Tom Hale suggested Acme Corp be fined.', ['suggested', 'be fined']],
    ['a word after "whose" is its noun', 'Ann Cole, whose party Tom Hale led, said so.', ['led', 'said']],
    [
      'after a name\'s "\'s" and "only" comes the owned noun',
      "The eruption forced the closure of the island's only airport.",
      ['forced'],
    ],
    [
      'a word in -ers after a name "by" governs is its noun',
      'Orbis bought Helix, which was founded by former Intel engineers.',
      ['bought', 'was founded'],
    ],
    ['a plural-looking form before a verb is a noun', 'Acme firms bought Castor Mining.', ['bought']],
    [
      'an -ing word read as a noun after "considering", before a name, is its gerund',
      'Acme Corp is considering buying Castor Mining.',
      ['is considering buying'],
    ],
    ['also after "weighed"', 'Ann Cole weighed suing Acme Corp.', ['weighed suing']],
    [
      'a past written as the base form, between two names, is the verb',
      'Ann Cole beat Tom Hale in the final.',
      ['beat'],
    ],
    ['also "hit"', 'Hurricane Kora hit Madeira on Monday.', ['hit']],
    ['also after a clause opener', 'After Acme Corp beat Beta Ltd, Tom Hale resigned.', ['beat', 'resigned']],
    ['not after the clause has its verb', 'The Dorn beat reporter Ann Cole quit.', ['quit']],
    ['also "cut" before a noun phrase', 'Norland cut aid to Dorn on Monday.', ['cut']],
    ['not when a verb follows in the clause', 'The Norland set piece was praised.', ['was praised']],
    ['after a perfect auxiliary it is the participle', 'Norland had hit Beta Ltd with sanctions.', ['had hit']],
    ['also after an adverb', 'The storm has already cut power to Dorn.', ['has already cut']],
    [
      'an -ed word the parse reads as an adjective is the participle after "had" too',
      'Tom Hale had received about 35 million dollars from Acme Corp.',
      ['had received'],
    ],
    ['not before the noun it describes', 'Acme Corp has skilled workers in Dorn.', ['has']],
    [
      'a past participle after a preposition, before a phrase, modifies it',
      'Candidates backed by jailed former minister Ann Cole won the vote.',
      ['backed', 'won'],
    ],
    [
      'not "then" before a hyphen, nor a verb after "who" (guards)',
      'Reporters who voted against then-mayor Ann Cole left.',
      ['voted', 'left'],
    ],
    [
      'a simple past after a progressive opens the next clause',
      'Tom Hale died when the plane he was piloting crashed into Lake Vell.',
      ['died', 'was piloting', 'crashed'],
    ],
    ['"being" takes the participle (guard)', 'The Vell Bridge was being built in May.', ['was being built']],
    [
      'a verb tag right after a possessive determiner is a noun',
      'Tom Hale scored the only goal, his shot deflecting off Bo Reyes.',
      ['scored', 'deflecting'],
    ],
    ['also after "as", which then opens a clause', 'Ann Cole scored twice as Norland beat Dorn.', ['scored', 'beat']],
    ['so does "after"', 'Tom Hale resigned after Acme Corp hit Beta Ltd with a lawsuit.', ['resigned', 'hit']],
    ['"police" after a name is the force', 'Dorn police charged Tom Hale with fraud.', ['charged']],
    ['after a modal it is the verb', 'The army will police the border.', ['will police']],
    [
      'a bare form after a verb of saying, before a past verb, is what was said of',
      'Ann Cole said police arrested Tom Hale.',
      ['said', 'arrested'],
    ],
    [
      'also before an auxiliary, after "says"',
      'Ann Cole says police are questioning Tom Hale.',
      ['says', 'are questioning'],
    ],
    [
      'a bare form ending an object phrase opened by "a" is its head noun',
      'Ann Cole had left a small U.S. flag aboard the station.',
      ['had left'],
    ],
    ['after the object of "let" it stays a verb', 'Ann Cole let a Norland judge review the merger.', ['let', 'review']],
    [
      'a present -s form whose phrase runs into a plural verb is a plural noun (plural-head-noun.ts)',
      'The Labour delegates from Norland are bound to vote for Ann Cole.',
      ['are bound to vote'],
    ],
    ['a singular verb after the phrase leaves it a verb', 'Ann Cole runs from Norland to Castor every day.', ['runs']],
    [
      'after a verb and a number, it heads the object phrase',
      'Ann Cole wins 25 Labour delegates from Norland.',
      ['wins'],
    ],
    [
      'without the number it stays a verb of its own clause',
      'Ann Cole says Acme supplies from Norland.',
      ['says', 'supplies'],
    ],
    [
      'and after a subject clause opened by "that"',
      'Ann Cole asked that a judge review the merger.',
      ['asked', 'review'],
    ],
    [
      'an -ing form after "be" and an adverb, before a preposition, is a progressive',
      'Pell Airways is still operating in Norland.',
      ['is still operating'],
    ],
    ['before a noun it stays a noun', 'The main cost is still operating expenses.', ['is']],
    [
      'a bare form after "and" and a "to"-infinitive\'s phrases is a second infinitive',
      'The Kestrel capsule is scheduled to remain at the station during the week and return to Earth on Friday.',
      ['is scheduled to remain', 'return'],
    ],
    [
      'with no infinitive before it, the same word after "and" stays a noun',
      'Ann Cole booked a trip to Oslo and return to Bergen.',
      ['booked'],
    ],
    [
      'nor after a comma before "and"',
      'Ann Cole wants to meet Tom Hale in Oslo, and return tickets are sold out.',
      ['wants to meet', 'are'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(verbGroups(text)).toEqual(expected);
  });
});

describe('classify: prepositions (a hyphened word, an approximate count)', () => {
  const prepositions = (text: string) => {
    const view = viewsOf(text)[0];
    return view.chunks.filter((c) => c.kind === 'PREP').map((c) => view.slice(c.from, c.to));
  };
  test.each([
    ['"in-person" is a modifier', 'Ann Cole cancelled the in-person Harbour Gala.', []],
    ['"face-to-face" too, and "with" stays one', 'Ann Cole held face-to-face talks with Tom Hale.', ['with']],
    ['a free-standing "in" stays one', 'Ann Cole spoke in person at the Harbour Gala.', ['in', 'at']],
    ['"about" before a count opens the object', 'Acme Corp is recalling about 120,000 cars in Dorn.', ['in']],
    ['"about" before a year stays one (guard)', 'Ann Cole talked about 2020 with Tom Hale.', ['about', 'with']],
    [
      '"outside" before a determiner',
      'Ann Cole told supporters outside the Dorn Parliament that they won.',
      ['outside'],
    ],
    ['"inside" before a name', 'Tom Hale spoke to reporters inside Dorn Castle on Monday.', ['to', 'inside', 'on']],
    ['"the outside world" has no preposition (guard)', 'The outside world ignored Ann Cole.', []],
  ])('%s', (_name, text, expected) => {
    expect(prepositions(text)).toEqual(expected);
  });
});

describe('classify: capitalised verbs and "past"', () => {
  test.each([
    [
      'a capitalised word inside running prose is part of a name, not a verb',
      'Reporters from The Harbour, Time Magazine and Castor News covered the trial.',
      ['covered'],
    ],
    ['a heading in title case keeps its verbs', 'Police Shoot Man Dead After Knife Attack In Oslo', ['Shoot']],
    ['a quotation may open with a verb', 'Ann Cole told the crowd: "Stop the war now."', ['told', 'Stop']],
    [
      '"past" after "and" is an adjective',
      'The panel included Tom Hale and past Wikinews interviewee Joe Brandt.',
      ['included'],
    ],
    ['"past" after a verb is a preposition', 'Ann Cole drove past the Harbour Club on Monday.', ['drove']],
  ])('%s', (_name, text, expected) => {
    expect(verbGroups(text)).toEqual(expected);
  });
});

describe('classify: "that" opening a clause or a noun phrase', () => {
  const phrases = (text: string) => {
    const view = viewsOf(text)[0];
    return view.chunks
      .filter((c) => c.kind === 'NP' || c.kind === 'COMP')
      .map((c) => `${c.kind} ${view.slice(c.from, c.to)}`);
  };
  test.each([
    [
      'after a year, before a name and its verb',
      'Ann Cole pledged in 2020 that Acme Corp would sell the plant.',
      ['NP Ann Cole', 'NP 2020', 'COMP that', 'NP Acme Corp', 'NP the plant'],
    ],
    [
      'after a weekday, before a subject pronoun',
      'Ann Cole warned on Monday that it would close.',
      ['NP Ann Cole', 'NP Monday', 'COMP that', 'NP it'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});
