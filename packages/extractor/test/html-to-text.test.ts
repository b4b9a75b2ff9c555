import { htmlToText } from '../src/html-to-text.js';

test.each([
  ['<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
  ['<script>alert(1)</script>Text', 'Text'],
  ['<style>p{}</style><!-- c -->A &amp; B &lt;tag&gt; &#233;&#x41;', 'A & B <tag> éA'],
  ['<img src=x onerror="alert(1)">caption', 'caption'],
  ['line<br>next', 'line\n\nnext'],
])('htmlToText(%j)', (html, text) => {
  expect(htmlToText(html)).toBe(text);
});
