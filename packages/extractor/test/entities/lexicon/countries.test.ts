// Country names, other names, short forms and demonyms built from the world-countries dataset
// (lexicon/world-countries.ts, countries.ts, demonyms.ts), with the forms news writes that it lacks.
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from '../../../src/entities/lexicon/countries.js';
import { DEMONYMS } from '../../../src/entities/lexicon/demonyms.js';

describe('country look-ups', () => {
  test.each([
    ['burma', 'Myanmar'],
    ['czechia', 'Czech Republic'],
    ['russian federation', 'Russia'],
    ['islamic republic of iran', 'Iran'],
    ['republic of türkiye', 'Turkey'],
    ['swaziland', 'Eswatini'],
    ['türkiye', 'Turkey'],
    ['timor-leste', 'East Timor'],
    ['great britain', 'United Kingdom'],
    ['u.s.'.replace(/\./g, ''), 'United States'],
  ])('%s stands for %s', (form, country) => expect(COUNTRY_ABBREVIATIONS.get(form)).toBe(country));

  test.each([
    // Part of another country's name: "Virgin Islands" may be either.
    ['virgin islands'],
    // A country's own name is not renamed.
    ['congo'],
    ['sudan'],
  ])('%s stands for no other country', (form) => expect(COUNTRY_ABBREVIATIONS.has(form)).toBe(false));

  test.each([['vanuatu'], ['seychelles'], ['mauritania'], ['burma'], ['scotland'], ['soviet union'], ['turkey']])(
    '%s is a country name',
    (name) => expect(COUNTRY_NAMES.has(name)).toBe(true),
  );

  // A short form is no name ("us" is a pronoun); a one-word native spelling is left out ("Island", "Thai").
  test.each([['us'], ['island'], ['thai'], ['mann']])('%s is no country name', (word) =>
    expect(COUNTRY_NAMES.has(word)).toBe(false),
  );

  test.each([
    ['mauritanian', 'Mauritania'],
    ['thai', 'Thailand'],
    ['congolese', 'Democratic Republic of the Congo'],
    ['dominican', 'Dominican Republic'],
    ['american', 'United States'],
    ['saudi', 'Saudi Arabia'],
    ['scottish', 'Scotland'],
  ])('the demonym %s → %s', (demonym, country) => expect(DEMONYMS.get(demonym)).toBe(country));

  test.each([['vatican'], ['djibouti']])('%s names the place, no demonym', (word) =>
    expect(DEMONYMS.has(word)).toBe(false),
  );
});
