#!/usr/bin/env node
// pnpm bench:load — loads the same generated triples into the real Neo4j three ways in one run:
// one transaction per triple (the naive loader), the batched loader (@kg/graph's Neo4jStore), and a
// re-import of the same data; prints triples/s for each and the ratios. The per-triple run is
// time-boxed on a prefix of the data and its throughput extrapolated (said so in the output).
// Uses $NEO4J_URI when set (ids are namespaced per run); otherwise starts a fresh local Neo4j.
// Options: --triples N (default 100000), --per-triple-seconds S (default 60), --per-doc N (default 100).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { openNeo4jStore, toDocRows, safeTypeLabel } = await import(path.join(root, 'packages/graph/dist/index.js'));
const { DEFAULT_PASSWORD, freePort, startNeo4j, stopPid } = await import(path.join(root, 'tools/neo4j/launcher.mjs'));

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const TRIPLES = arg('triples', 100000);
const PER_TRIPLE_SECONDS = arg('per-triple-seconds', 60);
const PER_DOC = arg('per-doc', 100);
const TYPES = ['SANCTIONS', 'LEADS', 'MEETS', 'CRITICIZES', 'INVESTS_IN', 'SAYS', 'VISITS', 'PARTNERS_WITH'];
const KINDS = ['Person', 'Organization', 'Place', 'Concept'];

// Deterministic generator: entities drawn with a skew so popular ones recur across documents.
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

function generate(ns, triples) {
  const rand = rng(7);
  const nEntities = Math.max(50, Math.round(triples / 20));
  const entity = (i) => ({ id: `${ns}:e${i}`, name: `Entity ${i}`, type: KINDS[i % KINDS.length] });
  const pick = () => Math.floor(nEntities * rand() ** 2);
  const results = [];
  for (let d = 0, t = 0; t < triples; d++) {
    const ents = new Map();
    const sentences = [];
    const tr = [];
    let offset = 0;
    for (let k = 0; k < PER_DOC && t < triples; k++, t++) {
      let a = pick();
      let b = pick();
      if (a === b) b = (b + 1) % nEntities;
      const A = entity(a);
      const B = entity(b);
      const type = TYPES[Math.floor(rand() * TYPES.length)];
      const text = `${A.name} ${type.toLowerCase()} ${B.name}.`;
      sentences.push({ index: k, start: offset, end: offset + text.length, text });
      for (const [E, at] of [
        [A, 0],
        [B, text.length - B.name.length - 1],
      ]) {
        const e = ents.get(E.id) ?? { ...E, aliases: [], mentions: [] };
        e.mentions.push({
          sentence: k,
          start: offset + at,
          end: offset + at + E.name.length,
          text: E.name,
          kind: 'name',
        });
        ents.set(E.id, e);
      }
      tr.push({
        subject: A.id,
        object: B.id,
        predicate: { type, lemma: type.toLowerCase(), text: type.toLowerCase() },
        confidence: 1,
        evidence: { sentence: k, start: offset, end: offset + text.length, text },
        negated: false,
        hedged: false,
      });
      offset += text.length + 1;
    }
    results.push({
      document: { id: `${ns}-doc${d}`, title: `Doc ${d}`, date: '2024-01-01', chars: offset },
      sentences,
      entities: [...ents.values()],
      triples: tr,
      propositions: [],
    });
  }
  return results.map((r) => toDocRows(r, '2024-01-01T00:00:00.000Z'));
}

// The naive loader: the same model, one managed transaction per triple.
async function perTriple(driver, docs, seconds, onlyNewShapes = false) {
  const shapes = new Set();
  const session = driver.session({ database: 'neo4j' });
  const started = Date.now();
  let n = 0;
  try {
    outer: for (const d of docs) {
      for (const rel of d.relations) {
        const s = d.sentences.find((x) => x.id === rel.sentenceId);
        const ents = Object.fromEntries(d.entities.map((e) => [e.id, e]));
        const la = safeTypeLabel(ents[rel.source].type);
        const lb = safeTypeLabel(ents[rel.target].type);
        const shape = `${la}|${rel.type}|${lb}`;
        if (onlyNewShapes && shapes.has(shape)) continue;
        shapes.add(shape);
        await session.executeWrite((tx) =>
          tx.run(
            `MERGE (doc:Document {id: $doc.id}) SET doc.title = $doc.title, doc.hash = $doc.hash, doc.importedAt = $doc.importedAt
             MERGE (s:Sentence {id: $s.id}) SET s.text = $s.text, s.index = $s.index, s.start = $s.start, s.end = $s.end, s.documentId = $doc.id
             MERGE (doc)-[:HAS_SENTENCE]->(s)
             MERGE (a:Entity {id: $a.id}) ON CREATE SET a.name = $a.name, a.type = $a.type, a.aliases = [] SET a:${la}
             MERGE (b:Entity {id: $b.id}) ON CREATE SET b.name = $b.name, b.type = $b.type, b.aliases = [] SET b:${lb}
             MERGE (s)-[:MENTIONS_ENTITY]->(a) MERGE (s)-[:MENTIONS_ENTITY]->(b)
             MERGE (a)-[r:${rel.type}]->(b) ON CREATE SET r.id = $rid, r.evidence = [], r.phrases = []
             SET r.evidence = CASE WHEN $s.id IN r.evidence THEN r.evidence ELSE r.evidence + $s.id END,
                 r.phrases = CASE WHEN $phrase IN r.phrases THEN r.phrases ELSE r.phrases + $phrase END
             SET r.weight = size(r.evidence)`,
            {
              doc: d.doc,
              s,
              a: ents[rel.source],
              b: ents[rel.target],
              rid: `${rel.source}|${rel.type}|${rel.target}`,
              phrase: rel.phrase,
            },
          ),
        );
        n++;
        if (Date.now() - started > seconds * 1000) break outer;
      }
    }
  } finally {
    await session.close();
  }
  return { triples: n, ms: Date.now() - started };
}

