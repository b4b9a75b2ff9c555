// Organisation cues: a kind of organisation before a name, or what only an organisation has after it.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a family name after "the chief executive of" is the firm, apart from the person who leads it',
    text: 'Velco agreed to buy Dorrance for $5 billion. Mark Dorrance, the chief executive of Dorrance, will join the board.',
    name: 'Dorrance',
    type: 'Organization',
    mentions: ['Dorrance', 'Dorrance'],
  },
  {
    rule: 'not a place a firm is based in after "the chief executive of"',
    text: 'Ann Cole, chief executive of Bergen-based consultancy Dorn Maritime, spoke.',
    name: 'Bergen',
    type: 'Place',
  },
  {
    rule: 'a name after "the board of"',
    text: 'Ann Cole joined the board of Halvorsen on Monday.',
    name: 'Halvorsen',
    type: 'Organization',
  },
  {
    rule: 'a supplier before a name read as a personal one',
    text: 'Ann Cole, a former head of aerospace supplier Morgan Dalby, took over on Monday.',
    name: 'Morgan Dalby',
    type: 'Organization',
  },
  {
    rule: 'a name after "shares of", its first word used alone',
    text: 'Shares of Varo Nordin fell on Friday. Varo said it would cut jobs.',
    name: 'Varo Nordin',
    type: 'Organization',
  },
  {
    rule: "a region's possessive after the name and a comma opens an apposition, no place the name is in",
    text: 'The fall wiped billions off the value of Velmora, Europe’s largest brewer, on Friday.',
    name: 'Velmora',
    type: 'Organization',
  },
  {
    rule: "a broadcaster before a person's full name: a person's trade",
    text: 'The veteran broadcaster David Orrin said the film was his last.',
    name: 'David Orrin',
    type: 'Person',
  },
  {
    rule: "a publisher before a person's full name",
    text: 'Media publisher Rupert Vance stepped down on Friday.',
    name: 'Rupert Vance',
    type: 'Person',
  },
  {
    rule: 'a broadcaster before a one-word name: the body',
    text: 'The state broadcaster Velkor said the vote was fair.',
    name: 'Velkor',
    type: 'Organization',
  },
  {
    rule: 'a name read as a given name and a surname, after "analysts at": a workplace',
    text: 'Analysts at Morgan Dalby said the purchase would help the firm.',
    name: 'Morgan Dalby',
    type: 'Organization',
  },
  {
    rule: 'a town hyphened onto "-based" after "economists at" is where the workplace is, no workplace',
    text: 'Economists at Lagos-based Cowry Asset Management said the decision was expected.',
    name: 'Lagos',
    type: 'Place',
  },
  {
    rule: 'an unknown name after "researchers at"',
    text: 'Researchers at Velkoro found the virus in bats.',
    name: 'Velkoro',
    type: 'Organization',
  },
  {
    rule: "a newspaper's title word after a place's name",
    text: 'The Baltimore Sun reported on Friday that the senator had been sick.',
    name: 'Baltimore Sun',
    type: 'Organization',
  },
  {
    rule: "a newspaper's title word after a country's name",
    text: 'According to the Cyprus Mail, the pipeline would end in Italy.',
    name: 'Cyprus Mail',
    type: 'Organization',
  },
  {
    rule: 'a name modifying "member": an Arabic article the parse reads as a surname',
    text: 'Police arrested a senior al-Vashar member in Kano on Monday.',
    name: 'al-Vashar',
    type: 'Organization',
  },
  {
    rule: 'a name modifying "members"',
    text: 'Two Tarsk Kellan members were freed after the talks.',
    name: 'Tarsk Kellan',
    type: 'Organization',
  },
  {
    rule: 'airline before the name; the name alone joins it',
    text: 'Norway banned Iranian airline Varkan Air on Monday. Varkan has flown to Oslo since 2012.',
    name: 'Varkan Air',
    type: 'Organization',
    alias: ['Varkan', 'company-word'],
  },
  {
    rule: 'carmaker before a one-word name',
    text: 'Workers at the German carmaker Holtenbach went on strike. Holtenbach said pay would rise.',
    name: 'Holtenbach',
    type: 'Organization',
  },
  {
    rule: "a political body's kind in lower case after the name, a name used alone later",
    text: 'The opposition Democratic Renewal party won the vote. Renewal leader Ann Cole said Democratic was a good word.',
    name: 'Democratic Renewal',
    type: 'Organization',
  },
  {
    rule: 'a movement',
    text: 'Ann Cole joined the Civic Dawn movement in May. Dawn supporters marched.',
    name: 'Civic Dawn',
    type: 'Organization',
  },
  {
    rule: 'a kind written with a hyphen ("start-up"); the first word alone joins the name',
    text: 'A rocket built by the start-up Kestrel Orbital exploded on Saturday. Kestrel said it would fly again.',
    name: 'Kestrel Orbital',
    type: 'Organization',
    alias: ['Kestrel', 'firm-first-word'],
  },
  {
    rule: 'the second of two names after "worked at": no one works at a person',
    text: 'Tom Hale ran the unit. He previously worked at Vellor and Harry Kestrane.',
    name: 'Harry Kestrane',
    type: 'Organization',
  },
  {
    rule: 'a public service named by its field right before the name, a place in its name',
    text: 'It was the strongest storm in 90 years, according to the national weather service Clima-Peru.',
    name: 'Clima-Peru',
    type: 'Organization',
  },
  {
    rule: 'a trade in goods ("copper producer") after "state-owned"',
    text: 'Regulators fined the state-owned copper producer Velcor over a spill. Velcor said it would appeal.',
    name: 'Velcor',
    type: 'Organization',
  },
  {
    rule: 'a state-owned trade, no goods named',
    text: 'Regulators fined the state-owned supplier Velcor on Monday. Velcor said it would appeal.',
    name: 'Velcor',
    type: 'Organization',
  },
  {
    rule: 'the next sentence gives the body a role by "Its"',
    text: 'World Rowing said the record would stand. Its president, Helen Brandt, praised the crew.',
    name: 'World Rowing',
    type: 'Organization',
  },
  {
    rule: 'an arms supplier',
    text: 'The arms supplier Drayven said sales rose.',
    name: 'Drayven',
    type: 'Organization',
  },
  {
    rule: 'a kind in the plural before a list: the first name',
    text: 'Tour operators Kestrel2 and Velra cancelled flights to Rhodes.',
    name: 'Kestrel2',
    type: 'Organization',
  },
  {
    rule: 'a kind in the plural before a list: the name after "and"',
    text: 'Tour operators Kestrel2 and Velra cancelled flights to Rhodes.',
    name: 'Velra',
    type: 'Organization',
  },
  {
    rule: 'what is owned is no person',
    text: 'Tom Hale said Vellor, which also owns Kia, would build a plant in Dorn.',
    name: 'Kia',
    type: 'Organization',
  },
  {
    rule: 'a one-word maker of a trade before the name',
    text: 'Orbis agreed to buy the chipmaker Helix for $12 billion. Helix said the deal was fair.',
    name: 'Helix',
    type: 'Organization',
  },
  {
    rule: 'a semiconductor firm after a role word',
    text: 'Orbis bought the chip designer Helix Semiconductor for $12 billion.',
    name: 'Helix Semiconductor',
    type: 'Organization',
  },
  {
    rule: 'a union before the name and a role after it',
    text: "Rail workers' trade union Vorlef general secretary Ann Cole said talks had failed.",
    name: 'Vorlef',
    type: 'Organization',
  },
  {
    rule: 'a group before a name that reads like a person',
    text: 'Tom Hale of the victims group Ending Silence Now said the church must act.',
    name: 'Ending Silence Now',
    type: 'Organization',
  },
  {
    rule: "what an organisation has: X's shareholders",
    text: "Dravik Lund's shareholders met in Malmo. Dravik Lund plans to grow.",
    name: 'Dravik Lund',
    type: 'Organization',
  },
  {
    rule: "X's chief executive",
    text: "Pelham Torr's chief executive resigned on Friday. Torr said little.",
    name: 'Pelham Torr',
    type: 'Organization',
  },
];

