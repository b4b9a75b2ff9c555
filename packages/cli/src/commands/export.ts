// `kg export --format gexf|graphml|json|csv|cypher [--out file]`: the whole graph, analytics and claims included.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { EXPORT_FORMATS, exportSnapshot, type ExportFormatName } from '@kg/graph';
import { CliError, EXIT } from '../cli-error.js';
import { shownPath } from '../shown-path.js';
import { addStoreOptions, withStore, type StoreFlags } from '../store.js';

export function registerExport(program: Command): void {
  addStoreOptions(
    program
      .command('export')
      .description('write the graph as GEXF, GraphML, graphology JSON, neo4j-admin CSV or a Cypher MERGE script')
      .requiredOption('--format <format>', EXPORT_FORMATS.join('|'))
      .option(
        '--out <file>',
        'output file (csv: a prefix, giving <prefix>-nodes.csv, <prefix>-relationships.csv and <prefix>-claims.csv); default stdout',
      ),
  ).action(async (flags: StoreFlags & { format: string; out?: string }) => {
    if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format))
      throw new CliError(
        `export: unknown --format "${flags.format}" (expected ${EXPORT_FORMATS.join(', ')})`,
        EXIT.usage,
      );
    if (flags.format === 'csv' && !flags.out)
      throw new CliError(
        'export: csv writes three files (nodes, relationships and claims); pass --out <prefix>',
        EXIT.usage,
      );
    await withStore(flags, async (store) => {
      const files = exportSnapshot(await store.snapshot(), flags.format as ExportFormatName, await store.claims());
      if (!flags.out) {
        process.stdout.write(files[0].body);
        return;
      }
      for (const f of files) {
        const base = flags.out!.replace(/\.(csv)$/i, '');
        const target = flags.format === 'csv' ? `${base}${f.suffix}.csv` : flags.out!;
        try {
          await writeFile(target, f.body);
        } catch (err) {
          throw new CliError(
            `${target}: cannot write (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
            EXIT.failure,
          );
        }
        process.stderr.write(`kg: wrote ${shownPath(target)}\n`);
      }
    });
  });
}
