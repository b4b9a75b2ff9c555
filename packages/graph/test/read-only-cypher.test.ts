// The read-only console's policy: every way we know of to reach a file or URL is refused, ordinary reads pass.
import { checkReadOnlyCypher, ReadOnlyQueryError } from '@kg/graph';

const refused: Array<[string, RegExp]> = [
  ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 2", /LOAD CSV reads files and URLs/],
  ["load csv with headers from 'http://127.0.0.1:9/x' as r return r", /LOAD CSV/],
  ["LOAD/* hidden */CSV FROM 'file:///etc/hostname' AS r RETURN r", /LOAD CSV/],
  ["LOAD // line comment\n CSV FROM 'file:///etc/hostname' AS r RETURN r", /LOAD CSV/],
  ["EXPLAIN LOAD CSV FROM 'file:///x' AS r RETURN r", /LOAD CSV/],
  ["MATCH (n) CALL { LOAD CSV FROM 'file:///x' AS r RETURN r } RETURN r", /LOAD CSV/],
  ["CALL apoc.load.json('file:///etc/passwd')", /procedure apoc\.load\.json is refused/],
  ["CALL `apoc`.`load`.csv('http://example.org/a.csv') YIELD map RETURN map", /procedure apoc\.load\.csv/],
  ['CALL APOC.IMPORT.CSV([], [], {})', /procedure APOC\.IMPORT\.CSV/],
  ["CALL apoc.export.csv.all('/tmp/x.csv', {})", /procedure apoc\.export\.csv\.all/],
  ["CALL apoc.cypher.run('LOAD CSV FROM $u AS r RETURN r', {u: 'file:///x'})", /procedure apoc\.cypher\.run/],
  ['CALL dbms.listConfig()', /procedure dbms\.listConfig/],
  ["CALL dbms.security.createUser('x', 'y')", /procedure dbms\.security\.createUser/],
  ['MATCH (n) CALL apoc.periodic.iterate("x", "y", {}) YIELD batches RETURN batches', /procedure apoc\.periodic/],
  ["RETURN apoc.cypher.runFirstColumnSingle('RETURN 1', {})", /function apoc\.cypher\.runFirstColumnSingle/],
  ["RETURN apoc.util.md5(['x']), apoc . load . jsonParams ('http://x', {}, null)", /function apoc\.util\.md5/],
  ["WITH 1 AS x RETURN `apoc`.`static`.get('k')", /function apoc\.static\.get/],
];

const allowed = [
  'MATCH (e:Entity) RETURN e.name LIMIT 5',
  "RETURN 'LOAD CSV FROM file:///etc/passwd' AS text, \"CALL apoc.load.json('x')\" AS other",
  "MATCH (n) WHERE n.name = 'it\\'s LOAD CSV' RETURN n",
  '// LOAD CSV in a comment\nMATCH (n) RETURN count(n)',
  '/* CALL apoc.load.json */ RETURN 1',
  'MATCH (load:Entity) WITH load AS csv RETURN csv.name',
  'CALL db.labels() YIELD label RETURN label',
  'CALL db.schema.visualization',
  'CALL dbms.components() YIELD name RETURN name',
  'MATCH (n) CALL { WITH n RETURN n.name AS name } RETURN name',
  'MATCH (n) CALL (n) { RETURN n.id AS id } RETURN id',
  'RETURN point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS d, date.truncate("month", date())',
  "RETURN apoc.text.join(['a', 'b'], ',')",
  'MATCH (n) RETURN n.apoc.load',
];

describe('checkReadOnlyCypher', () => {
  test.each(refused)('refuses %j', (cypher, message) => {
    expect(() => checkReadOnlyCypher(cypher)).toThrow(ReadOnlyQueryError);
    expect(() => checkReadOnlyCypher(cypher)).toThrow(message);
  });

  test.each(allowed)('allows %j', (cypher) => {
    expect(() => checkReadOnlyCypher(cypher)).not.toThrow();
  });
});
