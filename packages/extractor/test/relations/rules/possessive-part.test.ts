// possessive-part: "<Org/Place>'s <Name>"; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('possessive-part', () => {
  test.each([
    ["a body's named unit", "NASA's Artemis Program hired engineers.", ['Artemis Program PART_OF NASA']],
    [
      "a place's named event is located there",
      "Fans filled Oslo's Lakeside Olympiad on Friday.",
      ['Lakeside Olympiad LOCATED_IN Oslo'],
    ],
    [
      "a place's event, in lower case",
      "Observers praised Norway's election. The election was calm, and the election ended.",
      ['election PART_OF Norway'],
    ],
    [
      "a person of a place's university",
      "Lead author Maria Lopez of Norway's Bergen University spoke.",
      ['Bergen University LOCATED_IN Norway', 'Maria Lopez WORKS_FOR Bergen University'],
    ],
    [
      'a "House" that is no "House of …" is a building in the place',
      "Australia's Sydney Opera House reopened on Friday.",
      ['Sydney Opera House LOCATED_IN Australia'],
    ],
    [
      "a state's agency with its acronym in brackets is still its organ",
      "Tom Hale of the UK's National Crime Agency (NCA) spoke on Monday.",
      ['National Crime Agency PART_OF United Kingdom', 'Tom Hale WORKS_FOR National Crime Agency'],
    ],
    [
      'a possessive chain: the middle name is part of the first',
      "The European Union's Maritime Safety Agency's director said the port was closed.",
      ['Maritime Safety Agency PART_OF European Union'],
    ],
    [
      'a chain after a place: a body that is no organ of state is in the place',
      "The United States' Bureau of Harbour Safety's director spoke.",
      ['Bureau of Harbour Safety LOCATED_IN United States'],
    ],
    [
      "a plural name's apostrophe",
      "The Philippines' Supreme Court ruled, and the Netherlands' Delta Works held.",
      ['Delta Works LOCATED_IN Netherlands', 'Supreme Court of the Philippines PART_OF Philippines'],
    ],
  ])('%s', (_name, text, expected) => {
    const got = triplesOf(text);
    for (const e of expected) expect(got).toContain(e);
  });

  test.each([
    ['a person whose name the entity stage typed as a body', "Tom Hale recorded with Paul Lydon's Public Image Ltd."],
    ['the tail of a cut name', "Ann Cole told Voice of America's South Sudan in Focus that talks failed."],
    ['an ordinary word opening a name', "Troops of the People's Liberation Army marched on Monday."],
    ['a closing single quote', "Chile cited 'the Andes' Ana Rojas said."],
    [
      "a body's act, in lower case",
      "Ann Cole won the Harbour Party's nomination in July. The nomination was late, and the nomination was contested.",
    ],
  ])('no part: %s', (_name, text) => {
    expect(triplesOf(text).filter((t) => / PART_OF /.test(t))).toEqual([]);
  });

  test.each([
    ['a ministry named "<head> of …"', "Norway's Ministry of Harbour Affairs said the port was closed."],
    ['a chamber', "Norway's House of Representatives voted on Friday."],
  ])('an organ of state is part of its place, as state-organ reads it, never only in it: %s', (_name, text) => {
    const got = triplesOf(text);
    expect(got.filter((t) => / (PART_OF|LOCATED_IN) Norway/.test(t))).toEqual([
      expect.stringContaining(' PART_OF Norway'),
    ]);
  });

  test("a place's international body is its branch there: the body is located in no one place", () => {
    const text = "The director of Peru's Amnesty International, Ana Rojas, said the law was unjust.";
    expect(triplesOf(text).filter((t) => /Amnesty International (LOCATED_IN|PART_OF)/.test(t))).toEqual([]);
    expect(triplesOf("Fans filled Peru's Lima Football Club on Friday.")).toContain(
      'Lima Football Club LOCATED_IN Peru',
    );
  });
});
