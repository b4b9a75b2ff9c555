// Text preparation (prepare-text.ts): odd characters are made safe without moving any offset outside them.
import { prepareText } from '../src/prepare-text.js';
import { extract } from '../src/index.js';

const ZWJ = '\u200d';

describe('prepareText', () => {
  test.each([
    ['a joiner after the apostrophe', `the Harbour Post'${ZWJ}s report`, "the Harbour Post's  report"],
    ['a joiner before the apostrophe', `the Harbour Post${ZWJ}'s report`, "the Harbour Post's  report"],
    ['a joiner elsewhere stays', `Norwegian: ${ZWJ}Hei`, `Norwegian: ${ZWJ}Hei`],
    ['a wrapped line reads on', 'the deal was a\nmistake and', 'the deal was a mistake and'],
    ['also after a comma, with a carriage return', 'left Dover,\r\nand the storm', 'left Dover,  and the storm'],
    [
      'a blank line is a new paragraph',
      'Harbour news in brief\n\nthe ferry left',
      'Harbour news in brief\n\nthe ferry left',
    ],
    ['a capital after the break starts a line', 'Harbour news\nThe ferry left', 'Harbour news\nThe ferry left'],
    ['a number before the break ends its line', 'Prices rose by 5\npercent was', 'Prices rose by 5\npercent was'],
    [
      'a full stop before the break ends its line',
      'The ferry left.\nthe storm came',
      'The ferry left.\nthe storm came',
    ],
  ])('%s', (_rule, text, prepared) => {
    const out = prepareText(text);
    expect(out.text).toBe(prepared);
    expect(out.text.length).toBe(text.length);
  });

  test('a claim wrapped over two lines is quoted whole', () => {
    const text = 'Ann Cole said the deal with Beta Ltd was a\nmistake that would cost Acme Corp money.';
    expect(extract(text).claims.map((c) => c.text)).toEqual([
      'the deal with Beta Ltd was a mistake that would cost Acme Corp money',
    ]);
  });

  test('a possessive with a joiner is no part of the name', () => {
    const text = `Critics said the Harbour Post'${ZWJ}s report was false.`;
    expect(extract(text).entities.map((e) => e.name)).toContain('Harbour Post');
  });
});

// editorial-brackets.ts: brackets an editor put into a word or a name close up; nothing else moves.
describe('closeEditorialBrackets', () => {
  test.each([
    ['a capital put in', '"[T]he Senate voted," she said.', '"The   Senate voted," she said.'],
    [
      'an ending put in',
      'the corona[virus] spread and destroy[ed] jobs',
      'the coronavirus   spread and destroyed   jobs',
    ],
    ['a hyphenated ending', 'COVID[-19] wards', 'COVID-19   wards'],
    ['punctuation after the word', 'in Pittsburg[h].', 'in Pittsburgh.  '],
    ['a word put into a name', 'the Dorn [Chess] Open began', 'the Dorn  Chess  Open began'],
    ["words put before a name's last word", 'when [Mayor Tom] Hale spoke', 'when Mayor Tom   Hale spoke'],
    ['a given name put in after a quote mark', 'said "[Tom] Hale left"', 'said "Tom   Hale left"'],
    ['a bracketed word before a lower-case word stays', 'back in [March], they', 'back in [March], they'],
    ['a footnote stays', 'the word[1] and said.[2]', 'the word[1] and said.[2]'],
    ['bracketed punctuation stays', 'the victims[.]" and Tombo[...] said', 'the victims[.]" and Tombo[...] said'],
    ['an acronym gloss stays', 'the WCD [Women Child Development] team', 'the WCD [Women Child Development] team'],
    ['a bracketed aside stays', 'he said [sic] that', 'he said [sic] that'],
  ])('%s', (_rule, text, prepared) => {
    const out = prepareText(text);
    expect(out.text).toBe(prepared);
    expect(out.text.length).toBe(text.length);
  });

  test.each([
    ['"[T]he House of Representatives will vote," Ms Dorn said.', 'House of Representatives', 'Organization'],
    ['Crews reached Pittsburg[h] on Monday.', 'Pittsburgh', 'Place'],
    ['The Women World [Chess] Championship was held in Dorn.', 'Women World Chess Championship', 'Event'],
    ['When [Dornish Prime Minister Tomas] Kellan spoke, the crowd left.', 'Tomas Kellan', 'Person'],
  ])('"%s" names %s (%s)', (text, name, type) => {
    const e = extract(text).entities.find((x) => x.name === name);
    expect(e?.type).toBe(type);
  });

  test('mentions, evidence and claims quote the article as written', () => {
    const text =
      '"[T]he House of Representatives will vote," Ms Dorn said. Crews reached Pittsburg[h] on Monday. ' +
      'The Women World [Chess] Championship was held in Dorn. Ann Cole said "[Tomas] Kellan left Dorn in 2019".';
    const r = extract(text);
    const mentions = r.entities.flatMap((e) => e.mentions);
    expect(mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Pittsburg[h]', 'Women World [Chess] Championship', '[Tomas] Kellan']),
    );
    const spans = [...mentions, ...r.sentences, ...r.claims, ...r.triples.map((t) => t.evidence)];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(r.claims.map((c) => c.text)).toEqual([
      '[T]he House of Representatives will vote',
      '[Tomas] Kellan left Dorn in 2019',
    ]);
  });
});

// glued-ellipsis.ts: an ellipsis between two words with no space opens up; nothing moves.
describe('openGluedEllipses', () => {
  test.each([
    ['three dots between words', 'to you...Rocky Lane', 'to you.. Rocky Lane'],
    ['one ellipsis character', 'a week…then Tom left', 'a week then Tom left'],
    ['an ellipsis before a space stays', 'to you... Rocky Lane', 'to you... Rocky Lane'],
    ['an ellipsis in brackets stays', 'Tombo[...]said', 'Tombo[...]said'],
  ])('%s', (_rule, text, prepared) => {
    const out = prepareText(text);
    expect(out.text).toBe(prepared);
    expect(out.text.length).toBe(text.length);
  });

  test('the name after the ellipsis is found, and evidence quotes the article as written', () => {
    const text = 'Tom Hale said: "I introduce to you...Rocky Linux." Ann Cole waited…then left Dorn Corp.';
    const r = extract(text);
    expect(r.entities.map((e) => e.name)).toContain('Rocky Linux');
    expect(r.entities.map((e) => e.name)).not.toContain('Linux');
    const spans = [
      ...r.entities.flatMap((e) => e.mentions),
      ...r.sentences,
      ...r.claims,
      ...r.triples.map((t) => t.evidence),
    ];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(r.claims.map((c) => c.text)).toContain('I introduce to you...Rocky Linux');
  });
});
