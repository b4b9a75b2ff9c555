// Who the subject of a verb is, through reduced relatives, "where" clauses and participles; sentences
// written for this test, read through the triples they give.
import { triplesOf } from './rules/triples-of.js';

describe('subjectOf', () => {
  test.each([
    [
      'the object of "off" after a participle does not do the -ing act after it',
      'Firefighters were called to a cottage located off the B4391 overlooking Lake Vyrnwy.',
      undefined,
      'B4391 RELATED_TO Lake Vyrnwy',
    ],
    [
      'nor does the object of "against"',
      'Ann Cole sent a letter against Acme Corp criticising Tom Hale.',
      undefined,
      'Acme Corp CRITICIZES Tom Hale',
    ],
    [
      'the object of "with" does the -ing act ("with X -ing": an absolute clause)',
      'Tom Hale retired in May, with Ann Cole succeeding him as chair of Acme Corp.',
      'Ann Cole RELATED_TO Tom Hale',
      undefined,
    ],
    [
      'so does the object of "by"',
      'Tom Hale joined the calls by Beta Holdings urging Acme Corp to pay.',
      'Beta Holdings URGES Acme Corp',
      undefined,
    ],
    [
      'a country after a comma qualifies the place in a noun phrase before it',
      'On Sunday, a cargo plane in Ontario, Canada crashed after leaving Dorn Field, near Ottawa.',
      undefined,
      'Canada RELATED_TO Dorn Field',
    ],
    [
      'a country after a place that opens the clause is the subject',
      'According to the Dorn Herald, France has signed the Oslo Accord.',
      'France RELATED_TO Oslo Accord @Dorn Herald',
      'Dorn Herald LOCATED_IN France',
    ],
    [
      "an apposition the entity stage read as the name's own nominal is skipped like any description",
      'Mayor Hana Lund was elected in May. Lund, the first Mayor to be censured by the Dorn Assembly, is to face a hearing in the Dorn Senate.',
      'Hana Lund RELATED_TO Dorn Senate',
      'Dorn Assembly RELATED_TO Dorn Senate',
    ],
    [
      'a clause opening with a gerund after a comma shares the main subject, not the last name',
      'Peru was quick in blaming Chile for the raid, pledging to send more troops to Bolivia.',
      'Peru RELATED_TO Bolivia',
      'Chile RELATED_TO Bolivia',
    ],
    [
      "a gerund aside closed by a comma mid-sentence is not the main subject's",
      'Ann Cole hosted talks between Tom Hale, claiming to represent Acme Corp, and Beta Holdings.',
      undefined,
      'Ann Cole WORKS_FOR Acme Corp',
    ],
    [
      'the object of a gerund after a noun is not the subject ("a lawyer representing X told")',
      'Mark Olsen, a lawyer representing Julia Brandt, told the BBC that the ruling was fair.',
      'Mark Olsen SAYS BBC',
      'Julia Brandt SAYS BBC',
    ],
    [
      "a gerund with a preposition after a name: the preposition's object does not act",
      'Ann Cole speaking at the Harbour Trust criticised Tom Hale on Monday.',
      'Ann Cole CRITICIZES Tom Hale',
      'Harbour Trust CRITICIZES Tom Hale',
    ],
    [
      'a verb of saying with a preposition after it takes no clause',
      'Ann Cole speaking to the Norland Policy Forum think tank called the Harbour Treaty "a disaster".',
      'Ann Cole LABELS Harbour Treaty',
      'Norland Policy Forum LABELS Harbour Treaty',
    ],
    [
      'a think tank after a name is that body',
      'Ann Cole speaking to the Norland Policy Forum think tank called the Harbour Treaty "a disaster".',
      'Ann Cole SAYS Norland Policy Forum',
      'Ann Cole SAYS tank',
    ],
    [
      'a phrase with no name before the gerund leaves no subject',
      'A lawyer representing Julia Brandt told the BBC that the ruling was fair.',
      undefined,
      'Julia Brandt SAYS BBC',
    ],
    [
      'a "where" clause has its own subject, not the place it describes',
      'Later, Tom Baxter joined the Harbour Lights Orchestra, where he met Paul Dunne.',
      'Tom Baxter MEETS Paul Dunne',
      'Harbour Lights Orchestra MEETS Paul Dunne',
    ],
    [
      'a past form with no finite verb before it is the main verb, not a reduced relative',
      'Fans carrying posters of Tom Baxter marched to Paris.',
      undefined,
      'Tom Baxter RELATED_TO Paris',
    ],
    [
      'an aside an adverb opens after a person describes the person',
      'Ann Lee, also of Acme Corp, bought Beta Group on Monday.',
      'Ann Lee ACQUIRES Beta Group',
      'Acme Corp ACQUIRES Beta Group',
    ],
    [
      'also one naming a place',
      'Maria Dahl, formerly a professor at Oslo University, visited Ghent on Monday.',
      'Maria Dahl VISITS Ghent',
      'Oslo University VISITS Ghent',
    ],
    [
      'a verb of saying before a pronoun takes a clause',
      'Prime Minister Anna Lind posted a message on Friday announcing she had resigned from the Labour Party.',
      // (her own announcement: the fact is her word)
      'Anna Lind RELATED_TO Labour Party @Anna Lind',
      undefined,
    ],
    [
      'an acronym in brackets glosses the name inside the phrase before it; the phrase is the subject',
      'Yesterday, the Parliament of North Veldmark (NV) praised the Harbour Lights Orchestra. Farmers in North Veldmark cheered.',
      'Parliament of North Veldmark SUPPORTS Harbour Lights Orchestra',
      'North Veldmark SUPPORTS Harbour Lights Orchestra',
    ],
    [
      'a fronted time word is no item of a list of names',
      'Yesterday, Tom Baxter, the mayor of Dayton, praised the Harbour Lights Orchestra.',
      'Tom Baxter SUPPORTS Harbour Lights Orchestra',
      undefined,
    ],
    [
      'nor is a fronted comparative ("Later,", "Earlier,")',
      'Later, Tom Baxter, a Liberal, praised the Harbour Lights Orchestra.',
      'Tom Baxter SUPPORTS Harbour Lights Orchestra',
      'Liberal SUPPORTS Harbour Lights Orchestra',
    ],
    [
      'an earlier time word before a name and its role phrase',
      'Earlier, Tom Baxter, the mayor of Dayton, praised the Harbour Lights Orchestra.',
      'Tom Baxter SUPPORTS Harbour Lights Orchestra',
      undefined,
    ],
    [
      'an indefinite phrase before a named person is one member, named second',
      'Since then, a Republican, Mark Odell, has voiced support for the Harbour Lights Orchestra.',
      'Mark Odell SUPPORTS Harbour Lights Orchestra',
      'Republican SUPPORTS Harbour Lights Orchestra',
    ],
    [
      'an apposition whose closing comma is missing: the named person',
      'Rita Moss, the party spokeswoman praised the Harbour Lights Orchestra.',
      'Rita Moss SUPPORTS Harbour Lights Orchestra',
      undefined,
    ],
    [
      'after a verb, the name is its object and the role phrase the next subject',
      'He thanked Rita Moss, the chairman praised the Harbour Lights Orchestra.',
      undefined,
      'Rita Moss SUPPORTS Harbour Lights Orchestra',
    ],
    [
      'a place qualifying the place before it closes the apposition ("the mayor of Dayton, Ohio,")',
      'Tom Baxter, the former mayor of Dayton, Ohio, praised the Harbour Lights Orchestra.',
      'Tom Baxter SUPPORTS Harbour Lights Orchestra',
      'Ohio SUPPORTS Harbour Lights Orchestra',
    ],
    [
      'a description holding a clause describes the name before it',
      'Ann Verhoeven, the likely successor should Pieter Claes lose the vote in the Senate, met Tom Baxter.',
      'Ann Verhoeven MEETS Tom Baxter',
      'Senate MEETS Tom Baxter',
    ],
    [
      'a capitalised title with "of" before a person stands for the person',
      'Minister of Justice Ann Verhoeven met Tom Baxter in Brussels.',
      'Ann Verhoeven MEETS Tom Baxter',
      undefined,
    ],
    [
      'a name after a preposition is no subject, even with a description after it',
      'The trial of Walter Ray, a local builder, angered Tom Baxter in Leeds.',
      undefined,
      'Walter Ray LOCATED_IN Leeds',
    ],
    [
      'a lower-case phrase before "of" is no title',
      'The lawyer of Ann Verhoeven, who lives in Ghent, met Tom Baxter.',
      undefined,
      'Ann Verhoeven MEETS Tom Baxter',
    ],
    [
      'a list inside a prepositional phrase is no subject; the phrase it modifies is (head-of-run.ts)',
      "Pell Group's victories in Ohio, Texas, and Utah left Tom Hale with a lead.",
      undefined,
      'Utah RELATED_TO Tom Hale',
    ],
    ['nor a two-item list', 'The deals with Peru and Chile angered Tom Hale.', undefined, 'Chile RELATED_TO Tom Hale'],
    [
      'one comma before "and" coordinates clauses, not a list',
      'Ann Cole was a lawyer for Pell Group, and she lived in exile in Leeds.',
      'Ann Cole LOCATED_IN Leeds',
      undefined,
    ],
    [
      'an "of"-list may be what the phrase names',
      'The nations of Peru and Chile recognized Ghana.',
      'Chile RELATED_TO Ghana',
      undefined,
    ],
    [
      'the object of a preposition is no subject, even with an apposition after it',
      'A party that sued Ann Cole and now does likewise with Tom Hale, the Harbour Party, nominated Paul Dunne for mayor.',
      'Harbour Party APPOINTS Paul Dunne',
      'Tom Hale APPOINTS Paul Dunne',
    ],
    [
      'after a preposition that may open a clause, the name with its apposition is the subject',
      'This comes after Tom Hale, a lawyer for Pell Group, sent a letter to Ann Cole.',
      'Tom Hale RELATED_TO Ann Cole',
      undefined,
    ],
    [
      'a country after a comma qualifies the named body before it ("the Senate of Victoria, Australia voted")',
      'On Monday, the Senate of Victoria, Australia banned Acme Corp.',
      'Senate of Victoria BLOCKS Acme Corp',
      'Australia BLOCKS Acme Corp',
    ],
    [
      'but not the object of a preposition before it',
      'In Leeds, Germany banned Acme Corp.',
      'Germany BLOCKS Acme Corp',
      undefined,
    ],
    [
      '"that" between a noun and a tensed verb opens a subject relative on the noun',
      'Acme Corp fined the refinery that supplies Norland Airways.',
      undefined,
      'Acme Corp SELLS Norland Airways',
    ],
    [
      'a relative on a description in apposition to a name: the name',
      'Ann Cole praised Kestrel Labs, the startup that supplies Norland Airways.',
      'Kestrel Labs SELLS Norland Airways',
      undefined,
    ],
    [
      'a "which" relative on such a description too',
      'Brakko Foods, a firm which owns Dalby Dairies, hired Ann Cole.',
      'Brakko Foods OWNS Dalby Dairies',
      undefined,
    ],
    [
      'after a preposition, "that" may describe either noun: neither is read',
      'Ann Cole, the director of the Kestrel Institute that funds the Orla Trial, spoke on Monday.',
      undefined,
      'Ann Cole INVESTS_IN Orla Trial',
    ],
    [
      'nor the noun right after the preposition',
      'Tom Baxter wrote a bill for the reform of Kestrel Labs that funds the Orla Trial.',
      undefined,
      'Kestrel Labs INVESTS_IN Orla Trial',
    ],
    [
      'verbs coordinated inside a relative clause share its subject',
      'Ann Cole, who studies at Kestrel College and plays for Norland United, met Tom Baxter.',
      'Ann Cole WORKS_FOR Norland United',
      undefined,
    ],
    [
      'a complement clause has its own subject ("told reporters that …")',
      'Ann Cole told reporters that Brakko Foods owns Dalby Dairies.',
      'Brakko Foods OWNS Dalby Dairies @Ann Cole',
      undefined,
    ],
    [
      'a gerund after a relative clause shares the subject of the clause around it',
      'Ann Cole praised Kestrel Labs, the startup that supplies Norland Airways, after traveling to Lisbon.',
      'Ann Cole VISITS Lisbon',
      'Kestrel Labs VISITS Lisbon',
    ],
    [
      'after a verb of saying, a past form with no verb after it is the verb of the reported clause',
      'Reuters reported Acme Corp merged with Beta Holdings.',
      'Acme Corp PARTNERS_WITH Beta Holdings',
      'Acme Corp RELATED_TO Beta Holdings',
    ],
    [
      'after a verb of saying, a past form with no verb after it: "started in" a thing is no passive scene',
      'Officials said the Harbour Festival was calm. NRK reported the Harbour Festival started in a Volvo XC90.',
      'Harbour Festival RELATED_TO Volvo XC90 @NRK',
      undefined,
    ],
    [
      "after a verb of saying, a past form before the clause's own verb is a reduced relative",
      'Reuters reported the Kestrel Arrow launched from Norway carried Acme Corp cargo.',
      'Kestrel Arrow RELATED_TO Norway',
      undefined,
    ],
    [
      'a tensed verb after "and" is not coordinated with the bare infinitive before it ("watched X become")',
      'Don Harlow loved watching Wyatt Cole become a rider and supported Zoe Marsh for years.',
      'Don Harlow SUPPORTS Zoe Marsh',
      'Wyatt Cole SUPPORTS Zoe Marsh',
    ],
    [
      'the same after "helped X win"',
      'Mark Tiller helped Ann Vole win the race and criticised Berta Lund afterwards.',
      'Mark Tiller CRITICIZES Berta Lund',
      'Ann Vole CRITICIZES Berta Lund',
    ],
    [
      "a verb's object described by a relative clause is not the subject of the verb after it",
      'Don Harlow adored Deirdre Moss, who loved him back, and praised Zoe Marsh, who loved her work, supported Tom Hale.',
      undefined,
      'Zoe Marsh SUPPORTS Tom Hale',
    ],
    [
      'unless the verb takes a clause whose subject the phrase is',
      'Police say Tom Hale, who lives in Oslo, sued Ann Vole.',
      'Tom Hale ACCUSES Ann Vole',
      undefined,
    ],
    [
      'a bare infinitive coordinated with a bare infinitive keeps their subject',
      'Ann Vole will visit Lagos and meet Tom Hale on Monday.',
      'Ann Vole MEETS Tom Hale',
      undefined,
    ],
  ])('%s', (_name, text, present, absent) => {
    const got = triplesOf(text);
    if (present) expect(got).toContain(present);
    if (absent) expect(got).not.toContain(absent);
  });
});
