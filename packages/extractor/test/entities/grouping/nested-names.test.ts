// Nested names (grouping/nested-names.ts): a part of a longer name that names another entity of the article
// is a mention of that entity (once), also when the entity got its full name from a short form ("UK" is named
// "United Kingdom", and "USA" inside a name is the article's "United States"). Sentences written for the test.
import { extract } from '@kg/extractor';

describe('nested names', () => {
  test.each([
    [
      'a country named only by its short form',
      'Asylum claims in the UK rose. The United Kingdom Home Office said it would act.',
      'United Kingdom',
      ['UK', 'United Kingdom'],
    ],
    [
      'a country named in full',
      'Farmers in Canada protested. The Canada Border Services Agency said it would act.',
      'Canada',
      ['Canada', 'Canada'],
    ],
    [
      'the country of a country group, named by itself too',
      'Leaders of the United States met. Citing privacy rules, U.S. officials have not said why.',
      'United States',
      ['United States', 'U.S.'],
    ],
    [
      'a short form inside a name, the country named in full elsewhere',
      'Leaders of the United States met on Monday. The Quillfeather Society of the USA said it would act.',
      'United States',
      ['United States', 'USA'],
    ],
    [
      'a country met only by its short forms inside names',
      'The UK Border Agency and the Mapleton Guild of the United Kingdom said they would act.',
      'United Kingdom',
      ['UK', 'United Kingdom'],
    ],
    [
      "not inside a person's name",
      'Fans of the United States team met Captain America at the fair on Monday.',
      'United States',
      ['United States'],
    ],
  ])('%s: "%s"', (_rule, text, name, mentions) => {
    const same = extract(text).entities.filter((e) => e.name === name);
    expect(same).toHaveLength(1);
    expect(same[0].mentions.map((m) => m.text)).toEqual(mentions);
  });
});

// A state's abbreviation inside a body's short form ("Penn State") is no place of its own.
test.each([
  ['Researchers from Pennsylvania State University (Penn State) reported a new coating.', 'Penn'],
  ['Tom Hale left the Calif Dorn Bank in May.', 'Calif'],
  // A city named after a state is no mention of the state.
  ['Her partner, Kansas City Chiefs tight end Tom Hale, watched.', 'Kansas'],
  // The lexicon's first word of a longer city's name is no place ("Las" of "Las Vegas").
  ['The Las Vegas Review-Journal reported the poll on Sunday.', 'Las'],
  // A direction word and a known place after another capitalised word are part of a longer place's name.
  ['Officers of the New South Wales Police arrested three men.', 'South Wales'],
])('%s → no "%s" node', (text, absent) => {
  expect(extract(text).entities.map((e) => e.name)).not.toContain(absent);
});

// A city of that name before "City" is the city ("New York City", a club named after its town).
test('the city of the same name before "City" stays a mention', () => {
  expect(extract('The Manchester City striker Tom Hale scored twice.').entities.map((e) => e.name)).toContain(
    'Manchester',
  );
});
