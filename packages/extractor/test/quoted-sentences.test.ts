// Sentence ends inside a quotation, which compromise keeps in one sentence with its frame: each row is the
// sentences of one text as compromise gives them, with the pieces they must become; sentences written for
// this test.
import { createRequire } from 'node:module';
import { extract } from '@kg/extractor';
import { splitQuotedSentences } from '../src/quoted-sentences.js';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const world = nlp.world();
const split = (text: string): string[] => world.methods.one.tokenize.splitSentences(text, world);
const pieces = (text: string) => splitQuotedSentences(split(text), split);

describe('splitQuotedSentences', () => {
  test.each([
    [
      'two sentences inside one quotation',
      'He said: "Beta Ltd sold its mine. Tom Hale left Oslo."',
      ['He said: "Beta Ltd sold its mine. ', 'Tom Hale left Oslo."'],
    ],
    [
      'curly quotes, and a question inside',
      'Ann Cole asked: “Who sold the mine? Tom Hale did.”',
      ['Ann Cole asked: “Who sold the mine? ', 'Tom Hale did.”'],
    ],
    [
      'a quotation going on in lower case stays whole',
      'He said "no, sir. i will not go" and left.',
      ['He said "no, sir. i will not go" and left.'],
    ],
    [
      'an abbreviation inside the quotation ends no sentence',
      'She said: "Acme Corp. sold it to Dr. Hale in May."',
      ['She said: "Acme Corp. sold it to Dr. Hale in May."'],
    ],
    [
      'a quotation closed before the attribution is left to quote-ends',
      '"We lost the vote." Ann Cole said.',
      ['"We lost the vote." Ann Cole said.'],
    ],
    [
      'quotations closed earlier pair up before the next one opens',
      'He said: "We lost." It rained. "We won. Then we left," Ann Cole said.',
      ['He said: "We lost." It rained. ', '"We won. ', 'Then we left," Ann Cole said.'],
    ],
    ['no quotation', 'The board met on Friday. It voted.', ['The board met on Friday. ', 'It voted.']],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
    expect(pieces(text).join('')).toBe(text);
  });

  // Through extract(): the words of one sentence no longer run into the next.
  test.each([
    [
      'an object stays in its own sentence',
      'He said: "Beta Ltd sold its mine to Castor Mining. Tom Hale attacked Ann Cole."',
      ['Beta Ltd RELATED_TO Castor Mining', 'Tom Hale CRITICIZES Ann Cole'],
    ],
  ])('reads: %s', (_name, text, expected) => {
    const r = extract(text);
    const name = new Map(r.entities.map((e) => [e.id, e.name]));
    const lines = r.triples.map((t) => `${name.get(t.subject)} ${t.predicate.type} ${name.get(t.object)}`);
    expect(lines.sort()).toEqual(expected);
  });

  test('a quoted speaker keeps each sentence of the quotation', () => {
    const r = extract('Ann Cole said: "Beta Ltd sold its mine. Tom Hale left Oslo."');
    expect(r.claims.map((c) => c.text)).toEqual(['Beta Ltd sold its mine', 'Tom Hale left Oslo']);
  });
});
