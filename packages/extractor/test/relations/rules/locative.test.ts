// locative: where a named thing is, said by its phrase alone; sentences written for this test.
import { triplesOf } from './triples-of.js';

const located = (text: string) => triplesOf(text).filter((t) => / LOCATED_IN /.test(t));

describe('locative', () => {
  test.each([
    [
      'a body one comes "from" is in the place after it',
      'The probe was launched from the Vesta Space Center at Cape Lowe on Monday.',
      ['Vesta Space Center LOCATED_IN Cape Lowe'],
    ],
    [
      'a landmark after "near" is not in the town that places the event',
      'The bus overturned near Leeds in Harrogate, England, on Sunday.',
      ['Harrogate LOCATED_IN England'],
    ],
    [
      'a country still contains the landmark',
      'The bus overturned near Leeds in England on Sunday.',
      ['Leeds LOCATED_IN England'],
    ],
    [
      'a lodge near a town is not owned by the town, and the town keeps its country',
      'Pieter Botha, owner of Kruger Creek Lodge near Nelspruit, South Africa, said the lions were calm.',
      ['Nelspruit LOCATED_IN South Africa'],
    ],
    ['a topic is not located', 'On the campaign trail in Pittsburgh, Jo Jorgensen stopped at a clinic.', []],
    [
      "a country's state in a place is not the country there",
      'The Norwegian government in Oslo rejected the Dorn plan on Monday.',
      [],
    ],
    [
      '"<Place>, a town in <Place>"',
      'He died in Gulu, a town in northern Uganda, on Monday.',
      ['Gulu LOCATED_IN Uganda'],
    ],
    [
      'a country closing a body’s phrase before its verb',
      'The University of Tromsø, Norway opened a new campus on Monday.',
      ['University of Tromsø LOCATED_IN Norway'],
    ],
    ['a list of names and countries', 'Acme Corp, Beta Holdings, Norway and Sweden signed the deal.', []],
    ['a country set in as a speaker', 'Acme Corp, Norway said, will close its plant.', []],
    [
      'a named place in a place still is',
      'Firefighters reached Kastrup Airport in Denmark on Sunday.',
      ['Kastrup Airport LOCATED_IN Denmark'],
    ],
    [
      'a body one runs "for" is not in the place of the race',
      'Ann Cole ran for the Norland Senate in Oslo in 2018.',
      [],
    ],
    [
      "a gathering's place is not its host's",
      'Scientists spoke at the annual meeting of the Acme Society in Dorn.',
      [],
    ],
    ["a body's own seat still is", 'The headquarters of Acme Corp in Dorn closed.', ['Acme Corp LOCATED_IN Dorn']],
    [
      'a town and its region modifying a noun',
      'Ann Cole spoke to a Charleston, South Carolina radio station.',
      ['Charleston LOCATED_IN South Carolina'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(located(text)).toEqual(expected);
  });
});
