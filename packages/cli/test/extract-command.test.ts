// `kg extract`: the ExtractionResult as JSON, the triples as lines, and a clear error for bad input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXIT } from '../src/cli-error.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-extract-'));
const file = path.join(dir, 'a.txt');
writeFileSync(file, 'On Monday, Apple did not buy Tesla. Microsoft invested in OpenAI and Nvidia.\n');

describe('kg extract', () => {
  test('--format json prints the whole result', async () => {
    const r = await runCli(['extract', file]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.triples).toHaveLength(3);
    expect(result.document.source).toBe(file);
  });

  test('--format triples prints one line per triple', async () => {
    const r = await runCli(['extract', file, '--format', 'triples']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'Apple -[ACQUIRES]-> Tesla  "did not buy"  s1 0.85 subject-verb-object (negated)',
      'Microsoft -[INVESTS_IN]-> OpenAI  "invested in"  s2 0.75 subject-verb-object',
      'Microsoft -[INVESTS_IN]-> Nvidia  "invested in"  s2 0.75 subject-verb-object',
    ]);
  });

  test.each([
    [['extract', path.join(dir, 'missing.txt')], EXIT.badInput, /missing\.txt: cannot read/],
    [['extract', file, '--format', 'xml'], EXIT.usage, /unknown --format "xml"/],
  ])('%j fails with a one-line error', async (args, code, message) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
