// Migration (level 2): nodes written before a body's name had a country-first key (node-keys.ts nameKeyForms:
// "US Senate" → "united states senate") are derived again from their entries, so later documents' "United
// States Senate" finds them. Only nodes one of whose name keys has that other form are read back and written.
import type { Driver } from 'neo4j-driver';
import { FIELD } from './entity-entries.js';
import { refreshNodes } from './neo4j-identity.js';
import { key, otherNameKey } from './node-keys.js';

const BATCH = 500;

export async function addCountryKeys(driver: Driver, database: string): Promise<void> {
  const { records } = await driver.executeQuery(
    `MATCH (e:Entity) WITH e, [k IN coalesce(e.keys, []) WHERE k STARTS WITH 'n:' | split(k, $field)[0]] AS names
     WHERE size(names) > 0 RETURN e.id AS id, names`,
    { field: FIELD },
    { database },
  );
  const stale = records
    .filter((r) => {
      const names = r.get('names') as string[];
      return names.some((k) => {
        const other = otherNameKey(k.slice(key.name('').length));
        return other !== undefined && !names.includes(key.name(other));
      });
    })
    .map((r) => r.get('id') as string);
  for (let i = 0; i < stale.length; i += BATCH) {
    const session = driver.session({ database });
    try {
      await session.executeWrite((tx) => refreshNodes(tx, stale.slice(i, i + BATCH)));
    } finally {
      await session.close();
    }
  }
}
