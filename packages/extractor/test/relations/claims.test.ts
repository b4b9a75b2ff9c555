// The claims layer: reported speech becomes a claim of its speaker (verb, content span, quote flag, what it
// is about), never SAYS edges to the nouns of the clause.
import { extract } from '../../src/index.js';
import { triplesOf } from './rules/triples-of.js';

function claims(text: string) {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.claims.map((c) => ({
    speaker: name.get(c.speaker),
    verb: c.verb,
    content: text.slice(c.start, c.end),
    quote: c.quote,
    about: c.about.map((id) => name.get(id)).sort(),
  }));
}

describe('claims', () => {
  test.each([
    [
      'an unknown name a relative clause set off after it describes speaks, not the name closing that clause',
      'Weebly, which is based in San Francisco, says it has 4,000 drivers.',
      { speaker: 'Weebly', verb: 'say', quote: false },
      'it has 4,000 drivers',
    ],
    [
      'an existential "there" after the one told opens what was said',
      'Acme Corp told reporters there was no money left.',
      { speaker: 'Acme Corp', verb: 'tell', quote: false },
      'there was no money left',
    ],
    [
      "a party member's word with a relative in apposition to the name: the name speaks, not the party",
      'State Sen. Tom Hale, the Republican who sponsored the bill, said he was disappointed.',
      { speaker: 'Tom Hale', verb: 'say', quote: false },
      'he was disappointed',
    ],
    [
      "a body whose apposition ends in a list of three argues, not the list's last item",
      'Dorn Trade Group, a lobby whose members include Acme Corp, Beta Ltd and Castor Mining, sued the state, arguing the law was unfair.',
      { speaker: 'Dorn Trade Group', verb: 'argue', quote: false },
      'the law was unfair',
    ],
    [
      'what was said opens with a list of noun phrases before its verb',
      'Dorn Power, which runs the grid, said about 3,000 homes, farms and businesses had lost power.',
      { speaker: 'Dorn Power', verb: 'say', quote: false },
      'about 3,000 homes, farms and businesses had lost power',
    ],
    [
      'a speaker whose title opens with "Acting"',
      'Acting Chief Justice Moon Hae-jin said the ruling was final.',
      { speaker: 'Moon Hae-jin', verb: 'say', quote: false },
      'the ruling was final',
    ],
    [
      "a reporting gerund after \"Washington, D.C.\" is the verb's subject's, not the place's",
      'Ann Cole issued a statement at her club outside Washington, D.C. saying, "The count is far from over."',
      { speaker: 'Ann Cole', verb: 'say', quote: true },
      'The count is far from over',
    ],
    [
      'a trailing "according to" whose source only a time follows',
      'The plant in Dorn will close, according to Acme Corp on Friday.',
      { speaker: 'Acme Corp', verb: 'according to', quote: false, about: ['Dorn'] },
      'The plant in Dorn will close',
    ],
    [
      'a relative clause set off by commas that ends on its verb describes the speaker',
      'Acme Corp, whose shares fell, said the plant in Dorn would close.',
      { speaker: 'Acme Corp', verb: 'say', quote: false, about: ['Dorn'] },
      'the plant in Dorn would close',
    ],
    [
      'a speaker in -ly the parse reads as an adverb, when the text writes it as a name mid-sentence',
      'The app maker Zoomly hired 40 drivers in Dorn. Zoomly, which is based in Oslo, says it will hire more.',
      { speaker: 'Zoomly', verb: 'say', quote: false },
      'it will hire more',
    ],
    [
      'also one whose noun the parse could read as a verb ("whose party")',
      'Ann Cole, whose party Tom Hale belonged to, said the verdict was fair.',
      { speaker: 'Ann Cole', verb: 'say', quote: false },
      'the verdict was fair',
    ],
    [
      'a past verb of urging after "and" is the speaker\'s when what was said cannot urge (no actor)',
      'Ann Cole said the arrest was "deeply worrying" and urged Norway to free Tom Hale.',
      { speaker: 'Ann Cole', verb: 'say', quote: false, about: [] },
      'the arrest was "deeply worrying"',
    ],
    [
      'so is another act only a person or body does ("called for", "ordered", "thanked")',
      'Ann Cole said the resignation was "long overdue" and called for an inquiry into Acme Corp.',
      { speaker: 'Ann Cole', verb: 'say', quote: false, about: [] },
      'the resignation was "long overdue"',
    ],
    [
      'also a phrasal verb of such an act ("called on")',
      'Ann Cole said the walkout threatened Acme Corp and called on the pilots to return to work.',
      { speaker: 'Ann Cole', verb: 'say', quote: false, about: ['Acme Corp'] },
      'the walkout threatened Acme Corp',
    ],
    [
      "a body's kind in lower case after its name: the body speaks",
      'The ruling Vell Dawn party said it would nominate Tom Hale.',
      { speaker: 'Vell Dawn', verb: 'say', quote: false, about: ['Tom Hale'] },
      'it would nominate Tom Hale',
    ],
    [
      "an apposition naming the statement is the writer's comment on it",
      'Tom Hale says the cases against him are politically motivated, a claim the government denies.',
      { speaker: 'Tom Hale', verb: 'say', quote: false, about: [] },
      'the cases against him are politically motivated',
    ],
    [
      'also "blamed": only a person or body blames',
      'His coach, Ann Cole, said the runner had never taken a banned drug and blamed a tainted supplement.',
      { speaker: 'Ann Cole', verb: 'say', quote: false, about: [] },
      'the runner had never taken a banned drug',
    ],
    [
      'also "appealed for"',
      'Inspector Ann Cole said the inquiry was "far from over" and appealed for witnesses.',
      { speaker: 'Ann Cole', verb: 'say', quote: false, about: [] },
      'the inquiry was "far from over"',
    ],
    [
      'a possessed phrase is headed by no actor',
      'The Dorn Court ruled that his detention violated the law and ordered Norland to pay Tom Hale.',
      { speaker: 'Dorn Court', verb: 'rule', quote: false, about: [] },
      'his detention violated the law',
    ],
    [
      'or when what was said is not in the past',
      'Ann Cole predicted Tom Hale would lose and asked voters to back Acme Corp.',
      { speaker: 'Ann Cole', verb: 'predict', quote: false, about: ['Tom Hale'] },
      'Tom Hale would lose',
    ],
    [
      'a verb with no subject after ", but" ends what was said, the comma inside a closing quotation mark',
      'Tom Hale said he was leaving "to let the firm move on," but did not comment on the breach.',
      { speaker: 'Tom Hale', verb: 'say', quote: false, about: [] },
      'he was leaving "to let the firm move on,"',
    ],
    [
      'a verb any subject may take goes on with what was said',
      'Ann Cole said the plan was fair and helped farmers in Dorn.',
      { speaker: 'Ann Cole', verb: 'say', quote: false, about: ['Dorn'] },
      'the plan was fair and helped farmers in Dorn',
    ],
    [
      'an actor of what was said in the past goes on with it',
      'Ann Cole said Norway issued warrants and demanded that Acme Corp pay.',
      { speaker: 'Ann Cole', verb: 'say', quote: false, about: ['Acme Corp', 'Norway'] },
      'Norway issued warrants and demanded that Acme Corp pay',
    ],
    [
      'a role set off before the name of the one who said it is no part of what was said',
      'Tom Hale was detained at his home, his lawyer, Ann Cole, said.',
      { speaker: 'Ann Cole', verb: 'say', quote: false, about: ['Tom Hale'] },
      'Tom Hale was detained at his home',
    ],
    [
      "nor is a body's role, possessed by the body",
      "The plant in Dorn will close, the firm's chief executive, Ann Cole, said on Monday.",
      { speaker: 'Ann Cole', verb: 'say', quote: false, about: ['Dorn'] },
      'The plant in Dorn will close',
    ],
    [
      'a description of the source set off by commas before a clause of its own',
      'According to Acme Corp, a security firm, two databases were found on public servers.',
      { speaker: 'Acme Corp', verb: 'according to', quote: false, about: [] },
      'two databases were found on public servers',
    ],
    [
      'also one opened by "the", its subject\'s modifiers before the verb',
      'According to Tom Hale, the mayor of Dorn, two bridges linking Dorn to Oslo will reopen in May.',
      { speaker: 'Tom Hale', verb: 'according to', quote: false },
      'two bridges linking Dorn to Oslo will reopen in May',
    ],
    [
      'a phrase after which a comma comes before any verb is the subject, said by the source',
      'According to Tom Hale, the suspect, a man aged 30, fled to Dorn.',
      { speaker: 'Tom Hale', verb: 'according to', quote: false },
      'the suspect, a man aged 30, fled to Dorn',
    ],
    [
      'a coordinated "said" after an object with a possessed participle ("Ann Cole\'s proposed … deal")',
      "Tom Hale rejected Ann Cole's proposed Dorn deal and said he would vote against it.",
      { speaker: 'Tom Hale', verb: 'say', quote: false, about: [] },
      'he would vote against it',
    ],
    [
      'indirect speech with "that"',
      'On Tuesday, Marta Lindqvist said that Volvo would close its plant in Ghent.',
      { speaker: 'Marta Lindqvist', verb: 'say', quote: false, about: ['Ghent', 'Volvo'] },
      'Volvo would close its plant in Ghent',
    ],
    [
      'a quotation completing a clause opened before it: the subject and verb are what was said too',
      'Ann Cole said Tom Hale is "a model of honesty for me"; however, she left the party.',
      { speaker: 'Ann Cole', verb: 'say', quote: false, about: ['Tom Hale'] },
      'Tom Hale is "a model of honesty for me"',
    ],
    [
      'a quotation opened inside what was said is closed inside it',
      'Ann Cole said the plan was "a disaster for the town."',
      { speaker: 'Ann Cole', verb: 'say', quote: false, about: [] },
      'the plan was "a disaster for the town."',
    ],
    [
      'the one told and when, before the quotation, are no part of it',
      'Tom Hale told the press last week, "We will win the vote."',
      { speaker: 'Tom Hale', verb: 'tell', quote: true, about: [] },
      'We will win the vote',
    ],
    [
      'a verb coordinated with "asked" past the question it asks (subject-of.ts)',
      'Ann Cole asked whether Harbourton was part of Norland and then declared "that is the full analysis."',
      { speaker: 'Ann Cole', verb: 'declare', quote: true, about: [] },
      'that is the full analysis',
    ],
    [
      '"according to" with a role after the source: what is said starts after it (according-to.ts)',
      'According to Ann Cole, director of the Harbour Festival, the contest drew 300 students.',
      { speaker: 'Ann Cole', verb: 'according to', quote: false, about: [] },
      'the contest drew 300 students',
    ],
    [
      '"according to" with a relative clause after the source',
      'According to Ann Cole, who chairs the committee, the contest drew 300 students.',
      { speaker: 'Ann Cole', verb: 'according to', quote: false, about: [] },
      'the contest drew 300 students',
    ],
    [
      '"according to" with a body\'s "which" clause after the source',
      'According to Dorn Radio, which cited two officials, the contest drew 300 students.',
      { speaker: 'Dorn Radio', verb: 'according to', quote: false, about: [] },
      'the contest drew 300 students',
    ],
    [
      '"according to", then a subject with its own apposition',
      'According to Acme Corp, the head of the union, Tom Hale, resigned on Monday.',
      { speaker: 'Acme Corp', verb: 'according to', quote: false, about: ['Tom Hale'] },
      'the head of the union, Tom Hale, resigned on Monday',
    ],
    [
      '"according to", then a subject and an aside with no role',
      "According to Acme Corp, Monday's storm, at its peak, was the strongest in years.",
      { speaker: 'Acme Corp', verb: 'according to', quote: false, about: [] },
      "Monday's storm, at its peak, was the strongest in years",
    ],
    [
      'quotation before an inverted "said"',
      '“Norway will not sign the treaty,” said Harald Eide.',
      { speaker: 'Harald Eide', verb: 'say', quote: true, about: ['Norway'] },
      'Norway will not sign the treaty',
    ],
    [
      'quotation before the speaker',
      '“Kenya needs more teachers,” Amina Otieno told reporters.',
      { speaker: 'Amina Otieno', verb: 'tell', quote: true, about: ['Kenya'] },
      'Kenya needs more teachers',
    ],
    [
      'according to, after the content',
      'The factory in Lyon will close next year, according to Renault.',
      { speaker: 'Renault', verb: 'according to', quote: false, about: ['Lyon'] },
      'The factory in Lyon will close next year',
    ],
    [
      'announced plans',
      'Siemens has announced plans to open an office in Nairobi.',
      { speaker: 'Siemens', verb: 'announce', quote: false, about: ['Nairobi'] },
      'plans to open an office in Nairobi',
    ],
    [
      'a reporting verb with a clause',
      'Judge Ana Ruiz ruled the ban violated the constitution.',
      { speaker: 'Ana Ruiz', verb: 'rule', quote: false, about: [] },
      'the ban violated the constitution',
    ],
    [
      'according to a tweet by someone',
      'The airline carries weapons, according to a tweet on Monday by Mike Pompeo.',
      { speaker: 'Mike Pompeo', verb: 'according to', quote: false, about: [] },
      'The airline carries weapons',
    ],
    [
      'a role phrase gives way to the named holder',
      "Angela Merkel's spokesperson, Steffen Seibert, said the ban followed talks.",
      { speaker: 'Steffen Seibert', verb: 'say', quote: false, about: [] },
      'the ban followed talks',
    ],
    [
      'a quotation after a phrase and a colon is the content, not the phrase',
      'Lena Berg said in a written statement: “Oslo will grow.”',
      { speaker: 'Lena Berg', verb: 'say', quote: true, about: ['Oslo'] },
      'Oslo will grow',
    ],
    [
      'a quotation after an addressee and a comma',
      'Maria Dahl told the press in a separate interview, “Bergen is ready.”',
      { speaker: 'Maria Dahl', verb: 'tell', quote: true, about: ['Bergen'] },
      'Bergen is ready',
    ],
    [
      'a clause whose subject has a participle',
      'Ann Cole said a law allowing night flights marked a sad day for Leeds.',
      { speaker: 'Ann Cole', verb: 'say', quote: false, about: ['Leeds'] },
      'a law allowing night flights marked a sad day for Leeds',
    ],
    [
      '"said" the parse tags an adjective after a name is the verb',
      'Niger president Ali Musa said, "Nigeria is a big economy."',
      { speaker: 'Ali Musa', verb: 'say', quote: true, about: ['Nigeria'] },
      'Nigeria is a big economy',
    ],
    [
      'after a determiner "said" is the adjective',
      'The said property belongs to Acme Corp, Tom Hale said.',
      { speaker: 'Tom Hale', verb: 'say', quote: false, about: ['Acme Corp'] },
      'The said property belongs to Acme Corp',
    ],
    [
      'a scare quote inside the reported clause leaves the clause as the claim',
      'Marta Lindqvist said the "reckless" and "costly" plan would hurt Ghent.',
      { speaker: 'Marta Lindqvist', verb: 'say', quote: false, about: ['Ghent'] },
      'the "reckless" and "costly" plan would hurt Ghent',
    ],
    [
      'a quotation after an aside set off by commas',
      'Harald Eide said, in remarks published on Monday, "Norway will not sign the treaty."',
      { speaker: 'Harald Eide', verb: 'say', quote: true, about: ['Norway'] },
      'Norway will not sign the treaty',
    ],
    [
      'the person told, then "that", is no part of what was said',
      'Maria Dahl told the Oslo Herald that Volvo would close its plant.',
      { speaker: 'Maria Dahl', verb: 'tell', quote: false, about: ['Volvo'] },
      'Volvo would close its plant',
    ],
    [
      "nor the person told before the clause's own subject",
      'Maria Dahl told Harald Eide the plant in Ghent would close.',
      { speaker: 'Maria Dahl', verb: 'tell', quote: false, about: ['Ghent'] },
      'the plant in Ghent would close',
    ],
    [
      'a statement in a relative clause ends at its comma',
      'Maria Dahl, who said Volvo would close its plant, left Ghent on Monday.',
      { speaker: 'Maria Dahl', verb: 'say', quote: false, about: ['Volvo'] },
      'Volvo would close its plant',
    ],
    [
      'where it was said is no part of what was said',
      'Maria Dahl said in a statement the Ghent plant of Volvo would close.',
      { speaker: 'Maria Dahl', verb: 'say', quote: false, about: ['Ghent', 'Volvo'] },
      'the Ghent plant of Volvo would close',
    ],
    [
      'nor where and when, before "that"',
      'Maria Dahl said at a press conference in Oslo yesterday morning that Volvo would close its plant.',
      { speaker: 'Maria Dahl', verb: 'say', quote: false, about: ['Volvo'] },
      'Volvo would close its plant',
    ],
    [
      'nor to whom it was written',
      'Maria Dahl wrote to Harald Eide that Volvo would close its plant.',
      { speaker: 'Maria Dahl', verb: 'write', quote: false, about: ['Volvo'] },
      'Volvo would close its plant',
    ],
    [
      'nor where the person told was',
      'Maria Dahl told reporters in Oslo that Volvo would close its plant.',
      { speaker: 'Maria Dahl', verb: 'tell', quote: false, about: ['Volvo'] },
      'Volvo would close its plant',
    ],
    [
      'a coordinated subject after the phrase',
      'Maria Dahl announced on Monday the Pell Group and the Dorn Council would investigate.',
      { speaker: 'Maria Dahl', verb: 'announce', quote: false, about: ['Dorn Council', 'Pell Group'] },
      'the Pell Group and the Dorn Council would investigate',
    ],
    [
      'a relative after a preposition still reports',
      'Ann Cole attacked Bo Lind, to which Bo Lind replied he had paid millions in taxes.',
      { speaker: 'Bo Lind', verb: 'reply', quote: false, about: [] },
      'he had paid millions in taxes',
    ],
    [
      'a relative pronoun that is the subject of what was said',
      'Volvo hired Ann Cole for its first Ghent plant, which Maria Dahl said might open this summer.',
      { speaker: 'Maria Dahl', verb: 'say', quote: false, about: ['Ghent'] },
      'its first Ghent plant, which Maria Dahl said might open this summer',
    ],
    [
      'the people told, joined by the parse to the subject of what was said',
      'Maria Dahl told reporters Harald Eide would leave Volvo.',
      { speaker: 'Maria Dahl', verb: 'tell', quote: false, about: ['Harald Eide', 'Volvo'] },
      'Harald Eide would leave Volvo',
    ],
    [
      'nor after a phrase',
      'Maria Dahl announced to journalists Harald Eide remained alive.',
      { speaker: 'Maria Dahl', verb: 'announce', quote: false, about: ['Harald Eide'] },
      'Harald Eide remained alive',
    ],
    [
      'a capital word opening the sentence is no inverted verb',
      'State Congress President Maria Dahl called Eide "humble and kind".',
      { speaker: 'Maria Dahl', verb: 'call', quote: true, about: ['Eide'] },
      'Eide "humble and kind"',
    ],
    [
      'but a past form opening it is',
      'Remarked Volvo engineer Maria Dahl, "The plant in Ghent will close."',
      { speaker: 'Maria Dahl', verb: 'remark', quote: true, about: ['Ghent'] },
      'The plant in Ghent will close',
    ],
    [
      'a named addressee before a subject with a clause of its own',
      'Maria Dahl told the Daily Post the cracks they saw in the dam could be dangerous.',
      { speaker: 'Maria Dahl', verb: 'tell', quote: false, about: [] },
      'the cracks they saw in the dam could be dangerous',
    ],
    [
      'or before an adverb',
      'Maria Dahl told the Daily Post only 10% of the staff in Ghent were women.',
      { speaker: 'Maria Dahl', verb: 'tell', quote: false, about: ['Ghent'] },
      'only 10% of the staff in Ghent were women',
    ],
    [
      'or before "even", which the parse calls a conjunction',
      'Maria Dahl told the Daily Post even one percent of the staff in Ghent would be too many.',
      { speaker: 'Maria Dahl', verb: 'tell', quote: false, about: ['Ghent'] },
      'even one percent of the staff in Ghent would be too many',
    ],
    [
      'a statement in a subordinate clause that opens the sentence ends where the main clause begins',
      'After Maria Dahl suggested that the dam could fail, local debate centered on the budget.',
      { speaker: 'Maria Dahl', verb: 'suggest', quote: false, about: [] },
      'the dam could fail',
    ],
    [
      'not at a comma inside the statement',
      'When Maria Dahl said the dam, which was built in 1950, would fail, nobody believed her.',
      { speaker: 'Maria Dahl', verb: 'say', quote: false, about: [] },
      'the dam, which was built in 1950, would fail',
    ],
    [
      "an attribution set off by commas inside the clause reports that clause, the attribution's words with it",
      'The dam in Ghent, Maria Dahl said, was built in 1950.',
      { speaker: 'Maria Dahl', verb: 'say', quote: false, about: ['Ghent'] },
      'The dam in Ghent, Maria Dahl said, was built in 1950',
    ],
    [
      'from the semicolon before it',
      'Maria Dahl visited Ghent; the dam, she reported, was built in 1950.',
      { speaker: 'Maria Dahl', verb: 'report', quote: false, about: [] },
      'the dam, she reported, was built in 1950',
    ],
    [
      'a quotation completing a clause starts at its subject outside the quotation marks',
      'Maria Dahl said the dam "was built to last a thousand years".',
      { speaker: 'Maria Dahl', verb: 'say', about: [] },
      'the dam "was built to last a thousand years"',
    ],
    [
      'a named subject too, after "that"',
      'Harald Eide wrote that Ghent "has never looked better".',
      { speaker: 'Harald Eide', verb: 'write', quote: true, about: ['Ghent'] },
      'Ghent "has never looked better"',
    ],
    [
      'a relative pronoun before the speaker: what was said runs from the phrase it stands for',
      'The board hired Castor Mining, which Maria Dahl said was the best bidder.',
      { speaker: 'Maria Dahl', verb: 'say', quote: false, about: ['Castor Mining'] },
      'Castor Mining, which Maria Dahl said was the best bidder',
    ],
    [
      'with its "of"-run',
      'Harald Eide may declare a state of emergency, which he said would let him act without Norland.',
      { speaker: 'Harald Eide', verb: 'say', quote: false, about: ['Norland'] },
      'a state of emergency, which he said would let him act without Norland',
    ],
    [
      'also a phrase after another preposition',
      'Tom Hale described his view as distributism, which he said was a form of capitalism.',
      { speaker: 'Tom Hale', verb: 'say', quote: false, about: [] },
      'distributism, which he said was a form of capitalism',
    ],
    [
      "a dateline opening the sentence is the writer's",
      'OSLO — Pell Group has recalled 900 cars made in Ghent, the regulator Ann Cole said on Monday.',
      { speaker: 'Ann Cole', verb: 'say', quote: false, about: ['Ghent', 'Pell Group'] },
      'Pell Group has recalled 900 cars made in Ghent',
    ],
    [
      'an indirect statement ends at a semicolon',
      'Harald Eide said the dam in Ghent was safe; the court will rule in May.',
      { speaker: 'Harald Eide', verb: 'say', quote: false, about: ['Ghent'] },
      'the dam in Ghent was safe',
    ],
    [
      "a contrasting clause about another actor is the writer's",
      'Harald Eide said the dam in Ghent was safe, but Norfield Holdings disputed it.',
      { speaker: 'Harald Eide', verb: 'say', quote: false, about: ['Ghent'] },
      'the dam in Ghent was safe',
    ],
    [
      'and one about the speaker as "he"',
      'Harald Eide said the dam in Ghent was safe, but he gave no evidence.',
      { speaker: 'Harald Eide', verb: 'say', quote: false, about: ['Ghent'] },
      'the dam in Ghent was safe',
    ],
    [
      'a contrast with no actor may go on with what was said',
      'Harald Eide said the dam in Ghent was safe, but old pipes make repairs hard.',
      { speaker: 'Harald Eide', verb: 'say', quote: false, about: ['Ghent'] },
      'the dam in Ghent was safe, but old pipes make repairs hard',
    ],
  ])('%s', (_name, text, expected, content) => {
    const [c, ...rest] = claims(text);
    expect(rest).toEqual([]);
    expect(c).toMatchObject(expected);
    expect(c.content).toBe(content);
  });

  // "while" and another actor's verb of saying open a second statement, a comma or not.
  test.each([
    [
      'after a closing quotation mark',
      'Harald Eide said the fire was an "appalling tragedy" while Interior Minister Ann Cole wrote she had ordered checks.',
      'the fire was an "appalling tragedy"',
    ],
    [
      'with no quotation',
      'Harald Eide said the dam in Ghent was safe while Ann Cole wrote that it was not.',
      'the dam in Ghent was safe',
    ],
  ])('a second speaker after "while" ends the first statement: %s', (_name, text, content) => {
    expect(claims(text).map((c) => [c.speaker, c.content])).toEqual([
      ['Harald Eide', content],
      ['Ann Cole', expect.any(String)],
    ]);
  });

  test('a declared clause is a statement', () => {
    expect(claims('Bo Lind declared the state would sue Acme Corp.').map((c) => c.content)).toEqual([
      'the state would sue Acme Corp',
    ]);
  });

  test('"while" with no statement of its own stays in what was said', () => {
    expect(claims('Harald Eide said the dam in Ghent was safe while Ann Cole was away.')[0].content).toBe(
      'the dam in Ghent was safe while Ann Cole was away',
    );
  });

  test.each([
    ['no speaker entity', 'Officials said the bridge would reopen in May.'],
    ['a concept is no speaker', 'The report said that Canada had met its targets.'],
    ['an apposition before "spoke" is no speech', "China's leader, Xi Jinping, spoke."],
    ['a reporting verb without a clause is no speech', 'Robert Mugabe ruled Zimbabwe, serving as its prime minister.'],
    ['speaking to someone is no statement', 'Bo Lind spoke to the Daily Post in July.'],
    ['nor "back in" a month ("back" is no verb there)', 'Bo Lind spoke to Wikinews back in July.'],
    [
      'a subordinate clause after the object is no content',
      'The Norland Chess Federation announced its decision although Bo Lind had already quit.',
    ],
    ['a thing claimed is no statement', 'Ann Cole claimed victory in the vote, which was marred by fraud.'],
    [
      'nor a thing added, with a passive participle and its "by" after a comma',
      'Acme Corp added two million customers in the spring, helped by a price cut.',
    ],
    [
      'a relative pronoun that stands for a time, or for the whole clause, leaves what was said no subject',
      'Harald Eide had not appeared since 2014, which Maria Dahl said was due to memory problems.',
    ],
    [
      'nor one after a name after a preposition, which may stand for the clause',
      'Volvo will open a plant in Ghent, which Maria Dahl said might happen this summer.',
    ],
    [
      'nor does a relative "that" after a comma',
      'Tom Hale posted footage from an interview with Ann Cole, that Harald Eide claimed was unfair.',
    ],
    [
      'nor a relative clause without its pronoun after a noun, the speaker set off by commas',
      'Pell Group moved its headquarters to Oslo, a decision its chief executive, Harald Eide, said was unrelated to the case.',
    ],
    [
      'nor a relative clause without its pronoun after a noun',
      'Pell Group closed the plant, a move Harald Eide said was overdue.',
    ],
    [
      'nor a thing claimed in a relative clause, before the main clause',
      'In Norland, which claims sovereignty over Dorn, fishing is not illegal.',
    ],
    ['a thing announced is no statement', 'Maria Dahl announced her retirement in Oslo, which surprised his party.'],
    ['nor a thing with a relative "that" after it', 'Maria Dahl looked to add judges that would back Pell Group.'],
    [
      'nor a thing denied, then a participle of the next act',
      'Maria Dahl denied the effect of the ban on Pell Group, blaming the weather.',
    ],
    [
      'a thing written with a relative clause after it is no statement',
      'Tom Hale kept writing poems he would send to Ann Cole in Leeds.',
    ],
    ['what a speaker did not say', 'Bo Lind did not say he had ordered the attack on Pell Group.'],
    ['nor what one never said', 'Bo Lind never said Pell Group had bought Castor Mining.'],
    ['nor what one refused to say', 'Bo Lind refused to say whether Pell Group would close.'],
    ['an order to the one told is no statement', 'Bo Lind told Ann Cole to leave Pell Group.'],
    ['nor an order not to do something', 'Bo Lind told me not to speak to Pell Group.'],
    [
      'a person given a post is no statement',
      'The Norland Senate confirmed Bo Lind as defense minister after Ann Cole and two others joined the vote.',
    ],
    ['nor a choice announced', 'Pell Group announced Bo Lind as its new chief executive after Ann Cole left.'],
    ['what one explains the reason of is no statement', 'Bo Lind explained why Pell Group would close.'],
    [
      'nor is what something announced, nor an announcement whose object is "what"',
      'Bo Lind explained what Pell Group announced and what it means for Oslo.',
    ],
    ['a question asked is no statement', 'Bo Lind asked whether Pell Group would close.'],
    [
      'speaking with someone is no statement, whatever verb follows',
      'The statement after Bo Lind spoke with Ann Cole demonstrates a lack of understanding.',
    ],
    [
      'the name closing a relative clause before the verb is no speaker, even when the phrase before it is unread',
      'The app, which is based in San Francisco, says it has 4,000 drivers.',
    ],
    ['an act done by declaring is no statement', 'Mayor Bo Lind has declared tomorrow a day of mourning.'],
    ['so is an intent declared', 'The Harbour Party declared intent to impose stricter punishment for fraud.'],

    [
      'also a state of emergency with a clause after it',
      'Bo Lind declared a state of emergency so he could build a wall.',
    ],
    ['a relative clause after the phrase is no statement', 'Bo Lind tweeted about the riots that followed the vote.'],
    ['a time clause after the phrase is no statement', 'Bo Lind commented on the size of her house when she was 14.'],
    [
      'a verb whose object is a relative pronoun says nothing new',
      'Bo Lind commented on the matter, which the Daily Post noted as unusual, "We will close."',
    ],
    [
      'a verb of reporting joined by "and" to a verb of doing shares its object',
      'Pell Water had failed to operate and maintain its treatment works properly.',
    ],
    ['so with "or"', 'Crews could not build or maintain roads there.'],
  ])('no claim: %s', (_name, text) => {
    expect(claims(text)).toEqual([]);
  });

  test('a relation inside a claim is an ordinary triple attributed to the speaker', () => {
    const r = extract('“Acme broke its contract with Beta Corp,” Gamma Holdings said.');
    const name = new Map(r.entities.map((e) => [e.id, e.name]));
    expect(r.claims.map((c) => name.get(c.speaker))).toEqual(['Gamma Holdings']);
    expect(r.triples.every((t) => t.predicate.type !== 'SAYS')).toBe(true);
    expect(r.triples.every((t) => name.get(t.attributedTo ?? '') === 'Gamma Holdings')).toBe(true);
  });

  test.each([
    [
      'a speaker speaking of itself: the fact is only its word',
      'Ann Cole said she would challenge Tom Hale in court.',
      ['Ann Cole CRITICIZES Tom Hale @Ann Cole'],
    ],
    [
      'a phrase set off by commas after the verb',
      'Bo Lind alleged, by way of example, Pell Group had bought Castor Mining.',
      ['Pell Group ACQUIRES Castor Mining @Bo Lind'],
    ],
    [
      'a place in what was told is no place of the teller',
      'Maria Dahl told Harald Eide the plant in Ghent would close.',
      ['Maria Dahl SAYS Harald Eide'],
    ],
    [
      "what a speaker did not say is no fact and nobody's word",
      'Bo Lind did not say Pell Group had bought Castor Mining.',
      [],
    ],
    [
      'what an indirect question asks is not asserted',
      'The reporter asked whether Pell Group had bought Castor Mining.',
      [],
    ],
  ])('attribution: %s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });

  test.each([
    [
      'a quotation before "while" is the earlier speaker\'s, its subject with it',
      'Maria Dahl told the Daily Post Eide "was a great man," while Bo Lind noted his "strength and wisdom".',
      [
        ['Maria Dahl', 'Eide "was a great man,"'],
        ['Bo Lind', 'strength and wisdom'],
      ],
    ],
    [
      'inside a quotation, the one told ending a sentence opens no statement of its own',
      'Maria Dahl spoke to the BBC. "I must tell you. Many people ask me about it," Dahl said.',
      [
        ['Maria Dahl', 'I must tell you'],
        ['Maria Dahl', 'Many people ask me about it'],
      ],
    ],
    [
      "nor is a quoted word before a semicolon the next speaker's",
      'Bo Lind called the loss an "interesting" case; Ann Cole said "It is hard to say what is going on".',
      [['Ann Cole', 'It is hard to say what is going on']],
    ],
    [
      'a quotation opening inside a tensed verb group completes the clause of the subject before it',
      'Ann Cole criticized the plan, arguing Lind was "sowing chaos and division".',
      [['Ann Cole', 'Lind was "sowing chaos and division"']],
    ],
    [
      'also when the quotation opens on an adverb inside the verb group',
      'Ann Cole insisted she was "never pressured by any official."',
      [['Ann Cole', 'she was "never pressured by any official."']],
    ],
    [
      'a quotation the clause before it runs into is what was said with that clause',
      'Tom Hale arrived. The charter prohibits "any political activity," he said.',
      [['Tom Hale', 'The charter prohibits "any political activity,"']],
    ],
    [
      'a phrase set off before the quotation is not part of it',
      'Asked about the plan, "It was a disaster," Tom Hale said.',
      [['Tom Hale', 'It was a disaster']],
    ],
    [
      'nor is a participle phrase the quotation follows',
      'In the post announcing "Acme Corp is back," Tom Hale said.',
      [['Tom Hale', 'Acme Corp is back']],
    ],
    [
      'a bracket opened inside what was said is closed inside it',
      '"Ann Cole and I saw [the attack]," said Tom Hale.',
      [['Tom Hale', 'Ann Cole and I saw [the attack]']],
    ],
    [
      'so is a round bracket',
      'Tom Hale said he would leave Dorn at 5 p.m. local time (2100 UTC).',
      [['Tom Hale', 'he would leave Dorn at 5 p.m. local time (2100 UTC)']],
    ],
    [
      'a first part with no clause only opens the sentence the second part says',
      '"Three months ago," Tom Hale said, "I entered the race for mayor."',
      [['Tom Hale', 'I entered the race for mayor']],
    ],
    [
      'also a first part opened by a preposition the parse reads as an adjective',
      '"Under widely accepted rules in 1950," writes Tom Hale, "a mayor served four years."',
      [['Tom Hale', 'a mayor served four years']],
    ],
    [
      'nor a subject alone that the second part, with no comma before it, goes on from',
      '"Our team" co-author Tom Hale said in a press release "has built a new dam."',
      [],
    ],
    [
      'a first part whose subject has phrases of its own is a clause',
      '"The number of seats should be set at 13," Tom Hale said, "to stop the packing of the court."',
      [
        ['Tom Hale', 'The number of seats should be set at 13'],
        ['Tom Hale', 'to stop the packing of the court'],
      ],
    ],
  ])('quotations and their speakers: %s', (_name, text, expected) => {
    expect(claims(text).map((c) => [c.speaker, c.content])).toEqual(expected);
  });

  test.each([
    [
      "a gerund after the verb's phrase says what the verb's subject said",
      'Maria Dahl decided not to play for the Dorn Chess Federation saying "it was not a good fit".',
      ['Maria Dahl'],
    ],
    [
      'also after a time phrase',
      'Maria Dahl posted a message on Facebook on Friday announcing she had tested positive for COVID-19.',
      ['Maria Dahl'],
    ],
    [
      "but a document that names its author is the author's, not the verb's subject's",
      'Ann Cole slammed Bo Lind for a Daily Post story alleging Bo Lind paid more taxes to Norway.',
      [],
    ],
  ])('speaker of a reporting gerund: %s', (_name, text, expected) => {
    expect(claims(text).map((c) => c.speaker)).toEqual(expected);
  });

  test('an aside an adverb opens after a person does not speak for the person', () => {
    expect(claims('Maria Dahl, also Volvo, said "The plant in Ghent will close."').map((c) => c.speaker)).toEqual([
      'Maria Dahl',
    ]);
  });

  test('coordinated speakers each make the claim', () => {
    const c = claims('Volvo, Geely, and Ford have announced plans to leave Iran.');
    expect(c.map((x) => x.speaker).sort()).toEqual(['Ford', 'Geely', 'Volvo']);
    expect(new Set(c.map((x) => x.content))).toEqual(new Set(['plans to leave Iran']));
  });

  test('a quotation opening the sentence after an attributed one goes on with its speaker', () => {
    const text = '"We played well today," Ann Cole said. "They pushed us hard. We knew it would be close."';
    expect(claims(text).map((c) => [c.speaker, c.content, c.quote])).toEqual([
      ['Ann Cole', 'We played well today', true],
      ['Ann Cole', 'They pushed us hard', true],
      ['Ann Cole', 'We knew it would be close', true],
    ]);
  });

  test.each([
    [
      'a gerund of time between a subject and its verb says only its object',
      'Tom Hale was arrested in March, but Acme Corp when announcing the arrest in May named him as a suspect.',
      [],
    ],
    [
      'set off by commas, it leaves the subject to the verb after it',
      'Acme Corp, when announcing the deal, said Beta Ltd would shut its mine.',
      [['Acme Corp', 'Beta Ltd would shut its mine']],
    ],
    [
      "set off by commas after the subject, it is the subject's, up to its comma",
      'Tom Hale, after saying Acme Corp bought Beta Ltd, left the room.',
      [['Tom Hale', 'Acme Corp bought Beta Ltd']],
    ],
    [
      "after the clause's own verb, the gerund takes a clause",
      'Dr. Tom Hale was met with applause upon announcing to journalists Ann Cole remained alive.',
      [['Tom Hale', 'Ann Cole remained alive']],
    ],
  ])('gerunds of time: %s', (_name, text, expected) => {
    expect(claims(text).map((c) => [c.speaker, c.content])).toEqual(expected);
  });

  test.each([
    [
      'a denial after "but" is the speaker\'s next act',
      'Tom Hale said the aid was late but denied that he made a deal.',
      [
        ['Tom Hale', 'the aid was late'],
        ['Tom Hale', 'he made a deal'],
      ],
    ],
    [
      'so is a verb of reporting before "that" after "but", even when what was said names a body',
      "Ann Berg, the Kestrel Union's aid chief, said the union was sending help but warned that the war would slow it.",
      [
        ['Ann Berg', 'the union was sending help'],
        ['Ann Berg', 'the war would slow it'],
      ],
    ],
    [
      'and after "and"',
      'Tom Hale said the aid was late and stressed that the roads were closed.',
      [
        ['Tom Hale', 'the aid was late'],
        ['Tom Hale', 'the roads were closed'],
      ],
    ],
    [
      'so is a second verb of saying after ", and"',
      'Acme Corp announced the plant would close, and said it will keep its staff.',
      [
        ['Acme Corp', 'the plant would close'],
        ['Acme Corp', 'it will keep its staff'],
      ],
    ],
    [
      'another speaker after "and", an apposition on them allowed, opens the next clause',
      'Ann Cole said the plant would close and her lawyer, Bo Berg, said she would appeal.',
      [
        ['Ann Cole', 'the plant would close'],
        ['Bo Berg', 'she would appeal'],
      ],
    ],
    [
      'a verb of another kind may go on with what was said',
      'Tom Hale said that the aid was late and arrived in pieces.',
      [['Tom Hale', 'the aid was late and arrived in pieces']],
    ],
    [
      'a modal after "and" goes on with it too',
      'Ann Cole said she can and may declare an emergency.',
      [['Ann Cole', 'she can and may declare an emergency']],
    ],
  ])("the reporter's next act: %s", (_name, text, expected) => {
    expect(claims(text).map((c) => [c.speaker, c.content])).toEqual(expected);
  });

  test("a denial in a clause of time set off by commas is the subject's, and negates what it denies", () => {
    expect(triplesOf('Tom Hale, while denying that Acme Corp bought Beta Ltd, resigned.')).toEqual([
      'Acme Corp ACQUIRES Beta Ltd @Tom Hale (negated)',
    ]);
  });

  test("an aside of the quoted speaker's own, inside the quotation, reports nothing outside it", () => {
    const text = 'Ann Cole said, "Nothing was ever said about the plant, I must tell you."';
    expect(claims(text).map((c) => [c.speaker, c.content])).toEqual([
      ['Ann Cole', 'Nothing was ever said about the plant, I must tell you'],
    ]);
  });

  test('a quotation in a new paragraph after a narrative sentence has no speaker', () => {
    const text = 'Ann Cole won the race on Sunday.\n\n"It was a great day for the sport."';
    expect(claims(text)).toEqual([]);
  });

  test('what a speaker denies is negated and attributed to them', () => {
    const r = extract('Acme Corp denied that Beta Corp had bought Gamma Holdings.');
    const name = new Map(r.entities.map((e) => [e.id, e.name]));
    expect(r.claims.map((c) => [name.get(c.speaker), c.verb])).toEqual([['Acme Corp', 'deny']]);
    expect(
      r.triples.map((t) => [
        name.get(t.subject),
        t.predicate.type,
        name.get(t.object),
        t.negated,
        name.get(t.attributedTo!),
      ]),
    ).toEqual([['Beta Corp', 'ACQUIRES', 'Gamma Holdings', true, 'Acme Corp']]);
  });

  test('claim ids are unique and spans lie in their sentence', () => {
    const text = 'Lena Berg said Oslo will grow. “Bergen will not,” said Per Dahl. Per Dahl said Bergen would grow.';
    const r = extract(text);
    expect(new Set(r.claims.map((c) => c.id)).size).toBe(r.claims.length);
    for (const c of r.claims) {
      const s = r.sentences[c.sentence];
      expect(c.start >= s.start && c.end <= s.end && c.text === text.slice(c.start, c.end)).toBe(true);
    }
  });
});

// One word cut off from a quotation by its attribution states nothing; a label is one word by nature.
test.each([
  ['"Overall," Ann Cole continued, "the water in its air improves the odds of life."', 'Overall'],
  ['"However," Tom Hale told the Dorn Post, "this study lays groundwork for more work."', 'However'],
])('%s → no claim "%s"', (text, word) => {
  expect(claims(text).map((c) => c.content)).not.toContain(word);
});

test('a one-word label is a claim, with what was so called', () => {
  expect(claims('Tom Hale called the ruling "unjust."').map((c) => c.content)).toContain('the ruling "unjust."');
});

test('an aside opened by a participle before the clause verb still leaves a statement', () => {
  expect(claims('The Dorn Post reported officials, following an inquiry, stated it was a coconut.')).toContainEqual(
    expect.objectContaining({
      speaker: 'Dorn Post',
      content: 'officials, following an inquiry, stated it was a coconut',
    }),
  );
});

// A gerund of saying after a reported clause goes on with the act of its reporter, not with that clause's subject.
test.each([
  ['Acme Corp denied that Castor Mining had won, saying the vote was close.', 'the vote was close', 'Acme Corp'],
  [
    'Ann Cole said that Dorn Energy had cut prices, adding that more cuts would follow.',
    'more cuts would follow',
    'Ann Cole',
  ],
])('%s → "%s" is claimed by %s', (text, content, speaker) => {
  expect(claims(text).find((c) => c.content === content)?.speaker).toBe(speaker);
});
