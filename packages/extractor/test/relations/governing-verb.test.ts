// The verb a clause hangs on (clauseFrame): the verb group right before the clause's own subject, with at
// most "that" between them, and an adverb opening the clause. Sentences written for this test; each row
// names the clause's verb and the governor and opener it should get ('-' for none).
import { clauseFrame } from '../../src/relations/governing-verb.js';
import { verbGroupAt, viewsOf } from './views-of.js';

function frameOf(text: string, verb: string): [string, string] {
  const view = viewsOf(text)[0];
  const f = clauseFrame(view, verbGroupAt(view, verb));
  const words = (from?: number, to?: number) => (from === undefined ? '-' : view.slice(from, to!));
  return [f.governor ? f.governor.lemma : '-', words(f.opener?.from, f.opener?.to)];
}

describe('clauseFrame', () => {
  test.each([
    [
      'a verb of belief right before the subject',
      'Tom Hale believes Norfield Holdings will buy Castor Mining.',
      'buy',
      'believe',
      '-',
    ],
    [
      '"that" between the governor and the subject',
      'Ann Cole suspects that Pell Group funded Castor Mining.',
      'fund',
      'suspect',
      '-',
    ],
    ['a request governs a "that" clause', 'Ann Cole asked that Pell Group withdraw its offer.', 'withdraw', 'ask', '-'],
    [
      'an adverb opening the clause is its opener',
      'Maybe Norfield Holdings will buy Castor Mining.',
      'buy',
      '-',
      'Maybe',
    ],
    [
      'an opener after the governor',
      'Tom Hale thinks perhaps Pell Group funded Castor Mining.',
      'fund',
      'think',
      'perhaps',
    ],
    ['a main clause has no governor', 'Norfield Holdings bought Castor Mining in May.', 'buy', '-', '-'],
    ['a comma after the verb breaks the frame', 'Ann Cole said, Pell Group funded Castor Mining.', 'fund', '-', '-'],
    [
      'a name between the verb and the subject breaks it',
      'Tom Hale told Ann Cole that Pell Group funded Castor Mining.',
      'fund',
      '-',
      '-',
    ],
    [
      'a subject carried over from a coordinated clause has no frame',
      'Tom Hale thinks Pell Group bought Castor Mining and sold Norfield Holdings.',
      'sell',
      '-',
      '-',
    ],
  ])('%s', (_name, text, verb, governor, opener) => {
    expect(frameOf(text, verb)).toEqual([governor, opener]);
  });
});
