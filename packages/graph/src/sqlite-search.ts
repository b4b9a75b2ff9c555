// The embedded store's search index: every entity's names and aliases, lower-cased whole and word by word
// (search_terms), kept by refreshEntities. Search reads it instead of every entity row: the substring
// tier is one scan of short strings in SQLite, the typo tier scores each distinct term once rather than
// every name of every entity, and only the entities they point to are ranked (rankHits, as before).
import { rankHits } from './read-shapes.js';
import { allowedEdits, prefixDistance, textWords } from './score-match.js';
import { contentVersion, type Db } from './sqlite-schema.js';
import type { SearchHit } from './types.js';
import { statement } from './sqlite-statement.js';

/** The terms an entity is found by: each name lower-cased, and each of its words. */
export function searchTerms(names: string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const t = n.toLowerCase();
    out.add(t);
    for (const w of textWords(t)) out.add(w);
  }
  return out;
}

/** Replaces entity `id`'s terms (none when it is gone). */
export function putSearchTerms(db: Db, id: string, names: string[]): void {
  statement(db, 'DELETE FROM search_terms WHERE entity_id = ?').run(id);
  const add = statement(db, 'INSERT OR IGNORE INTO search_terms (term, entity_id) VALUES (?, ?)');
  for (const t of searchTerms(names)) add.run(t, id);
}

/** Every entity's terms again (a store migrated from before the table). */
export function rebuildSearchTerms(db: Db): void {
  db.prepare('DELETE FROM search_terms').run();
  for (const r of db.prepare('SELECT id, name, aliases FROM entities').all() as Array<{
    id: string;
    name: string;
    aliases: string;
  }>)
    putSearchTerms(db, r.id, [r.name, ...(JSON.parse(r.aliases) as string[])]);
}

/**
 * Every distinct term, read once per content version (imports in other processes bump it too): reading
 * 12,000 terms out of SQLite for each typo search took twice as long as scoring them.
 */
const termLists = new WeakMap<Db, { version: string; terms: string[] }>();
function distinctTerms(db: Db): string[] {
  const version = contentVersion(db);
  let list = termLists.get(db);
  if (list?.version !== version) {
    list = { version, terms: db.prepare('SELECT DISTINCT term FROM search_terms').pluck().all() as string[] };
    termLists.set(db, list);
  }
  return list.terms;
}

export function sqliteSearch(db: Db, q: string, limit = 20): SearchHit[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return [];
  return db.transaction(() => {
    // Every entity scoring above the typo tier has a term containing the query (its name or an alias).
    const ids = new Set(
      db.prepare('SELECT DISTINCT entity_id FROM search_terms WHERE instr(term, ?)').pluck().all(needle) as string[],
    );
    const edits = allowedEdits(needle.length);
    // Typos are only looked for when the substring tier found fewer than asked for (as scoring every name did).
    if (ids.size < limit && edits > 0) {
      // Each distinct term is scored once; one shorter than a prefix of the needle's length has none.
      const near = distinctTerms(db).filter((t) => t.length >= needle.length - 1 && prefixDistance(needle, t) <= edits);
      for (const id of db
        .prepare('SELECT DISTINCT entity_id FROM search_terms WHERE term IN (SELECT value FROM json_each(?))')
        .pluck()
        .all(JSON.stringify(near)) as string[])
        ids.add(id);
    }
    const rows = db
      .prepare('SELECT id, name, type, aliases FROM entities WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify([...ids])) as Array<{ id: string; name: string; type: string; aliases: string }>;
    return rankHits(
      q,
      rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] })),
      limit,
    );
  })();
}
