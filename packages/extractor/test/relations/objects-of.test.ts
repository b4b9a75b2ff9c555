// What the objects of a verb are: a bare time word after the verb is no object, a person named beside a
// description is; sentences written for this test, read through the triples they give.
import { triplesOf } from './rules/triples-of.js';

describe('objectsOf', () => {
  test.each([
    [
      'a bare noun joined to a descriptor before a name modifies that descriptor',
      'In 2019 Holtenbach Group acquired Austrian mortar and shell manufacturer Vellmar Defence.',
      'Holtenbach Group ACQUIRES Vellmar Defence',
      'Holtenbach Group ACQUIRES Austrian mortar',
    ],
    [
      'a named possessor before a description the parse tags an adjective owns it',
      "Tom Hale met Ann Cole's rival, Bob Lee.",
      'Tom Hale MEETS Bob Lee',
      'Tom Hale MEETS Ann Cole',
    ],
    ['"but" excepts, it lists nothing', 'Tom Hale met everyone but Ann Cole.', undefined, 'Tom Hale MEETS Ann Cole'],
    [
      'a part of a place stands for the place',
      "Norway invaded Sweden's northeast.",
      'Norway ATTACKS Sweden',
      undefined,
    ],
    [
      'the person named beside a description of them is the object',
      'Ann Cole met her Swedish counterpart, Tom Hale, in Oslo.',
      'Ann Cole MEETS Tom Hale',
      undefined,
    ],
    [
      'also at the end of the sentence',
      'Ann Cole praised her predecessor, Tom Hale.',
      'Ann Cole SUPPORTS Tom Hale',
      undefined,
    ],
    [
      'a name after the object that goes on with a verb of its own is no apposition',
      'Ann Cole visited the city, Tom Hale said.',
      undefined,
      'Ann Cole VISITS Tom Hale',
    ],
    [
      'a bare time word after the verb is when, not an object',
      'Tom Baxter died yesterday in Leeds, the city of his birth.',
      'Tom Baxter LOCATED_IN Leeds',
      undefined,
    ],
    [
      'a capitalised word that is no weekday stays an object',
      'Ann Verhoeven described Day to the Daily Post in 2002.',
      undefined,
      'Ann Verhoeven MENTIONS Daily Post',
    ],
    [
      'a phrase with its "of"-modifier and a verb of its own is the subject of a clause',
      'Ann Cole recommended the troops of Portugal withdraw.',
      undefined,
      'Ann Cole RELATED_TO Portugal',
    ],
    [
      'a number after a possessive stays in its phrase',
      "Tom Hale tapped the Labour Party's 2016 deputy nominee Ann Cole.",
      'Tom Hale APPOINTS Ann Cole',
      'Tom Hale RELATED_TO Labour Party',
    ],
    [
      'a possessor before a number that stands for its noun owns the number',
      "Ann Cole received 31 votes to Tom Hale's 14.",
      undefined,
      'Ann Cole RELATED_TO Tom Hale',
    ],
    [
      'so with a percent sign',
      "Ann Cole won 52% of the vote to Tom Hale's 48%.",
      undefined,
      'Ann Cole RELATED_TO Tom Hale',
    ],
  ])('%s', (_name, text, present, absent) => {
    const got = triplesOf(text);
    if (present) expect(got).toContain(present);
    if (absent) expect(got).not.toContain(absent);
  });
});
