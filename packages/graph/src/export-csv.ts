// exportCsv(): neo4j-admin database import files (header row with :ID/:LABEL/:START_ID/:END_ID/:TYPE,
// arrays joined with ';'), one for entities and one for relationships.
import { safeTypeLabel } from './rel-type.js';
import type { GraphSnapshot } from './types.js';

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = Array.isArray(v) ? v.map((x) => String(x).replaceAll(';', ',')).join(';') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function exportCsv(snap: GraphSnapshot): { nodes: string; relationships: string } {
  const nodes = [
    'id:ID,name,type,aliases:string[],mentions:int,degree:int,pagerank:double,community:int,component:int,x:double,y:double,:LABEL',
  ];
  for (const n of snap.nodes) {
    const labels = ['Entity', safeTypeLabel(n.type)].filter(Boolean).join(';');
    nodes.push(
      [n.id, n.name, n.type, n.aliases, n.mentions, n.degree, n.pagerank, n.community, n.component, n.x, n.y, labels]
        .map(cell)
        .join(','),
    );
  }
  const rels = [':START_ID,:END_ID,:TYPE,id,weight:int,phrases:string[],evidence:string[],firstSeen,lastSeen'];
  for (const e of snap.edges)
    rels.push(
      [e.source, e.target, e.type, e.id, e.weight, e.phrases, e.evidence, e.firstSeen, e.lastSeen].map(cell).join(','),
    );
  return { nodes: nodes.join('\n') + '\n', relationships: rels.join('\n') + '\n' };
}
