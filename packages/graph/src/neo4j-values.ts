// Driver values → plain JSON (Integers as numbers, nodes/relationships as objects), collecting the
// entity and edge ids seen anywhere in a result so the viewer can highlight them.
import neo4j from 'neo4j-driver';

export interface IdSink {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
}

export function toPlain(value: unknown, ids?: IdSink): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value))
    return (value as { inSafeRange(): boolean }).inSafeRange()
      ? (value as { toNumber(): number }).toNumber()
      : String(value);
  if (Array.isArray(value)) return value.map((v) => toPlain(v, ids));
  if (neo4j.isNode(value as never)) {
    const n = value as unknown as { labels: string[]; properties: Record<string, unknown>; elementId: string };
    const properties = toPlain(n.properties, ids) as Record<string, unknown>;
    if (n.labels.includes('Entity') && typeof properties.id === 'string') ids?.nodeIds.add(properties.id);
    return { labels: n.labels, properties };
  }
  if (neo4j.isRelationship(value as never)) {
    const r = value as unknown as { type: string; properties: Record<string, unknown> };
    const properties = toPlain(r.properties, ids) as Record<string, unknown>;
    if (typeof properties.id === 'string') ids?.edgeIds.add(properties.id);
    return { type: r.type, properties };
  }
  if (neo4j.isPath(value as never)) {
    const p = value as unknown as { start: unknown; segments: Array<{ relationship: unknown; end: unknown }> };
    return {
      path: [toPlain(p.start, ids), ...p.segments.flatMap((s) => [toPlain(s.relationship, ids), toPlain(s.end, ids)])],
    };
  }
  if (typeof value === 'object') {
    if (
      typeof (value as { toString?: unknown }).toString === 'function' &&
      (neo4j.isDate(value as never) ||
        neo4j.isDateTime(value as never) ||
        neo4j.isLocalDateTime(value as never) ||
        neo4j.isDuration(value as never) ||
        neo4j.isTime(value as never) ||
        neo4j.isLocalTime(value as never))
    ) {
      return String(value);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v, ids);
    return out;
  }
  return value;
}

export function num(value: unknown): number {
  return neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value ?? 0);
}
