// exportCypher(): a re-runnable script of MERGE statements (constraints first), one statement per line,
// every value a properly escaped literal and every type/label name checked.
import { SCHEMA_STATEMENTS } from './neo4j-schema.js';
import { safeRelType, safeTypeLabel } from './rel-type.js';
import { exportParts } from './export-claims.js';
import { derivedProps, encodeEntry, nameKeysOf } from './entity-entries.js';
import type { ClaimView, GraphSnapshot } from './types.js';

export function cypherString(s: string): string {
  const escaped = s
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    // Other control characters (the resolution entries' separators) as \uXXXX, so a line stays printable.

    .replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${escaped}'`;
}

function list(values: string[]): string {
  return `[${values.map(cypherString).join(', ')}]`;
}

export function exportCypher(snap: GraphSnapshot, claims: ClaimView[] = []): string {
  const parts = exportParts(snap, claims);
  const out = [
    '// Knowledge graph export: re-runnable (MERGE on ids); run with cypher-shell -f.',
    ...SCHEMA_STATEMENTS.map((s) => s + ';'),
  ];
  for (const d of snap.documents) {
    const props = [`d.importedAt = ${cypherString(d.importedAt)}`];
    for (const k of ['title', 'source', 'date'] as const)
      if (d[k] !== undefined) props.push(`d.${k} = ${cypherString(d[k]!)}`);
    out.push(`MERGE (d:Document {id: ${cypherString(d.id)}}) SET ${props.join(', ')};`);
  }
  for (const n of snap.nodes) {
    const label = safeTypeLabel(n.type);
    // The node as kg stores it, resolution entry and lookup keys included (one weak entry, as a migrated
    // node has), so kg opens the loaded graph as it is instead of migrating it.
    const entry = encodeEntry({
      doc: '',
      name: n.name,
      type: String(n.type),
      aliases: n.aliases,
      strong: false,
      rule: 'new',
      because: [],
    });
    const d = derivedProps(n.id, [entry]);
    out.push(
      `MERGE (e:Entity {id: ${cypherString(n.id)}}) SET e.name = ${cypherString(n.name)}, e.type = ${cypherString(n.type)}, e.aliases = ${list(n.aliases)}, e.entries = ${list(d.entries)}, e.keys = ${list(d.keys)}, e.lookup = ${cypherString(d.lookup)}${label ? `, e:${label}` : ''};`,
    );
    const names = nameKeysOf(d.keys);
    if (names.length)
      out.push(
        `MATCH (e:Entity {id: ${cypherString(n.id)}}) UNWIND ${list(names)} AS k MERGE (x:LookupKey {key: k}) MERGE (x)-[:KEY_OF]->(e);`,
      );
  }
  for (const e of parts.edges) {
    const seen = [
      e.firstSeen ? `r.firstSeen = ${cypherString(e.firstSeen)}` : '',
      e.lastSeen ? `r.lastSeen = ${cypherString(e.lastSeen)}` : '',
      e.support !== undefined ? `r.documents = ${e.support}` : '',
      e.outlets ? `r.outlets = ${list(e.outlets)}` : '',
    ].filter(Boolean);
    out.push(
      `MATCH (a:Entity {id: ${cypherString(e.source)}}), (b:Entity {id: ${cypherString(e.target)}}) MERGE (a)-[r:${safeRelType(e.type)}]->(b) SET r.id = ${cypherString(e.id)}, r.weight = ${e.weight}, r.phrases = ${list(e.phrases)}, r.evidence = ${list(e.evidence)}${seen.length ? ', ' + seen.join(', ') : ''};`,
    );
  }
  for (const c of parts.claims)
    out.push(
      `MERGE (c:Claim {id: ${cypherString(c.id)}}) SET c.text = ${cypherString(c.text)}, c.verb = ${cypherString(c.verb)}, c.quote = ${c.quote}, c.start = ${c.start}, c.end = ${c.end}, c.documentId = ${cypherString(c.documentId)}, c.sentenceId = ${cypherString(c.sentenceId)}, c.sentenceIndex = ${c.sentenceIndex};`,
    );
  for (const l of parts.links) {
    const [a, b] = l.type === 'CLAIMED' ? ['Entity', 'Claim'] : ['Claim', 'Entity'];
    out.push(
      `MATCH (a:${a} {id: ${cypherString(l.source)}}), (b:${b} {id: ${cypherString(l.target)}}) MERGE (a)-[:${l.type}]->(b);`,
    );
  }
  return out.join('\n') + '\n';
}
