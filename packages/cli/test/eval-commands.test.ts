// `kg eval entities` and `kg eval gold` end to end on tiny fixtures written here (no ../shared needed).
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerEval } from '../src/commands/eval.js';
import { CliError } from '../src/cli-error.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
const text = 'Title line\n\nAngela Merkel met Emmanuel Macron in Paris. Merkel said talks went well.';
const at = (s: string, from = 0) => text.indexOf(s, from);
const mention = (s: string, type: string, identity: string, head: string, from = 0) => ({
  start: at(s, from),
  end: at(s, from) + s.length,
  text: s,
  type,
  identity,
  head_text: head,
  head_upos: 'PROPN',
});
writeFileSync(join(dir, 'doc1.txt'), text);
writeFileSync(
  join(dir, 'doc1.entities.json'),
  JSON.stringify({
    mentions: [
      mention('Angela Merkel', 'person', 'Angela_Merkel', 'Merkel'),
      mention('Emmanuel Macron', 'person', 'Emmanuel_Macron', 'Macron'),
      mention('Paris', 'place', 'Paris', 'Paris'),
      mention('Merkel', 'person', 'Angela_Merkel', 'Merkel', at('Merkel said')),
    ],
  }),
);
writeFileSync(
  join(dir, 'doc1.gold.json'),
  JSON.stringify({
    entities: [{ name: 'Angela Merkel', aliases: ['Merkel'] }, { name: 'Berlin' }],
    not_entities: ['Title'],
  }),
);

async function run(args: string[]): Promise<string> {
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  try {
    const program = new Command('kg').exitOverride();
    registerEval(program);
    await program.parseAsync(['node', 'kg', ...args]);
  } finally {
    process.stdout.write = write;
  }
  return out.join('');
}

describe('kg eval', () => {
  test('entities: per-document lines and the summary last line; --out writes results', async () => {
    const outDir = join(dir, 'out');
    const out = await run(['eval', 'entities', '--gold-dir', dir, '--out', outDir]);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('doc1: gold=4 predicted=4 matched=4 merges=1/1 over-merges=0');
    expect(lines[lines.length - 1]).toBe(
      'mentions P=1.000 R=1.000 F1=1.000 type-acc=1.000 merge R=1.000 (1/1) over-merges=0',
    );
    expect(existsSync(join(outDir, 'doc1.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(outDir, 'doc1.json'), 'utf8')).document.id).toBe('doc1');
  });

  test('gold: missing entities listed, summary last line', async () => {
    const out = await run(['eval', 'gold', join(dir, 'doc1.gold.json'), '--text', join(dir, 'doc1.txt')]);
    const lines = out.trim().split('\n');
    expect(lines).toContain('missing entity: Berlin');
    expect(lines[lines.length - 1]).toBe(
      'entities R=0.500 (1/2) relations R=1.000 (0/0) core R=1.000 (0/0) violations=0',
    );
  });

  test.each([
    [['eval', 'entities', '--gold-dir', join(dir, 'absent')], /eval entities: .*absent: cannot read folder \(ENOENT\)/],
    [['eval', 'gold', join(dir, 'doc1.txt')], /eval gold: .*doc1.txt: expected a JSON reference/],
    [['eval', 'gold', join(dir, 'doc1.gold.json')], /no "document" in the reference; pass --text/],
    [
      [
        'eval',
        'gold',
        join(dir, 'doc1.gold.json'),
        '--text',
        join(dir, 'doc1.txt'),
        '--aliases',
        join(dir, 'none.json'),
      ],
      /loadAliasRules: .*none.json: cannot read/,
    ],
  ])('bad input %p → one-line CliError', async (args, message) => {
    await expect(run(args)).rejects.toThrow(CliError);
    await expect(run(args)).rejects.toThrow(message);
  });
});
