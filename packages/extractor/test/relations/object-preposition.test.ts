// retypedByObjectPreposition: a preposition around the object tells the relation ("challenged Tom Hale for
// the leadership" is rivalry, "discussed the strike with Ann Cole" a meeting); sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('retypedByObjectPreposition', () => {
  test.each([
    [
      '"challenge X for" a prize: a rival',
      'Ann Cole challenged Tom Hale for the party leadership.',
      ['Ann Cole COMPETES_WITH Tom Hale'],
    ],
    [
      '"challenge X over" something: a dispute',
      'Ann Cole challenged the Harbour Council over the new tax.',
      ['Ann Cole CRITICIZES Harbour Council'],
    ],
    [
      '"challenge X to" do something: a dare, no criticism',
      'Ann Cole challenged Tom Hale to name one judge who backed him.',
      ['Ann Cole RELATED_TO Tom Hale'],
    ],
    ['"challenge X to" a contest too', 'Ann Cole challenged Tom Hale to a debate.', ['Ann Cole RELATED_TO Tom Hale']],
    ["a journey's start is left, not visited", 'Tom Hale flew from Oslo on Monday.', ['Tom Hale RELATED_TO Oslo']],
    ['its end is visited', 'Tom Hale flew to Oslo on Monday.', ['Tom Hale VISITS Oslo']],
    [
      'where a thing is launched from is no thing made',
      'Vellor Space, which also launches from Kirra Island, was not affected.',
      ['Vellor Space RELATED_TO Kirra Island'],
    ],
    ['what is launched is made', 'Vellor Space launched Ardent Cloud in May.', ['Vellor Space CREATES Ardent Cloud']],
    [
      '"discussed X with Y": Y is whom the subject talked to',
      'Tom Hale discussed the strike with Ann Cole.',
      ['Tom Hale MEETS Ann Cole'],
    ],
    [
      '"discussed with Y X": the same',
      'Tom Hale discussed with Ann Cole the future of Castor Mining.',
      ['Tom Hale MEETS Ann Cole'],
    ],
    [
      'a topic discussed stays mentioned',
      'Tom Hale discussed Castor Mining at length.',
      ['Tom Hale MENTIONS Castor Mining'],
    ],
    [
      'speaking with a person is a conversation',
      'Tom Hale spoke with Ann Cole by phone on Monday.',
      ['Tom Hale MEETS Ann Cole'],
    ],
    ['speaking with an outlet says nothing by itself', 'Tom Hale spoke with the Daily Post on Monday.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
