// Title words (names/title-words.ts, split-run.ts), quoted fragments (names/quoted-fragments.ts) and reporting
// openers (names/reporting-opener.ts): plural titles name no entity, a portfolio word belongs to the title
// after it, a quoted piece cut from inside another name is no name, an unknown word before "reports" is one. Each row is a sentence written for the test, with the names it must and must not yield.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';

interface TitleCase {
  rule: string;
  text: string;
  names: Array<[string, EntityType?]>;
  not: string[];
}

const cases: TitleCase[] = [
  {
    rule: 'a portfolio noun after the country whose portfolio it is belongs to the title',
    text: 'US Commerce Secretary Ann Cole said the deal was safe.',
    names: [['Ann Cole', 'Person']],
    not: ['US Commerce', 'Commerce'],
  },
  {
    rule: 'also after a demonym, for a portfolio noun the parse reads as a body',
    text: 'British Business Secretary Tom Hale said the plant would stay open.',
    names: [['Tom Hale', 'Person']],
    not: ['British Business', 'Business'],
  },
  {
    rule: 'a cabinet secretary with a portfolio before the title: no body "Treasury Cabinet"',
    text: 'Treasury Cabinet Secretary Ann Wekesa said the tax would raise money.',
    names: [['Ann Wekesa', 'Person']],
    not: ['Treasury Cabinet', 'Cabinet'],
  },
  {
    rule: 'also after a modifier',
    text: 'Prime Cabinet Secretary Tom Odhiambo met the envoys.',
    names: [['Tom Odhiambo', 'Person']],
    not: ['Prime Cabinet', 'Cabinet'],
  },
  {
    rule: "a state assembly member's title is kept off the name",
    text: 'Newly elected Assemblywoman Selena Vargas said it was exciting. Alderman Tom Hale agreed.',
    names: [
      ['Selena Vargas', 'Person'],
      ['Tom Hale', 'Person'],
    ],
    not: ['Assemblywoman Selena Vargas', 'Alderman Tom Hale'],
  },
  {
    rule: 'a title\'s complement naming a body with its own "of"',
    text: 'Tom Blake, Dean of Dorn School of Law, called it silly.',
    names: [
      ['Tom Blake', 'Person'],
      ['Dorn School of Law', 'Organization'],
    ],
    not: ['Dorn School', 'of Law', 'Law'],
  },
  {
    rule: 'a hyphened family name after a title and its complement',
    text: 'The bomb was set in a market, stated Minister of Information Wadah al-Dorani, in Lima.',
    names: [
      ['Wadah al-Dorani', 'Person'],
      ['Lima', 'Place'],
    ],
    not: ['al-Dorani', 'Dorani'],
  },
  {
    rule: "an adviser's field before the title",
    text: 'Former National Security Adviser Ana Ruiz met Tom Blake in Lima.',
    names: [
      ['Ana Ruiz', 'Person'],
      ['Tom Blake', 'Person'],
    ],
    not: ['National Security', 'Security'],
  },
  {
    rule: 'an office with its field and no holder named',
    text: 'Tom Blake will name a new National Security Advisor next week.',
    names: [['Tom Blake', 'Person']],
    not: ['National Security', 'Security'],
  },
  {
    rule: 'a name before "adviser" is whom the adviser serves',
    text: 'Tom Blake met White House adviser Ana Ruiz in Lima.',
    names: [
      ['Ana Ruiz', 'Person'],
      ['White House', 'Place'],
    ],
    not: ['White House adviser'],
  },
  {
    rule: 'a portfolio noun the lexicon lacks, at a sentence start',
    text: 'Home Affairs Minister Ana Ruiz visited Lima.',
    names: [
      ['Ana Ruiz', 'Person'],
      ['Lima', 'Place'],
    ],
    not: ['Affairs', 'Home Affairs'],
  },
  {
    rule: 'a two-word portfolio after a rank word',
    text: 'The search was over, Deputy Emergency Situations Minister Tom Blake told reporters in Lima.',
    names: [
      ['Tom Blake', 'Person'],
      ['Lima', 'Place'],
    ],
    not: ['Situations', 'Emergency Situations', 'Deputy Emergency Situations'],
  },
  {
    rule: 'a portfolio noun after a name that is no title word names the ministry',
    text: 'Ana Ruiz, the East African Affairs minister, visited Lima.',
    names: [
      ['Ana Ruiz', 'Person'],
      ['East African Affairs', 'Organization'],
    ],
    not: ['Affairs', 'East African'],
  },
  {
    rule: 'a portfolio noun after a comma',
    text: 'Two officers, Commerce Secretary Ana Ruiz and Tom Blake, flew to Kyiv.',
    names: [
      ['Ana Ruiz', 'Person'],
      ['Tom Blake', 'Person'],
    ],
    not: ['Commerce'],
  },
  {
    rule: 'a title word after a title, before "of"',
    text: 'Today, Chief Executive of Macau Ana Ruiz gave a speech.',
    names: [
      ['Macau', 'Place'],
      ['Ana Ruiz', 'Person'],
    ],
    not: ['Executive'],
  },
  {
    rule: 'a status word after a title, before "of"',
    text: 'The church mourned Lisa Ruiz, Bishop-Emeritus of Marbel.',
    names: [['Lisa Ruiz', 'Person']],
    not: ['Emeritus'],
  },
  {
    rule: 'a status word ending the title, no name after it',
    text: 'Voters met Tom Blake, Lord Mayor Candidate, in Lima.',
    names: [['Tom Blake', 'Person']],
    not: ['Candidate'],
  },
  {
    rule: 'a plural portfolio noun',
    text: 'Natural Resources Secretary Ana Ruiz flew to Kyiv.',
    names: [
      ['Ana Ruiz', 'Person'],
      ['Kyiv', 'Place'],
    ],
    not: ['Resources', 'Natural Resources'],
  },
  {
    rule: 'a plural title after a possessive, before an apposition',
    text: "One of Kenya's Deputy Ministers, Amina Odhiambo, visited Nairobi.",
    names: [
      ['Kenya', 'Place'],
      ['Amina Odhiambo', 'Person'],
      ['Nairobi', 'Place'],
    ],
    not: ['Ministers', 'Deputy Ministers'],
  },
  {
    rule: 'a plural title with a modifier',
    text: 'The Vice Presidents of the company flew to Lima on Monday.',
    names: [['Lima', 'Place']],
    not: ['Vice Presidents', 'Presidents'],
  },
  {
    rule: 'a plural title between a place and two names',
    text: 'US Senators Ana Ruiz and Tom Blake visited Kyiv.',
    names: [
      ['Ana Ruiz', 'Person'],
      ['Tom Blake', 'Person'],
      ['Kyiv', 'Place'],
    ],
    not: ['Senators Ana Ruiz', 'US Senators'],
  },
  {
    rule: '"Press Secretary" is one title after the body it serves',
    text: 'On Monday, former White House Press Secretary Ann Cole said the report was false.',
    names: [
      ['White House', 'Organization'],
      ['Ann Cole', 'Person'],
    ],
    not: ['White House Press', 'Press'],
  },
  {
    rule: '"Members of Parliament" names no members',
    text: 'The motion was opposed by Green and Labour Members of Parliament in Wellington.',
    names: [
      ['Parliament', 'Organization'],
      ['Wellington', 'Place'],
    ],
    not: ['Labour Members', 'Members', 'Members of Parliament'],
  },
  {
    rule: 'a plural title after "of" stays in the body\'s name',
    text: 'The Council of Ministers met in Brussels.',
    names: [['Council of Ministers', 'Organization']],
    not: ['Ministers'],
  },
  {
    rule: 'a portfolio word before "Representative"',
    text: 'US Special Representative for Iran Brian Hook said the sanctions would stay.',
    names: [
      ['Brian Hook', 'Person'],
      ['Iran', 'Place'],
    ],
    not: ['US Special', 'Special Representative'],
  },
  {
    rule: 'a court word before "Judge"',
    text: 'U.S. District Judge Gray Miller ruled that the draft was unconstitutional.',
    names: [['Gray Miller', 'Person']],
    not: ['U.S. District', 'District'],
  },
  {
    rule: 'a portfolio word before "Minister" in an apposition',
    text: 'Kadri Tamm, the Information Minister, said the ceasefire held.',
    names: [['Kadri Tamm', 'Person']],
    not: ['Information'],
  },
  {
    rule: 'a country before "Representative" stays a place',
    text: 'Reports said Ann Ray, a former United States Representative, will not run.',
    names: [
      ['Ann Ray', 'Person'],
      ['United States', 'Place'],
    ],
    not: ['United States Representative'],
  },
  {
    rule: 'a court word before a lower-case "judge"',
    text: 'The delay came after Lena Ortiz, a United States District judge, ruled on Friday.',
    names: [
      ['Lena Ortiz', 'Person'],
      ['United States', 'Place'],
    ],
    not: ['United States District'],
  },
  {
    rule: 'a word after "of" stays in the body\'s name before a lower-case title',
    text: 'Later a United States Department of State officer, Ruth Alder, said the talks ended.',
    names: [
      ['United States Department of State', 'Organization'],
      ['Ruth Alder', 'Person'],
    ],
    not: ['United States Department of'],
  },
  {
    rule: 'an unknown word before a reporting verb opens a clause',
    text: 'Baznet reports the director has ties to the army.',
    names: [['Baznet', 'Organization']],
    not: [],
  },
  {
    rule: 'an unknown word before an act only a person or a body does opens a clause, and is a name elsewhere too',
    text: 'Vantor has delayed its jet. Vantor agreed in July to buy the plants.',
    names: [['Vantor', 'Organization']],
    not: [],
  },
  {
    rule: 'a known plural before a reporting verb is no name',
    text: 'Mourners said the service ended early. Authorities said the road was closed.',
    names: [],
    not: ['Mourners', 'Authorities'],
  },
  {
    rule: 'a demonym before a lower-case "minister" is no portfolio',
    text: 'Analysts met Park Ji-hoon, the South Korean minister for trade, in Busan.',
    names: [['Park Ji-hoon', 'Person']],
    not: ['South'],
  },
  {
    rule: "a hyphened Arabic article opens a body's name",
    text: 'The group al-Nadra claimed the attack near Marib.',
    names: [['al-Nadra']],
    not: ['Nadra'],
  },
  {
    rule: 'a name is not cut inside a hyphened word',
    text: 'Fans dressed as Spider-Gwen posed at the booth in Toronto.',
    names: [['Spider-Gwen']],
    not: ['Gwen', 'Spider'],
  },
  {
    rule: 'a status word after a title belongs to it',
    text: 'The church said Bishop Emeritus Tomas Ilagan of Davao died on Monday.',
    names: [['Tomas Ilagan', 'Person']],
    not: ['Emeritus Tomas Ilagan', 'Emeritus'],
  },
  {
    rule: 'a candidate word after a title belongs to it',
    text: 'Voters met Lord Mayor Candidate Irene Vasko in Perth.',
    names: [['Irene Vasko', 'Person']],
    not: ['Candidate Irene Vasko', 'Candidate'],
  },
  {
    rule: "an adjective between two title words names the office's field",
    text: "Orlo Systems' Chief Technical Officer Dana Pike wrote the memo.",
    names: [['Dana Pike', 'Person']],
    not: ['Chief Technical', 'Technical'],
  },
  {
    rule: 'a body before a title keeps its name, the title both its words',
    text: 'Former Orlo Systems Chief Executive Dana Pike resigned.',
    names: [
      ['Orlo Systems', 'Organization'],
      ['Dana Pike', 'Person'],
    ],
    not: ['Executive Dana Pike', 'Orlo Systems Chief'],
  },
  {
    rule: 'a portfolio the lexicon lacks before a commissioner or a minister opening a clause is the office',
    text: 'It was the first fine. Competition Commissioner Dana Pike said Orlo Systems had abused its position. Civil Aviation Minister Ana Ruiz agreed.',
    names: [
      ['Dana Pike', 'Person'],
      ['Ana Ruiz', 'Person'],
    ],
    not: ['Competition', 'Civil Aviation'],
  },
  {
    rule: 'a title of two words opening a clause, its second word a suffix, is no part of the name',
    text: 'Orlo Systems said sales rose. Chief Executive Dana Pike told analysts that demand was strong.',
    names: [['Dana Pike', 'Person']],
    not: ['Executive Dana Pike'],
  },
  {
    rule: 'quoted pieces cut from inside a hyphened name',
    text: 'The agency named the disease MERS-22. In the name, "MER" stands for the region and "S" for syndrome.',
    names: [['MERS-22']],
    not: ['MER', 'S'],
  },
  {
    rule: "a whip's title with its chamber and modifier",
    text: 'Senate Minority Whip Dana Pike questioned the plan on Monday.',
    names: [['Dana Pike', 'Person']],
    not: ['Senate Minority Whip Dana Pike', 'Minority Whip Dana Pike'],
  },
  {
    rule: "an Irish head of government's title",
    text: 'Taoiseach Liam Dooley met the mayor of Cork on Monday.',
    names: [['Liam Dooley', 'Person']],
    not: ['Taoiseach Liam Dooley'],
  },
  {
    rule: 'an honorific before a full name',
    text: 'The court ruled on the oath of the Honorable Pedro Ruiz Urrutia as governor.',
    names: [['Pedro Ruiz Urrutia', 'Person']],
    not: ['Honorable Pedro Ruiz Urrutia'],
  },
  {
    rule: "an adviser's title with its field",
    text: 'Former National Security Adviser Dana Pike wrote a book about Lima.',
    names: [['Dana Pike', 'Person']],
    not: ['National Security Adviser Dana Pike'],
  },
  {
    rule: 'a staff title before "of" and a body: the body is named, not the title',
    text: 'Ann Cole met Tom Hale, a Senior Staff Attorney of the Dorn Rights Foundation, in Lyon.',
    names: [
      ['Tom Hale', 'Person'],
      ['Dorn Rights Foundation', 'Organization'],
    ],
    not: ['Senior Staff Attorney of the Dorn Rights Foundation'],
  },
  {
    rule: 'a two-word place the lexicon knows, opening the sentence before a role noun',
    text: 'Sri Lanka coach Tom Hale resigned on Monday.',
    names: [
      ['Sri Lanka', 'Place'],
      ['Tom Hale', 'Person'],
    ],
    not: ['Lanka'],
  },
  {
    rule: 'a portfolio of two parts joined by "and", a country before it',
    text: 'UK Health and Social Care Secretary Dana Pike visited Lima.',
    names: [
      ['Dana Pike', 'Person'],
      ['Lima', 'Place'],
    ],
    not: ['UK Health', 'Social Care', 'Health', 'Social Care Secretary Dana Pike'],
  },
  {
    rule: 'a two-part portfolio of words the lexicon does not know, after a demonym',
    text: 'Kenyan Road Transport and Bridges Minister Tom Hale closed the port.',
    names: [['Tom Hale', 'Person']],
    not: ['Kenyan Road Transport', 'Kenyan Road', 'Road Transport', 'Bridges'],
  },
  {
    rule: 'a two-part portfolio opening the sentence',
    text: 'Police and Crime Commissioner Ann Cole met Tom Hale in Lima.',
    names: [
      ['Ann Cole', 'Person'],
      ['Tom Hale', 'Person'],
    ],
    not: ['Police', 'Crime'],
  },
  {
    rule: 'a name before "and" is no portfolio, nor a body',
    text: 'Lee Park and Health Minister Tom Hale met Acme Corp and Finance Minister Ann Cole in Lima.',
    names: [['Lee Park'], ['Tom Hale', 'Person'], ['Acme Corp', 'Organization'], ['Ann Cole', 'Person']],
    not: ['Lee', 'Acme'],
  },
  {
    rule: 'a plural title lists several offices, each its own',
    text: 'Reporters met First Family and Senior Advisers Ann Cole and Tom Hale in Lima.',
    names: [
      ['Ann Cole', 'Person'],
      ['Tom Hale', 'Person'],
    ],
    not: ['Senior Advisers Ann Cole'],
  },
  {
    rule: '"Crown" before a royal title is the title\'s',
    text: 'Reporters said Crown Princess Ann Cole met Tom Hale in Lima.',
    names: [
      ['Ann Cole', 'Person'],
      ['Tom Hale', 'Person'],
    ],
    not: ['Crown'],
  },
  {
    rule: 'a two-word title ("chief executive") before a comma and a name the lexicon does not know',
    text: 'Kestrel Media sued the state. Its chief executive, Shou Zi Chew, thanked the judge.',
    names: [
      ['Kestrel Media', 'Organization'],
      ['Shou Zi Chew', 'Person'],
    ],
    not: [],
  },
];

