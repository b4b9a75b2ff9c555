// `kg aliases list|add|veto|split|merges`: edit the alias file (.kg/aliases.json) and re-apply its merges to the store.
import type { Command } from 'commander';
import type { AliasRules } from '@kg/extractor';
import { CliError, EXIT } from '../cli-error.js';
import { aliasFilePath, parseEntityType, readAliasFile, writeAliasFile } from '../alias-file.js';
import { addStoreOptions, describeStore, withStore, type StoreFlags } from '../store.js';
import { registerAliasMerges } from './aliases-merges.js';
import { registerAliasSplit } from './aliases-split.js';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

async function reapply(flags: StoreFlags, rules: AliasRules): Promise<void> {
  await withStore(flags, async (store, config) => {
    const merged = await store.applyAliases(rules);
    process.stdout.write(
      `re-applied aliases to the ${describeStore(config)}: ${merged} entit${merged === 1 ? 'y' : 'ies'} merged\n`,
    );
  });
}

export function registerAliases(program: Command): void {
  const aliases = program
    .command('aliases')
    .description(`edit the alias rules (${aliasFilePath('.kg')}) applied on every import`);
  aliases
    .command('list')
    .description('print the merge and veto rules')
    .option('--format <format>', 'text or json', 'text')
    .action(async (flags: { format: string }) => {
      const rules = readAliasFile() ?? { merge: [], veto: [] };
      if (flags.format === 'json') return void process.stdout.write(JSON.stringify(rules, null, 2) + '\n');
      const lines = [
        ...(rules.merge ?? []).map((r) => `merge  ${r.alias} → ${r.canonical}${r.type ? ` [${r.type}]` : ''}`),
        ...(rules.veto ?? []).map((r) => `veto   ${r.alias} ↛ ${r.canonical}`),
      ];
      process.stdout.write((lines.length ? lines.join('\n') : `no alias rules (${aliasFilePath()})`) + '\n');
    });
  addStoreOptions(
    aliases
      .command('add')
      .argument('<alias>', 'surface form, e.g. "Xi"')
      .argument('<canonical>', 'canonical name, e.g. "Xi Jinping"')
      .option('--type <type>', 'entity type the rule applies to (Person, Organization, Place, …)')
      .description(
        'merge <alias> into <canonical> from now on, and in the store now; <name> <name> --type pins a type',
      ),
  ).action(async (alias: string, canonical: string, flags: StoreFlags & { type?: string }) => {
    const type = parseEntityType(flags.type);
    if (!alias.trim() || !canonical.trim() || (same(alias, canonical) && !type))
      throw new CliError('aliases add: expected two different non-empty names (or one name and --type)', EXIT.usage);
    const rules = readAliasFile() ?? { merge: [], veto: [] };
    rules.merge = (rules.merge ?? []).filter((r) => !same(r.alias, alias));
    rules.merge.push({ alias, canonical, ...(type ? { type } : {}) });
    rules.veto = (rules.veto ?? []).filter((r) => !(same(r.alias, alias) && same(r.canonical, canonical)));
    await writeAliasFile(rules);
    process.stdout.write(`added merge ${alias} → ${canonical}\n`);
    await reapply(flags, rules);
  });
  aliases
    .command('veto')
    .argument('<alias>')
    .argument('<canonical>')
    .description('forbid merging <alias> into <canonical> (takes effect when the articles are re-imported)')
    .action(async (alias: string, canonical: string) => {
      const rules = readAliasFile() ?? { merge: [], veto: [] };
      rules.merge = (rules.merge ?? []).filter((r) => !(same(r.alias, alias) && same(r.canonical, canonical)));
      if (!(rules.veto ?? []).some((r) => same(r.alias, alias) && same(r.canonical, canonical)))
        (rules.veto ??= []).push({ alias, canonical });
      await writeAliasFile(rules);
      process.stdout.write(
        `added veto ${alias} ↛ ${canonical} (re-import the affected articles to split merged entities)\n`,
      );
    });
  registerAliasSplit(aliases);
  registerAliasMerges(aliases);
}
