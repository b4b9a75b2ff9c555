// Person cues: a weakly typed personal-looking name becomes a Person when it has what only a person has.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a family name the parse reads as an adjective, after a first word the lexicon knows as a name',
    text: 'Girls were hurt at a Taylor Swift-themed class in Dorn. Swift said she was in shock.',
    name: 'Taylor Swift',
    type: 'Person',
  },
  {
    rule: 'a role played',
    text: 'The robot was nicknamed "Ripley" for Delphine Arkwright\'s character in the film.',
    name: 'Delphine Arkwright',
    type: 'Person',
  },
  {
    rule: 'kin',
    text: "Reporters waited outside. Bryn Tirion's husband spoke to them on Monday.",
    name: 'Bryn Tirion',
    type: 'Person',
  },
  {
    rule: 'a body led by the name',
    text: 'The company, led by Orvan Velk, has long argued that its cars are safe.',
    name: 'Orvan Velk',
    type: 'Person',
  },
  {
    rule: 'a government under the name',
    text: 'The previous government under Orvan Velk had pushed the target back to 2035.',
    name: 'Orvan Velk',
    type: 'Person',
  },
  {
    rule: 'a party under the name',
    text: 'The party under Vorlan Dask lost half of its seats.',
    name: 'Vorlan Dask',
    type: 'Person',
  },
  {
    rule: 'a speaker past a "whose" aside who says "he" of himself',
    text: 'Orvan Velk Darrow, whose Harbour Party came third, said he would not back the government.',
    name: 'Orvan Velk Darrow',
    type: 'Person',
  },
  {
    rule: 'a wealth word before the name',
    text: 'The party, founded by billionaire Orvan Velk, won the vote.',
    name: 'Orvan Velk',
    type: 'Person',
  },
  {
    rule: 'a charity founded by the name',
    text: 'A charity founded by Talia Brenn opened a clinic in Oslo.',
    name: 'Talia Brenn',
    type: 'Person',
  },
  {
    rule: 'an age between commas',
    text: 'Police in Kazan said Rustam Nurmagomedov, 45, was arrested at the station.',
    name: 'Rustam Nurmagomedov',
    type: 'Person',
  },
  {
    rule: 'an apposition headed by a title, past a hyphened age and a demonym',
    text: 'Among them is Orvan Velk, a 44-year-old Ukrainian bishop based in Oslo.',
    name: 'Orvan Velk',
    type: 'Person',
  },
  {
    rule: 'an apposition headed by a title',
    text: 'Ilmar Kask, the Information Minister, opened the museum in Tartu.',
    name: 'Ilmar Kask',
    type: 'Person',
  },
  {
    rule: 'an apposition headed by a role word',
    text: 'Rebels met on Monday with Arvid Tolkan, a Norwegian peace envoy, in Doha.',
    name: 'Arvid Tolkan',
    type: 'Person',
  },
  {
    rule: "an apposition headed by a player's position",
    text: 'Dorn took the lead when Ilmo Varta, the Norland forward, curled a shot into the corner.',
    name: 'Ilmo Varta',
    type: 'Person',
  },
  {
    rule: 'an apposition headed by "substitute"',
    text: 'Dorn won after Ilmo Varta, a substitute, headed in a corner.',
    name: 'Ilmo Varta',
    type: 'Person',
  },
  {
    rule: "an apposition opened by a place's possessive, headed by a title",
    text: "Orvo Tallak, Norland's human rights commissioner, said the prisoners were freed.",
    name: 'Orvo Tallak',
    type: 'Person',
  },
  {
    rule: "an apposition headed by a practitioner's noun the lexicon lacks",
    text: 'Rebels met on Monday with Orvo Tallak, a Finnish ecologist who studies wolves.',
    name: 'Orvo Tallak',
    type: 'Person',
  },
  {
    rule: 'an apposition headed by a role word with its complement',
    text: 'The report was written by Suvi Paloheimo, a lawyer for the union.',
    name: 'Suvi Paloheimo',
    type: 'Person',
  },
  {
    rule: 'an apposition naming one of a plural role',
    text: "Talks were held with Mykola Dovzhenko, one of President Ana Ruiz's aides, in Kyiv.",
    name: 'Mykola Dovzhenko',
    type: 'Person',
  },
  {
    rule: 'one of the founders of a body',
    text: 'The prize went to Arvo Tamsalu, one of the founders of the museum.',
    name: 'Arvo Tamsalu',
    type: 'Person',
  },
  {
    rule: 'an apposition headed by a title, with no closing comma',
    text: 'Osei Quarcoo, the deputy governor said the bank would act.',
    name: 'Osei Quarcoo',
    type: 'Person',
  },
  {
    rule: 'an apposition opened by a bare title and its complement',
    text: 'The paper quoted Tarin Wolde, chief of the Ethiopian Rail Authority, as saying the line would reopen.',
    name: 'Tarin Wolde',
    type: 'Person',
  },
  {
    rule: 'an apposition opened by a bare title, "for"',
    text: 'Talks stalled, said Mirek Halvo, spokesman for the port workers.',
    name: 'Mirek Halvo',
    type: 'Person',
  },
  {
    rule: 'a title abbreviation',
    text: 'Tendai Moyo praised Robert Mugabe. Cde Mugabe had led the party for decades.',
    name: 'Robert Mugabe',
    type: 'Person',
  },
  {
    rule: 'a role word the lexicon does not mark',
    text: 'After his aide Hope Hicks tested positive, the governor left the rally.',
    name: 'Hope Hicks',
    type: 'Person',
  },
  {
    rule: "a player's position before the name",
    text: 'Steve Hale top-scored with 74, while Indian spinner Kuldo Varma took four wickets.',
    name: 'Kuldo Varma',
    type: 'Person',
  },
  {
    rule: 'a killing',
    text: 'The move follows the killing of Qasem Soleimani in an airstrike.',
    name: 'Qasem Soleimani',
    type: 'Person',
  },
  {
    rule: "a defender's position of two words",
    text: 'Dorn Rovers also signed right back Jeremie Tavanga from Vale Leeds.',
    name: 'Jeremie Tavanga',
    type: 'Person',
  },
  {
    rule: 'a funeral',
    text: 'Hundreds attended the funeral of Tavo Merrick on Sunday.',
    name: 'Tavo Merrick',
    type: 'Person',
  },
];

