// The user's alias file (`.kg/aliases.json`): merges ("Xi" → "Xi Jinping") and vetoes, read and written
// by `kg aliases` and applied on every import.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AliasRules } from '@kg/extractor';
import { writeFileAtomic } from '@kg/graph';
import { CliError, EXIT } from '../cli-error.js';

export function aliasFilePath(dir: string): string {
  return path.join(dir, 'aliases.json');
}

export function validateAliasRules(value: unknown, file: string): AliasRules {
  const bad = (why: string): never => {
    throw new CliError(`${file}: ${why}`, EXIT.badInput);
  };
  if (!value || typeof value !== 'object' || Array.isArray(value))
    bad('expected an object with "merge" and "veto" arrays');
  const rules = value as AliasRules;
  for (const key of ['merge', 'veto'] as const) {
    const list = rules[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) bad(`expected "${key}" to be an array`);
    for (const r of list as unknown[]) {
      const o = r as Record<string, unknown>;
      if (
        !o ||
        typeof o.alias !== 'string' ||
        typeof o.canonical !== 'string' ||
        !o.alias.trim() ||
        !o.canonical.trim()
      ) {
        bad(`expected every "${key}" entry to have non-empty "alias" and "canonical" strings`);
      }
    }
  }
  return { merge: rules.merge ?? [], veto: rules.veto ?? [] };
}

/** The rules in `dir`, or undefined when there is no alias file. */
export async function readAliasFile(dir: string): Promise<AliasRules | undefined> {
  const file = aliasFilePath(dir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.badInput);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${file}: not valid JSON`, EXIT.badInput);
  }
  return validateAliasRules(json, file);
}

export async function writeAliasFile(dir: string, rules: AliasRules): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(
    aliasFilePath(dir),
    JSON.stringify({ merge: rules.merge ?? [], veto: rules.veto ?? [] }, null, 2) + '\n',
  );
}
