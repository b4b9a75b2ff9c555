// What a verb's object names: not the owner of a possessive word before an untagged head, not a person a
// thing is named after, not the owner of a report that a bare verb phrase reached. Sentences written for
// this test; each row gives an edge that must not come out and, where the sentence has one, one that must.
import { triplesOf } from './rules/triples-of.js';

describe('object readings', () => {
  test.each([
    [
      'a possessive word before an ordinal is no head: the term is not its owner (noun-phrase.ts)',
      'Tom Hale retired in 2001. Ann Cole was elected to his first of two terms.',
      'Ann Cole RELATED_TO Tom Hale',
      undefined,
    ],
    [
      'nor with a typed verb',
      'Tom Hale spoke on Monday. Ann Cole criticized his first of two speeches.',
      'Ann Cole CRITICIZES Tom Hale',
      undefined,
    ],
    [
      '"her" may be the object itself, with an adverb after it',
      'Ann Cole arrived in Norland. Tom Hale thanked her first.',
      undefined,
      'Tom Hale RELATED_TO Ann Cole',
    ],
    [
      'a person named after "a" is a thing named for the person (modifier-object.ts)',
      'Ann Cole recalled receiving a Tom Hale the Clown puppet from Acme Corp at age 10.',
      'Ann Cole RELATED_TO Tom Hale',
      undefined,
    ],
    [
      'nor is a work called by its maker',
      'Ann Cole bought a Tom Hale at the Acme Corp auction.',
      'Ann Cole ACQUIRES Tom Hale',
      undefined,
    ],
    [
      'the person named without "a" is the object',
      'Ann Cole recalled meeting Tom Hale at Acme Corp in 2010.',
      undefined,
      'Ann Cole MEETS Tom Hale',
    ],
    [
      'a report reached by a verb phrase alone is not its owner (subject-verb-object.ts)',
      'At the event, Ann Cole broached the Norland Herald report that Acme Corp paid bribes.',
      'Ann Cole RELATED_TO Norland Herald',
      undefined,
    ],
    [
      'a typed verb still reaches the owner through its report',
      "Ann Cole criticized the Harbour Times's report on the strike.",
      undefined,
      'Ann Cole CRITICIZES Harbour Times',
    ],
  ])('%s', (_name, text, absent, present) => {
    const got = triplesOf(text);
    if (absent) expect(got).not.toContain(absent);
    if (present) expect(got).toContain(present);
  });
});
