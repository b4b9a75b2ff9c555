// exportGraphml(): GraphML with typed <key> declarations (graphology-graphml only parses, so we write).
import { exportParts } from './export-claims.js';
import type { ClaimView, GraphSnapshot } from './types.js';
import { xmlEscape } from './xml-escape.js';

type KeyType = 'string' | 'int' | 'double' | 'boolean';
const NODE_KEYS: Array<[string, KeyType]> = [
  ['label', 'string'],
  ['type', 'string'],
  ['aliases', 'string'],
  ['mentions', 'int'],
  ['degree', 'int'],
  ['pagerank', 'double'],
  ['community', 'int'],
  ['component', 'int'],
  ['x', 'double'],
  ['y', 'double'],
  // Claim nodes (type "Claim"):
  ['text', 'string'],
  ['verb', 'string'],
  ['quote', 'boolean'],
  ['start', 'int'],
  ['end', 'int'],
  ['documentId', 'string'],
  ['sentenceId', 'string'],
  ['sentenceIndex', 'int'],
];
const EDGE_KEYS: Array<[string, KeyType]> = [
  ['type', 'string'],
  ['weight', 'double'],
  ['phrases', 'string'],
  ['evidence', 'string'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['support', 'int'],
  ['outlets', 'string'],
  ['disputed', 'boolean'],
];

function data(prefix: string, keys: Array<[string, KeyType]>, values: Record<string, unknown>): string {
  return keys
    .filter(([k]) => values[k] !== undefined && values[k] !== null)
    .map(
      ([k]) =>
        `<data key="${prefix}_${k}">${xmlEscape(Array.isArray(values[k]) ? (values[k] as string[]).join('; ') : values[k])}</data>`,
    )
    .join('');
}

export function exportGraphml(snap: GraphSnapshot, claims: ClaimView[] = []): string {
  const parts = exportParts(snap, claims);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const [k, t] of NODE_KEYS) out.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`);
  for (const [k, t] of EDGE_KEYS) out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`);
  out.push('  <graph id="knowledge-graph" edgedefault="directed">');
  for (const n of snap.nodes)
    out.push(`    <node id="${xmlEscape(n.id)}">${data('n', NODE_KEYS, { ...n, label: n.name })}</node>`);
  for (const c of parts.claims)
    out.push(
      `    <node id="${xmlEscape(c.id)}">${data('n', NODE_KEYS, { ...c, label: c.text, type: 'Claim' })}</node>`,
    );
  for (const e of [...parts.edges, ...parts.links])
    out.push(
      `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data('e', EDGE_KEYS, { ...e })}</edge>`,
    );
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}
