// title-compound: a title before a name; sentences written for this test.
import { extract } from '../../../src/index.js';
import { triplesOf } from './triples-of.js';

describe('title-compound', () => {
  test.each([
    [
      'the title before "of the <body>"',
      'Former Vice President of the United States Ann Cole toured a factory.',
      'Ann Cole WORKS_FOR United States',
    ],
    [
      'a lower-case title the concept stage kept as a topic',
      'Interpol refused a red notice for US president Donald Trump.',
      'Donald Trump LEADS United States',
    ],
    [
      'a demonym before the title names the country (demonyms.ts)',
      'Philippine President Ana Lolo visited the Philippines on Monday.',
      'Ana Lolo LEADS Philippines',
    ],
    [
      "a party's word before an office: a member, not the party's head",
      'Critics booed, while Republican President Tom Hale waved in Dorn.',
      'Tom Hale WORKS_FOR Republican Party',
    ],
    [
      "a party's word before a governor",
      'He advises Democratic Governor Ann Ray on taxes.',
      'Ann Ray WORKS_FOR Democratic Party',
    ],
    [
      "a party's own head title leads it",
      'Critics booed, while Republican Chairman Tom Hale waved.',
      'Tom Hale LEADS Republican Party',
    ],
    [
      'a two-word head title before "of <place>"',
      'Today, Chief Executive of Macau Ana Ruiz gave a speech.',
      'Ana Ruiz LEADS Macau',
    ],
    [
      "a head of one branch of a place works for it (the branch's head)",
      "Dorn's police chief Ann Cole said the road was closed.",
      'Ann Cole WORKS_FOR Dorn',
    ],
    ['nor does one of a company', 'Acme marketing director Tom Hale left Acme in May.', 'Tom Hale WORKS_FOR Acme'],
    [
      "a place's director heads a body there and works for the place",
      'Kenya voted. Kenya director Tom Hale left Kenya in May.',
      'Tom Hale WORKS_FOR Kenya',
    ],
    [
      'a two-word place opening the sentence before a role noun keeps its first word',
      'Sri Lanka coach Tom Hale resigned on Monday.',
      'Tom Hale WORKS_FOR Sri Lanka',
    ],
    ["a word naming the body's own kind is no branch", 'Dorn state governor Ann Cole spoke.', 'Ann Cole LEADS Dorn'],
    ['a first minister leads', 'First Minister of Wales Mark Drakeford spoke in Wales.', 'Mark Drakeford LEADS Wales'],
    ['a secretary general leads', 'Dorn Union Secretary General Ann Cole spoke in Dorn.', 'Ann Cole LEADS Dorn Union'],
    ['a deputy secretary-general does not', 'NATO Deputy Secretary-General Ann Cole spoke.', 'Ann Cole WORKS_FOR NATO'],
    ['a head title before "of <body>"', 'Chairman of Volvo Erik Lind resigned on Friday.', 'Erik Lind LEADS Volvo'],
    [
      'the place after "from" is the seat, not the employer',
      'United States Senator from Ohio Tom Hart spoke on Monday.',
      'Tom Hart WORKS_FOR United States',
    ],
    [
      'a special envoy "for" a country deals with it',
      'US Special Representative for Peru Ann Lowe said the talks had failed.',
      'Ann Lowe FOCUSES_ON Peru',
    ],
    [
      '"according to" is no posting',
      'The storm was severe, according to NOAA administrator Rick Spinrad.',
      'Rick Spinrad LEADS NOAA',
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test.each([
    ['a seat is not an employer', 'United States Senator from Ohio Tom Hart spoke on Monday.'],
    [
      'a candidate for a post does not hold it',
      'Lyon is large. Lyon mayoral candidate Paul Morel spoke to Lyon voters.',
    ],
    ['a place employs no lawyer', 'Ohio voted. Ohio lawyer Tom Hart spoke to Ohio voters.'],
    ['nor a scientist of a field', 'Ohio voted. Ohio toxicologist Tom Hart spoke to Ohio voters.'],
    ['an opposition leader leads no country', 'Ohio voted. Ohio opposition leader Tom Hart spoke to Ohio voters.'],
    ['"Candidate" inside the name', 'Ohio voted. Ohio Governor Candidate Tom Hart spoke to Ohio voters.'],
  ])('%s', (_name, text) => {
    expect(triplesOf(text).filter((t) => /(LEADS|WORKS_FOR) (Lyon|Ohio)/.test(t))).toEqual([]);
  });

  test.each([
    ['a portfolio is no body', 'Ohio voted. Ohio Emergencies Minister Bo Lind resigned on Monday.', []],
    [
      'past the portfolio, the nationality names the body',
      'Britain voted. British Bridges Minister Ann Cole met Bo Lind in May.',
      ['Ann Cole WORKS_FOR United Kingdom'],
    ],
    ['an acronym before a title is a body', 'NATO Secretary-General Tom Hart spoke.', ['Tom Hart LEADS NATO']],
    ['a portfolio of several common words', 'Voters met Deputy Emergency Situations Minister Bo Lind in Omsk.', []],
    ['a two-word portfolio', 'Voters met Civil Aviation Minister Bo Lind in Omsk.', []],
    ["an adviser's field of common words", 'Former National Security Adviser Bo Lind wrote a book.', []],
    [
      "an adviser's field before a hyphened status",
      'Critics spoke of then-National Security Advisor-designee Bo Lind on Monday.',
      [],
    ],
    [
      'a portfolio of two parts joined by "and"',
      'Kenya voted. Kenyan Roads and Public Works Minister Ann Cole met Bo Lind in May.',
      ['Ann Cole WORKS_FOR Kenya'],
    ],
    [
      'a possessive country before a two-part portfolio',
      "Kenya's Energy and Mining Minister Ann Cole met Bo Lind in May.",
      ['Ann Cole WORKS_FOR Kenya'],
    ],
    ['a name before "and" is no part of the title', 'Germany and Health Minister Ann Cole met Bo Lind in May.', []],
    [
      'one name before "adviser" is whom the adviser serves',
      'Voters met Trump adviser Bo Lind in May.',
      ['Bo Lind WORKS_FOR Trump'],
    ],
  ])('portfolios: %s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => /LEADS|WORKS_FOR/.test(t))).toEqual(expected);
  });

  test.each([
    [
      'an ambassador is posted in the country after "to"',
      'Canada voted. Canadian Ambassador to Chile Ann Lowe met students.',
      ['Ann Lowe LOCATED_IN Chile', 'Ann Lowe WORKS_FOR Canada'],
    ],
    [
      'a senator "from" a state holds the seat there',
      'United States Senator from Ohio Tom Hart spoke on Monday.',
      ['Tom Hart LOCATED_IN Ohio', 'Tom Hart WORKS_FOR United States'],
    ],
    [
      'an envoy "for" a country only deals with it',
      'France voted. French Special Representative for Syria Paul Morel spoke.',
      ['Paul Morel WORKS_FOR France'],
    ],
    [
      '"for" before a title is no posting',
      'Chile voted. A former adviser for Chilean President Ana Rojas spoke.',
      ['Ana Rojas LEADS Chile'],
    ],
    [
      'a district judge serves the country',
      'U.S. District Judge Ann Lowe ruled on Friday.',
      ['Ann Lowe WORKS_FOR United States'],
    ],
    ['a federal judge does not serve the state', 'Ohio voted. Ohio federal judge Tom Hart ruled on Friday.', []],
    ['a level of government is no body', 'The Senate confirmed Federal Judge Ann Lowe. The Federal court agreed.', []],
  ])('postings and judges: %s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => /LEADS|WORKS_FOR|LOCATED_IN/.test(t))).toEqual(expected);
  });

  test("a title inside a reported statement stays the writer's description", () => {
    expect(triplesOf('Acme Corp denied that Acme Corp chairman Tom Hale had resigned.')).toContain(
      'Tom Hale LEADS Acme Corp',
    );
  });

  // A title opening a sentence, with its "of" complement and then a name: the complement is a place of its own
  // when the lexicon knows it as one, and the name after it is the person.
  test.each([
    [
      'President of Portugal Ana Sousa opened the bridge.',
      ['Ana Sousa', 'Portugal', 'bridge'],
      ['Ana Sousa LEADS Portugal'],
    ],
    ['Prime Minister of Norway Erik Berg spoke on Monday.', ['Erik Berg', 'Norway'], ['Erik Berg LEADS Norway']],
    ['Secretary of State Ann Cole flew to Oslo.', ['Ann Cole', 'Oslo'], []],
    ['Minister of Finance Tom Hale visited a clinic.', ['Tom Hale', 'clinic'], []],
    ['Minister of Fisheries Olivia Rand visited a clinic.', ['Olivia Rand', 'clinic'], []],
    ['Chairman of Volvo Erik Lind resigned.', ['Erik Lind', 'Volvo'], ['Erik Lind LEADS Volvo']],
    [
      'Member of Parliament (MP) Ann Cole spoke in Leeds.',
      ['Ann Cole', 'Leeds', 'Parliament'],
      ['Ann Cole WORKS_FOR Parliament'],
    ],
  ])('clause-initial title: %s', (text, names, roles) => {
    expect(
      extract(text)
        .entities.map((e) => e.name)
        .sort(),
    ).toEqual([...names].sort());
    expect(triplesOf(text).filter((t) => /LEADS|WORKS_FOR/.test(t))).toEqual(roles);
  });

  // Without its past-marking word the title reads as a post held today.
  test.each([
    [
      'a former office before a place',
      'The panel heard former Dorn City Mayor Ann Cole on Monday.',
      'former Dorn City Mayor Ann Cole',
    ],
    [
      'a former post before a body',
      'Acme Corp hired former Beta Ltd chief executive Tom Hale.',
      'former Beta Ltd chief executive Tom Hale',
    ],
    ['a "then-" office', 'The award was given by then-Norland President Ann Cole.', 'then-Norland President Ann Cole'],
    [
      'a late office holder',
      'The party once nominated the late Ohio Governor Tom Hale.',
      'late Ohio Governor Tom Hale',
    ],
    ['a current office keeps its text', 'Norland hosted Dorn City Mayor Ann Cole.', 'Dorn City Mayor Ann Cole'],
  ])('past titles keep their marker: %s', (_name, text, title) => {
    const texts = extract(text)
      .triples.filter((t) => t.rule === 'title-compound')
      .map((t) => t.predicate.text);
    expect(texts).toEqual([title]);
  });
});
