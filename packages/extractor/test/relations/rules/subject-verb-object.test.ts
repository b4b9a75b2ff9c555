// subject-verb-object: rivals after "over"/"against" and phrasal verbs after a first phrase; sentences
// written for this test.
import { triplesOf } from './triples-of.js';

describe('subject-verb-object', () => {
  test.each([
    [
      'winning something over a rival defeats the rival',
      'Ana Costa won the runoff over Luis Prado.',
      'Ana Costa DEFEATS Luis Prado',
    ],
    [
      'an election won over a rival is no appointment',
      'Robert Kanu won a presidential election over Peter Obi of the PDP.',
      'Robert Kanu DEFEATS Peter Obi',
    ],
    ['a victory claimed over a rival', 'The Tigers claimed a 3–1 victory over the Lions.', 'Tigers DEFEATS Lions'],
    [
      'a phrasal verb after a first phrase',
      'Maria Lopez competed for the leadership against Tom Hart.',
      'Maria Lopez COMPETES_WITH Tom Hart',
    ],
    [
      'insulting someone criticizes them',
      'Luis Prado insulted Ana Costa as unintelligent.',
      'Luis Prado CRITICIZES Ana Costa',
    ],
    [
      'staying "with" a club is company, not a location',
      'Ana Costa stayed with the Harbour Rovers for ten years.',
      'Ana Costa RELATED_TO Harbour Rovers',
    ],
    ['living "with" someone neither', 'Luis Prado lived with Tom Hart in Lisbon.', 'Luis Prado RELATED_TO Tom Hart'],
    [
      'a hyphened "co-" verb keeps its type',
      'Robert Mugabe co-founded the Zimbabwe African National Union in 1963.',
      'Robert Mugabe FOUNDED Zimbabwe African National Union',
    ],
    [
      '"play against" competes',
      'The Utah Jazz were to play against the Denver Nuggets.',
      'Utah Jazz COMPETES_WITH Denver Nuggets',
    ],
    [
      '"against" opens the phrase after a lawsuit',
      'The Sierra Club filed a lawsuit against Exxon Mobil over its drilling plans.',
      'Sierra Club ACCUSES Exxon Mobil',
    ],
    // chunks.ts: a time expression after the object is a phrase of its own, not the object's head.
    ['an object before "last year"', 'Acme Corp bought Beta Holdings last year.', 'Acme Corp ACQUIRES Beta Holdings'],
    ['an object before "last Tuesday"', 'Tom Hale met Ann Cole last Tuesday.', 'Tom Hale MEETS Ann Cole'],
    ['an object before "two weeks ago"', 'Tom Hale met Ann Cole two weeks ago.', 'Tom Hale MEETS Ann Cole'],
    // memberType: an event joined is one the subject takes part in, by anyone.
    ['a person joining a war', 'Tom Hale joined the Second Boer War as a medic.', 'Tom Hale PART_OF Second Boer War'],
    ['a country joining a war', 'Norway joined the Crimean War in 1855.', 'Norway PART_OF Crimean War'],
    // … and a body joined by a country is one it becomes a member of.
    [
      'a country joining a body',
      'Norland joined the Northern Trade Union in 2004.',
      'Norland PART_OF Northern Trade Union',
    ],
    ['a country that wants to join', 'Norland wants to join the Baltic Council.', 'Norland PART_OF Baltic Council'],
    // A list of common nouns shares the phrase after it.
    [
      'two goods carried to a place',
      'Acme Air flies fighters and cargo to Syria every week.',
      'Acme Air RELATED_TO Syria',
    ],
    [
      'goods carried across a region',
      'Acme Air transports weapons and fuel across the Middle East.',
      'Acme Air RELATED_TO Middle East',
    ],
    [
      'losing to a rival: the rival defeated the subject',
      'Luis Prado lost to Ana Costa in the runoff.',
      'Ana Costa DEFEATS Luis Prado',
    ],
    ['a contest lost to a rival', 'Luis Prado lost his seat to Ana Costa.', 'Ana Costa DEFEATS Luis Prado'],
    [
      'a sum invested keeps the verb’s relation',
      'Acme Corp invested $2 billion in Beta Ltd.',
      'Acme Corp INVESTS_IN Beta Ltd',
    ],
    ['also in a place', 'Acme Corp invested 5 million euros in Norway.', 'Acme Corp INVESTS_IN Norway'],
    [
      'reelection lost to a rival',
      'Luis Prado served one term before losing reelection to Ana Costa.',
      'Ana Costa DEFEATS Luis Prado',
    ],
    [
      'conceding defeat to a rival',
      'Luis Prado conceded defeat to Ana Costa on Tuesday.',
      'Ana Costa DEFEATS Luis Prado',
    ],
    [
      'conceding the election to a rival',
      'Luis Prado conceded the election to Ana Costa late on Tuesday.',
      'Ana Costa DEFEATS Luis Prado',
    ],
    ['conceding the race to a rival', 'Tom Hale conceded the race to Ann Cole.', 'Ann Cole DEFEATS Tom Hale'],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test.each([
    [
      'a "by"-gerund of means shares the subject',
      'Norfield Holdings expanded its reach by buying Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining'],
    ],
    [
      'a "by"-gerund after a quotation takes the subject outside it',
      'Ann Cole said Pell Group had “added to years of violence felt across Europe” by supporting Tom Hale.',
      ['Pell Group SUPPORTS Tom Hale @Ann Cole'],
    ],
    [
      'helping someone do something: the infinitive has that someone as subject',
      'Russia helped Bo Lind defeat Ann Cole in the runoff.',
      ['Bo Lind DEFEATS Ann Cole'],
    ],
    [
      'letting a body buy another',
      'Pell Group let Norfield Holdings buy Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining'],
    ],
    ['ahead in the polls is no leadership', 'Maria Lopez led Ohio in the polls in May.', []],
    ['ahead by points is no leadership', 'Maria Lopez led Ohio by six points.', []],
    [
      'leading a body is',
      'Maria Lopez led the Harbour Lights Orchestra for ten years.',
      ['Maria Lopez LEADS Harbour Lights Orchestra'],
    ],
    ['a body after "announcement on" is where it was said', 'Bo Lind made an announcement on Twitter.', []],
    [
      'remarks on a person mention that person',
      'Bo Lind made remarks on Ann Cole in May.',
      ['Bo Lind MENTIONS Ann Cole'],
    ],
    [
      'withdrawing support for someone undoes it',
      'Pell Group withdrew its support for Maria Lopez.',
      ['Pell Group SUPPORTS Maria Lopez (negated)'],
    ],
    [
      'lifting sanctions on a country undoes them',
      'Canada lifted its sanctions on Peru in May.',
      ['Canada SANCTIONS Peru (negated)'],
    ],
    [
      'a name between an adjective and a noun names a kind of thing',
      'Pell Group tested its rocket by launching its founder’s old Tesla roadster into space.',
      [],
    ],
    [
      'named people listed as objects are no relational noun: the place after them is not the subject’s',
      'Tom Hale sent Ann Cole and Bo Berg to Oslo.',
      ['Tom Hale RELATED_TO Ann Cole', 'Tom Hale RELATED_TO Bo Berg'],
    ],
    [
      'what a statement is said "of" is mentioned',
      'Ann Cole said of Tom Hale, "He was brave."',
      ['Ann Cole MENTIONS Tom Hale'],
    ],
    ['so is what one spoke "about"', 'Ann Cole spoke about Tom Hale on Monday.', ['Ann Cole MENTIONS Tom Hale']],
    [
      'also after the one told',
      'Ann Cole spoke to Tom Hale about Norfield Holdings.',
      ['Ann Cole MENTIONS Norfield Holdings'],
    ],
    ['an "of" after a first phrase is that phrase\'s', 'Ann Cole spoke at the opening of Norfield Holdings.', []],
    ['a medium\'s "of" too', 'Ann Cole said on Voice of Norland that she would run.', []],
    [
      'a "for" phrase after a verb with no object of its own says what for, not whom it backed',
      'Ann Cole was not the candidate Tom Hale initially backed for the Senate.',
      [],
    ],
    [
      'so after a verb of praise',
      'Ann Cole was the bidder Norfield Holdings had praised for the Oslo Bridge contract.',
      [],
    ],
    ['also after "that"', 'These are the candidates that Tom Hale endorsed for the Senate.', []],
    [
      'a gerund listed after another that "for" opens names a topic, done by no one in particular',
      'Tom Hale discussed his plans for leading Oslo, recovering from COVID-19, and the Harbour Project.',
      [],
    ],
    [
      'a gerund set off between the object and the verb’s infinitive describes the object',
      'Ann Cole invited Tom Hale, then visibly deteriorating from AIDS, to appear on television.',
      ['Ann Cole RELATED_TO Tom Hale'],
    ],
    [
      'an act of saying there goes with the verb',
      'Ann Cole urged Tom Hale, citing AIDS, to resign.',
      ['Ann Cole MENTIONS AIDS', 'Ann Cole URGES Tom Hale'],
    ],
    [
      'a gerund clause before a coordinated verb is still the subject’s act',
      'Pell Group stopped users from sharing the video, blaming Castor Mining, and closed the site.',
      ['Pell Group CRITICIZES Castor Mining'],
    ],
    ['a verb read with "for" still takes it', 'Tom Hale voted for Ann Cole in May.', ['Tom Hale SUPPORTS Ann Cole']],
    [
      'the object before the "for" phrase is what was backed',
      'Tom Hale backed Ann Cole for the Senate.',
      ['Tom Hale SUPPORTS Ann Cole'],
    ],
    [
      'whom something was sold to is the buyer, not the thing sold',
      'Acme Corp sold to Beta Ltd last year.',
      ['Acme Corp RELATED_TO Beta Ltd'],
    ],
    [
      'whom something was bought from is the seller, not the thing bought',
      'Norfield Holdings bought from Castor Mining in May.',
      ['Norfield Holdings RELATED_TO Castor Mining'],
    ],
    ['a country exported to is a buyer', 'Acme Corp exported to Norway last year.', ['Acme Corp RELATED_TO Norway']],
    ['taking over from someone succeeds them and buys nothing', 'Ann Cole took over from Tom Hale in March.', []],
    [
      'the thing sold is still what was sold when the buyer follows',
      'Acme Corp sold Beta Ltd to Castor Mining.',
      ['Acme Corp SELLS Beta Ltd'],
    ],
    [
      'the thing bought is still what was bought when the seller follows',
      'Norfield Holdings bought Beta Ltd from Castor Mining.',
      ['Norfield Holdings ACQUIRES Beta Ltd'],
    ],
  ])('read: %s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });

  test.each([
    [
      'where one sells is a market, not where one is',
      'Acme Corp has sold in Norway since 2012.',
      ['Acme Corp RELATED_TO Norway'],
    ],
    [
      'a clause opened by "that" after a year is no object of the verb',
      'Lee Min-ho pledged in 2020 that Acme Corp would stop the policy.',
      [],
    ],
    [
      'a place after a "to"-phrase is where its noun is',
      'The Daily Post reached out to sex workers in Mysore in June.',
      [],
    ],
    [
      'a place after a named body bought is where the body is',
      'Ann Cole bought the Star Diner in Springfield.',
      ['Ann Cole ACQUIRES Star Diner'],
    ],
    [
      'a place after a person met is where both were',
      'Ann Cole met Bo Lind in Oslo.',
      ['Ann Cole LOCATED_IN Oslo', 'Ann Cole MEETS Bo Lind'],
    ],
    [
      'a seat "in" a place is where the body is',
      'Acme Corp has its headquarters in Norway.',
      ['Acme Corp LOCATED_IN Norway'],
    ],
    ['a seat moved "from" a place is no longer there', 'Acme Corp moved its headquarters from Norway to Sweden.', []],
  ])('where: %s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });

  test.each([
    [
      'forming a band founds it',
      'Eric Lind, Ann Cole and Bo Hale formed the Harbour Lights Orchestra in 1966.',
      [
        'Ann Cole FOUNDED Harbour Lights Orchestra',
        'Bo Hale FOUNDED Harbour Lights Orchestra',
        'Eric Lind FOUNDED Harbour Lights Orchestra',
      ],
    ],
    ['a "by" phrase is an agent, not an object', 'Pedro Alves would remain unconfirmed by the Senate of Chile.', []],
    [
      "a place after a phrasal verb's object is where that object is",
      'Ann Cole called for a regional cooperation in the Baltic Sea.',
      [],
    ],
    [
      'a participle set off by commas describes the phrase before it',
      'According to his wife, Amanda, Tom Hale succumbed to a lung disorder, unrelated to COVID-19, in May.',
      [],
    ],
    [
      'a model named before its kind of vehicle is the subject',
      'On Sunday, the Vesta Nine capsule docked with the Orbital Station. The Vesta Nine carried cargo.',
      ['Vesta Nine VISITS Orbital Station'],
    ],
    [
      'a body named before its kind of body is the subject',
      'The Vesta aerospace company is collaborating with NASA on a lander.',
      ['Vesta PARTNERS_WITH NASA'],
    ],
    ["a person's company is no person", "Tom Hale's company bought Beta Corp.", []],
    [
      'a count of people harmed: the harm was where they were',
      'Hurricane Dora killed 12 people in Texas on Monday.',
      ['Hurricane Dora LOCATED_IN Texas'],
    ],
    [
      'a bare count too (an illness that killed them also AFFECTS the place: death-toll)',
      'As of Monday, COVID-19 had killed at least 813 in Norway and infected 35,000.',
      ['COVID-19 AFFECTS Norway', 'COVID-19 LOCATED_IN Norway'],
    ],
    ['people sent somewhere are there, not the sender', 'Norway deployed 300 soldiers in Mali.', []],
    ['a count of things bought is a thing', 'Acme Corp bought 300 trucks in Ohio.', []],
    [
      'a made thing belongs to its owner',
      'The Vesta 707 plane belonged to the Norwegian Air Force.',
      ['Norwegian Air Force OWNS Vesta 707'],
    ],
    [
      'a person belonging to a body is part of it',
      'Ann Cole belongs to the Harbour Party.',
      ['Ann Cole PART_OF Harbour Party'],
    ],
  ])('reads: %s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => !/ (PART_OF|LOCATED_IN) Chile/.test(t))).toEqual(expected);
  });

  test.each([
    ['a claim over a place is no victory', 'China claims sovereignty over Taiwan.'],
    ['"won over" without a thing won persuades', 'Ana Costa won over Luis Prado.'],
    ['money lost to a firm is no defeat', 'Pell Group lost money to Acme Corp.'],
  ])('%s', (_name, text) => {
    expect(triplesOf(text).filter((t) => / DEFEATS /.test(t))).toEqual([]);
  });
});