describe('org cues', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test.each([
    ['a person who speaks stays a person', 'Helen Brandt said the plan was late. Brandt left.', 'Helen Brandt'],
    [
      'a possessive before a non-organisation noun is no cue',
      "Helen Brandt's speech was short. She left.",
      'Helen Brandt',
    ],
    ['a family member is no body of members', 'Helen Brandt arrived. A Brandt family member spoke.', 'Helen Brandt'],
    [
      'a name that does not open its sentence is no antecedent of the next one\'s "Its"',
      'On Monday, Helen Brandt praised the union. Its president resigned.',
      'Helen Brandt',
    ],
    ['a trade of a person\'s ("film producer")', 'The film producer Helen Brandt said sales rose.', 'Helen Brandt'],
  ])('%s', (_rule, text, name) => {
    expect(find(extract(text).entities, name)?.type).toBe('Person');
  });

  test('a person\'s possessive after "at" is no workplace', () => {
    expect(find(extract("Fans at Morgan Dalby's concert cheered.").entities, 'Morgan Dalby')?.type).toBe('Person');
  });

  test("a person's possessive before a political body's kind is no body of that name", () => {
    const entities = extract(
      "Prime Minister Mark Vell met farmers. Vell's coalition wants to halve emissions. Vell said he would talk.",
    ).entities;
    expect(find(entities, 'Mark Vell')?.aliases.map((a) => a.text)).toContain('Vell');
    expect(entities.filter((e) => e.type === 'Organization').map((e) => e.name)).not.toContain('Vell');
  });

  test("a first word that opens two firms' names joins neither", () => {
    const entities = extract(
      'Investors backed the start-up Kestrel Orbital and the start-up Kestrel Cargo. Kestrel said it would grow.',
    ).entities;
    for (const name of ['Kestrel Orbital', 'Kestrel Cargo'])
      expect(find(entities, name)?.aliases.map((a) => a.text)).not.toContain('Kestrel');
  });

  test('a kind fronted in a relative clause has the name for its subject, no body of that name', () => {
    const entities = extract(
      'Tom Hale was jailed. Ann Cole, whose party Hale belonged to, said the verdict was fair.',
    ).entities;
    expect(find(entities, 'Hale')).toBeUndefined();
    expect(find(entities, 'Tom Hale')?.aliases.map((a) => a.text)).toContain('Hale');
  });
});
