// Shorter forms of one person's name in the same article: the first of two family names ("Rosselló" of
// "Ricardo Rosselló Nevares") and the first words of a longer name ("John Luk" of "John Luk Jok"), each only
// when one person has them; a family name written without its diacritics ("Erdogan" of "Erdoğan").
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a family name the parse reads as an adjective, opening a sentence',
    text: 'Singer Tara Swift played her last show in Oslo on Sunday. Swift thanked her band.',
    name: 'Tara Swift',
    type: 'Person',
    alias: ['Swift', 'surname'],
  },
  {
    rule: 'first of two family names',
    text: 'Ricardo Rosselló Nevares resigned on Friday. The exiting governor Rosselló appointed a successor.',
    name: 'Ricardo Rosselló Nevares',
    type: 'Person',
    alias: ['Rosselló', 'surname'],
  },
  {
    rule: 'the family name after a Romance particle, three words before it',
    text: 'Voters elected Luiz Inácio Lula da Silva on Sunday. Silva thanked them.',
    name: 'Luiz Inácio Lula da Silva',
    type: 'Person',
    alias: ['Silva', 'surname'],
  },
  {
    rule: 'the word before a Romance particle, a given name or a nickname',
    text: 'Voters elected Luiz Inácio Lula da Silva on Sunday. Lula thanked them.',
    name: 'Luiz Inácio Lula da Silva',
    type: 'Person',
    alias: ['Lula', 'surname'],
  },
  {
    rule: 'the first two words of a three-word name',
    text: 'Amos Deng Kuol died in Juba on Tuesday. Amos Deng had led the party for years.',
    name: 'Amos Deng Kuol',
    type: 'Person',
    alias: ['Amos Deng', 'name-prefix'],
  },
  {
    rule: 'the name without its middle name',
    text: 'Amos Kuol spoke on Monday. Amos Garang Kuol was born in 1950 in Bor.',
    name: 'Amos Garang Kuol',
    type: 'Person',
    alias: ['Amos Kuol', 'middle-name'],
  },
  {
    rule: 'the middle name as its initial',
    text: 'Amos Garang Kuol died on Monday. Amos G. Kuol had taught in Bor.',
    name: 'Amos Garang Kuol',
    type: 'Person',
    alias: ['Amos G. Kuol', 'middle-initial'],
  },
  {
    rule: 'the name without its middle name, which the text also gives as its initial',
    text: 'Amos Garang Kuol died on Monday. Amos G. Kuol had taught in Bor, and Amos Kuol wrote a book.',
    name: 'Amos Garang Kuol',
    type: 'Person',
    alias: ['Amos Kuol', 'middle-name'],
  },
  {
    rule: 'the name without its middle name and generational suffix',
    text: 'Former senator Amos Kuol died on Sunday. Amos Garang Kuol Jr., first elected in 1964, was born in Bor.',
    name: 'Amos Garang Kuol Jr',
    type: 'Person',
    alias: ['Amos Kuol', 'middle-name'],
  },
  {
    rule: 'the two family names without the given name',
    text: 'Senate President Tomás Ribeira Ortuño filed the suit. Ribeira Ortuño said the vote was illegal.',
    name: 'Tomás Ribeira Ortuño',
    type: 'Person',
    alias: ['Ribeira Ortuño', 'family-names'],
  },
  {
    rule: 'the two family names without the given name and an initial',
    text: 'Amos K. Deng Kuol was sworn in on Friday. Deng Kuol said he would serve.',
    name: 'Amos K. Deng Kuol',
    type: 'Person',
    alias: ['Deng Kuol', 'family-names'],
  },
  {
    rule: 'the family name with its hyphened Arabic article, capitalised at a sentence start',
    text: 'Yemeni journalist Samir Khalid al-Dorani died in Aden on Tuesday. Al-Dorani, who wrote for Dorn Radio, supported independence.',
    name: 'Samir Khalid al-Dorani',
    type: 'Person',
    alias: ['Al-Dorani', 'surname'],
  },
  {
    rule: 'a full name cut at a sentence start after a word the parse does not know is still written whole',
    text: 'Yemeni journalist Nabil Hasan al-Dorani shot dead in Aden\n\nNabil Hasan al-Dorani, a photo- and videojournalist from Yemen, died in the city of Aden on Tuesday.',
    name: 'Nabil Hasan al-Dorani',
    type: 'Person',
    alias: ['Hasan al-Dorani', 'name-written-whole'],
  },
  {
    rule: 'a family name of three words opened by a particle',
    text: 'Businessman Marco De La Vega won the vote. Later, De La Vega said the count was fair.',
    name: 'Marco De La Vega',
    type: 'Person',
    alias: ['De La Vega', 'family-names'],
  },
  {
    rule: "a family name a cue made a person's joins the full name only the default guess typed",
    text: "The motion passed after Zoraine Le Vasseur's party backed it. Le Vasseur accused him of ignoring her voters.",
    name: 'Zoraine Le Vasseur',
    type: 'Person',
    alias: ['Le Vasseur', 'family-names'],
  },
  {
    rule: 'one word of a five-word name with a patronymic',
    text: 'His successor, Tariq bin Hamad Al Rawas, attended the prayers. After the funeral, Tariq said he would go on.',
    name: 'Tariq bin Hamad Al Rawas',
    type: 'Person',
    alias: ['Tariq', 'surname'],
  },
  {
    rule: 'the family name written without its diacritics',
    text: 'Turkish President Ahmet Gökdoğan spoke on Monday. A statement from Gokdogan said talks would go on.',
    name: 'Ahmet Gökdoğan',
    type: 'Person',
    alias: ['Gokdogan', 'surname'],
  },
];

