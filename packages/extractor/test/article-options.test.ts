import { articleOptions } from '../src/article-options.js';
import { documentId } from '../src/document-id.js';

test.each([
  [
    'a path gives the id and the first line the title',
    { text: '# Storm in Paris\n\nRain fell.', source: 'news/storm.md' },
    { id: documentId('source:news/storm.md'), title: 'Storm in Paris', source: 'news/storm.md' },
  ],
  [
    'a long first line falls back to the file name',
    { text: `${'word '.repeat(40)}\n\nMore.`, source: 'news/long-one.txt' },
    { id: documentId('source:news/long-one.txt'), title: 'long-one', source: 'news/long-one.txt' },
  ],
  [
    'an upload named by its source keeps its file name for the title',
    { text: 'x'.repeat(200), source: 'https://example.org/a', file: 'report.html' },
    { id: documentId('source:https://example.org/a'), title: 'report', source: 'https://example.org/a' },
  ],
  ['pasted text without a source leaves the id to the extractor', { text: 'Short note.' }, { title: 'Short note.' }],
  [
    'a given title and date win',
    { text: 'First line.', source: 'a.txt', title: 'Given', date: '2024-05-01' },
    { id: documentId('source:a.txt'), title: 'Given', source: 'a.txt', date: '2024-05-01' },
  ],
])('articleOptions: %s', (_name, input, expected) => {
  expect(articleOptions(input)).toEqual(expected);
});
