// respective-roles: nationalities before a plural role and as many names, paired by "respectively"; sentences
// written for this test (each article names the countries, as the demonym rules need).
import { triplesOf } from './triples-of.js';

const roles = (text: string) => triplesOf(text).filter((t) => / (?:WORKS_FOR|LEADS) /.test(t));

describe('respective-roles', () => {
  test.each([
    [
      'counterparts, then the names',
      'Egypt hosted its Spanish, Danish and Norwegian counterparts, Ana Ruiz, Ola Berg and Tom Hale, respectively. Spain, Denmark and Norway agreed.',
      ['Ana Ruiz WORKS_FOR Spain', 'Ola Berg WORKS_FOR Denmark', 'Tom Hale WORKS_FOR Norway'],
    ],
    [
      'the names, then the role phrase',
      'Ana Ruiz and Tom Hale, the Spanish and Norwegian foreign ministers, respectively, met in Oslo. Spain and Norway agreed.',
      ['Ana Ruiz WORKS_FOR Spain', 'Tom Hale WORKS_FOR Norway'],
    ],
    [
      'a heads-of title leads, and no single nationality is given to the first name',
      'The Spanish and Norwegian presidents, Ana Ruiz and Tom Hale respectively, met in Spain and Norway.',
      ['Ana Ruiz LEADS Spain', 'Tom Hale LEADS Norway'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  test.each([
    [
      'no "respectively"',
      'Egypt hosted its Spanish and Norwegian counterparts, Ana Ruiz and Tom Hale, in Oslo. Spain and Norway agreed.',
    ],
    [
      'more names than nationalities',
      'Egypt hosted its Spanish and Norwegian counterparts, Ana Ruiz, Tom Hale and Ola Berg, respectively. Spain and Norway agreed.',
    ],
    [
      'a plural noun that is no role',
      'Ana Ruiz and Tom Hale, the Spanish and Norwegian tourists, respectively, met in Oslo. Spain and Norway agreed.',
    ],
  ])('nothing: %s', (_name, text) => {
    expect(roles(text)).toEqual([]);
  });
});
