// The user's alias file: merges ("Xi" → "Xi Jinping") and vetoes, read by every verb that extracts
// (import, serve, extract, eval, aliases merges) and written by `kg aliases`. One place decides where it
// is (`--aliases <file>`, else aliases.json in the KG_DIR folder) and validates it with the extractor's
// validator, so a broken file is the same one-line error whichever verb reads it.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { AliasRules, EntityType } from '@kg/extractor';
import { AliasFileError, ENTITY_TYPES, loadAliasRules } from '@kg/extractor/names';
import { writeFileAtomic } from '@kg/graph';
import { CliError, EXIT } from './cli-error.js';
import { kgDir } from './store.js';

export function aliasFilePath(dir: string = kgDir()): string {
  return path.join(dir, 'aliases.json');
}

/** `--aliases <file>` of the verbs that extract without a store (extract, eval). */
export const ALIASES_OPTION = [
  '--aliases <file>',
  'alias rules to apply (default: aliases.json in $KG_DIR, else in .kg/, when present)',
] as const;

/** The rules of `file` (which must exist), else of the KG_DIR alias file, else undefined when there is none. */
export function readAliasFile(file?: string): Required<AliasRules> | undefined {
  const target = file ?? aliasFilePath();
  if (file === undefined && !existsSync(target)) return undefined;
  try {
    const rules = loadAliasRules(target);
    return { merge: rules.merge ?? [], veto: rules.veto ?? [] };
  } catch (err) {
    if (err instanceof AliasFileError) throw new CliError(err.message, EXIT.badInput);
    throw err;
  }
}

/** `--type` of `kg aliases add`: one of the extractor's entity types. */
export function parseEntityType(value: string | undefined): EntityType | undefined {
  if (value === undefined) return undefined;
  const type = ENTITY_TYPES.find((t) => t.toLowerCase() === value.trim().toLowerCase());
  if (!type)
    throw new CliError(
      `aliases add: expected --type to be one of ${ENTITY_TYPES.join(', ')}, got "${value}"`,
      EXIT.usage,
    );
  return type;
}

export async function writeAliasFile(rules: AliasRules): Promise<void> {
  await mkdir(kgDir(), { recursive: true });
  await writeFileAtomic(
    aliasFilePath(),
    JSON.stringify({ merge: rules.merge ?? [], veto: rules.veto ?? [] }, null, 2) + '\n',
  );
}
