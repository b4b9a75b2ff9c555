// A transaction that lost a race with another process's delete is run again; any other failure is not.
import { ENTITY_NOT_FOUND, isConcurrentDelete, retryConcurrentDelete } from '../src/neo4j-retry.js';

/** The shape of the driver's Neo4jError that the retry reads: its Neo4j status code. */
const neo4jError = (code: string) => Object.assign(new Error(`${code}: Unable to load NODE 4:x:1253.`), { code });

test.each([
  ['Neo4j: a node deleted under the statement', neo4jError(ENTITY_NOT_FOUND), true],
  ['Neo4j: a syntax error', neo4jError('Neo.ClientError.Statement.SyntaxError'), false],
  ['Neo4j: a constraint broken', neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed'), false],
  ['a plain error with the same words', new Error('Unable to load NODE 4:x:1253.'), false],
  ['not an error at all', null, false],
])('isConcurrentDelete: %s → %s', (_what, err, expected) => {
  expect(isConcurrentDelete(err)).toBe(expected);
});

test.each([
  ['wins on the first attempt', 0, { value: 'done', calls: 1 }],
  ['loses the race twice, then wins', 2, { value: 'done', calls: 3 }],
  ['loses it four times, then wins', 4, { value: 'done', calls: 5 }],
])('retryConcurrentDelete: a transaction that %s', async (_what, losses, expected) => {
  let calls = 0;
  const value = await retryConcurrentDelete(async () => {
    if (++calls <= losses) throw neo4jError(ENTITY_NOT_FOUND);
    return 'done';
  });
  expect({ value, calls }).toEqual(expected);
});

test('retryConcurrentDelete: a race lost five times running is reported', async () => {
  let calls = 0;
  const work = async () => {
    calls++;
    throw neo4jError(ENTITY_NOT_FOUND);
  };
  await expect(retryConcurrentDelete(work)).rejects.toMatchObject({ code: ENTITY_NOT_FOUND });
  expect(calls).toBe(5);
});

test('retryConcurrentDelete: any other failure is thrown at once', async () => {
  let calls = 0;
  const work = async () => {
    calls++;
    throw neo4jError('Neo.ClientError.Statement.SyntaxError');
  };
  await expect(retryConcurrentDelete(work)).rejects.toThrow('SyntaxError');
  expect(calls).toBe(1);
});
