// exportCsv(): neo4j-admin database import files (header row with :ID/:LABEL/:START_ID/:END_ID/:TYPE,
// arrays joined with ';'): entities, claims, and relationships (entity relations, CLAIMED and ABOUT).
import { exportParts } from './export-claims.js';
import { safeTypeLabel } from './rel-type.js';
import type { ClaimView, GraphSnapshot } from './types.js';

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = Array.isArray(v) ? v.map((x) => String(x).replaceAll(';', ',')).join(';') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function exportCsv(
  snap: GraphSnapshot,
  claims: ClaimView[] = [],
): { nodes: string; claims: string; relationships: string } {
  const parts = exportParts(snap, claims);
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
  const rels = [
    ':START_ID,:END_ID,:TYPE,id,weight:int,phrases:string[],evidence:string[],firstSeen,lastSeen,documents:int,outlets:string[],disputed:boolean',
  ];
  for (const e of parts.edges)
    rels.push(
      [
        e.source,
        e.target,
        e.type,
        e.id,
        e.weight,
        e.phrases,
        e.evidence,
        e.firstSeen,
        e.lastSeen,
        e.support,
        e.outlets,
        e.disputed ?? false,
      ]
        .map(cell)
        .join(','),
    );
  for (const l of parts.links) rels.push([l.source, l.target, l.type, l.id].map(cell).join(','));
  const claimRows = [
    'id:ID,text,verb,quote:boolean,start:int,end:int,documentId,sentenceId,sentenceIndex:int,:LABEL',
    ...parts.claims.map((c) =>
      [c.id, c.text, c.verb, c.quote, c.start, c.end, c.documentId, c.sentenceId, c.sentenceIndex, 'Claim']
        .map(cell)
        .join(','),
    ),
  ];
  const lines = (rows: string[]) => rows.join('\n') + '\n';
  return { nodes: lines(nodes), claims: lines(claimRows), relationships: lines(rels) };
}
