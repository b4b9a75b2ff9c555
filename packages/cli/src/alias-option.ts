// The `--aliases <file>` option: that file, else `.kg/aliases.json` in the working folder when present.
import { existsSync } from 'node:fs';
import { AliasFileError, loadAliasRules, type AliasRules } from '@kg/extractor';
import { CliError, EXIT } from './cli-error.js';

export const DEFAULT_ALIAS_FILE = '.kg/aliases.json';

export function aliasRulesFor(file: string | undefined): AliasRules | undefined {
  const path = file ?? (existsSync(DEFAULT_ALIAS_FILE) ? DEFAULT_ALIAS_FILE : undefined);
  if (!path) return undefined;
  try {
    return loadAliasRules(path);
  } catch (err) {
    if (err instanceof AliasFileError) throw new CliError(err.message, EXIT.badInput);
    throw err;
  }
}
