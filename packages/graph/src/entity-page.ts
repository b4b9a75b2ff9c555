// How much of an entity's details one request returns. A hub (a country named in thousands of articles)
// has thousands of evidence sentences, claims and documents: megabytes that no panel shows and seconds
// to read. Details carry the first few of each list, in the order the stores share, with the totals, so
// the panel can say "12 of 1,743"; a relation's full evidence is one `edge(id)` away, and larger pages can
// be asked for.
import type { EntityDetails } from './types.js';

export interface EntityPage {
  /** Evidence sentences per relation (its weight is the total). */
  evidence: number;
  /** Claims in each of `said` and `saidAbout`. */
  claims: number;
  /** Documents mentioning the entity (the latest imported). */
  documents: number;
}

export const DEFAULT_ENTITY_PAGE: EntityPage = { evidence: 5, claims: 50, documents: 50 };

/** The largest page a caller may ask for. */
export const MAX_ENTITY_PAGE = 100_000;

export function resolveEntityPage(partial: Partial<EntityPage> = {}): EntityPage {
  const page = { ...DEFAULT_ENTITY_PAGE };
  for (const key of Object.keys(DEFAULT_ENTITY_PAGE) as Array<keyof EntityPage>) {
    const v = partial[key];
    if (v === undefined) continue;
    if (!Number.isInteger(v) || v < 1 || v > MAX_ENTITY_PAGE)
      throw new RangeError(
        `resolveEntityPage: expected ${key} to be an integer from 1 to ${MAX_ENTITY_PAGE}, got ${v}`,
      );
    page[key] = v;
  }
  return page;
}

/**
 * Details read in full, cut to a page: the first `evidence` items of each relation and `claims` of each
 * claim list, the last `documents` documents (the latest imported), with the totals before the cut. A
 * store that can limit its queries builds the same result without reading everything.
 */
export function pageEntity(full: Omit<EntityDetails, 'totals'>, page: EntityPage): EntityDetails {
  return {
    ...full,
    relations: full.relations.map((r) => ({ ...r, evidence: r.evidence.slice(0, page.evidence) })),
    said: full.said.slice(0, page.claims),
    saidAbout: full.saidAbout.slice(0, page.claims),
    documents: full.documents.slice(-page.documents),
    totals: { documents: full.documents.length, said: full.said.length, saidAbout: full.saidAbout.length },
  };
}
