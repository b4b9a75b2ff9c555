// as-role: a role held, taken or left "as" a title; sentences written for this test.
import { extract } from '../../../src/index.js';
import { triplesOf } from './triples-of.js';

describe('as-role', () => {
  test.each([
    ['leaving a post', 'Ann Cole resigned as the governor of Ohio on Friday.', 'Ann Cole LEADS Ohio'],
    ['taking a post, the body a possessor', "Tom Hale was sworn in as Ohio's new governor.", 'Tom Hale LEADS Ohio'],
    [
      'serving in a post that is no head of the body',
      'John Mensah served as a minister of Ghana.',
      'John Mensah WORKS_FOR Ghana',
    ],
    [
      'the appointed person holds the post',
      'Ann Cole appointed Tom Hale as secretary of state of Ohio.',
      'Tom Hale WORKS_FOR Ohio',
    ],
    ['elected to a post, no "as"', 'Ann Cole was elected president of Norland in 2019.', 'Ann Cole LEADS Norland'],
    ['a term won in a post', 'Tom Hale won a second term as governor of Ohio.', 'Tom Hale LEADS Ohio'],
    [
      'appointed to a post, no "as"',
      'Tom Hale was appointed chief executive of Acme Corp in March.',
      'Tom Hale LEADS Acme Corp',
    ],
    ['becoming a title that holds its body', 'Ann Cole became President of France.', 'Ann Cole LEADS France'],
    ['becoming a two-word head title', 'Ann Cole became prime minister of Norway.', 'Ann Cole LEADS Norway'],
    [
      'a post given as a second object, in the giver',
      'Acme Corp appointed Tom Hale chief executive.',
      'Tom Hale LEADS Acme Corp',
    ],
    ['also "its" post', 'Acme Corp named Tom Hale its chief executive on Monday.', 'Tom Hale LEADS Acme Corp'],
    [
      'the appointment itself, with the post as second object',
      'Acme Corp appointed Tom Hale chief executive.',
      'Acme Corp APPOINTS Tom Hale',
    ],
    ['a body named after the post', 'Voters elected Ann Cole mayor of Dorn in 2019.', 'Ann Cole LEADS Dorn'],
    ['"named … as" its post', 'Acme Corp named Tom Hale as its new chairman.', 'Tom Hale LEADS Acme Corp'],
    [
      'a successor named as agent holds the post',
      'Tom Hale was succeeded by Ann Cole as governor of Ohio.',
      'Ann Cole LEADS Ohio',
    ],
    [
      'also after "replaced"',
      'Tom Hale was replaced by Ann Cole as chief executive of Acme Corp.',
      'Ann Cole LEADS Acme Corp',
    ],
    [
      'a headline\'s passive with no "was" (headline-passive.ts)',
      'Ann Cole elected mayor of Oslo',
      'Ann Cole LEADS Oslo',
    ],
    [
      "a headline's passive before a body's post",
      'Tom Hale appointed chairman of Acme Corp',
      'Tom Hale LEADS Acme Corp',
    ],
    [
      'the body joined holds the post (as-role.ts entering verbs)',
      'Tom Hale joined Beta Ltd as chief financial officer.',
      'Tom Hale WORKS_FOR Beta Ltd',
    ],
    ['also the body returned to', 'Ann Cole returned to Acme Corp as chief executive.', 'Ann Cole LEADS Acme Corp'],
    [
      'a body that hires gives its own post',
      'Acme Corp hired Tom Hale as chief financial officer.',
      'Tom Hale WORKS_FOR Acme Corp',
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test.each([
    ['a verb that holds no post', 'Ann Cole attacked the plan as official Ohio policy.'],
    ['a prize won is no post', 'Ann Cole won the Ohio award as best actress.'],
    ['pretending is no holding', 'Tom Hale posed as a police officer of the Ohio State Police.'],
    ['not leaving a post says nothing about holding it', 'Ann Cole did not resign as the governor of Ohio.'],
    ['a name given is no post', 'The new ferry of Ohio was named Aurora.'],
    ['a person giving a post is no body', 'Ann Cole appointed Tom Hale finance minister.'],
    ['a wish is no post', 'I will work to make Tom Hale the next President of Ohio.'],
    ['a body that confirms gives no post of its own', 'The Norland Senate confirmed Tom Hale as a federal judge.'],
    ['a place joined is no body', 'Tom Hale joined Norland as chief financial officer.'],
    ['a firm named as the successor holds no title', 'Tom Hale was replaced by Acme Corp as sponsor of the Ohio Open.'],
  ])('%s', (_name, text) => {
    expect(triplesOf(text).filter((t) => /LEADS|WORKS_FOR/.test(t) && !/PART_OF/.test(t))).toEqual([]);
  });

  // The edge's text is all a reader has to tell a post left from a post held.
  test.each([
    ['stepped down as', 'Tom Hale stepped down as chief executive of Acme Corp.', 'stepped down as chief executive'],
    ['stepped aside as', 'Ann Cole stepped aside as mayor of Dorn.', 'stepped aside as mayor'],
    ['sworn in as', 'Ann Cole was sworn in as governor of Ohio on Monday.', 'was sworn in as governor'],
    ['a phrasal verb in the group', 'Tom Hale took over as chairman of Acme Corp.', 'took over as chairman'],
  ])('the text keeps the particle: %s', (_name, text, expected) => {
    const texts = extract(text)
      .triples.filter((t) => t.rule === 'as-role')
      .map((t) => t.predicate.text);
    expect(texts).toEqual([expected]);
  });
});
