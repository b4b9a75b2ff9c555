// scoreMatch(): the ranking tiers of search, typo tolerance included.
import { scoreMatch } from '../src/score-match.js';

test.each([
  ['xi jinping', 'Xi Jinping', 1],
  ['Xi Jin', 'Xi Jinping', 0.8],
  ['jinp', 'Xi Jinping', 0.6],
  ['inpin', 'Xi Jinping', 0.4],
  ['Trmp', 'Donald Trump', 0.3], // one letter missing
  ['Huwaei', 'Huawei', 0.2], // two letters swapped: two edits, allowed from six letters
  ['Jinpign', 'Xi Jinping', 0.3], // one edit from the prefix "jinpin"
  ['Merkle', 'Angela Merkel', 0.3],
  ['Xi', 'Xinhua', 0.8],
  ['Xo', 'Xi Jinping', 0], // too short for typos
  ['Hwei', 'Huawei', 0], // two edits in four letters
  ['Beijing', 'Berlin', 0],
  ['', 'Huawei', 0],
])('scoreMatch(%j, %j) = %d', (query, text, expected) => {
  expect(scoreMatch(query, text)).toBeCloseTo(expected, 10);
});
