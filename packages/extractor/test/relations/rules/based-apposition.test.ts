// based-apposition: a body set beside a description saying where it is based; sentences written for this test.
import { triplesOf } from './triples-of.js';

const located = (text: string) => triplesOf(text).filter((t) => / LOCATED_IN /.test(t));

describe('based-apposition', () => {
  test.each([
    [
      '"a <noun> based in <Place>"',
      'Tom Hale joined Acme Corp, a shipping firm based in Oslo, in May.',
      ['Acme Corp LOCATED_IN Oslo'],
    ],
    [
      'a paper printed there',
      'The Harbour Post, a daily printed in Bergen, ran the story.',
      ['Harbour Post LOCATED_IN Bergen'],
    ],
    [
      'a demonym in the description',
      'Acme Corp, a Norwegian firm headquartered in Oslo, hired Tom Hale.',
      ['Acme Corp LOCATED_IN Oslo'],
    ],
    ['"an <Place>-based <noun>"', 'Tom Hale joined Acme Corp, an Oslo-based firm.', ['Acme Corp LOCATED_IN Oslo']],
    // The same compound before the body's name.
    ['"<Place>-based <Name>"', 'Ann Cole, an analyst at Oslo-based Acme Corp, spoke.', ['Acme Corp LOCATED_IN Oslo']],
    [
      '"<Place>-based <noun> <Name>"',
      'The Oslo-based shipping firm Acme Corp hired Tom Hale.',
      ['Acme Corp LOCATED_IN Oslo'],
    ],
    ['with no name after it, no body', 'The Oslo-based firm hired Tom Hale.', []],
    ['founded somewhere is no seat', 'Acme Corp, a firm founded in Oslo, hired Tom Hale.', []],
    ['a place that does not end the phrase', 'Acme Corp, a firm based in Oslo’s harbour district, hired Tom Hale.', []],
    [
      'a clause after the comma is no description',
      'Tom Hale thanked Acme Corp, a day after visiting a plant based in Oslo.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(located(text)).toEqual(expected);
  });
});
