// Name-span rules on token rows written out with the tags compromise gives them in running news text (its
// tags depend on the context, so each case states them): one row per rule, with the exact spans expected.
import { findNameSpans } from '../../../src/entities/names/name-spans.js';
import type { Token } from '../../../src/tokens.js';

const T = {
  place: ['Noun', 'ProperNoun', 'Place'],
  country: ['Noun', 'ProperNoun', 'Place', 'Country'],
  city: ['Noun', 'ProperNoun', 'Place', 'City'],
  first: ['Noun', 'ProperNoun', 'Person', 'FirstName'],
  last: ['Noun', 'ProperNoun', 'Person', 'LastName'],
  org: ['Noun', 'ProperNoun', 'Organization'],
  acronym: ['Noun', 'ProperNoun', 'Acronym'],
  verb: ['Verb', 'PastTense'],
  title: ['Noun', 'Actor', 'ProperNoun'],
};

/**
 * Rows of tokens for `text`: words (with "'s"), "&" and "[...]" are tokens; the punctuation and space after a
 * token is its `post`, an opening bracket or quote the next token's `pre`. A row ends after ". " or a line
 * break. Tags come from `tags` (by token text); other capitalised words are plain proper nouns.
 */
function rows(text: string, tags: Record<string, string[]> = {}): Token[][] {
  const found = [...text.matchAll(/\[\.\.\.\]|&|[\p{L}\p{N}]+(?:['’]s)?/gu)];
  const out: Token[][] = [[]];
  found.forEach((m, k) => {
    const start = m.index!;
    const end = start + m[0].length;
    const prevEnd = k > 0 ? found[k - 1].index! + found[k - 1][0].length : 0;
    const gap = text.slice(prevEnd, start);
    const pre = k > 0 ? gap.slice(/^[^\s]*\s*/.exec(gap)![0].length) : gap;
    const nextStart = k + 1 < found.length ? found[k + 1].index! : text.length;
    const post = /^[^\s]*\s*/.exec(text.slice(end, nextStart))![0];
    const row = out[out.length - 1];
    const word = m[0];
    const own = tags[word] ?? (/^\p{Lu}/u.test(word) ? ['Noun', 'ProperNoun'] : ['Noun']);
    row.push({
      i: k,
      sentence: out.length - 1,
      pos: row.length,
      text: word,
      normal: word.toLowerCase(),
      start,
      end,
      tags: new Set(own),
      pre,
      post,
    });
    if (/[.!?]\s|\n/.test(post) && k + 1 < found.length) out.push([]);
  });
  return out;
}

const spans = (text: string, tags?: Record<string, string[]>) => findNameSpans(rows(text, tags), text);

describe('name spans', () => {
  test.each([
    [
      'a possessive tag on every word of a name ends it only at the written "’s"',
      'He said New Zealand’s flag stays.',
      { New: [...T.country, 'Possessive'], 'Zealand’s': [...T.country, 'Possessive'], said: T.verb },
      ['New Zealand'],
    ],
    [
      'an elision opens a clause',
      'Yields would improve [...] Ozone is a gas.',
      { is: ['Verb', 'Copula'], would: ['Verb', 'Modal'], improve: ['Verb'] },
      [],
    ],
    ['a list marker opens a clause', 'These sins: a) Leaving the group.', {}, []],
    [
      'time words alone are no name',
      'It began on Saturday Night as people came. Last Year more came.',
      { Saturday: ['Noun', 'Date', 'WeekDay'], Year: ['Noun', 'Date', 'Duration'], began: T.verb, came: T.verb },
      [],
    ],
    [
      'a clause-initial word split off the name it opened',
      'Nonpartisan Paul Tse won.',
      { Paul: T.first, Tse: T.last, won: T.verb },
      ['Paul Tse'],
    ],
    [
      'a hyphened prefix makes an adjective',
      'The Pro-Beijing DAB won. An Anti-Communist rally began.',
      { Pro: ['Adjective'], Beijing: T.city, DAB: T.acronym, won: T.verb, began: T.verb },
      ['DAB'],
    ],
    ['"VIP" is a kind of guest', 'He was a VIP guest.', { VIP: ['Noun', 'Actor'], was: ['Verb', 'Copula'] }, []],
    [
      'an adjective ending before a lower-case noun',
      'Points went to the Gabonese and Estonian teams. The Brazillian team won.',
      { went: T.verb, won: T.verb, Estonian: ['Adjective', 'Demonym'] },
      [],
    ],
    [
      'a title with its "of" complement',
      'He met the Secretary of State John Kerry.',
      { Secretary: T.title, State: T.place, John: T.place, Kerry: T.first, met: T.verb },
      ['John Kerry'],
    ],
    [
      'a title modifier before a title',
      'It said Home Secretary Suella Braverman spoke.',
      { said: T.verb, spoke: T.verb, Secretary: T.title, Suella: T.first, Braverman: T.last },
      ['Suella Braverman'],
    ],
    [
      'a title word inside the complement',
      'Then Secretary of Justice Wanda Vazquez spoke.',
      { Secretary: T.title, Justice: T.title, Wanda: T.first, Vazquez: T.last, spoke: T.verb },
      ['Wanda Vazquez'],
    ],
    [
      'the complement names an organisation of its own',
      'It was welcomed by the President of the European Council Donald Tusk.',
      { President: T.title, European: T.org, Council: T.org, Donald: T.first, Tusk: T.last, was: ['Verb', 'Copula'] },
      ['European Council', 'Donald Tusk'],
    ],
    ['a title-case heading of common words', 'Election Results\nThe election results came.', { came: T.verb }, []],
    [
      'a capitalised small word inside a hyphened name',
      'Money went to the Make-A-Wish Foundation.',
      { went: T.verb, A: ['Determiner'] },
      ['Make-A-Wish Foundation'],
    ],
    [
      'an ampersand inside a name',
      'It opened at the Mary & Leigh Block Museum of Art.',
      { opened: T.verb },
      ['Mary & Leigh Block Museum of Art'],
    ],
    [
      'a small number inside a name',
      'Deputies of Movimento 5 Stelle objected.',
      { '5': ['Value', 'Cardinal'], objected: T.verb },
      ['Movimento 5 Stelle'],
    ],
    [
      'a lower-case syllable hyphened to a given name',
      'Wong Kwok-kin of the FTU won.',
      { Wong: T.last, FTU: T.acronym, won: T.verb },
      ['Wong Kwok-kin', 'FTU'],
    ],
    [
      'a common word hyphened to a name stays out',
      'The Hong Kong-based firm grew.',
      { Hong: T.country, Kong: T.country, grew: T.verb },
      ['Hong Kong'],
    ],
    [
      'an elided direction word',
      'North and South Korea exchanged fire.',
      { North: ['Adjective'], South: T.country, Korea: T.country, exchanged: T.verb },
      ['North', 'South Korea'],
    ],
    [
      'a describing word before a first name',
      'It featured Scientologist Tom Cruise.',
      { Scientologist: ['Noun', 'ProperNoun', 'Person'], Tom: T.first, Cruise: T.last, featured: T.verb },
      ['Tom Cruise'],
    ],
    [
      'a word in capitals is an acronym',
      'This is the first FIRST Global contest.',
      { first: ['Value', 'Ordinal'], FIRST: ['Value', 'Ordinal'], is: ['Verb', 'Copula'] },
      ['FIRST Global'],
    ],
  ])('%s', (_rule, text, tags, expected) => {
    expect(spans(text, tags as Record<string, string[]>).map((s) => s.text)).toEqual(expected);
  });

  test('the complement of a title stays with the title', () => {
    const found = spans('He met the Secretary of State John Kerry.', {
      Secretary: T.title,
      State: T.place,
      John: T.place,
      Kerry: T.first,
      met: T.verb,
    });
    expect(found.map((s) => [s.text, s.title])).toEqual([['John Kerry', 'Secretary of State']]);
  });

  test('an elided word is keyed by the full name', () => {
    const found = spans('North and South Korea exchanged fire.', {
      North: ['Adjective'],
      South: T.country,
      Korea: T.country,
      exchanged: T.verb,
    });
    expect(found.map((s) => s.keyText)).toEqual(['North Korea', undefined]);
  });
});
