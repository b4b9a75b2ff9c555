import { ArticleInputError } from '../src/errors.js';
import { readArticleText } from '../src/read-article-text.js';

const bytes = (s: string) => new TextEncoder().encode(s);

test.each([
  ['a.txt', bytes('\uFEFFPlain text.'), undefined, 'Plain text.'],
  ['a.md', 'Already text.', undefined, 'Already text.'],
  ['page.html', bytes('<p>Tom &amp; Jerry</p><p>Two.</p>'), undefined, 'Tom & Jerry\n\nTwo.'],
  ['upload', bytes('<p>One &hellip;</p>'), 'text/html', 'One …'],
])('readArticleText(%s) reads the text', (name, content, mediaType, text) => {
  expect(readArticleText(name, content, mediaType)).toBe(text);
});

test.each([
  ['photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1]), 'photo.txt: not a text article (binary content)'],
  ['latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), 'latin1.txt: not a text article (not valid UTF-8)'],
  ['blank.md', bytes('  \n'), 'blank.md: empty article (no text to import)'],
  ['empty.html', bytes('<script>x()</script>'), 'empty.html: empty article (no text to import)'],
  ['pasted', 'a\u0000b', 'pasted: not a text article (binary content)'],
])('readArticleText(%s) refuses it with one line naming it', (name, content, message) => {
  expect(() => readArticleText(name, content)).toThrow(new ArticleInputError(message));
});
