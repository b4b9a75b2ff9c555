// snippetSpans: every occurrence of a verbatim snippet, across line breaks and repeated spaces.
import { snippetSpans } from '../src/snippet-spans.js';

const text = 'He said (again) that prices rise.\nPrices  rise\nfast. He said (again) it.';
test.each([
  ['one occurrence', 'that prices rise', [[16, 32]]],
  [
    'regex characters are literal',
    'said (again)',
    [
      [3, 15],
      [56, 68],
    ],
  ],
  ['spaces and line breaks inside the snippet', 'Prices rise fast', [[34, 51]]],
  ['absent', 'prices fall', []],
  ['empty', '  ', []],
])('%s', (_case, snippet, spans) => {
  expect(snippetSpans(text, snippet)).toEqual(spans);
});
