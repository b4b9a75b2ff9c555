// Prepared statements kept per database connection: a document's write runs the same few dozen statements
// once per entity and edge it touches, and preparing each again was a third of an embedded import's
// loading time (profiled on the Wikinews corpus). Only for statements run with run/get/all (an iterating
// statement cannot be run again until its iteration ends).
import type Database from 'better-sqlite3';
import type { Db } from './sqlite-schema.js';

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** `db.prepare(sql)`, prepared once per connection; `pluck` (a reading statement's mode) is set on every call. */
export function statement(db: Db, sql: string, pluck = false): Database.Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let s = statements.get(sql);
  if (!s) statements.set(sql, (s = db.prepare(sql)));
  return s.reader ? s.pluck(pluck) : s;
}
