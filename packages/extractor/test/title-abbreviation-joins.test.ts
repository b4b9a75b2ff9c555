// An office title's abbreviation that compromise does not know ("Coun.", "Cllr.", "Insp.") ends no sentence: the
// person after it keeps the clause they speak in. Sentences written for this test.
import { extract } from '../src/index.js';
import { joinTitleAbbreviations } from '../src/title-abbreviation-joins.js';

const sentences = (text: string) => extract(text).sentences.map((s) => s.text);

describe('joinTitleAbbreviations', () => {
  test.each([
    ["a councillor's abbreviation", 'The vote was close, said Coun. Mara Dunleavy of Ward 4.', 1],
    ["a British councillor's, with its period", 'Cllr. Tom Hale said the budget was fair.', 1],
    ["an inspector's", 'The inquiry was led by Insp. Ann Kestrel of Dorn police.', 1],
    ['two sentences stay two', 'Ann Cole spoke first. Tom Hale spoke next.', 2],
  ])('%s', (_name, text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });

  test.each([
    ['a capital after the title', ['He met Coun. ', 'Mara Dunleavy.'], ['He met Coun. Mara Dunleavy.']],
    ['a lower-case piece after it', ['He met Coun. ', 'later on.'], ['He met Coun. ', 'later on.']],
    ['a word ending in the letters', ['It was a Pres. ', 'Tom left.'], ['It was a Pres. Tom left.']],
    ['no title', ['He met Dorn. ', 'Mara left.'], ['He met Dorn. ', 'Mara left.']],
    ['letters inside a longer word', ['It was Oncoun. ', 'Mara left.'], ['It was Oncoun. ', 'Mara left.']],
  ])('pieces: %s', (_name, pieces, expected) => {
    expect(joinTitleAbbreviations(pieces)).toEqual(expected);
  });

  test("a British detective's titles written without periods are no names", () => {
    const r = extract('Det Insp Mara Dunleavy, of Dorn Police, said the case was closed.');
    expect(r.entities.map((e) => e.name)).not.toContain('Det');
    expect(r.claims.map((c) => r.entities.find((e) => e.id === c.speaker)?.name)).toEqual(['Mara Dunleavy']);
  });

  test('the person after the title is the speaker, and the title is no name', () => {
    const r = extract('"We will build it," said Coun. Mara Dunleavy, who represents the ward.');
    expect(r.entities.map((e) => `${e.name}:${e.type}`)).toEqual(['Mara Dunleavy:Person']);
    expect(r.claims.map((c) => r.entities.find((e) => e.id === c.speaker)?.name)).toEqual(['Mara Dunleavy']);
  });
});
