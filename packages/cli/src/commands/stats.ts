// `kg stats`: counts by label and relationship type, and the most connected entities.
import type { Command } from 'commander';
import type { GraphStats } from '@kg/graph';
import { CliError, EXIT } from '../cli-error.js';
import { addStoreOptions, describeStore, withStore, type StoreFlags } from '../store.js';

export function formatStats(s: GraphStats, where: string): string {
  const sorted = (r: Record<string, number>) =>
    Object.entries(r).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const out = [
    `${where}: ${s.nodes} entities, ${s.relationships} relationships, ${s.documents} documents, ${s.sentences} sentences, ${s.claims} claims`,
  ];
  out.push('entities by type:', ...sorted(s.byType).map(([k, v]) => `  ${k.padEnd(16)} ${v}`));
  out.push('relationships by type:', ...sorted(s.byRelType).map(([k, v]) => `  ${k.padEnd(16)} ${v}`));
  out.push(
    'top entities (degree):',
    ...s.topEntities.map((e) => `  ${String(e.degree).padStart(4)}  ${e.name} [${e.type}]`),
  );
  return out.join('\n') + '\n';
}

export function registerStats(program: Command): void {
  addStoreOptions(
    program
      .command('stats')
      .description('counts by type and the most connected entities')
      .option('--format <format>', 'text or json', 'text'),
  ).action(async (flags: StoreFlags & { format: string }) => {
    if (!['text', 'json'].includes(flags.format))
      throw new CliError(`stats: unknown --format "${flags.format}" (expected text or json)`, EXIT.usage);
    await withStore(flags, async (store, config) => {
      const s = await store.stats();
      process.stdout.write(
        flags.format === 'json' ? JSON.stringify(s, null, 2) + '\n' : formatStats(s, describeStore(config)),
      );
    });
  });
}
