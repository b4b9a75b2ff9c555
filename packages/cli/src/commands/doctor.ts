// `kg doctor`: what in the graph's identity needs a look — names held by more than one node, short forms
// that could mean several people, type conflicts with their votes, isolated nodes, the largest alias
// sets — each with the command that fixes it. Reports only: exit 0 whatever it finds.
import type { Command } from 'commander';
import type { DoctorReport, NodeRef } from '@kg/graph';
import { readAliasFile } from '../alias-file.js';
import { CliError, EXIT } from '../cli-error.js';
import { addStoreOptions, describeStore, withStore, type StoreFlags } from '../store.js';

const node = (n: NodeRef) => `${n.name} [${n.type}, ${n.id}, ${n.documents} doc${n.documents === 1 ? '' : 's'}]`;

export function formatDoctor(r: DoctorReport, where: string): string {
  const out = [
    `${where}: ${r.nodes} entities; ${r.duplicates.length} name(s) held by more than one node, ${r.ambiguous.length} short form(s) kept apart, ${r.typeConflicts.length} type conflict(s) shown, ${r.isolated.count} isolated; ${r.commonNouns} name(s) also used as a common noun (not merged)`,
  ];
  const section = (title: string, lines: string[]) => {
    out.push('', `${title}:`, ...(lines.length ? lines : ['  (none)']));
  };
  section(
    'names held by more than one node',
    r.duplicates.flatMap((d) => [`  ${d.nodes.map(node).join('  |  ')}`, `    why: ${d.reason}`, `    fix: ${d.fix}`]),
  );
  section(
    'short forms kept apart',
    r.ambiguous.flatMap((a) => [`  ${node(a.node)}: ${a.reason}`, `    fix: ${a.fix}`]),
  );
  section(
    'type conflicts (votes: strong/weak per type)',
    r.typeConflicts.flatMap((c) => [
      `  ${node(c.node)} votes ${Object.entries(c.votes)
        .map(([t, v]) => `${t} ${v.strong}/${v.weak}`)
        .join(', ')}`,
      `    fix: ${c.fix}`,
    ]),
  );
  section('isolated nodes (no relationship), most documents first', [
    ...r.isolated.nodes.map((n) => `  ${node(n)}`),
    ...(r.isolated.count > r.isolated.nodes.length ? [`  … ${r.isolated.count - r.isolated.nodes.length} more`] : []),
    `    fix: ${r.isolated.fix}`,
  ]);
  section(
    'largest alias sets',
    r.aliasSets.flatMap((a) => [`  ${node(a.node)} ← ${a.aliases.join(', ')}`, `    fix: ${a.fix}`]),
  );
  return out.join('\n') + '\n';
}

export function registerDoctor(program: Command): void {
  addStoreOptions(
    program
      .command('doctor')
      .description('list likely duplicates, ambiguous short forms, type conflicts, isolated nodes and alias sets')
      .option('--format <format>', 'text or json', 'text')
      .option('--limit <n>', 'entries per list', '20'),
  ).action(async (flags: StoreFlags & { format: string; limit: string }) => {
    if (!['text', 'json'].includes(flags.format))
      throw new CliError(`doctor: unknown --format "${flags.format}" (expected text or json)`, EXIT.usage);
    const limit = Number(flags.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new CliError(`doctor: expected --limit to be a positive integer, got "${flags.limit}"`, EXIT.usage);
    const aliases = readAliasFile();
    await withStore(flags, async (store, config) => {
      const report = await store.doctor({ limit, aliases });
      process.stdout.write(
        flags.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatDoctor(report, describeStore(config)),
      );
    });
  });
}
