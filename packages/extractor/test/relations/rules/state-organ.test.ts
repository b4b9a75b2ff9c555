// state-organ: an organ of state named after a place is part of it; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('state-organ', () => {
  test.each([
    [
      'a country short form opens the name',
      'The U.S. Senate rejected the bill on Monday in the United States.',
      'U.S. Senate PART_OF United States',
    ],
    [
      'a state opens the name',
      'Ohio voters waited while the Ohio Supreme Court deliberated.',
      'Ohio Supreme Court PART_OF Ohio',
    ],
    [
      'a demonym opens the name',
      'Peru was calm after the Peruvian Ministry of Health reported no cases.',
      'Peruvian Ministry of Health PART_OF Peru',
    ],
    [
      '"<organ> of <Place>" inside the name',
      'The Parliament of Tasmania sat late in Hobart, Tasmania.',
      'Parliament of Tasmania PART_OF Tasmania',
    ],
    [
      '"<organ> of <Place>" after the name',
      'Chile said the Carabineros Police of Chile made no arrests.',
      'Carabineros Police of Chile PART_OF Chile',
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test.each([
    ['a building is no organ of state', 'Tourists in Sydney queued at the Sydney Opera House.'],
    [
      'a body running a site is no part of it',
      'Ships queued at the Dorn Canal. The Dorn Canal Authority cut crossings.',
    ],
    ['a country the article does not name', 'The Peruvian Ministry of Health reported no cases.'],
    ['a company named after a place', 'Texas shoppers bought shares of Texas Instruments.'],
    ['a river valley is another place', 'Boats on the Severn passed while the Severn Valley Police watched.'],
    [
      'a body of two places belongs to neither alone',
      'The Port Authority of Oregon and Washington said Oregon and Washington agreed.',
    ],
    ['a continent has no state of its own', 'The Chess Council of Asia met in Dorn to plan events across Asia.'],
  ])('%s', (_name, text) => {
    expect(triplesOf(text).filter((t) => t.includes('PART_OF'))).toEqual([]);
  });

  test("a name inside a reported statement stays the writer's description", () => {
    expect(triplesOf('Chile denied that the Senate of Chile had met.')).toContain('Senate of Chile PART_OF Chile');
  });
});
