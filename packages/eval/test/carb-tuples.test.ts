// carbTuplesOf: propositions written back in the PTB line's own tokens, confidences rounded.
import type { Proposition } from '@kg/extractor';
import { carbTuplesOf } from '../src/carb-tuples.js';
import { ptbDetokenize } from '../src/ptb-detokenize.js';

const line = 'Mr. Baker -LRB- the mayor -RRB- found an opening in 1941 .';
const p = (relation: string, subject: string, object: string | undefined, args: string[] = []): Proposition => ({
  sentence: 0,
  relation,
  subject,
  object,
  args,
  confidence: 0.83333,
});

test.each([
  ['plain', p('found', 'Mr. Baker', 'an opening'), { relation: 'found', args: ['Mr. Baker', 'an opening'] }],
  [
    'brackets back to PTB tokens',
    p('found', 'Mr. Baker (the mayor)', 'an opening'),
    { relation: 'found', args: ['Mr. Baker -LRB- the mayor -RRB-', 'an opening'] },
  ],
  [
    'extra arguments kept, an empty object kept as the second slot',
    p('found', 'Mr. Baker', undefined, ['in 1941']),
    { relation: 'found', args: ['Mr. Baker', '', 'in 1941'] },
  ],
  [
    'text not in the line is PTB-tokenised',
    p("wasn't", 'Baker', 'there'),
    { relation: "was n't", args: ['Baker', 'there'] },
  ],
])('%s', (_name, proposition, expected) => {
  const [tuple] = carbTuplesOf(ptbDetokenize(line), [proposition]);
  expect({ relation: tuple.relation, args: tuple.args }).toEqual(expected);
  expect(tuple.confidence).toBe(0.833);
});
