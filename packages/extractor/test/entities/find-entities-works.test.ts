// Rules for made things (titles, products, laws, awards), name fragments, qualifiers and merges added for
// precision on news text: one sentence per rule, with the entity it must produce or the names it must not.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from './entity-case.js';

const cases: EntityCase[] = [
  // titled-works.ts / type-rules.ts: works and products
  {
    rule: 'quoted title',
    text: 'The ministry opened a website, "The Clean Rivers Countdown", on Monday.',
    name: 'The Clean Rivers Countdown',
    type: 'Product',
  },
  {
    rule: 'a quoted name its kind word opens before "of" is no work',
    text: 'Ann Cole will lead a new "Department of Coastal Renewal," an advisory group, in Dorn.',
    name: 'Department of Coastal Renewal',
    type: 'Organization',
  },
  {
    rule: 'a quoted term the article names otherwise',
    text: 'Voters met on a day known as "Super Sunday" in Dorn. After Super Sunday, two candidates quit.',
    name: 'Super Sunday',
    type: 'Event',
    mentions: ['Super Sunday', 'Super Sunday'],
  },
  {
    rule: 'title after a work noun',
    text: 'She read the novel Silent Harbour on the train.',
    name: 'Silent Harbour',
    type: 'Product',
  },
  {
    rule: "a plural work noun's list: each item a title",
    text: 'Ann Cole produced the albums Silent Harbour, Paper Moon and Red Door in Oslo.',
    name: 'Paper Moon',
    type: 'Product',
  },
  {
    rule: 'also the item "and" opens',
    text: 'Ann Cole produced the albums Silent Harbour, Paper Moon and Red Door in Oslo.',
    name: 'Red Door',
    type: 'Product',
  },
  {
    rule: 'a title after a plural work noun and "including"',
    text: 'Tom Hale scored films including The Long Winter for the studio.',
    name: 'The Long Winter',
    type: 'Product',
  },
  {
    rule: 'a chatbot',
    text: 'Kestrel Labs released its chatbot Wrenly in March.',
    name: 'Wrenly',
    type: 'Product',
  },
  {
    rule: 'a voice assistant is a program, not a person',
    text: 'The lawsuit said its voice assistant Tavi recorded private talks.',
    name: 'Tavi',
    type: 'Product',
  },
  {
    rule: 'title with a small word',
    text: 'He wrote the book Lost for Words about his exile.',
    name: 'Lost for Words',
    type: 'Product',
  },
  {
    rule: 'a quoted title with a preposition inside',
    text: 'Her name was shortened to imitate a song called "Day after Day," the station said.',
    name: 'Day after Day',
    type: 'Product',
  },
  {
    rule: 'a time word written after a given name is a surname, also opening a clause',
    text: 'Singer Doris Day died on Monday. Day made 29 albums.',
    name: 'Doris Day',
    type: 'Person',
    mentions: ['Doris Day', 'Day'],
  },
  {
    rule: 'a title before a broadcast noun, after a possessive',
    text: "Ann Cole said on Radio Dorn's Bergen in Focus programme that the plan had failed.",
    name: 'Bergen in Focus',
    type: 'Product',
  },
  {
    rule: 'also after "the"',
    text: 'Tom Hale hosts the Life in Norway series on Sundays.',
    name: 'Life in Norway',
    type: 'Product',
  },
  {
    rule: 'title after a naming verb',
    text: 'Engineers built a robot called the Tin Scout for the contest.',
    name: 'Tin Scout',
    type: 'Product',
  },
  {
    rule: 'title in apposition to a work noun',
    text: 'Passengers boarded the cargo ship, Sea Lark.',
    name: 'Sea Lark',
    type: 'Product',
  },
  {
    rule: 'title and subtitle',
    text: 'Players queued to try Space Raiders: Final Orbit, the new release.',
    name: 'Space Raiders: Final Orbit',
    type: 'Product',
  },
  {
    rule: 'title and subtitle before a relative pronoun',
    text: 'Her first film was Captain Harbour: Cold Tide which preceded the sequel.',
    name: 'Captain Harbour: Cold Tide',
    type: 'Product',
  },
  {
    rule: 'title and subtitle before a preposition',
    text: 'Tom Hale starred in Space Raiders: Final Orbit in 2019.',
    name: 'Space Raiders: Final Orbit',
    type: 'Product',
  },
  {
    rule: 'two titles with subtitles joined by "and"',
    text: 'Tom Hale starred in both Space Raiders: Final Orbit and Space Raiders: Last Light.',
    name: 'Space Raiders: Final Orbit',
    type: 'Product',
  },
  {
    rule: 'product suffix',
    text: 'Gamers bought the Nova Station Pro on launch day.',
    name: 'Nova Station Pro',
    type: 'Product',
  },
  {
    rule: 'object noun after a name',
    text: 'Tourists photographed the Veltora installation in the park.',
    name: 'Veltora',
    type: 'Product',
  },
  {
    rule: 'law head word',
    text: 'Congress passed the Safe Water Act in 1996.',
    name: 'Safe Water Act',
    type: 'Product',
  },
  { rule: 'award head word', text: 'She won the Pulitzer Prize in 2010.', name: 'Pulitzer Prize', type: 'Concept' },
  { rule: 'named day', text: 'Parades marked Anzac Day across the country.', name: 'Anzac Day', type: 'Event' },
  {
    rule: 'a title mentions the person in it',
    text: 'Frida Kahlo painted in Mexico. Critics praised "Frida Kahlo: Colour and Pain" at the gallery.',
    name: 'Frida Kahlo',
    type: 'Person',
    mentions: ['Frida Kahlo', 'Frida Kahlo'],
  },
  // org-name-joins.ts, name-spans.ts: longer names
  {
    rule: 'bracketed expansion of an acronym',
    text: 'The NSTF (National Society for Teaching and Fieldwork) met in York.',
    name: 'National Society for Teaching and Fieldwork',
    type: 'Organization',
    alias: ['NSTF', 'acronym'],
  },
  {
    rule: 'acronym of the name after the country that opens it',
    text: 'Former Kenya Grain Safety Board agent Tom Hale died. He joined the GSB in 1965.',
    name: 'Kenya Grain Safety Board',
    type: 'Organization',
    alias: ['GSB', 'acronym'],
  },
  {
    rule: '"and" in an organisation\'s complement',
    text: 'The Institute of Mining and Metallurgy (IMM) met in Leeds.',
    name: 'Institute of Mining and Metallurgy',
    type: 'Organization',
    alias: ['IMM', 'acronym-in-brackets'],
  },
  {
    rule: 'two organisation words joined by "and"',
    text: 'The Harbour Museum and Art Gallery reopened in June.',
    name: 'Harbour Museum and Art Gallery',
    type: 'Organization',
  },
  {
    rule: 'a second "of" in the complement',
    text: 'The Council for the Protection of Rural England objected.',
    name: 'Council for the Protection of Rural England',
    type: 'Organization',
  },
  {
    rule: '"for" after the "of" complement of an organisation word',
    text: 'Tom Hale may appeal to the Court of Arbitration for Sport.',
    name: 'Court of Arbitration for Sport',
    type: 'Organization',
  },
  {
    rule: 'capital "The" inside a sentence',
    text: 'She wrote for The Sentinel and Courier until 1990.',
    name: 'Sentinel and Courier',
    type: 'Organization',
  },
  {
    rule: 'capitalised small word inside a name',
    text: 'Tickets for Rock Of Ages sold out quickly.',
    name: 'Rock Of Ages',
    type: 'Organization',
  },
  {
    rule: 'title before a country',
    text: 'Children dressed as Captain Canada at the parade.',
    name: 'Captain Canada',
    type: 'Person',
  },
  {
    rule: 'hyphenated given name',
    text: 'Voters elected Chan Ka-wing to the council.',
    name: 'Chan Ka-wing',
    type: 'Person',
  },
  {
    rule: 'clause-initial pair seen mid-sentence',
    text: "Drew Calloway's shot hit the post. Fans cheered Drew Calloway.",
    name: 'Drew Calloway',
    type: 'Person',
    mentions: ['Drew Calloway', 'Drew Calloway'],
  },
  {
    rule: 'possessive inside a name used without it',
    text: "Tourists queued at Brightwater's Bakery. Brightwater Bakery opens at six.",
    name: "Brightwater's Bakery",
    type: 'Organization',
    mentions: ["Brightwater's Bakery", 'Brightwater Bakery'],
  },
  // place-qualifiers.ts, name-spans.ts (credits)
  {
    rule: 'place qualifier',
    text: 'The plant is in Dayton, Ohio, and employs 400.',
    name: 'Dayton',
    type: 'Place',
    alias: ['Dayton, Ohio', 'place-qualifier'],
  },
  {
    rule: 'qualifier keeps its own mention',
    text: 'The plant is in Dayton, Ohio, and employs 400.',
    name: 'Ohio',
    type: 'Place',
    mentions: ['Ohio'],
  },
  {
    rule: 'photo credit naming an actor of the story',
    text: 'The European Space Agency launched a probe.\n\nImage: European Space Agency.',
    name: 'European Space Agency',
    type: 'Organization',
    mentions: ['European Space Agency', 'European Space Agency'],
  },
  // coreference.ts: a bare title beside a name
  {
    rule: 'title in apposition',
    text: "Kenya's Foreign Minister, Amina Otieno, said talks would resume.",
    name: 'Amina Otieno',
    type: 'Person',
    alias: ['Foreign Minister', 'title'],
  },
  // merge-rules.ts, sports-teams.ts
  {
    rule: 'company word dropped',
    text: 'Shares of Halvorsen Group fell. Halvorsen reported lower profits.',
    name: 'Halvorsen Group',
    type: 'Organization',
    alias: ['Halvorsen', 'company-word'],
  },
  {
    rule: 'a holding company word dropped',
    text: 'Hunter Biden sat on the board of Varosa Holdings. Prosecutors looked into Varosa in 2016.',
    name: 'Varosa Holdings',
    type: 'Organization',
    alias: ['Varosa', 'company-word'],
  },
  {
    rule: 'a technology company word dropped',
    text: 'Tech giant Orbis agreed to buy Velda Labs. Orbis Technologies said it would pay in cash.',
    name: 'Orbis Technologies',
    type: 'Organization',
    alias: ['Orbis', 'company-word'],
  },
  {
    rule: 'a company word and the legal form dropped together, the short form written first',
    text: 'Varnix shares jump\n\nVarnix Technologies Inc beat forecasts on Tuesday. Varnix said demand was strong.',
    name: 'Varnix Technologies Inc',
    type: 'Organization',
    alias: ['Varnix', 'company-word'],
  },
  {
    rule: 'a logistics firm called without "Logistics Inc"',
    text: 'Regulators charged a former officer of Orvan Ridge Logistics Inc. Orvan Ridge said it had cooperated.',
    name: 'Orvan Ridge Logistics Inc',
    type: 'Organization',
    alias: ['Orvan Ridge', 'company-word'],
  },
  {
    rule: 'a developer\'s "Developments" dropped',
    text: 'The city will lend Varn Crest Developments $40 million. Ann Cole, president of Varn Crest, said it would build.',
    name: 'Varn Crest Developments',
    type: 'Organization',
    alias: ['Varn Crest', 'company-word'],
  },
  {
    rule: 'a carmaker\'s "Motors" dropped',
    text: 'The carmaker Vantor Motors is recalling 400,000 cars. Vantor said no one was hurt.',
    name: 'Vantor Motors',
    type: 'Organization',
    alias: ['Vantor', 'company-word'],
  },
  {
    rule: 'a bank called without "Bank"',
    text: 'The regulator fined Castlegate Bank 40 million pounds. Castlegate, which has 2 million customers, accepted the findings.',
    name: 'Castlegate Bank',
    type: 'Organization',
    alias: ['Castlegate', 'company-word'],
  },
  {
    rule: 'a department called by its name without "Department", before a title',
    text: 'Officers of the Dorn City Police Department made the arrest. Dorn City Police Commissioner Ann Cole spoke.',
    name: 'Dorn City Police Department',
    type: 'Organization',
    alias: ['Dorn City Police', 'company-word'],
  },
  {
    rule: 'a carmaker\'s "Motor" dropped',
    text: 'Shares of Kaido Motor rose 4 percent. Kaido said sales in China had recovered.',
    name: 'Kaido Motor',
    type: 'Organization',
    alias: ['Kaido', 'company-word'],
  },
  {
    rule: 'a trade word and a company word dropped',
    text: 'Varnell Motor Company recalled 9,000 trucks. Varnell said the brakes were faulty.',
    name: 'Varnell Motor Company',
    type: 'Organization',
    alias: ['Varnell', 'company-word'],
  },
  {
    rule: 'a drug maker\'s "Therapeutics" dropped',
    text: 'Dorn-based Velmora Therapeutics said the trial worked. Shares in Velmora rose 18 percent.',
    name: 'Velmora Therapeutics',
    type: 'Organization',
    alias: ['Velmora', 'company-word'],
  },
  {
    rule: 'a brand a thing is sold as',
    text: 'The pill, sold as Calmira, cut reactions by half, Ann Cole said.',
    name: 'Calmira',
    type: 'Product',
  },
  {
    rule: 'a brand name',
    text: 'Pharmacies in Dorn stock it under the brand name Dolvex.',
    name: 'Dolvex',
    type: 'Product',
  },
  {
    rule: 'a plural organisation word alone is the body it heads',
    text: "Iran's Revolutionary Guards seized a ship. A strike killed seven officers of the Guards.",
    name: 'Revolutionary Guards',
    type: 'Organization',
    alias: ['Guards', 'head-word'],
  },
  {
    rule: "a saint's abbreviated title is the word",
    text: 'The Dorn Cup was held in St. Aldric last week. The Saint Aldric Chess Club hosted it.',
    name: 'St. Aldric',
    type: 'Place',
    alias: ['Saint Aldric', 'nested'],
  },
  {
    rule: 'a museum called without "Museum"',
    text: 'The Dornfield Museum in Leeds returned a mask on Monday. The Dornfield holds 72 objects.',
    name: 'Dornfield Museum',
    type: 'Organization',
    alias: ['Dornfield', 'company-word'],
  },
  {
    rule: 'a hospital called by its possessive name without "Hospital"',
    text: "Patients were moved to Tavita Leone Hospital in Apia. Tavita Leone's clinic became a measles ward.",
    name: 'Tavita Leone Hospital',
    type: 'Organization',
    alias: ['Tavita Leone', 'company-word'],
  },
  {
    rule: 'a college called without "College" before a noun',
    text: 'Ann Cole, a Velmont College student, led the study. Tom Hale, also a Velmont undergraduate, helped.',
    name: 'Velmont College',
    type: 'Organization',
    alias: ['Velmont', 'company-word'],
  },
  {
    rule: 'an energy company called without "Energy"',
    text: 'Shares of Velmora Energy fell on Monday. Analysts said Velmora would close its coal plant.',
    name: 'Velmora Energy',
    type: 'Organization',
    alias: ['Velmora', 'company-word'],
  },
  {
    rule: 'a media company called without "Media"',
    text: 'The regulator fined Harbourside Media on Thursday. Harbourside said it would appeal.',
    name: 'Harbourside Media',
    type: 'Organization',
    alias: ['Harbourside', 'company-word'],
  },
  {
    rule: 'a trade, a company word and the place the firm is of dropped',
    text: 'Heineken bought Varosi Brewing Company of California in May. Varosi employs 900 people in Petaluma.',
    name: 'Varosi Brewing Company of California',
    type: 'Organization',
    alias: ['Varosi', 'company-word'],
  },
  {
    rule: 'so with a place the article names',
    text: 'Voters in Dorn backed the Harbour Party of Dorn. The Harbour Party won. Harbour leaders cheered.',
    name: 'Harbour Party of Dorn',
    type: 'Organization',
  },
  {
    rule: 'a foreign word for a company opens the name, though a verb of saying follows',
    text: "The mine's owner, Minera Valdoro, said it had suspended operations.",
    name: 'Minera Valdoro',
    type: 'Organization',
  },
  {
    rule: 'so does a foreign word for a group of companies',
    text: 'Grupo Selvana said on Monday it would sell the plant.',
    name: 'Grupo Selvana',
    type: 'Organization',
  },
  {
    rule: 'a foreign legal form dropped',
    text: 'Shares of Lindqvist AG fell on Monday. Analysts said Lindqvist would cut 300 jobs.',
    name: 'Lindqvist AG',
    type: 'Organization',
    alias: ['Lindqvist', 'company-word'],
  },
  {
    rule: 'acronym and campus',
    text: 'She studied at the University of Texas at Dallas. Later UT Dallas hired her.',
    name: 'University of Texas at Dallas',
    type: 'Organization',
    alias: ['UT Dallas', 'acronym-campus'],
  },
  {
    rule: 'team demonym',
    text: 'In the World Cup match, Croatia defeated Ghana. The Croatians scored a late goal. The league and the tournament praised the penalty.',
    name: 'Croatia',
    type: 'Organization',
    alias: ['Croatians', 'team-demonym'],
  },
];

