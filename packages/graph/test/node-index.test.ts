// A batch re-derives a node after each of its documents from counted entries (countEntries): that must give
// the node one entry per document gives (what Neo4j stores), whatever order the entries arrive in.
import { deriveNode, type NodeEntry } from '../src/derive-node.js';
import { countEntries, NodeIndex } from '../src/node-index.js';
import { loadLexicon } from '../src/load-lexicon.js';

beforeAll(() => loadLexicon());

const entry = (doc: string, name: string, type: string, strong = false, rule = 'same-name', aliases: string[] = []) =>
  ({ doc, name, type, strong, aliases, rule, because: [] }) as NodeEntry;

const cases: Array<[string, NodeEntry[]]> = [
  [
    'one name in five documents, one with an acronym',
    [
      entry('d5', 'Velqor Bank', 'Organization'),
      entry('d2', 'Velqor Bank', 'Organization', false, 'new'),
      entry('d4', 'Velqor Bank', 'Organization', false, 'same-name', ['VB']),
      entry('d1', 'Velqor Bank', 'Organization'),
      entry('d3', 'Velqor Bank', 'Organization'),
    ],
  ],
  [
    'a guess, then a title making it a person, then a bare surname',
    [
      entry('a3', 'Quilleran', 'Person', false, 'surname'),
      entry('a1', 'Anna Quilleran', 'Organization', false, 'new'),
      entry('a2', 'Anna Quilleran', 'Person', true),
    ],
  ],
  [
    'a tie between two types: the first document (by id) decides',
    [entry('b2', 'Korvenmaa', 'Place'), entry('b1', 'Korvenmaa', 'Organization', false, 'new')],
  ],
];

const sortedByDoc = (es: NodeEntry[]) => [...es].sort((a, b) => (a.doc < b.doc ? -1 : 1));

test.each(cases)('%s: counted entries derive the same node', (_name, entries) => {
  const expected = deriveNode('n', sortedByDoc(entries));
  expect(deriveNode('n', countEntries([], entries))).toEqual(expected);
  // Added one at a time, in the order given (a batch's order), as NodeIndex.addDocument adds them.
  const oneByOne = entries.reduce<NodeEntry[]>((acc, e) => countEntries(acc, [e]), []);
  expect(deriveNode('n', oneByOne)).toEqual(expected);
});

test.each(cases)('%s: the index holds after each document what the store derives', (_name, entries) => {
  const index = new NodeIndex([{ id: 'n', name: '', type: 'Concept', keys: new Map(), entries: [] }]);
  for (const e of entries) index.addDocument(e.doc, [{ id: 'n', ...e }]);
  const d = deriveNode('n', sortedByDoc(entries));
  expect(index.get('n')).toMatchObject({ name: d.name, type: d.type, keys: d.keys });
});
