// `kg query "<cypher>"`: Cypher against Neo4j, read-only unless --write; the embedded store answers
// with how to start Neo4j.
import type { Command } from 'commander';
import { DEFAULT_QUERY, type QueryResult } from '@kg/graph';
import { CliError, EXIT } from '../cli-error.js';
import { addStoreOptions, NEO4J_HINT, withStore, type StoreFlags } from '../store.js';

interface QueryFlags extends StoreFlags {
  param: string[];
  format: string;
  write?: boolean;
  timeout: string;
  maxRows: string;
}

/** `k=v` → a parameter; v is parsed as JSON when it is valid JSON (numbers, lists), else a string. */
export function parseParam(pair: string, acc: string[] = []): string[] {
  if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(pair))
    throw new CliError(`query: expected --param name=value, got "${pair}"`, EXIT.usage);
  return [...acc, pair];
}

export function paramsFrom(pairs: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of pairs) {
    const i = p.indexOf('=');
    const raw = p.slice(i + 1);
    let v: unknown = raw;
    try {
      v = JSON.parse(raw);
    } catch {
      /* plain string */
    }
    out[p.slice(0, i)] = v;
  }
  return out;
}

export function formatTable(r: QueryResult): string {
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const cells = [r.columns, ...r.rows.map((row) => row.map(show))];
  const widths = r.columns.map((_, i) => Math.min(60, Math.max(...cells.map((row) => (row[i] ?? '').length))));
  const line = (row: string[]) =>
    row.map((c, i) => (c.length > widths[i] ? c.slice(0, widths[i] - 1) + '…' : c.padEnd(widths[i]))).join(' | ');
  const out = [line(r.columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.slice(1).map(line)];
  out.push(`(${r.rows.length} row${r.rows.length === 1 ? '' : 's'}${r.truncated ? ', truncated by the row cap' : ''})`);
  return out.join('\n') + '\n';
}

export function registerQuery(program: Command): void {
  addStoreOptions(
    program
      .command('query')
      .argument('<cypher>', 'a Cypher query')
      .description('run Cypher against Neo4j (read-only unless --write)')
      .option('--param <name=value>', 'query parameter (repeatable; JSON values allowed)', parseParam, [])
      .option('--format <format>', 'table or json', 'table')
      .option('--write', 'allow the query to write')
      .option('--timeout <ms>', 'transaction timeout in milliseconds', String(DEFAULT_QUERY.timeoutMs))
      .option('--max-rows <n>', 'row cap', String(DEFAULT_QUERY.maxRows)),
  ).action(async (cypher: string, flags: QueryFlags) => {
    if (!['table', 'json'].includes(flags.format))
      throw new CliError(`query: unknown --format "${flags.format}" (expected table or json)`, EXIT.usage);
    const timeoutMs = Number(flags.timeout);
    const maxRows = Number(flags.maxRows);
    if (!(timeoutMs > 0) || !Number.isInteger(maxRows) || maxRows < 1)
      throw new CliError('query: expected --timeout and --max-rows to be positive numbers', EXIT.usage);
    await withStore(flags, async (store) => {
      if (!store.capabilities.cypher)
        throw new CliError(`query: the ${store.kind} store does not run Cypher; ${NEO4J_HINT}`, EXIT.storeUnavailable);
      let result: QueryResult;
      try {
        result = await store.query(cypher, paramsFrom(flags.param), { write: !!flags.write, timeoutMs, maxRows });
      } catch (err) {
        const e = err as Error & { code?: string };
        if (e.name === 'ReadOnlyQueryError') throw new CliError(`query: ${e.message}`, EXIT.usage);
        const hint =
          /AccessMode|WriteOnReadOnly|read only|not allowed/i.test(`${e.code} ${e.message}`) && !flags.write
            ? ' (writes need --write)'
            : '';
        throw new CliError(`query: ${e.message.split('\n')[0]}${hint}`, EXIT.failure);
      }
      process.stdout.write(flags.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatTable(result));
    });
  });
}
