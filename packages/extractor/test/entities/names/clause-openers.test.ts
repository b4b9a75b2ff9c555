// Where a name opening a clause starts (plural-opener.ts, role-opener.ts, kind-opener.ts, name-tokens.ts): a word capitalised by its clause start joins the
// name after it only on evidence. Each row is a sentence written for the test, with the names it must and
// must not yield.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';
import { triplesOf } from '../../relations/rules/triples-of.js';

interface OpenerCase {
  rule: string;
  text: string;
  names: Array<[string, EntityType?]>;
  not?: string[];
}

const cases: OpenerCase[] = [
  {
    rule: "an adjective opening a clause before a building's or a place's word opens that name",
    text: 'White House spokesperson Ann Cole said the plan was dead. Black Sea shipping fell.',
    names: [
      ['White House', 'Organization'],
      ['Black Sea', 'Place'],
    ],
    not: ['House', 'Sea'],
  },
  {
    rule: 'a word with a capital inside it opening a clause is a name by itself (camel-case.ts)',
    text: 'NetChoice sued the state of Dorn on Monday.',
    names: [['NetChoice', 'Organization']],
  },
  {
    rule: 'so before an apposition the other rules do not read',
    text: 'KestrelNet, a group of 40 shops, opened in Oslo.',
    names: [['KestrelNet']],
  },
  {
    rule: 'a word for someone made from a name is a common noun (guard)',
    text: 'YouTuber Ann Cole posted a video on Monday.',
    names: [['Ann Cole', 'Person']],
    not: ['YouTuber Ann Cole', 'YouTuber'],
  },
  {
    rule: "after a dateline's dash, an adjective opening the clause stays out of the body's name",
    text: 'DORN (AP) — Striking Acme Corp workers voted Monday to end their walkout. Acme Corp said so.',
    names: [['Acme Corp', 'Organization']],
    not: ['Striking Acme Corp'],
  },
  {
    rule: "so does a verb's -ing form",
    text: 'DORN, Norland — Grieving Acme Corp staff gathered on Monday. Acme Corp said so.',
    names: [['Acme Corp', 'Organization']],
    not: ['Grieving Acme Corp'],
  },
  {
    rule: 'a name the lexicon knows keeps its first word after the dash (guard)',
    text: 'OAKLAND (AP) — Golden State Warriors star Stephen Curry scored 40 points.',
    names: [['Golden State Warriors'], ['Stephen Curry', 'Person']],
    not: ['State Warriors'],
  },
  {
    rule: "so does a town's name (guard)",
    text: 'READING, England — Reading Borough Council said it would act.',
    names: [['Reading Borough Council', 'Organization']],
    not: ['Borough Council'],
  },
  {
    rule: 'a place word that heads names from the front opens the name (the parse reads "Mount" as a verb)',
    text: 'Mount Tavu on the island of Lomari erupted on Saturday.',
    names: [['Mount Tavu', 'Place']],
    not: ['Tavu'],
  },
  {
    rule: 'not before a lower-case word',
    text: 'Port officials said the ship sank near Dorn.',
    names: [['Dorn']],
    not: ['Port'],
  },
  {
    rule: "a title opening a sentence before an unknown place's name and a person's two names",
    text: 'A fire killed five girls in Dravsk, Poland. Mayor of Dravsk Piotr Jedlak declared a day of mourning.',
    names: [
      ['Piotr Jedlak', 'Person'],
      ['Dravsk', 'Place'],
    ],
    not: ['Dravsk Piotr Jedlak'],
  },
  {
    rule: 'an unknown sentence-opening word parsed as an imperative stays a verb without that evidence',
    text: 'Obolo himself visited Oslo in June.',
    names: [['Oslo', 'Place']],
    not: ['Obolo'],
  },
  {
    rule: 'an uncountable noun opening a sentence opens the name after it',
    text: 'Police fired on the crowd. Hunger International has called for an inquiry.',
    names: [['Hunger International', 'Organization']],
    not: ['International'],
  },
  {
    rule: 'an unknown word read as a plural opens an agency',
    text: 'Dars News Agency reported that two ferries collided off Bandar.',
    names: [['Dars News Agency', 'Organization']],
    not: ['News Agency'],
  },
  {
    rule: 'an unknown word read as a plural opens an outlet',
    text: 'Kelts Times said the strike would end on Friday.',
    names: [['Kelts Times', 'Organization']],
    not: ['Times'],
  },
  {
    rule: 'a plural before a person names people, not part of a body',
    text: 'Protesters Ann Lee and Bo Chan were held overnight.',
    names: [
      ['Ann Lee', 'Person'],
      ['Bo Chan', 'Person'],
    ],
    not: ['Protesters Ann Lee'],
  },
  {
    rule: 'a word the text also writes in lower case is an ordinary plural',
    text: 'Hikers Club members met the mayor. The hikers went home.',
    names: [],
    not: ['Hikers Club'],
  },
  {
    rule: 'a role noun opening a sentence describes the person after it',
    text: 'Voter Kitty Mak told reporters she had queued for an hour.',
    names: [['Kitty Mak', 'Person']],
    not: ['Voter Kitty Mak'],
  },
  {
    rule: 'a role noun opening a sentence before a given name the parse reads as a plural',
    text: 'Commentator Piers Howard said the vote was close.',
    names: [['Piers Howard', 'Person']],
    not: ['Commentator Piers Howard', 'Commentator Piers', 'Howard'],
  },
  {
    rule: 'a given name the parse reads as a plural, before a surname',
    text: 'On Monday, Piers Howard said the vote was close.',
    names: [['Piers Howard', 'Person']],
    not: ['Piers', 'Howard'],
  },
  {
    rule: 'a role noun the lexicon knows, capitalised by the sentence start, types the unknown name after it',
    text: 'Singer Tobin Hale left the band in May.',
    names: [['Tobin Hale', 'Person']],
  },
  {
    rule: 'a role noun opening a sentence whose name the parse reads as a place',
    text: 'Actor James Woods said on Monday that his home had burned.',
    names: [['James Woods', 'Person']],
    not: ['Actor James Woods'],
  },
  {
    rule: 'a plural common noun after a given name, after a role noun',
    text: 'Police said the singer Tom Fields had left the hotel.',
    names: [['Tom Fields', 'Person']],
  },
  {
    rule: 'a role noun opening a quotation types no one-word name after it',
    text: 'He called the inquiry a "Witch Hunt" on Monday.',
    names: [],
    not: ['Hunt'],
  },
  {
    rule: 'a role noun before a family name and a hyphened given name',
    text: 'Student Wong Ka-ho said the march was peaceful.',
    names: [['Wong Ka-ho', 'Person']],
    not: ['Student Wong Ka-ho'],
  },
  {
    rule: 'a given name with a role-like ending before one family name stays',
    text: 'Hunter Fenwick said the vote was fair.',
    names: [['Hunter Fenwick', 'Person']],
    not: ['Fenwick'],
  },
  {
    rule: 'an unknown given name before a family name that is also an agent noun opens the name',
    text: 'Tomek Singer won the final. The title gave Singer his first trophy.',
    names: [['Tomek Singer', 'Person']],
    not: ['Singer'],
  },
  {
    rule: 'an agent noun opening a sentence still does not',
    text: 'Farmer Singer said the harvest was poor. The drought gave Singer a loss.',
    names: [],
    not: ['Farmer Singer'],
  },
  {
    rule: 'a word the parse reads as an imperative, before name words and a finite verb, opens the name',
    text: 'Network Dorn closed several lines on Sunday.',
    names: [['Network Dorn', 'Organization']],
    not: ['Dorn'],
  },
  {
    rule: 'not before a comma: an imperative with its object',
    text: 'Meet Tom Hale, the new chief of the port.',
    names: [['Tom Hale', 'Person']],
    not: ['Meet Tom Hale'],
  },
  {
    rule: 'an unknown word an apposition calls a kind of organisation names it, there and at the next clause start',
    text: 'Veltrix, the Dutch chipmaker, had approached Tom Hale. Veltrix declined to comment.',
    names: [['Veltrix', 'Organization']],
  },
  {
    rule: 'a clause-opening word hyphened onto a name word opens that name',
    text: 'Météo-France, the national weather service, said the storm was the strongest in 90 years.',
    names: [['Météo-France', 'Organization']],
    not: ['France'],
  },
  {
    rule: 'not a prefix hyphened onto a name',
    text: 'Pro-Beijing lawmakers walked out of the chamber.',
    names: [],
    not: ['Pro-Beijing'],
  },
  {
    rule: 'an unknown word a relative clause set off after it describes is a name',
    text: 'Norland welcomed the ruling. Kevralis, which attacked Dorn in May, also welcomed it.',
    names: [['Kevralis']],
  },
  {
    rule: 'an unknown word set off by a kind of firm before "of"',
    text: "Talks went on. Kestrova, the Taiwanese maker of Acme's phones, said it was interested.",
    names: [['Kestrova', 'Organization']],
  },
  {
    rule: 'a lobby is a kind of organisation',
    text: "Norland invests abroad. Kelvaren, the country's main business lobby, said the move would chill trade.",
    names: [['Kelvaren', 'Organization']],
  },
  {
    rule: 'a name of common words an apposition says is a firm keeps its first word',
    text: 'Talks went on. Blue Lantern, the rocket company founded by Ann Cole, is building a lander.',
    names: [['Blue Lantern', 'Organization']],
    not: ['Lantern'],
  },
  {
    rule: "so does one an apposition calls another firm's rival",
    text: "Acme Corp sold more chips. Advanced Wafer Systems, Acme Corp's closest rival, reported a loss.",
    names: [['Advanced Wafer Systems', 'Organization']],
    not: ['Wafer Systems'],
  },
  {
    rule: "an adjective before a firm's own name describes it",
    text: 'Shares fell. Embattled Boeing, the planemaker, said it would cut jobs.',
    names: [['Boeing', 'Organization']],
    not: ['Embattled Boeing'],
  },
  {
    rule: 'a kind of firm opening the clause describes the name after it',
    text: 'Retailer Harlow Brands said sales rose in March.',
    names: [['Harlow Brands', 'Organization']],
    not: ['Retailer Harlow Brands'],
  },
  {
    rule: 'also when the parse reads the whole run as an organisation',
    text: 'Lender Deutsche Bank said profits fell.',
    names: [['Deutsche Bank', 'Organization']],
    not: ['Lender Deutsche Bank'],
  },
  {
    rule: 'a rival opening the clause before a hyphened name',
    text: 'Maersk raised its prices. Rival Kessel-Lind, based in Hamburg, also avoided the canal.',
    names: [['Kessel-Lind']],
    not: ['Rival Kessel-Lind'],
  },
  {
    rule: "a country's neighbour",
    text: 'Neighbour Poland said it would send help to Norland.',
    names: [['Poland', 'Place']],
    not: ['Neighbour Poland'],
  },
  {
    rule: 'a partner before a firm of two words',
    text: 'Partner Bain Capital said it would invest in the venture.',
    names: [['Bain Capital', 'Organization']],
    not: ['Partner Bain Capital'],
  },
  {
    rule: "not a kind word that also opens firms' names",
    text: 'Network Rail said trains would run on Sunday.',
    names: [['Network Rail', 'Organization']],
  },
  {
    rule: 'not a pair the text writes mid-sentence as one name',
    text: 'Partner Vanto said it would cut jobs. Shares in Partner Vanto fell.',
    names: [['Partner Vanto']],
  },
  {
    rule: 'a classifying adjective before a common noun and a further name word opens the name',
    text: 'Human Rights Monitor said the police fired on the crowd in Dorn.',
    names: [['Human Rights Monitor', 'Organization']],
    not: ['Rights Monitor'],
  },
  {
    rule: 'also one ending in -al before a country',
    text: 'Natural Resources Norland said the fire had grown overnight.',
    names: [['Natural Resources Norland']],
    not: ['Resources Norland'],
  },
  {
    rule: 'also before one capitalised common noun',
    text: 'Royal Lumber said it would cut 200 jobs in Dorn.',
    names: [['Royal Lumber', 'Organization']],
    not: ['Lumber'],
  },
  {
    rule: 'a word before a capitalised preposition and a name word opens a name in title case',
    text: 'Nurses Without Frontiers said its teams had reached Dorn.',
    names: [['Nurses Without Frontiers', 'Organization']],
    not: ['Frontiers'],
  },
  {
    rule: 'also over "the"',
    text: 'Farmers Against the Pipeline marched to Dorn on Monday.',
    names: [['Farmers Against the Pipeline']],
    not: ['Pipeline'],
  },
  {
    rule: 'not an article opening the clause',
    text: 'The Beyond Fest film festival opened in Dorn.',
    names: [],
    not: ['The Beyond Fest'],
  },
  {
    rule: 'not a word for where someone stands',
    text: 'Local Labour Party members voted against the plan.',
    names: [['Labour Party', 'Organization']],
    not: ['Local Labour Party'],
  },
  {
    rule: 'not a discipline before a title',
    text: 'Political Science Professor Anna Bellweather said turnout fell.',
    names: [['Anna Bellweather', 'Person']],
    not: ['Political Science'],
  },
  {
    rule: 'not before a form of address',
    text: 'Mockumentary Mister Norland premiered on Friday.',
    names: [],
    not: ['Mockumentary Mister Norland'],
  },
  {
    rule: 'not an apposition headed by another noun',
    text: 'Yesterday, the first day of the sale, was quiet.',
    names: [],
    not: ['Yesterday'],
  },
];