describe('title words and name fragments', () => {
  test.each(cases)('$rule: "$text"', ({ text, names, not }) => {
    const { entities } = extract(text);
    for (const [name, type] of names) {
      expect(entities.map((e) => e.name)).toContain(name);
      if (type) expect(entities.find((e) => e.name === name)!.type).toBe(type);
    }
    for (const name of not) expect(entities.map((e) => e.name)).not.toContain(name);
  });

  test('a division word after a title is no person ("a Member State")', () => {
    const { entities } = extract('A court of a Member State may order Dorn Hosting to remove the posts.');
    expect(entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual([]);
  });

  test('a team named with a plural keeps its name', () => {
    expect(extract('The Riverside Kings won the game in Fresno.').entities.map((e) => e.name)).toContain(
      'Riverside Kings',
    );
  });
});

test('a family name written alone with its article joins the full name', () => {
  const { entities } = extract('Omar Said al-Rawi was arrested. Police questioned al-Rawi on Monday.');
  expect(entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Omar Said al-Rawi']);
});

test('an unknown word before an act only a person or a body does is a name where else it opens a clause too', () => {
  const vantor = extract('Vantor has delayed its jet. Vantor agreed in July to buy the plants.').entities.find(
    (e) => e.name === 'Vantor',
  );
  expect(vantor?.mentions.map((m) => m.sentence)).toEqual([0, 1]);
});
