// `kg aliases split <entity> <names...>`: take names off a node now and for good — a veto per name goes into
// the alias file (so every later import keeps them apart, in the extractor and in resolution), and the
// documents that named the node by one of them are resolved again in the store. Store and file unchanged
// on any error.
import type { Command } from 'commander';
import { SplitEntityError, type GraphStore } from '@kg/graph';
import { readAliasFile, writeAliasFile } from '../alias-file.js';
import { CliError, EXIT } from '../cli-error.js';
import { addStoreOptions, describeStore, withStore, type StoreFlags } from '../store.js';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The node an argument names: its id, else the one node holding that name (an error when none or several). */
async function findNode(store: GraphStore, arg: string, where: string): Promise<{ id: string; name: string }> {
  const byId = await store.entity(arg, { evidence: 1, documents: 1, claims: 1 });
  if (byId) return byId.node;
  const ids = [
    ...new Set((await store.search(arg, 50)).filter((h) => h.score === 1 && same(h.matched, arg)).map((h) => h.id)),
  ];
  if (ids.length > 1)
    throw new CliError(
      `aliases split: "${arg}" names ${ids.length} entities in the ${where} (${ids.join(', ')}); give one id`,
      EXIT.usage,
    );
  const found = ids.length ? await store.entity(ids[0], { evidence: 1, documents: 1, claims: 1 }) : null;
  if (!found) throw new CliError(`aliases split: no entity with id or name "${arg}" in the ${where}`, EXIT.badInput);
  return found.node;
}

export function registerAliasSplit(aliases: Command): void {
  addStoreOptions(
    aliases
      .command('split')
      .argument('<entity>', 'entity id or name, e.g. "Donald Trump"')
      .argument('<names...>', 'names to take off it, e.g. "Trump"')
      .description('take names off an entity now and on every re-import (a veto per name, applied to the store)'),
  ).action(async (entity: string, names: string[], flags: StoreFlags) => {
    if (names.some((n) => !n.trim())) throw new CliError('aliases split: expected non-empty names', EXIT.usage);
    const rules = readAliasFile() ?? { merge: [], veto: [] };
    await withStore(flags, async (store, config) => {
      const where = describeStore(config);
      const node = await findNode(store, entity, where);
      const added = names.filter((n) => !rules.veto.some((v) => same(v.alias, n) && same(v.canonical, node.name)));
      rules.veto.push(...added.map((alias) => ({ alias, canonical: node.name })));
      rules.merge = rules.merge.filter((r) => !(names.some((n) => same(r.alias, n)) && same(r.canonical, node.name)));
      let result;
      try {
        result = await store.splitEntity(node.id, names, rules.veto);
      } catch (err) {
        if (err instanceof SplitEntityError) throw new CliError(`aliases split: ${err.message}`, EXIT.badInput);
        throw err;
      }
      await writeAliasFile(rules);
      const lines = [
        `split ${names.map((n) => JSON.stringify(n)).join(', ')} off ${node.name} (${node.id}) in the ${where}:`,
      ];
      for (const m of result.moved) lines.push(`  ${m.document}: "${m.name}" → ${m.into}`);
      if (result.inDocument.length)
        lines.push(
          `  ${result.inDocument.length} document(s) wrote it beside ${node.name}'s other names; re-import them to split it there: ${result.inDocument.join(', ')}`,
        );
      lines.push(`added veto${added.length === 1 ? '' : 'es'}: ${names.map((n) => `${n} ↛ ${node.name}`).join(', ')}`);
      process.stdout.write(lines.join('\n') + '\n');
    });
  });
}
