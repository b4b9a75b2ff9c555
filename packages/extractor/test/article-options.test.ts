import { articleOptions } from '../src/article-options.js';
import { documentId } from '../src/document-id.js';

const STORM = documentId('url:planet.test/news/storm');

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
    'an upload named by its address keeps its file name for the title; the address names the outlet',
    { text: 'x'.repeat(200), source: 'https://example.org/a', file: 'report.html' },
    {
      id: documentId('url:example.org/a'),
      title: 'report',
      source: 'https://example.org/a',
      outlet: { name: 'example.org', domain: 'example.org' },
    },
  ],
  ['pasted text without a source leaves the id to the extractor', { text: 'Short note.' }, { title: 'Short note.' }],
  [
    'a given title and date win',
    { text: 'First line.', source: 'a.txt', title: 'Given', date: '2024-05-01' },
    { id: documentId('source:a.txt'), title: 'Given', source: 'a.txt', date: '2024-05-01' },
  ],
  [
    'a saved page that names its address is the article at that address',
    { text: 'Rain.', source: 'saved/storm.html', url: 'https://www.planet.test/news/storm', outlet: 'Daily Planet' },
    {
      id: STORM,
      title: 'Rain.',
      source: 'https://www.planet.test/news/storm',
      outlet: { name: 'Daily Planet', domain: 'planet.test' },
    },
  ],
  [
    'a feed item at the same address over http is the same article',
    { text: 'Rain.', url: 'http://planet.test/news/storm/', title: 'Storm' },
    {
      id: STORM,
      title: 'Storm',
      source: 'http://planet.test/news/storm/',
      outlet: { name: 'planet.test', domain: 'planet.test' },
    },
  ],
  [
    'a dataset record without an address: shown by its record, identified by its text',
    { text: 'Floods in Venice.', record: 'news.jsonl:3', outlet: 'Laguna Post' },
    { title: 'Floods in Venice.', source: 'news.jsonl:3', outlet: { name: 'Laguna Post' } },
  ],
])('articleOptions: %s', (_name, input, expected) => {
  expect(articleOptions(input)).toEqual(expected);
});
