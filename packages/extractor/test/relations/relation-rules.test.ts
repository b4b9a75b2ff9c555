// Relation rules: one sentence per construction with every triple it must give (subject TYPE object),
// then the claim attributes (negation, hedging, attribution, quotation).
import { extract } from '../../src/index.js';
import { RELATION_RULES } from '../../src/relations/rules/index.js';

function triples(text: string): string[] {
  const r = extract(text);
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.triples.map((t) => `${name.get(t.subject)} ${t.predicate.type} ${name.get(t.object)}`).sort();
}

describe('relation rules', () => {
  test.each([
    ['subject-verb-object', 'On Monday, Apple bought Tesla.', ['Apple ACQUIRES Tesla']],
    [
      'coordinated objects split',
      'Microsoft invested in OpenAI, Nvidia, Amazon, and Google.',
      [
        'Microsoft INVESTS_IN Amazon',
        'Microsoft INVESTS_IN Google',
        'Microsoft INVESTS_IN Nvidia',
        'Microsoft INVESTS_IN OpenAI',
      ],
    ],
    [
      'relational object noun',
      'The US has threatened to expand sanctions on Huawei and ZTE.',
      ['United States SANCTIONS Huawei', 'United States SANCTIONS ZTE'],
    ],
    [
      'place of the event',
      'Angela Merkel met Emmanuel Macron in Paris on Monday.',
      ['Angela Merkel LOCATED_IN Paris', 'Angela Merkel MEETS Emmanuel Macron'],
    ],
    [
      'coordinated subjects each take the object',
      'Volvo and Geely signed a deal with Ford.',
      ['Geely PARTNERS_WITH Ford', 'Volvo PARTNERS_WITH Ford'],
    ],
    [
      'a fronted place is no coordinated subject',
      'In Paris, Volvo and Geely signed a deal with Ford.',
      ['Geely PARTNERS_WITH Ford', 'Volvo PARTNERS_WITH Ford'],
    ],
    [
      'the subject of a complement clause is no object',
      'Maria Lopez campaigned in Texas. Projections by Reuters and Gallup indicated she won, in addition to Texas, also the vote in Ohio.',
      ['Maria Lopez LOCATED_IN Texas'],
    ],
    [
      'a coordinated phrase with its own verb starts a new clause',
      'The Labour Party won a majority in the Senate and both Maria Lopez and Tom Hart claimed victory in the vote.',
      ['Labour Party RELATED_TO Senate'],
    ],
    [
      'a person joining a party becomes part of it',
      'Maria Lopez decided to join the Green Party.',
      ['Maria Lopez PART_OF Green Party'],
    ],
    [
      'one competes with rivals, not in contests',
      'Ann Cole had opted not to compete in the Boston Marathon.',
      ['Boston Marathon LOCATED_IN Boston'],
    ],
    [
      'a list of places after "in" is not where the subject was',
      'Maria Lopez won in Ohio, Iowa and Nevada on Tuesday.',
      [],
    ],
    [
      'a place after a thing as object belongs to the thing, not the subject',
      'Peter Novak owns the Bluebell bakery in Krakow.',
      [],
    ],
    [
      'pronoun subject resolved',
      'Angela Merkel met Emmanuel Macron. She praised France.',
      ['Angela Merkel MEETS Emmanuel Macron', 'Angela Merkel SUPPORTS France'],
    ],
    [
      'coordinated verb inherits the subject',
      'Last week, the US Treasury Department labeled China a country of concern and sanctioned Huawei.',
      ['US Treasury Department LABELS China', 'US Treasury Department SANCTIONS Huawei'],
    ],
    [
      'passive with agent',
      'Last week, China was labeled a country of concern by the Treasury Department.',
      ['Treasury Department LABELS China'],
    ],
    [
      'reduced participle',
      'The US sanctioned several Chinese chip firms linked to Huawei.',
      ['Chinese chip firms LINKED_TO Huawei', 'United States SANCTIONS Chinese chip firms'],
    ],
    [
      'relative clause subject',
      'Sony, which owns Columbia Pictures, sued Netflix.',
      ['Sony ACCUSES Netflix', 'Sony OWNS Columbia Pictures'],
    ],
    ['apposition, role first', "China's leader, Xi Jinping, made several admissions.", ['Xi Jinping LEADS China']],
    [
      'apposition, person first',
      'Boris Johnson, the prime minister of Britain, visited Germany.',
      ['Boris Johnson LEADS United Kingdom', 'Boris Johnson VISITS Germany'],
    ],
    [
      'title compound',
      'Microsoft co-founder Bill Gates visited Kenya.',
      ['Bill Gates FOUNDED Microsoft', 'Bill Gates VISITS Kenya'],
    ],
    ['copula role', 'Tim Cook is the chief executive of Apple.', ['Tim Cook LEADS Apple']],
    ['nominal relation', 'The US sanctions on Huawei hurt sales.', ['United States SANCTIONS Huawei']],
    [
      'reported speech is a claim, not SAYS edges',
      'On Friday, Angela Merkel said that Germany would support Ukraine.',
      ['Germany SUPPORTS Ukraine'],
    ],
    ['inverted attribution makes no edge', '“We will defeat Russia,” said Volodymyr Zelensky.', []],
    [
      'an addressee is a SAYS edge',
      'Olaf Brenner told the Financial Times about his plans.',
      ['Olaf Brenner SAYS Financial Times'],
    ],
    [
      '-ing modifier belongs to the nearest noun',
      'Angela Merkel was flown to Berlin for treatment of injuries including burns.',
      ['Angela Merkel RELATED_TO Berlin'],
    ],
    ['complement clause, not an object', 'Analysts say Xi Jinping met Joe Biden.', ['Xi Jinping MEETS Joe Biden']],
    [
      'docking with a station visits it',
      'On Sunday, Cygnus docked with the International Space Station.',
      ['Cygnus VISITS International Space Station'],
    ],
    [
      'paying tribute supports',
      'Michael Makuei paid tribute to Anna Lind on Monday.',
      ['Michael Makuei SUPPORTS Anna Lind'],
    ],
    [
      'confirming a person appoints',
      'The Senate of Ohio confirmed Tom Hale on Friday.',
      ['Senate of Ohio APPOINTS Tom Hale', 'Senate of Ohio PART_OF Ohio'],
    ],
    ['confirming what happened to a person appoints nobody', 'Acme Group confirmed Tom Hale had resigned.', []],
    [
      'legalising changes a topic',
      'Uruguay legalized recreational cannabis in 2013.',
      ['Uruguay AFFECTS recreational cannabis'],
    ],
    ['outlawing blocks a topic', 'Rwanda outlawed plastic bags in 2008.', ['Rwanda BLOCKS plastic bags']],
  ])('%s', (_rule, sentence, expected) => {
    expect(triples(sentence)).toEqual(expected);
  });

  test.each(RELATION_RULES.map((r) => [r.name, r.example] as const))(
    'the %s rule reads its README example',
    (name, example) => {
      expect(extract(example).triples.filter((t) => t.rule === name).length).toBeGreaterThan(0);
    },
  );
});