describe('person cues', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test("an organisation's shareholders make no person", () => {
    const e = find(
      extract("Investors sold shares. Talvane Industries' shareholders met on Monday.").entities,
      'Talvane Industries',
    );
    expect(e?.type).not.toBe('Person');
  });

  test('a name after "in" before "said" is no speaker', () => {
    const e = find(
      extract('A study published on Monday in Velmar Astronomy said ice was common.').entities,
      'Velmar Astronomy',
    );
    expect(e?.type).not.toBe('Person');
  });

  test('a name after "under" that is no leader makes no person', () => {
    const e = find(extract('The ship sailed under Talvane Bridge on Monday.').entities, 'Talvane Bridge');
    expect(e?.type).not.toBe('Person');
  });

  test("a body owned by a name that looks like a person's makes no person (owning is no leading)", () => {
    const e = find(extract('The shop, owned by Orvan Velk, closed on Monday.').entities, 'Orvan Velk');
    expect(e?.type).not.toBe('Person');
  });

  test.each([
    'Revenue at Halden Aerospace, 45, 46 and 47 rose in the quarters.',
    'Orders for Tarvik Tools, 12, 15 and 20 were shipped.',
  ])('numbers in a list are no age: "%s"', (text) => {
    const e = extract(text).entities.find((x) => x.type === 'Person');
    expect(e).toBeUndefined();
  });

  test.each([
    'Investors sold Quorvex Vanta, maker of the Vanta phone, on Monday.',
    'Buses run from Derren Hill, Lowther Park and Cale Green to the coast.',
    'Investors sold Quorvex Vanta, one of the largest phone makers, on Monday.',
  ])('a bare role noun or a list after the comma makes no person: "%s"', (text) => {
    expect(extract(text).entities.find((x) => x.type === 'Person')).toBeUndefined();
  });

  test.each([
    'A judge sentenced Ravi Kohl, a former Vestra Air manager, to nine years after he admitted the theft.',
    'Rival Velmar Defence and Space had also bid for the work. Velmar declined to comment.',
  ])('a name modifying a noun, or cut before "and" and a word of its own name, is no person: "%s"', (text) => {
    const names = extract(text)
      .entities.filter((x) => x.type === 'Person')
      .map((x) => x.name);
    expect(names.filter((n) => /Vestra|Velmar/.test(n))).toEqual([]);
  });

  test('a family name before an ordinary adjective names a thing, not a person', () => {
    const e = find(extract('Crowds queued outside Tate Modern on Sunday.').entities, 'Tate Modern');
    expect(e?.type).not.toBe('Person');
    expect(find(extract('Fans cheered Neil Young in Oslo.').entities, 'Neil Young')?.type).toBe('Person');
  });

  test('a hyphened compound before the name is no role ("the in-person …")', () => {
    const text = 'The party cancelled the in-person Green National Convention planned for June.';
    expect(find(extract(text).entities, 'Green National Convention')?.type).not.toBe('Person');
  });

  test('"Cde" is a title, not part of the name', () => {
    const r = extract('Tendai Moyo praised Robert Mugabe. Cde Mugabe had led the party for decades.');
    expect(r.entities.map((e) => e.name)).not.toContain('Cde Mugabe');
    expect(find(r.entities, 'Robert Mugabe')?.mentions).toHaveLength(2);
  });
});

