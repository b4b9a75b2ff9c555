// Hostile and unusual texts for the extractor, generated (no data files): `HOSTILE_INPUTS` name → make(chars,
// seed), each making about `chars` characters from `seed` (the seed article's text, for the inputs built
// from real prose). Used by `pnpm bench:hostile` at full size and by the extractor's tests at small sizes.

/** A deterministic pseudo-random source, so every run sees the same texts. */
function random(seed = 7) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}
const WORDS =
  'river council market winter signal harbour garden silver engine forest letter island bridge station ' +
  'morning copper valley league window anchor thunder meadow castle museum ribbon canyon falcon orchard';
const LIST = WORDS.split(' ');
const NAMES = 'Amara Bruno Celia Dmitri Elena Farid Greta Hiro Ines Jonas Kwame Lena Mateo Nadia Omar Priya'.split(' ');
const SURNAMES = 'Abbott Brandt Castillo Dube Eriksen Fujita Gallo Haddad Ivanov Jensen Kowalski Lindqvist'.split(' ');
const cap = (w) => w[0].toUpperCase() + w.slice(1);
/** Repeats `unit(i, rnd)` until the text reaches `chars`. */
function fill(chars, unit, seed = 7) {
  const rnd = random(seed);
  const parts = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = unit(i, rnd);
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
}
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const word = (rnd) => pick(rnd, LIST);
const name = (rnd) => `${pick(rnd, NAMES)} ${pick(rnd, SURNAMES)}`;
/** Random code points from `ranges` ([from, to] pairs). */
const chars = (rnd, ranges) => {
  const [a, b] = pick(rnd, ranges);
  return String.fromCodePoint(a + Math.floor(rnd() * (b - a)));
};

export const HOSTILE_INPUTS = {
  'long line, lower case': (n) => fill(n, (i, r) => word(r) + ' '),
  'long line, commas': (n) => fill(n, (i, r) => word(r) + (i % 3 ? ' ' : ', ')),
  'long line, title case': (n) => fill(n, (i, r) => cap(word(r)) + ' '),
  'capitalised word salad': (n) => fill(n, (i, r) => cap(word(r)) + word(r).slice(0, 3) + ' '),
  'capitalised salad, short lines': (n) => fill(n, (i, r) => cap(word(r)) + (i % 12 === 11 ? '\n' : ' ')),
  'all caps article': (n, seed) => fill(n, () => seed.toUpperCase() + '\n'),
  'all caps salad': (n) => fill(n, (i, r) => word(r).toUpperCase() + ' '),
  'title case article': (n, seed) => fill(n, () => seed.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()) + '\n'),
  'no punctuation prose': (n, seed) => fill(n, () => seed.replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\n/g, ' ')),
  'no spaces': (n) => fill(n, (i, r) => cap(word(r))),
  'one giant token': (n) => 'a'.repeat(n),
  'nested brackets': (n) => {
    const d = Math.floor(n / 12);
    return (
      '('.repeat(d) +
      'Alpha Beta said' +
      ')'.repeat(d) +
      ' ' +
      '[{<'.repeat(d / 3) +
      'Gamma Delta' +
      '>}]'.repeat(d / 3)
    );
  },
  'nested quotes': (n) => {
    const d = Math.floor(n / 8);
    return '“‘"'.repeat(d / 3) + 'The Silver Engine' + '"’”'.repeat(d / 3) + ' said Amara Abbott.';
  },
  'quoted title flood': (n) => fill(n, (i, r) => `the film “${cap(word(r))} ${cap(word(r))} of ${cap(word(r))}” and `),
  '10k entities': (n) => fill(n, (i, r) => `${name(r)} met ${cap(word(r))}${i} Corporation in ${cap(word(r))}ville. `),
  'one entity 10k times': (n) => fill(n, () => 'Amara Abbott spoke. She said Abbott agreed. '),
  'name list, one sentence': (n) => fill(n, (i, r) => name(r) + ', ') + 'and Omar Haddad spoke.',
  'names joined by and': (n) => fill(n, (i, r) => name(r) + ' and '),
  'of chains': (n) => fill(n, (i, r) => `Bank of ${cap(word(r))} `),
  'hyphen chains': (n) => fill(n, (i, r) => cap(word(r)) + '-'),
  'place qualifier chain': (n) => fill(n, (i, r) => `${cap(word(r))}, Texas, United States, `),
  'possessive chains': (n) => fill(n, (i, r) => `${pick(r, NAMES)}'s `),
  'acronym flood': (n) =>
    fill(n, (i, r) => `${word(r).slice(0, 3).toUpperCase()} (${word(r).slice(0, 4).toUpperCase()}) `),
  'pronoun flood': (n) => fill(n, (i) => (i % 2 ? 'She said it. ' : 'He said so. ')),
  'RTL text': (n) =>
    fill(n, (i, r) => (i % 2 ? 'مرحبا بالعالم الجديد ' : 'שלום עולם ') + (i % 9 === 0 ? 'Amara Abbott. ' : '')),
  'zero-width characters': (n, seed) => fill(n, () => seed.replace(/(\p{L})(?=\p{L})/gu, '$1\u200b')),
  'combining characters': (n) => fill(n, (i, r) => cap(word(r)).replace(/./g, (c) => c + '\u0301\u0323\u0308') + ' '),
  'HTML soup': (n) =>
    fill(n, (i, r) => `<div class="x${i}"><p>${cap(word(r))} &amp; ${name(r)}</p><script>var a=${i};</script><span>`),
  'binary-looking UTF-8': (n) =>
    fill(n, (i, r) =>
      chars(r, [
        [0x21, 0x7e],
        [0xa0, 0x24f],
        [0x370, 0x3ff],
        [0x2500, 0x25ff],
        [0xe000, 0xe0ff],
      ]),
    ),
  'CJK text': (n) => fill(n, (i, r) => chars(r, [[0x4e00, 0x9fff]]) + (i % 30 === 29 ? '。' : '')),
  emoji: (n) => fill(n, (i, r) => chars(r, [[0x1f300, 0x1f5ff]]) + (i % 5 ? '' : ' ')),
  'URLs and emails': (n) => fill(n, (i, r) => `https://${word(r)}.example.com/${word(r)}?id=${i} ${word(r)}@mail.org `),
  'numbers only': (n) => fill(n, (i, r) => `${Math.floor(r() * 1e6)} `),
  'newline flood': (n) => fill(n, (i, r) => (i % 50 ? '\n' : cap(word(r)))),
  'one word per line': (n) => fill(n, (i, r) => cap(word(r)) + '\n'),
  'long article': (n, seed) => fill(n, () => seed + '\n\n'),
};