describe('claim attributes', () => {
  const one = (text: string, type: string) => {
    const r = extract(text);
    const t = r.triples.find((x) => x.predicate.type === type);
    const name = new Map(r.entities.map((e) => [e.id, e.name]));
    return (
      t && {
        ...t,
        subject: name.get(t.subject),
        object: name.get(t.object),
        attributedTo: t.attributedTo && name.get(t.attributedTo),
      }
    );
  };

  test.each([
    ['negated', 'On Monday, Apple did not buy Tesla.', 'ACQUIRES', { negated: true, hedged: false }],
    ['hedged by a modal', 'Analysts say Google may acquire Fitbit.', 'ACQUIRES', { negated: false, hedged: true }],
    [
      'hedged by an adverb',
      'The Treasury Department reportedly blocked the sale of Nokia.',
      'BLOCKS',
      { hedged: true },
    ],
    [
      'hedged by an intention verb',
      'The US has threatened to expand sanctions on Huawei.',
      'SANCTIONS',
      { hedged: true },
    ],
    ['hedged by a schedule', 'Ann Cole is scheduled to meet Bo Lind on Friday.', 'MEETS', { hedged: true }],
    [
      'hedged by a plan ("is set to", which the tagger reads as a noun)',
      'Acme Corp is set to buy Beta Ltd.',
      'ACQUIRES',
      { hedged: true },
    ],
    ['negated by a refusal', 'Ann Cole refused to meet Tom Hale.', 'MEETS', { negated: true, hedged: false }],
    ['negated by a failure', 'Pell Group failed to buy Castor Mining.', 'ACQUIRES', { negated: true }],
    ['hedged when only asked', 'Ann Cole was asked to lead the Harbour Club.', 'LEADS', { hedged: true }],
    [
      'a verb after "to" is a base form',
      'Tom Hale went on to found Pell Group.',
      'FOUNDED',
      { subject: 'Tom Hale', object: 'Pell Group' },
    ],
    [
      'a noun-tagged verb after "to" before a name',
      'Canada decided to sanction Peru.',
      'SANCTIONS',
      { subject: 'Canada', object: 'Peru' },
    ],
    [
      'impeaching someone charges them',
      'The Norland Senate impeached Tom Hale in May.',
      'ACCUSES',
      { subject: 'Norland Senate', object: 'Tom Hale' },
    ],
    [
      'attributed, indirect',
      'On Friday, Angela Merkel said that Germany would support Ukraine.',
      'SUPPORTS',
      { subject: 'Germany', object: 'Ukraine', attributedTo: 'Angela Merkel' },
    ],
    [
      'attributed, direct quotation',
      '“Germany will help Ukraine,” Angela Merkel said.',
      'SUPPORTS',
      { attributedTo: 'Angela Merkel', quote: 'Germany will help Ukraine' },
    ],
  ])('%s', (_name, text, type, expected) => {
    expect(one(text, type)).toMatchObject(expected);
  });

  test('evidence is the sentence, with its offsets into the text', () => {
    const text = 'It rained. On Monday, Apple bought Tesla.';
    const [t] = extract(text).triples;
    expect(t.evidence).toEqual({ sentence: 1, start: 11, end: text.length, text: 'On Monday, Apple bought Tesla.' });
    expect(t.predicate).toEqual({ type: 'ACQUIRES', lemma: 'buy', text: 'bought' });
  });

  test('odd text gives no triples and never throws', () => {
    for (const s of ['', ',,, ;;', '“”', 'and and and', '\u0000x'.repeat(50)]) expect(extract(s).triples).toEqual([]);
  });
});
