// A relationship's summary (sorted support, evidence, weight, phrases, first/last seen, documents, outlets) is computed by
// the client for relationships a batch creates and by Cypher when evidence is merged or removed: both
// must give exactly the same properties, including string order and missing dates.
import type { Driver } from 'neo4j-driver';
import { testDriver } from '../../../test/neo4j-env.js';
import { derivedMap, deriveFromSupport, SEP } from '../src/neo4j-support.js';
import { toPlain } from '../src/neo4j-values.js';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const item = (sid: string, date: string, phrase: string, outlet?: string) =>
  [sid, date, phrase, '0,3,8,11', ...(outlet === undefined ? [] : [outlet])].join(SEP);

test.each([
  [
    'one item',
    [item('d:0', '2024-05-01', 'meets')],
    {
      evidence: ['d:0'],
      weight: 1,
      phrases: ['meets'],
      firstSeen: '2024-05-01',
      lastSeen: '2024-05-01',
      documents: 1,
      outlets: [],
    },
  ],
  [
    'documents (ids may hold colons) and outlets counted once each; items without an outlet (older kg) add none',
    [
      item('https://a.example/x:0', '2024-01-01', 'met', 'a.example'),
      item('https://a.example/x:3', '2024-01-01', 'met', 'a.example'),
      item('https://b.example/y:1', '2024-01-02', 'met', 'b.example'),
      item('c:0', '2024-01-03', 'met'),
      item('d:0', '2024-01-03', 'met', ''),
    ],
    {
      evidence: ['c:0', 'd:0', 'https://a.example/x:0', 'https://a.example/x:3', 'https://b.example/y:1'],
      weight: 5,
      phrases: ['met'],
      firstSeen: '2024-01-01',
      lastSeen: '2024-01-03',
      documents: 4,
      outlets: ['a.example', 'b.example'],
    },
  ],
  [
    'items sorted by sentence id; phrases in that order, once each',
    [item('d:2', '2024-06-01', 'met'), item('d:10', '2024-01-01', 'meets'), item('c:0', '2024-03-01', 'met')],
    {
      evidence: ['c:0', 'd:10', 'd:2'],
      weight: 3,
      phrases: ['met', 'meets'],
      firstSeen: '2024-01-01',
      lastSeen: '2024-06-01',
      documents: 2,
      outlets: [],
    },
  ],
  [
    'an empty date is ignored',
    [item('d:0', '', 'meets'), item('d:1', '2023-12-31', 'meets')],
    {
      evidence: ['d:0', 'd:1'],
      weight: 2,
      phrases: ['meets'],
      firstSeen: '2023-12-31',
      lastSeen: '2023-12-31',
      documents: 1,
      outlets: [],
    },
  ],
  [
    'no dates at all',
    [item('d:0', '', 'meets')],
    { evidence: ['d:0'], weight: 1, phrases: ['meets'], firstSeen: null, lastSeen: null, documents: 1, outlets: [] },
  ],
  [
    'non-ASCII ids order by UTF-16 code unit, as Neo4j does',
    [item('\u{1F600}:0', '2024-01-01', 'a'), item('\uFFFD:0', '2024-01-01', 'b'), item('Z:0', '2024-01-01', 'c')],
    {
      evidence: ['Z:0', '\u{1F600}:0', '\uFFFD:0'],
      weight: 3,
      phrases: ['c', 'a', 'b'],
      firstSeen: '2024-01-01',
      lastSeen: '2024-01-01',
      documents: 3,
      outlets: [],
    },
  ],
])('%s', async (_what, items, expected) => {
  const sorted = expected.evidence.map((sid) => items.find((x) => x.startsWith(`${sid}${SEP}`))!);
  expect(deriveFromSupport(items)).toEqual({ support: sorted, ...expected });
  const { records } = await driver.executeQuery(
    `RETURN [s IN [COLLECT { UNWIND $items AS x RETURN x ORDER BY x }] | ${derivedMap('s')}][0] AS m`,
    { items, sep: SEP },
    { database: 'neo4j' },
  );
  expect(toPlain(records[0].get('m'))).toEqual({ support: sorted, ...expected });
});
