import { ArticleInputError } from '../src/errors.js';
import { readArticle } from '../src/read-article.js';

const bytes = (s: string) => new TextEncoder().encode(s);

test.each([
  ['a.txt', bytes('\uFEFFPlain text.'), {}, { text: 'Plain text.' }],
  ['a.md', 'Already text.', {}, { text: 'Already text.' }],
  ['page.html', bytes('<p>Tom &amp; Jerry</p><p>Two.</p>'), {}, { text: 'Tom & Jerry\n\nTwo.' }],
  ['upload', bytes('<p>One &hellip;</p>'), { mediaType: 'text/html' }, { text: 'One …' }],
  [
    'story.md',
    '---\ntitle: Storm hits Paris\ndate: 2024-03-05\nsource: Daily Planet\nurl: https://www.planet.test/storm?utm_source=rss#top\n---\nRain fell.\n',
    {},
    {
      text: 'Rain fell.\n',
      title: 'Storm hits Paris',
      date: '2024-03-05',
      outlet: 'Daily Planet',
      url: 'https://www.planet.test/storm',
    },
  ],
  ['no-block.md', '---\nnot: [closed\n\nText.', {}, { text: '---\nnot: [closed\n\nText.' }],
  [
    'https://planet.test/feed-item',
    bytes('Plain words.'),
    { mediaType: 'text/plain', url: 'https://planet.test/a?b=2&a=1&fbclid=x' },
    { text: 'Plain words.', url: 'https://planet.test/a?a=1&b=2' },
  ],
])('readArticle(%s) reads the text and what it says of itself', (name, content, options, article) => {
  expect(readArticle(name, content, options)).toEqual(article);
});

test.each([
  ['photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1]), 'photo.txt: not a text article (binary content)'],
  ['latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), 'latin1.txt: not a text article (not valid UTF-8)'],
  ['blank.md', bytes('  \n'), 'blank.md: empty article (no text to import)'],
  ['only-front-matter.md', bytes('---\ntitle: T\n---\n'), 'only-front-matter.md: empty article (no text to import)'],
  ['empty.html', bytes('<script>x()</script>'), 'empty.html: empty article (no text to import)'],
  ['pasted', 'a\u0000b', 'pasted: not a text article (binary content)'],
])('readArticle(%s) refuses it with one line naming it', (name, content, message) => {
  expect(() => readArticle(name, content)).toThrow(new ArticleInputError(message));
});
