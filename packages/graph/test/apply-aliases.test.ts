// Alias rules re-applied to a store: the alias entity folds into the canonical one in both stores,
// with its mentions and evidence; vetoed merges are left alone.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExtractionResult } from '@kg/extractor';
import { openEmbeddedStore, type GraphStore } from '@kg/graph';
import { testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { fixtureId, makeResult } from './fixtures.js';

// Rules match by name across the whole store, and the Neo4j server is shared between test files, so
// the names themselves carry a per-test suffix.
function articles(tag: string, x: string): ExtractionResult[] {
  const XJ = `${x} Jinping`;
  return [
    makeResult(tag, {
      id: 'a',
      sentences: [
        {
          text: `${XJ} praised innovation.`,
          entities: [
            [XJ, 'Person'],
            ['innovation', 'Concept'],
          ],
          triples: [[XJ, 'PRAISES', 'innovation', 'praised']],
        },
      ],
    }),
    makeResult(tag, {
      id: 'b',
      sentences: [
        {
          text: `${x} praised innovation again; ${x} met Biden.`,
          entities: [
            [x, 'Person'],
            ['innovation', 'Concept'],
            ['Biden', 'Person'],
          ],
          triples: [
            [x, 'PRAISES', 'innovation', 'praised'],
            [x, 'MEETS', 'Biden', 'met'],
          ],
        },
      ],
    }),
  ];
}

const stores: Array<[string, () => Promise<GraphStore>]> = [
  ['embedded', () => openEmbeddedStore({ dir: mkdtempSync(path.join(os.tmpdir(), 'kg-alias-')) })],
  ['neo4j', () => testStore()],
];

describe.each(stores)('applyAliases (%s store)', (_kind, open) => {
  test('merges the alias into the canonical entity with its evidence', async () => {
    const tag = uniqueTag('alias');
    const x = `Xi${tag.replace(/[^a-z0-9]/gi, '')}`;
    const store = await open();
    try {
      await store.importDocuments(articles(tag, x));
      const n = await store.applyAliases!({ merge: [{ alias: x.toLowerCase(), canonical: `${x} Jinping` }], veto: [] });
      expect(n).toBe(1);
      expect(await store.entity(fixtureId(tag, x, 'Person'))).toBeNull();
      const xi = (await store.entity(fixtureId(tag, `${x} Jinping`, 'Person')))!;
      expect(xi.node).toMatchObject({ aliases: [x], mentions: 2 });
      expect(
        xi.relations
          .map((r) => `${r.type}:${r.other.name}:${r.weight}:${r.evidence.map((e) => e.sentenceId).join(',')}`)
          .sort(),
      ).toEqual([`MEETS:Biden:1:${tag}-b:0`, `PRAISES:innovation:2:${tag}-a:0,${tag}-b:0`]);
      expect(await store.applyAliases!({ merge: [{ alias: x, canonical: `${x} Jinping` }] })).toBe(0);
    } finally {
      await store.close();
    }
  });

  test('a vetoed or type-mismatched rule merges nothing', async () => {
    const tag = uniqueTag('veto');
    const x = `Xi${tag.replace(/[^a-z0-9]/gi, '')}`;
    const store = await open();
    try {
      await store.importDocuments(articles(tag, x));
      expect(
        await store.applyAliases!({
          merge: [{ alias: x, canonical: `${x} Jinping` }],
          veto: [{ alias: x, canonical: `${x} Jinping` }],
        }),
      ).toBe(0);
      expect(await store.applyAliases!({ merge: [{ alias: x, canonical: `${x} Jinping`, type: 'Place' }] })).toBe(0);
      expect(await store.entity(fixtureId(tag, x, 'Person'))).not.toBeNull();
    } finally {
      await store.close();
    }
  });
});
