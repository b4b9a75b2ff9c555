// `kg aliases merges [paths…]`: what was merged into one entity, and why. With article paths, the
// extractor is run on them (no store touched) and each surface form is shown with the rule that merged it;
// without, the active store's entities that carry aliases are listed.
import type { Command } from 'commander';
import type { ExtractionResult } from '@kg/extractor';
import { extractArticles } from '../import/extract-articles.js';
import { intakeOptions } from '../import/intake-flags.js';
import { readArticles } from '../import/read-articles.js';
import { readAliasFile } from '../alias-file.js';
import { addStoreOptions, describeStore, withStore, type StoreFlags } from '../store.js';

/** One line per entity with aliases: `United States [Place] ← US (acronym), U.S. (acronym)`, sorted by name. */
export function formatMerges(results: ExtractionResult[]): string[] {
  const byEntity = new Map<string, { name: string; type: string; why: Map<string, string> }>();
  for (const r of results) {
    for (const e of r.entities) {
      if (!e.aliases.length) continue;
      const row = byEntity.get(e.id) ?? { name: e.name, type: e.type, why: new Map<string, string>() };
      for (const a of e.aliases) if (!row.why.has(a.text)) row.why.set(a.text, a.rule);
      byEntity.set(e.id, row);
    }
  }
  return [...byEntity.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((row) => `${row.name} [${row.type}] ← ${[...row.why].map(([text, rule]) => `${text} (${rule})`).join(', ')}`);
}

export function registerAliasMerges(aliases: Command): void {
  addStoreOptions(
    aliases
      .command('merges')
      .argument('[paths...]', 'articles (.txt/.md files or folders) to explain; default: list the active store')
      .description('list what was merged into one entity, and why (the merge rule, when articles are given)'),
  ).action(async (paths: string[], flags: StoreFlags) => {
    if (paths.length) {
      const rules = readAliasFile();
      const lines = formatMerges(
        await extractArticles((await readArticles(paths, intakeOptions({}))).articles, rules, undefined, 0),
      );
      process.stdout.write(
        (lines.length ? lines.join('\n') : 'no merges: every entity was found under one name') + '\n',
      );
      return;
    }
    await withStore(flags, async (store, config) => {
      const snap = await store.snapshot();
      const lines = snap.nodes
        .filter((n) => n.aliases.length)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((n) => `${n.name} [${n.type}] ← ${n.aliases.join(', ')}`);
      process.stdout.write(
        `merged in the ${describeStore(config)} (${lines.length} entities; give article paths to see each merge's rule):\n`,
      );
      if (lines.length) process.stdout.write(lines.join('\n') + '\n');
    });
  });
}
