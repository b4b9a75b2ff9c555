// `kg eval entities` and `kg eval gold` end to end on tiny fixtures written here (no ../shared needed).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

// A facts reference (gold/facts/README.md) in <root>/gold/facts naming <root>/corpus/buy.txt.
const factsRoot = join(dir, 'facts-root');
mkdirSync(join(factsRoot, 'gold', 'facts'), { recursive: true });
mkdirSync(join(factsRoot, 'corpus'));
writeFileSync(
  join(factsRoot, 'corpus', 'buy.txt'),
  'Acme Corp buys Beta Ltd\n\nAcme Corp bought Beta Ltd on Monday. "The deal is good," John Smith said.\n',
);
const fact = (id: string, subject: string, object: string, types: string[], cues: string[]) => ({
  id,
  subject,
  object,
  types,
  cues,
  evidence: '',
  key: true,
  attributedTo: null,
  negated: false,
  hedged: false,
  symmetric: false,
});
writeFileSync(
  join(factsRoot, 'gold', 'facts', 'buy.txt.facts.json'),
  JSON.stringify({
    document: 'corpus/buy.txt',
    entities: [
      { name: 'Acme Corp', type: 'Organization', aliases: ['Acme'] },
      { name: 'Beta Ltd', type: 'Organization', aliases: [] },
      { name: 'John Smith', type: 'Person', aliases: [] },
      { name: 'Gamma', type: 'Place', aliases: [] },
    ],
    facts: [
      fact('f1', 'Acme Corp', 'Beta Ltd', ['ACQUIRES', 'OWNS'], ['buy', 'bought']),
      fact('f2', 'Beta Ltd', 'Gamma', ['LOCATED_IN'], ['in']),
    ],
    claims: [{ id: 'c1', speaker: 'John Smith', evidence: 'The deal is good', about: [] }],
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

  test('facts: a line per article, then counts, the nodes line and the facts line last', async () => {
    const lines = (await run(['eval', 'facts', '--gold-dir', join(factsRoot, 'gold', 'facts')])).trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^buy\.txt: edges \d+\/\d+ correct, facts [01]\/2 \(key [01]\/2\), claims \d+\/\d+ correct, [01]\/1 found$/,
    );
    expect(lines[1]).toMatch(/^counts: /);
    expect(lines[2]).toMatch(/^nodes P=(\d\.\d{3}|n\/a) R=\d\.\d{3} type-acc=(\d\.\d{3}|n\/a) split=\d+$/);
    expect(lines[3]).toMatch(
      /^facts P=(\d\.\d{3}|n\/a) R=0\.\d{3} F1=\d\.\d{3} key R=0\.\d{3} attribution=n\/a polarity=(\d\.\d{3}|n\/a) claims P=(\d\.\d{3}|n\/a) R=\d\.\d{3}$/,
    );
  });

  test('facts --verbose: the article header, each edge marked, the fact no text states missed', async () => {
    const out = await run(['eval', 'facts', '--gold-dir', join(factsRoot, 'gold', 'facts'), '--verbose']);
    const lines = out.split('\n');
    expect(lines[0]).toBe('== buy.txt');
    expect(lines.some((l) => /^ {2}[+x] \S/.test(l))).toBe(true);
    expect(lines).toContain('  missed f2 Beta Ltd -LOCATED_IN[in]-> Gamma (key)  ""');
    expect(lines).toContain('  node missed: Gamma [Place]');
  });

  test.each([
    [
      ['eval', 'facts', '--gold-dir', join(factsRoot, 'gold', 'facts'), '--corpus-root', join(dir, 'absent')],
      /eval facts: readFactsGold: .*absent.*buy\.txt: cannot read the article of buy\.txt\.facts\.json \(ENOENT\)/,
    ],
    [
      ['eval', 'facts', '--gold-dir', dir],
      /eval facts: readFactsGold: .*: expected <article>\.facts\.json files, found none/,
    ],
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
