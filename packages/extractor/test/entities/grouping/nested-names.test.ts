// Nested names (grouping/nested-names.ts): a part of a longer name that names another entity of the article
// is a mention of that entity (once), also when the entity got its full name from a short form ("UK" is named
// "United Kingdom"). Sentences written for the test.
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
  ])('%s: "%s"', (_rule, text, name, mentions) => {
    const same = extract(text).entities.filter((e) => e.name === name);
    expect(same).toHaveLength(1);
    expect(same[0].mentions.map((m) => m.text)).toEqual(mentions);
  });
});