test('a name in brackets after a title word is no holder of the title', () => {
  const { entities } = extract('The Court of Justice (Vorster Grichtshof) ruled on Monday.');
  const e = entities.find((x) => x.mentions.some((m) => m.text === 'Vorster Grichtshof'));
  expect(e?.type).toBe('Organization');
});

describe('person cues: names that are no person', () => {
  test.each([
    [
      'a name before a role word and a person is the employer, even when its first word is used alone',
      'Hale worked at Kestrel for years. Kestrel Oceanic director Ann Brandt said he was brilliant.',
      'Kestrel Oceanic',
    ],
    [
      'a name after "in" is a place, not whom the next "he" is about',
      'Tom Hale moved to Norland for a job in Tarvik Olm. Although it failed, he stayed there.',
      'Tarvik Olm',
    ],
    [
      'a name after a title and a preposition is the body the title serves',
      'A spokesperson for Dorvik Transit said the buses were safe.',
      'Dorvik Transit',
    ],
    [
      'a name a name\'s possessive owns, before "said", is the owner\'s body',
      "The motion passed after Zoraine Le Vasseur's Vell Rally said it would vote with the left.",
      'Vell Rally',
    ],
    [
      'a name after "of" before "said" is not who speaks',
      'Biologist Ann Cole of Varn Research said the virus spreads quickly.',
      'Varn Research',
    ],
    [
      'the one told is no speaker put after the verb',
      '"We were amazed," Tom Hale told Varn Quarterly.',
      'Varn Quarterly',
    ],
    ['nor whom the "he" after it is about', 'Tom Hale told Varn Quarterly he was amazed.', 'Varn Quarterly'],
    [
      'a body after a role and "of" is not whom the "he" after it is about',
      'Tom Hale, president of Varn Crest, said he hoped to build it.',
      'Varn Crest',
    ],
    ['nor one after a title and "for"', 'Ann Cole, a spokeswoman for Varn Crest, said she was sorry.', 'Varn Crest'],
    [
      "a name before a firm's staff word, though its first word is a given name",
      'Analysts were upbeat. Morgan Kestrel analyst Ann Cole raised her price target.',
      'Morgan Kestrel',
    ],
    [
      'an abstract noun in the name, whose first word is used alone',
      'Sales fell, according to Varn Threat Intelligence. "It is bad," said Ann Cole, Varn\'s head of research.',
      'Varn Threat Intelligence',
    ],
    [
      "a business word in the plural closes a firm's name, not a personal one",
      'The cost will be met by the developer, Varn Crest Developments, and investors.',
      'Varn Crest Developments',
    ],
    [
      "a people's adjective opening the name, its last word used alone",
      'A reporter from Polish Varnet met Tom Hale. Hale later told Varnet he was amazed.',
      'Polish Varnet',
    ],
  ])('%s', (_rule, text, name) => {
    expect(find(extract(text).entities, name)?.type).not.toBe('Person');
  });
});
