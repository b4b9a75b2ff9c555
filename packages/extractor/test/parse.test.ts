// parse() is compromise's own pipeline minus the hooks nothing here reads: every term, tag and sentence must
// come out as `nlp(text)` gives them, except that a sentence also ends after a closing quotation mark
// (quote-ends.ts); only the skipped chunker's phrase marks are missing.
import nlp from 'compromise';
import { parse } from '../src/parse.js';

type Term = { text: string; normal?: string; tags: Set<string>; chunk?: string };
const terms = (doc: unknown) =>
  (doc as { document: Term[][] }).document.map((s) =>
    s.map((t) => ({ text: t.text, normal: t.normal, tags: [...t.tags].sort() })),
  );
const chunkMarks = (doc: unknown) =>
  (doc as { document: Term[][] }).document.flat().filter((t) => t.chunk !== undefined).length;

describe('parse', () => {
  test.each([
    ['a plain sentence', 'The mayor of Dunmore opened a new bridge on Monday.'],
    ['two sentences and a quotation', 'Ana Ruiz said, "We won\'t stop," and left. The council did not reply.'],
    ['contractions and numbers', "They'd sold 3,400 tickets by 5 p.m., wasn't it?"],
    ['a headline without a full stop', 'Harbour workers strike over pay in Portmore'],
  ])('%s: the same terms and tags as nlp()', (_name, text) => {
    expect(terms(parse(text))).toEqual(terms(nlp(text)));
  });

  // The tagger marks a few heads itself; the chunker then marks every word of each phrase.
  test('the chunker does not run', () => {
    const text = 'The mayor of Dunmore opened a new bridge on Monday.';
    expect(chunkMarks(nlp(text))).toBe(10);
    expect(chunkMarks(parse(text))).toBe(4);
  });

  test.each([
    ['a quotation ending a sentence', 'Ana Ruiz said, "We won\'t stop." The council did not reply.', 2],
    ['a quotation that goes on in lower case', 'Ana Ruiz said "no, sir." and left the room.', 1],
    ['a quotation and its speaker', '"We won\'t stop." Ana Ruiz said.', 1],
  ])('%s: sentences as quote-ends.ts cuts them', (_name, text, sentences) => {
    expect((parse(text) as unknown as { document: unknown[] }).document).toHaveLength(sentences);
    expect(terms(parse(text)).flat()).toEqual(
      terms(nlp(text))
        .flat()
        .map((t) => expect.objectContaining({ text: t.text })),
    );
  });

  test.each([[''], ['   ']])('odd text %j gives a document without throwing', (text) => {
    expect(() => parse(text)).not.toThrow();
  });
});
