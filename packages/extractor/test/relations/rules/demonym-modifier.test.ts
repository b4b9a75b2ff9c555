// demonym-modifier: "<Demonym> <noun…> <Name>"; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('demonym-modifier', () => {
  test.each([
    [
      'a headline verb in -s before an object and an infinitive is no plural of the description',
      'Norway fined Velda Oil.\n\nNorwegian court orders Velda Oil to cut emissions\n\nThe ruling came on Monday.',
      [],
    ],
    [
      'a two-word description the parser read as a name',
      'Peru voted on Sunday. Peruvian news agency Andina reported the count.',
      ['Andina LOCATED_IN Peru'],
    ],
    [
      'a state-owned body is owned by the country',
      'Chile sold copper. The state-owned Chilean mining company Codelco cut jobs.',
      ['Chile OWNS Codelco', 'Codelco LOCATED_IN Chile'],
    ],
    [
      '"state-run" in one token',
      'Norway is rich. Ann Lowe joined state-run Norwegian oil firm Equinor in May.',
      ['Equinor LOCATED_IN Norway', 'Norway OWNS Equinor'],
    ],
    [
      'a kind of place "of" a place is place-kind\'s: one edge, by the kind',
      'Peru voted. He was born in the Peruvian province of Ica.',
      [],
    ],
    [
      'a description that is no kind word still places the name',
      'Peru voted. Voters in the Peruvian electoral district of Ica waited.',
      ['Ica LOCATED_IN Peru'],
    ],
    [
      'no ownership without "state-owned"',
      'Peru voted. Peruvian broadcaster Panamericana aired it.',
      ['Panamericana LOCATED_IN Peru'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => /LOCATED_IN|OWNS/.test(t))).toEqual(expected);
  });

  test.each([
    ['a person is not owned', 'Chile voted. State-owned Chilean broadcaster reporter Ann Lowe spoke.'],
    ['a nationality of a person places nobody', 'Peru voted. Peruvian runner Ana Rojas won in Lima.'],
    [
      'a preposition the parse tags an adjective ends the description: the place after it is not in the country',
      'Ukraine says it shot down Russian drones over Kyiv\n\nThe drones were launched by Russia overnight.',
    ],
  ])('no edge: %s', (_name, text) => {
    expect(triplesOf(text).filter((t) => /OWNS|LOCATED_IN (Chile|Peru|Russia)/.test(t))).toEqual([]);
  });
});
