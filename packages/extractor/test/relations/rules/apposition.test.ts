// apposition: a person beside a role phrase; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('apposition', () => {
  test.each([
    [
      'a nationality names the body',
      'Spain sent envoys. The Spanish foreign minister, Ana Ruiz, joined the talks.',
      'Ana Ruiz WORKS_FOR Spain',
    ],
    [
      'a compass word is part of the nationality',
      'South Korea mourned Kim Min-jun, the South Korean minister for trade, on Monday.',
      'Kim Min-jun WORKS_FOR South Korea',
    ],
    [
      'after a possessor, the possessed role counts',
      "French President Emmanuel Macron's spokesperson, Sibeth Ndiaye, declined to comment.",
      'Sibeth Ndiaye WORKS_FOR Emmanuel Macron',
    ],
    [
      'an employee "at" a body',
      'Ann Lee, a professor at Oxford University, said the study was flawed.',
      'Ann Lee WORKS_FOR Oxford University',
    ],
    [
      'a scientist of a field, named by its suffix, "at" a body',
      'Ann Lee, a toxicologist at Dorn University, said the study was flawed.',
      'Ann Lee WORKS_FOR Dorn University',
    ],
    [
      'the same for a physicist',
      'Ann Lee, a physicist at Dorn University, said the study was flawed.',
      'Ann Lee WORKS_FOR Dorn University',
    ],
    [
      'so for a geneticist',
      'Ann Lee, a geneticist at Dorn University, said the study was flawed.',
      'Ann Lee WORKS_FOR Dorn University',
    ],
    [
      'and a biologist (two letters before "-ologist")',
      'Ann Lee, a biologist at Dorn University, said the study was flawed.',
      'Ann Lee WORKS_FOR Dorn University',
    ],
    [
      'the head of a field of a body works for it',
      "Ann Lee, Pell Group's president of global affairs, said prices rose.",
      'Ann Lee WORKS_FOR Pell Group',
    ],
    [
      'a spokeswoman "for" a body',
      'Ann Lee, a spokeswoman for Pell Group, said prices rose.',
      'Ann Lee WORKS_FOR Pell Group',
    ],
    [
      'a lawyer "for" a person',
      'Mark Olsen, a lawyer for Julia Brandt, told the BBC.',
      'Mark Olsen WORKS_FOR Julia Brandt',
    ],
    [
      'an official "from" a country',
      'Ann Lee, an official from Peru, said the talks failed.',
      'Ann Lee WORKS_FOR Peru',
    ],
    [
      'a body named in the role phrase comes first',
      'Ann Lee, a U.S. senator from Ohio, voted no.',
      'Ann Lee WORKS_FOR United States',
    ],
    [
      'the role and its "of" body before the person',
      'The chief executive of Apple, Tim Cook, said the plan was bad.',
      'Tim Cook LEADS Apple',
    ],
    ['the person closes with the verb', 'The mayor of Oslo, Ann Berg said the plan was bad.', 'Ann Berg LEADS Oslo'],
    [
      '"a director of": one of its directors',
      'Jalal Rahman, a director of the Dorn Audit Commission, said the audit was late.',
      'Jalal Rahman WORKS_FOR Dorn Audit Commission',
    ],
    [
      '"chief" before another post ranks it: a chief economist works for the bank',
      "Kestrel Bank cut rates. Ann Cole, the bank's chief economist, said prices would fall.",
      'Ann Cole WORKS_FOR Kestrel Bank',
    ],
    [
      'a chief negotiator is a person and works for the union',
      "Dorn Metall's chief negotiator, Thorsten Gröger, called the deal a miracle.",
      'Thorsten Gröger WORKS_FOR Dorn Metall',
    ],
    [
      'a sporting director works for the club',
      "Acme Rovers signed Ana Ruiz. Acme Rovers' sporting director, Tom Hale, praised her.",
      'Tom Hale WORKS_FOR Acme Rovers',
    ],
    [
      '"the director of" heads it',
      'Ann Cole, the director of the Karsby Museum, said the show was late.',
      'Ann Cole LEADS Karsby Museum',
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test.each([
    [
      'a nationality of a country the article does not name',
      'The Spanish foreign minister, Ana Ruiz, joined the talks.',
    ],
    ['a portfolio is no body', 'Michael Odu, the Information Minister, said the talks failed.'],
    ['a head "at" a body is not read', 'Ann Lee, the chief executive at Pell Group, said prices rose.'],
    ['a private role "from" a city says where, not who employs', 'Ann Lee, a lawyer from Toronto, said it was wrong.'],
    ['an event employs nobody', 'Ann Lee, a reporter at the Winter Olympics, said it rained.'],
    ['"South Korean" is not Korea', 'Korea watchers met Kim Min-jun, the South Korean minister for trade, on Monday.'],
    ["a transcript's speaker label is no apposition", '((Ann Lee)) The director of Pell Group, I talk to her daily.'],
    ['a role and an "of" body may open a list', 'The mayor of Oslo, Ann Berg and Tom Hale met on Monday.'],
    [
      'after "according to" the role is the source and the name opens the clause',
      'Ben Hale made the film. According to his lawyer, Tom Mendez died on Sunday.',
    ],
    ['a publicist is no scientist of a field', 'Ann Lee, a publicist at Dorn Films, said the film was late.'],
    ['a role not yet taken up is held nowhere', 'Ann Lee, the U.S. president-elect, met Tom Hale in Lima.'],
    [
      'the head of a division a body owns does not lead the body (an -ing word between its possessive and noun)',
      "Ann Lee, the head of Pell Group's gaming division, said the studio would grow.",
    ],
  ])('%s', (_name, text) => {
    expect(triplesOf(text).filter((t) => /WORKS_FOR|LEADS/.test(t))).toEqual([]);
  });

  test.each([
    [
      'a semicolon sets off no name',
      'Tom Hale met Bo Lind, the former mayor of Oslo; Ann Berg is a lawyer.',
      'Bo Lind LEADS Oslo',
      'Ann Berg LEADS Oslo',
    ],
    [
      "a body's head for one place works for the body, leading only its branch there",
      'Speaking to Dorn Radio, Ann Berg, Pell Group’s chief executive for Central Europe, said sales fell.',
      'Ann Berg WORKS_FOR Pell Group',
      'Ann Berg LEADS Pell Group',
    ],
    [
      "the head of a place's branch of a body spanning countries works for the body",
      "The director of Norway's Amnesty International, Ann Berg, said the law was unjust.",
      'Ann Berg WORKS_FOR Amnesty International',
      'Ann Berg LEADS Amnesty International',
    ],
    [
      "a place's own company is no branch: its head leads it",
      "Ann Berg, the chief executive of Norway's Pell Group, said sales fell.",
      'Ann Berg LEADS Pell Group',
      'Ann Berg WORKS_FOR Pell Group',
    ],
    [
      "a role glossed in brackets before a name is that name's title, the next item of a list",
      'Speakers included Mayor Bo Lind, Acme Corp director (chief executive) Ann Berg, and Tom Hale.',
      'Ann Berg LEADS Acme Corp',
      'Bo Lind LEADS Acme Corp',
    ],
    [
      "a role phrase set after one person is that person's, not the next name's",
      'Bo Lind, the mayor of Esperanza, Tom Hale and Ann Berg met on Monday.',
      'Bo Lind LEADS Esperanza',
      'Tom Hale LEADS Esperanza',
    ],
    [
      "a place's chief constable heads its police, not the place: he works for it",
      "Bo Lind, Ohio's chief constable, said the road was closed.",
      'Bo Lind WORKS_FOR Ohio',
      'Bo Lind LEADS Ohio',
    ],
    [
      "the head of a body's office for one field works for the body",
      "Bo Lind, the Kestrel Union's humanitarian chief, said the road was closed.",
      'Bo Lind WORKS_FOR Kestrel Union',
      'Bo Lind LEADS Kestrel Union',
    ],
    [
      'so does one whose field is two words',
      "Ann Berg, the Kestrel Union's foreign policy chief, said the talks failed.",
      'Ann Berg WORKS_FOR Kestrel Union',
      'Ann Berg LEADS Kestrel Union',
    ],
    [
      "a rank word is no field: the body's new leader leads it",
      "Ann Berg, the Kestrel Union's new leader, said the talks failed.",
      'Ann Berg LEADS Kestrel Union',
      'Ann Berg WORKS_FOR Kestrel Union',
    ],
    [
      "a place's own head title still leads it",
      "Bo Lind, Kenya's president, said the road was closed.",
      'Bo Lind LEADS Kenya',
      'Bo Lind WORKS_FOR Kenya',
    ],
  ])('%s', (_name, text, kept, not) => {
    expect(triplesOf(text)).toContain(kept);
    expect(triplesOf(text)).not.toContain(not);
  });
});
