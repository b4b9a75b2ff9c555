// Sentence ends after closing quotation marks, which compromise's splitter misses: each row is a sentence as
// compromise gives it, with the pieces it must be cut into (their concatenation is always the input).
import { extract } from '@kg/extractor';
import { splitQuoteEnds } from '../src/quote-ends.js';

describe('splitQuoteEnds', () => {
  test.each([
    [
      'a full stop inside the quotation, then a new sentence',
      'She said it was "over." The board met on Friday.',
      ['She said it was "over." ', 'The board met on Friday.'],
    ],
    [
      'question and exclamation marks, curly quotes, a quoted opening',
      'He asked “why not?” “We can,” she said. He shouted "now!" Nobody moved.',
      ['He asked “why not?” ', '“We can,” she said. He shouted "now!" ', 'Nobody moved.'],
    ],
    [
      'a straight quote closes only when the quotes so far pair up',
      'He said "we will go." Then "we stopped." Nobody moved.',
      ['He said "we will go." ', 'Then "we stopped." ', 'Nobody moved.'],
    ],
    ['the quotation goes on in lower case', 'She said "no, sir." and left.', ['She said "no, sir." and left.']],
    [
      "a Roman numeral closing a name's quotation",
      'He warned of "World War III." Dorn left early.',
      ['He warned of "World War III." ', 'Dorn left early.'],
    ],
    ['not a capital letter alone', 'She said "ask Ann B." Then she left.', ['She said "ask Ann B." Then she left.']],
    [
      'an initial before the quote mark',
      'The file was labelled "Plan B." Then it vanished.',
      ['The file was labelled "Plan B." Then it vanished.'],
    ],
    ['the rest names only the speaker', '"The vote was fair." Ana Ruiz said.', ['"The vote was fair." Ana Ruiz said.']],
    [
      'the rest names the speaker and how they said it',
      '"We are ready!" Ana Ruiz told reporters on Friday.',
      ['"We are ready!" Ana Ruiz told reporters on Friday.'],
    ],
    [
      'a speaker who goes on to say more is a new sentence',
      '"We are ready." Officials stated the road was closed by the flood on Friday morning.',
      ['"We are ready." ', 'Officials stated the road was closed by the flood on Friday morning.'],
    ],
    [
      'the speaker goes on with a quotation of their own',
      '"We lost." Ana Ruiz said, "We will be back."',
      ['"We lost." ', 'Ana Ruiz said, "We will be back."'],
    ],
    ['no quotation', 'The board met on Friday. It voted.', ['The board met on Friday. It voted.']],
  ])('%s', (_name, sentence, pieces) => {
    expect(splitQuoteEnds([sentence])).toEqual(pieces);
    expect(splitQuoteEnds([sentence]).join('')).toBe(sentence);
  });

  test.each([
    [
      'a quotation compromise cut in two still closes',
      [
        'Doug Reyes said: "We lost. ',
        'It can take days at a time." Ann Cole of Acme Marine told reporters it was over.',
      ],
      [
        'Doug Reyes said: "We lost. ',
        'It can take days at a time." ',
        'Ann Cole of Acme Marine told reporters it was over.',
      ],
    ],
    [
      'a new paragraph opens its quotations afresh',
      ['He said: "We lost.\n', '"We are back." Ann Cole left.'],
      ['He said: "We lost.\n', '"We are back." ', 'Ann Cole left.'],
    ],
  ])('%s (sentences of one text)', (_name, sentences, pieces) => {
    expect(splitQuoteEnds(sentences)).toEqual(pieces);
  });

  // Through extract(): the sentence after the quotation is read on its own.
  test.each([
    [
      'a name opening the next sentence',
      'The council said it "will not allow any operations in the region." Tavo Brannigan said, "The statement was a surprise."',
      'Tavo Brannigan',
    ],
    [
      'the speaker of the next quotation',
      'Ana Ruiz called the plan "a disaster for the harbour." Oren Valdis told reporters, "It will pass."',
      'Oren Valdis',
    ],
  ])('%s: "%s"', (_name, text, speaker) => {
    const r = extract(text);
    expect(r.sentences).toHaveLength(2);
    const entity = r.entities.find((e) => e.name === speaker);
    expect(entity?.type).toBe('Person');
    expect(r.claims.map((c) => c.speaker)).toContain(entity!.id);
  });
});