async function main() {
  let server = null;
  let home = null;
  let uri = process.env.NEO4J_URI;
  const password = process.env.NEO4J_PASSWORD || DEFAULT_PASSWORD;
  if (!uri) {
    home = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-load-'));
    process.stderr.write('bench:load: NEO4J_URI unset; starting a fresh local Neo4j…\n');
    server = await startNeo4j({ home, port: await freePort(), password });
    uri = server.uri;
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', password));
  const run = `bench${Date.now().toString(36)}`;
  try {
    const store = await openNeo4jStore({ uri, password, driver }); // constraints before any load
    const batched = generate(`${run}b`, TRIPLES);
    const naive = generate(`${run}p`, TRIPLES);
    const total = batched.reduce((n, d) => n + d.relations.length, 0);
    console.log(`bench:load — ${total} triples in ${batched.length} documents (${PER_DOC} per document), Neo4j ${uri}`);

    // Batch size by measurement: a short sweep on separate data, then the best size for the real run.
    // A warm-up first, so query compilation and a fresh server's JIT warm-up are not charged to
    // whichever size runs first.
    await store.importRows(generate(`${run}w`, 10000));
    const sweep = [];
    for (const rows of [4000, 16000, 64000]) {
      const sample = generate(`${run}s${rows}`, Math.min(10000, TRIPLES));
      const s = await openNeo4jStore({ uri, password, driver, batchRows: rows });
      const t0 = Date.now();
      await s.importRows(sample);
      const ms = Date.now() - t0;
      sweep.push({ rows, tps: (sample.reduce((n, d) => n + d.relations.length, 0) / ms) * 1000 });
    }
    const best = sweep.reduce((a, b) => (b.tps > a.tps ? b : a));
    console.log(
      `batch-size sweep (10k triples each): ${sweep.map((s) => `${s.rows} rows/tx → ${s.tps.toFixed(0)} triples/s`).join('; ')} → using ${best.rows}`,
    );

    // Its query text varies with the labels and type spliced in: compile every shape once, untimed, so
    // the timed run measures steady-state per-transaction cost and not Cypher planning.
    const warm = await perTriple(driver, generate(`${run}q`, 5000), 600, true);
    console.log(`per-triple warm-up: ${warm.triples} query shapes compiled (untimed)`);
    const p = await perTriple(driver, naive, PER_TRIPLE_SECONDS);
    const perTps = (p.triples / p.ms) * 1000;
    console.log(
      `1. one transaction per triple: ${p.triples} triples in ${(p.ms / 1000).toFixed(1)} s (time-boxed at ${PER_TRIPLE_SECONDS} s) → ${perTps.toFixed(0)} triples/s; extrapolated to ${total}: ${(total / perTps).toFixed(0)} s`,
    );

    const loader = await openNeo4jStore({ uri, password, driver, batchRows: best.rows });
    let t0 = Date.now();
    const first = await loader.importRows(batched);
    const firstMs = Date.now() - t0;
    const batchTps = (total / firstMs) * 1000;
    console.log(
      `2. batched loader: ${total} triples in ${(firstMs / 1000).toFixed(1)} s → ${batchTps.toFixed(0)} triples/s (+${first.entitiesAdded} entities, +${first.relationsAdded} relationships)`,
    );

    t0 = Date.now();
    const again = await loader.importRows(batched);
    const againMs = Date.now() - t0;
    console.log(
      `3. re-import of the same data: ${(againMs / 1000).toFixed(2)} s → ${((total / againMs) * 1000).toFixed(0)} triples/s (${again.unchanged}/${again.documents} documents unchanged, +${again.entitiesAdded} entities, +${again.relationsAdded} relationships)`,
    );

    const ratio = batchTps / perTps;
    const reRatio = againMs / firstMs;
    console.log(
      `ratios: batched / per-triple = ${ratio.toFixed(1)}× (target ≥ 50×: ${ratio >= 50 ? 'met' : 'NOT met'}); re-import / first import time = ${(reRatio * 100).toFixed(1)}% (target ≤ 10%: ${reRatio <= 0.1 ? 'met' : 'NOT met'})`,
    );
    console.log('note: per-triple throughput is measured on the time-boxed prefix and extrapolated linearly.');

    if (!server) {
      // A shared server: remove this run's data (namespaced ids) in batches. CALL … IN TRANSACTIONS
      // needs an auto-commit transaction (session.run), not a managed one.
      const session = driver.session({ database: 'neo4j' });
      try {
        for (const label of ['Sentence', 'Document', 'Entity']) {
          await session.run(
            `MATCH (n:${label}) WHERE n.id STARTS WITH $run CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS`,
            { run },
          );
        }
      } finally {
        await session.close();
      }
    }
  } finally {
    await driver.close();
    if (server) {
      await stopPid(server.pid);
      rmSync(home, { recursive: true, force: true });
    }
  }
}

main().catch((err) => {
  process.stderr.write(`bench:load: ${err.message}\n`);
  process.exitCode = 1;
});
