// country-groups: a country's people or forces are a body of their own, named as written; the country keeps
// its node. Sentences written for this test.
import { extract } from '@kg/extractor';

const entities = (text: string) => extract(text).entities.map((e) => `${e.name} (${e.type})`);

describe('country-groups', () => {
  test.each([
    ['a demonym before a group word', 'Dutch officials met Kenya on Monday.', 'Dutch officials (Organization)'],
    ['a country name before it', 'Canada said U.S. soldiers crossed the border.', 'U.S. soldiers (Organization)'],
    ['one modifier between', 'Chile said Peruvian armed forces had left.', 'Peruvian armed forces (Organization)'],
    ['a compass word with the demonym', 'South Korean police arrested two men.', 'South Korean police (Organization)'],
  ])('%s', (_name, text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  test.each([
    ['a group word modifying another noun', 'Canadian military bases closed in May.', /military/],
    ['the state itself stays the country', 'The Chinese government denied it.', /government/],
    ['a person noun is no body', 'A Kenyan runner won in Boston.', /runner/],
    [
      'a capitalised body keeps its name',
      'The Iraqi Security Forces left Mosul.',
      /Iraqi Security Forces \(Organization\)/,
    ],
  ])('no new body: %s', (_name, text, shape) => {
    const names = entities(text);
    if (/Security/.test(text)) expect(names.filter((n) => shape.test(n))).toHaveLength(1);
    else expect(names.filter((n) => shape.test(n))).toEqual([]);
  });

  test('the forms of one armed force are one node, named by its most frequent form', () => {
    const text =
      'Greek troops reached Crete. Greece said Greek troops would stay. The Greek military denied it, and Greek soldiers left.';
    const forces = extract(text).entities.filter((e) => /Greek/.test(e.name));
    expect(forces.map((e) => e.name)).toEqual(['Greek troops']);
    expect(forces[0].aliases.map((a) => a.text).sort()).toEqual(['Greek military', 'Greek soldiers']);
  });

  test.each([
    [
      'one country\'s forces: "the Armed Forces" is that body',
      'Greek troops left Athens on Monday. Ann Cole praised women in the Armed Forces.',
      ['Greek troops'],
    ],
    [
      "two countries' forces: it stays apart",
      'Greek troops and Turkish troops met on Monday. Ann Cole praised women in the Armed Services.',
      ['Armed Services', 'Greek troops', 'Turkish troops'],
    ],
  ])('%s', (_name, text, expected) => {
    const bodies = extract(text)
      .entities.filter((e) => e.type === 'Organization')
      .map((e) => e.name)
      .sort();
    expect(bodies).toEqual(expected);
  });

  test.each([
    [
      'a singular mention of the same words is the same body',
      'Valdor expelled two Russian diplomats on Monday. Last year it expelled a Russian diplomat.',
      ['Russian diplomats (Organization)'],
    ],
    [
      'a bare group word elsewhere stays a concept (guard)',
      'Greek troops left Athens on Monday. Ann Cole said troops were tired.',
      ['Greek troops (Organization)', 'troops (Concept)'],
    ],
  ])('one node per mention: %s', (_name, text, expected) => {
    expect(
      entities(text)
        .filter((n) => /diplomat|troops/.test(n))
        .sort(),
    ).toEqual(expected);
  });

  test('a lower-case form of a body the article names joins it', () => {
    const text = 'The Iraqi Security Forces arrived. Later Iraqi security forces left Basra.';
    expect(
      extract(text)
        .entities.filter((e) => /Iraqi/i.test(e.name))
        .map((e) => e.name),
    ).toEqual(['Iraqi Security Forces']);
  });
});
