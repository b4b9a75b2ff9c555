// Role phrases beside a person (apposition, "as", titles): dated roles ("then", "formerly"), capitalised titles
// with their "of" body, "chief of staff" and a chief officer of one field ("Chief Technical Officer"), experts and
// their employer; sentences written for this test.
import { triplesOf } from './triples-of.js';

const roles = (text: string) => triplesOf(text).filter((t) => /WORKS_FOR|LEADS/.test(t));

describe('role phrases', () => {
  test.each([
    [
      'a minority leader leads no body',
      'Ann Cole, the Norland Senate minority leader, signed the lease.',
      ['Ann Cole WORKS_FOR Norland Senate'],
    ],
    [
      '"then" dates an apposed role',
      'Ann Cole, then the deputy director of the Harbour Trust, signed the lease.',
      ['Ann Cole WORKS_FOR Harbour Trust'],
    ],
    [
      '"formerly" too, and a head still leads',
      'Tom Hale, formerly the director of the Harbour Trust, signed the lease.',
      ['Tom Hale LEADS Harbour Trust'],
    ],
    [
      "a name inside the possessor's own title is the possessor's",
      "Ann Cole, then-Ohio Governor Liz Park's deputy chief of staff, resigned.",
      ['Ann Cole WORKS_FOR Liz Park', 'Liz Park LEADS Ohio'],
    ],
    [
      "a monarch's title leads, and the named holder, not the title's place, is the subject",
      'The Emir of Norway, Tamim Haddad, visited Paris.',
      ['Tamim Haddad LEADS Norway'],
    ],
    ['a sultan of a place leads it', 'Sultan Omar Said of Norway died on Friday.', ['Omar Said LEADS Norway']],
    [
      'a capitalised title keeps its "of" body inside the phrase',
      'Marta Lind, the Prime Minister of Norway, arrived in Oslo.',
      ['Marta Lind LEADS Norway'],
    ],
    [
      'the same title before the name',
      'The Prime Minister of Norway, Marta Lind, arrived in Oslo.',
      ['Marta Lind LEADS Norway'],
    ],
    [
      '"served as" a head title leads (not the verb\'s WORKS_FOR)',
      'Paul Brun served as President of Portugal for ten years.',
      ['Paul Brun LEADS Portugal'],
    ],
    [
      'a chief officer of one field works for the body',
      "Orlo Systems' Chief Technical Officer Dana Pike wrote the memo.",
      ['Dana Pike WORKS_FOR Orlo Systems'],
    ],
    [
      'a chief executive officer leads it',
      'Ann Cole, the chief executive officer of the Harbour Trust, resigned.',
      ['Ann Cole LEADS Harbour Trust'],
    ],
    [
      'a chief of staff works for the body',
      'Ann Cole, the Harbour Trust chief of staff, resigned.',
      ['Ann Cole WORKS_FOR Harbour Trust'],
    ],
    [
      'an expert "from" an organisation works for it',
      'Dr Ann Cole, retail expert from Ely University, said prices would rise.',
      ['Ann Cole WORKS_FOR Ely University'],
    ],
    [
      "an organisation before an expert's field employs the expert",
      'On Monday, Ely University public health expert Tom Hale said it.',
      ['Tom Hale WORKS_FOR Ely University'],
    ],
    ['a name right before "expert" is the field', 'Ann Cole is the ZooMS expert on the paper.', []],
    ['an expert "from" a country works for no one', 'Ann Cole, an expert from Ghana, said it.', []],
    ['"then" before a plain noun gives nothing', 'Tom Hale, then a student, met Ann Cole.', []],
  ])('%s', (_name, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
