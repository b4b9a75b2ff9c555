// nameKeysOf: the keys Neo4j links a node to (LookupKey nodes) — every name key but the id key and, given the
// node's id, those of the node's own slug family, which neo4jCandidates finds by a range of the id constraint.
import { nameKeysOf, nameKeySlug } from '../src/entity-entries.js';

const F = '\u001f';

test.each([
  ['its own slug', 'barack-obama', ['n:barack obama', 's:obama'], ['s:obama']],
  ['a numbered form of it', 'barack-obama-3', ['n:barack obama'], []],
  ['another family', 'obama', ['n:barack obama', 'n:obama'], ['n:barack obama']],
  ['a longer id sharing the slug', 'barack-obama-jr', ['n:barack obama'], ['n:barack obama']],
  ['a number not at the end', 'barack-obama-2-x', ['n:barack obama'], ['n:barack obama']],
  ['acronym and surname keys of the same words', 'obama', ['a:obama', 'f:obama'], ['a:obama', 'f:obama']],
  ['the id key', 'obama', ['i:obama'], []],
])('a node with %s', (_what, id, keys, linked) => {
  expect(
    nameKeysOf(
      keys.map((k) => `${k}${F}doc-1`),
      id,
    ),
  ).toEqual(linked);
});

test('without an id every name key is linked (a Cypher export links them all)', () => {
  expect(nameKeysOf([`n:barack obama${F}d`, `i:barack-obama${F}`])).toEqual(['n:barack obama']);
});

test.each([
  ['n:donald trump', 'donald-trump'],
  ['n:', 'unnamed'],
  ['a:us', null],
])('the slug of key %s is %s', (k, slug) => {
  expect(nameKeySlug(k)).toBe(slug);
});