describe('person name forms', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test('two people share the first words: no merge', () => {
    const { entities } = extract('Amos Deng Kuol and Amos Deng Malual met. Amos Deng spoke first.');
    expect(find(entities, 'Amos Deng Kuol')?.aliases.map((a) => a.text)).not.toContain('Amos Deng');
    expect(find(entities, 'Amos Deng Malual')?.aliases.map((a) => a.text)).not.toContain('Amos Deng');
  });

  test('an initial that two spelled-out middle names begin with: no merge', () => {
    const { entities } = extract(
      'Amos Garang Kuol and Amos Gabriel Kuol met. Amos G. Kuol spoke first, then Amos Kuol.',
    );
    for (const name of ['Amos Garang Kuol', 'Amos Gabriel Kuol'])
      expect(find(entities, name)?.aliases.map((a) => a.text)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^Amos (G\. )?Kuol$/)]),
      );
  });

  test('a father and a son share the short name: no middle-name merge', () => {
    const { entities } = extract(
      'Amos Kuol Sr. farmed near Bor. His son Amos Garang Kuol Jr. was elected in 1964. Amos Kuol spoke on Monday.',
    );
    expect(find(entities, 'Amos Garang Kuol Jr')?.aliases.map((a) => a.text)).not.toContain('Amos Kuol');
  });

  // "Linux" beside "Red Hat Linux" and "CentOS Linux": the word ends two names of things, so it is their head.
  test.each<[string, string[]]>([
    [
      'Reporters met Tomas Revel in Oslo. Users moved from the Mesa Revel to the Nordic Revel, and Revel is still popular.',
      [],
    ],
    ['George Tarrant visited Fort Tarrant on Monday. Tarrant said the fort would close.', ['Tarrant']],
  ])('a word that ends two names of things is no surname: "%s"', (text, surnames) => {
    const { entities } = extract(text);
    const people = entities.filter((e) => e.type === 'Person');
    expect(people.flatMap((p) => p.aliases.filter((a) => a.rule === 'surname').map((a) => a.text))).toEqual(surnames);
  });

  // A short name refers back: a place the body names before a person whose name holds it stays the place.
  test.each<[string, string, string[]]>([
    [
      'Lawsuit filed\n\nVoters in Montana sued the state of Montana on Monday. Lawyer Montana Reyes spoke for them.',
      'Montana Reyes',
      [],
    ],
    [
      'Quarterback retires\n\nJoe Montana threw three passes on Sunday. Montana said he was happy.',
      'Joe Montana',
      ['Montana', 'he'],
    ],
  ])('a place named before the full name is no short form: "%s"', (text, person, shortForms) => {
    const { entities } = extract(text);
    expect(find(entities, person)?.aliases.map((a) => a.text)).toEqual(shortForms);
  });

  test.each([
    'Rebels freed the father of Liverpool forward Tomas Revel on Thursday. Tomas Anders Revel was handed to a mission.',
    "Police said Tomas Revel's father was freed. Tomas Anders Revel was handed to a mission.",
  ])('a name a kin word is said of is no short form of a longer name: "%s"', (text) => {
    const { entities } = extract(text);
    expect(find(entities, 'Tomas Anders Revel')?.aliases.map((a) => a.text)).not.toContain('Tomas Revel');
    expect(find(entities, 'Tomas Revel')?.type).toBe('Person');
  });

  test('a given name and the family name after a first given name: no merge', () => {
    const { entities } = extract('John Paul Jones sang on Monday. Paul Jones danced.');
    expect(find(entities, 'John Paul Jones')?.aliases.map((a) => a.text)).not.toContain('Paul Jones');
  });

  test('a given name the parse reads as an adjective is no short form of the person', () => {
    const { entities } = extract(
      'Ann Cole named the new system after Rocky Vell. Rocky Linux will be free. Rocky will always remain open to everyone.',
    );
    expect(find(entities, 'Rocky Vell')?.aliases.map((a) => a.text)).not.toContain('Rocky');
  });

  test('a middle given name is no short form', () => {
    const { entities } = extract('Peter Michael Doyle spoke in Texas. Michael did not attend.');
    expect(find(entities, 'Peter Michael Doyle')?.aliases.map((a) => a.text)).not.toContain('Michael');
  });
});

// A regnal name is a whole name: no short form of another person's, only of its own longer forms.
test.each<[string, string, string, boolean]>([
  [
    'Pope Clement named new cardinals, including the Archbishop of Dorn, Clement Hale. Clement said the choice was hard.',
    'Clement Hale',
    'Clement',
    false,
  ],
  ['Queen Matilda II opened the bridge. Queen Matilda said it was a fine day.', 'Matilda II', 'Matilda', true],
  ['Sultan Tariq bin Hamad ruled for decades. Sultan Tariq died on Friday, aged 79.', 'Tariq bin Hamad', 'Tariq', true],
])('"%s": %s has the alias %s: %s', (text, name, short, has) => {
  const aliases = find(extract(text).entities, name)?.aliases.map((a) => a.text) ?? [];
  expect(aliases.includes(short)).toBe(has);
});
