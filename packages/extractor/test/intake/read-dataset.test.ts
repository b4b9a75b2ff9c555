import { ArticleInputError } from '../../src/errors.js';
import { DEFAULT_DATASET_FIELDS, resolveDatasetFields } from '../../src/intake/dataset-fields.js';
import { readDataset } from '../../src/intake/read-dataset.js';

const JSONL = [
  '{"title":"Rail strike","text":"Trains stopped.","publishedAt":"2024-03-05T10:00:00Z","url":"https://news.test/rail?utm_source=x","source":{"id":null,"name":"Example News"}}',
  '',
  'not json',
  '{"title":"No body"}',
  '["an","array"]',
  '{"content":"<p>Floods in <b>Venice</b>.</p>","date":"6 March 2024"}',
].join('\n');

test('readDataset: JSONL records, each bad one a failure of its own named file:line', () => {
  expect(readDataset('news.jsonl', JSONL)).toEqual([
    {
      item: 'news.jsonl:1',
      article: {
        text: 'Trains stopped.',
        record: 'news.jsonl:1',
        title: 'Rail strike',
        date: '2024-03-05',
        url: 'https://news.test/rail',
        outlet: 'Example News',
      },
    },
    { item: 'news.jsonl:3', error: expect.stringMatching(/^news\.jsonl:3: not JSON \(/) },
    {
      item: 'news.jsonl:4',
      error: 'news.jsonl:4: no text (none of the fields text, content, body, article, maintext, description is set)',
    },
    { item: 'news.jsonl:5', error: 'news.jsonl:5: expected a JSON object per record' },
    { item: 'news.jsonl:6', article: { text: 'Floods in Venice .', record: 'news.jsonl:6', date: '2024-03-06' } },
  ]);
});

test('readDataset: CSV with chosen columns; a quoted field may span lines', () => {
  const csv =
    'headline,body,when,outlet\nFloods,"Heavy rain flooded Venice,\nthe mayor said.",2024-03-06,Laguna Post\nDry,,2024-03-07,\n';
  const fields = resolveDatasetFields({ title: 'headline', text: 'body', date: 'when' });
  expect(readDataset('d.csv', csv, fields)).toEqual([
    {
      item: 'd.csv:3',
      article: {
        text: 'Heavy rain flooded Venice,\nthe mayor said.',
        record: 'd.csv:3',
        title: 'Floods',
        date: '2024-03-06',
        outlet: 'Laguna Post',
      },
    },
    { item: 'd.csv:4', error: 'd.csv:4: no text in field "body"' },
  ]);
});

test.each([
  ['a.json', '{"text": "x"}', 'a.json: expected a JSON array of article records'],
  ['a.json', '[{"text": "x"', expect.stringMatching(/^a\.json: not JSON \(/)],
])('readDataset(%s, %j) refuses the whole file', (name, content, message) => {
  expect(() => readDataset(name, content)).toThrow(ArticleInputError);
  try {
    readDataset(name, content);
  } catch (err) {
    expect((err as Error).message).toEqual(message);
  }
});

test('resolveDatasetFields: defaults, and one column per given field', () => {
  expect(resolveDatasetFields()).toEqual(DEFAULT_DATASET_FIELDS);
  expect(resolveDatasetFields({ url: 'link' }).url).toEqual(['link']);
  expect(() => resolveDatasetFields({ text: ' ' })).toThrow(
    'resolveDatasetFields: expected the text field to be a column name, got " "',
  );
});
