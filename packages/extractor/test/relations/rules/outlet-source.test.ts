// outlet-source: an outlet that interviewed a speaker heard them (SAYS); an outlet whose report gives what
// someone said mentions them; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('outlet-source', () => {
  test.each([
    [
      'an interview with an outlet',
      'In an interview with the Daily Post, Ann Cole said the deal was dead.',
      ['Ann Cole SAYS Daily Post'],
    ],
    [
      'an outlet with its kind noun',
      'In an interview with Harbour Weekly magazine, Tom Hale said the deal was dead.',
      ['Tom Hale SAYS Harbour Weekly'],
    ],
    [
      'a report of an outlet',
      'In a Daily Post report, Ann Cole said the deal was dead.',
      ['Daily Post MENTIONS Ann Cole'],
    ],
    ['"per" an outlet', 'Tom Hale said the deal was dead, per the Harbour Times.', ['Harbour Times MENTIONS Tom Hale']],
    [
      'remarks an outlet published',
      'Tom Hale said in remarks published by the Daily Post that the deal was dead.',
      ['Daily Post MENTIONS Tom Hale'],
    ],
    [
      '"according to" the report',
      'Acme Corp said it would close the plant, according to the Daily Post report.',
      ['Daily Post MENTIONS Acme Corp'],
    ],
    ['a report that is an object is no source', 'Acme Corp blocked the Daily Post story, Ann Cole said.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