describe('clause openers', () => {
  test.each(cases)('$rule: "$text"', ({ text, names, not = [] }) => {
    const entities = extract(text).entities;
    for (const [name, type] of names) {
      expect(entities.map((e) => e.name)).toContain(name);
      if (type) expect(entities.find((e) => e.name === name)!.type).toBe(type);
    }
    for (const name of not) expect(entities.map((e) => e.name)).not.toContain(name);
  });

  test('a name an apposition describes is the same name at the next clause start', () => {
    const entity = extract(
      'Veltrix, the Dutch chipmaker, had approached Tom Hale. Veltrix declined to comment.',
    ).entities.find((e) => e.name === 'Veltrix');
    expect(entity?.mentions.length).toBe(2);
  });

  // "Dravik himself visited …": the sentence's subject is the name, so "himself" is his, not the previous
  // sentence's subject's.
  test.each([
    [
      'a sentence-opening name parsed as an imperative is the name the text uses mid-sentence',
      'Tom Hale accused Jon Dravik of lying. Dravik himself visited Oslo in June.',
      'Jon Dravik VISITS Oslo',
    ],
  ])('%s: "%s"', (_rule, text, edge) => {
    expect(triplesOf(text).filter((e) => e.endsWith('VISITS Oslo'))).toEqual([edge]);
  });

  // The parse guesses an adverb for an unknown word in -ly wherever it stands; mid-sentence the capital tells.
  test.each([
    [
      'a sentence-opening name in -ly that the text writes mid-sentence',
      'The app maker Zoomly hired Ann Cole. Zoomly sued Tom Hale.',
      'Zoomly',
      2,
    ],
    [
      'also before a comma',
      'The lender Brightly hired Ann Cole. Brightly, which is based in Oslo, sued Tom Hale.',
      'Brightly',
      2,
    ],
    ['not one written nowhere else', 'Tom Hale hired Ann Cole. Secretly, Ann Cole sued Tom Hale.', 'Secretly', 0],
    [
      'a family name the lexicon has as a verb in -ing, before a comma',
      'Ann Cole beat Ding Wei on Monday after Ding made a mistake. Ding, who had been ill, said he had no regrets.',
      'Ding Wei',
      // (its name, the two "Ding", and "he")
      4,
    ],
  ])('%s: "%s"', (_rule, text, name, mentions) => {
    const entity = extract(text).entities.find((e) => e.name === name);
    expect(entity?.mentions.length ?? 0).toBe(mentions);
  });
});