describe('works, fragments, qualifiers and merges', () => {
  test.each(cases)('$rule: "$text" → $name ($type)', (c) => expectEntity(c));
});

describe('names these rules must not produce', () => {
  test.each([
    [
      'clause-initial word seen only inside a longer name',
      'Climate change worries farmers. The Global Climate Fund was set up.',
      ['Climate'],
    ],
    [
      'single capital hyphened to a common word',
      'He wore a Greenpeace T-shirt to the rally.',
      ['Greenpeace T-shirt', 'T-shirt'],
    ],
    ['Roman numeral alone', 'The report, part XIV of the series, was long.', ['XIV']],
    ['adherent of a movement', 'Voters backed a Nationalist in the runoff.', ['Nationalist']],
    ['person noun from a country', 'Every Icelander over eighteen can vote.', ['Icelander']],
    ["person noun from a people's adjective", 'The owner had backed the Dutchman in May.', ['Dutchman']],
    ['a list of places is no qualifier chain', 'Storms hit Texas, Oklahoma and Kansas.', ['Texas, Oklahoma']],
    [
      'two organisations of one kind stay apart',
      'Patients moved from Elm District Hospital and Oak District Hospital.',
      ['Elm District Hospital and Oak District Hospital'],
    ],
    [
      'a legal form ends a company name',
      'Shares of Acme Corp and Beta Ltd fell on Monday.',
      ['Acme Corp and Beta Ltd'],
    ],
    ['photo credit naming no one in the story', 'Crowds gathered in the square.\n\nImage: Maria Lund.', ['Maria Lund']],
    [
      'a quotation after a colon is no subtitle',
      'Ann Cole said to Tom Hale: "Today, I am asking everyone to vote."',
      ['Tom Hale: "Today', 'Tom Hale: Today'],
    ],
    [
      'a person named before a series is no title',
      'Ann Cole dressed as Ginny Weasley from the Harry Potter series.',
      ['Ginny Weasley from the Harry Potter'],
    ],
    [
      'a person after "for" is no part of the body\'s name',
      'Ann Cole worked at the Bank of Dorn for Tom Hale.',
      ['Bank of Dorn for Tom Hale', 'Bank of Dorn for Tom'],
    ],
    [
      'a broadcast noun modifying another noun makes no title',
      'The Acme in Norway program managers met.',
      ['Acme in Norway'],
    ],
    [
      "an article inside the run opens the programme's own noun phrase",
      'The craft would land astronauts on the Moon under the Talon programme.',
      ['Moon under the Talon'],
    ],
  ])('%s', (_label, text, banned) => {
    const names = extract(text).entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const b of banned) expect(names).not.toContain(b);
  });

  test.each([
    [
      'a known company after a work noun stays an organisation',
      'Users of the social networking site Facebook complained.',
      'Facebook',
      'Organization',
    ],
    [
      'a quoted personal name stays a person',
      'Her name was shortened to "Doris Vale," her agent said.',
      'Doris Vale',
      'Person',
    ],
    [
      'a maker\'s name before "prints" stays a person',
      'Andy Morrow sold many prints. Buyers loved Morrow prints.',
      'Andy Morrow',
      'Person',
    ],
    [
      "a person's assistant stays a person",
      'The minister and her assistant Mara Velk left the building.',
      'Mara Velk',
      'Person',
    ],
    [
      'a coalition partner is a party, not a person in a role',
      'The Pell Party and its coalition partner Velkoto lost their majority on Sunday.',
      'Velkoto',
      'Organization',
    ],
  ])('%s', (_label, text, name, type) => {
    expect(find(extract(text).entities, name)?.type).toBe(type);
  });

  test.each([
    [
      'a region the lexicon knows, beside a museum named after it',
      'Fossils were found in northern Ontario. They are held at the Ontario Museum in Toronto.',
      'Ontario Museum',
      'Ontario',
    ],
    [
      'a state the lexicon knows, beside an airline named after it',
      'Storms closed roads across Alaska. Alaska Airlines said flights would resume.',
      'Alaska Airlines',
      'Alaska',
    ],
  ])('stays apart: %s', (_label, text, name, place) => {
    const found = extract(text).entities;
    expect(find(found, name)?.aliases.map((a) => a.text)).not.toContain(place);
    expect(find(found, place)?.type).toBe('Place');
  });
});
