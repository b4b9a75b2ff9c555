// exportGraph(): the active store's whole graph, claims included, in one of the export formats.
import { exportCsv } from './export-csv.js';
import { exportCypher } from './export-cypher.js';
import { exportGexf } from './export-gexf.js';
import { exportGraphml } from './export-graphml.js';
import { exportJson } from './export-json.js';
import type { ClaimView, GraphSnapshot, GraphStore } from './types.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv', 'cypher'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  /** Suffix for the file name ("" for the main file; "-relationships" for CSV's second file). */
  suffix: string;
  extension: string;
  contentType: string;
  body: string;
}

/** The snapshot in `format`; `claims` (store.claims()) add Claim nodes with CLAIMED and ABOUT links. */
export function exportSnapshot(
  snap: GraphSnapshot,
  format: ExportFormatName,
  claims: ClaimView[] = [],
): ExportedFile[] {
  switch (format) {
    case 'gexf':
      return [{ suffix: '', extension: 'gexf', contentType: 'application/gexf+xml', body: exportGexf(snap, claims) }];
    case 'graphml':
      return [
        { suffix: '', extension: 'graphml', contentType: 'application/graphml+xml', body: exportGraphml(snap, claims) },
      ];
    case 'json':
      return [{ suffix: '', extension: 'json', contentType: 'application/json', body: exportJson(snap, claims) }];
    case 'cypher':
      return [
        { suffix: '', extension: 'cypher', contentType: 'text/plain; charset=utf-8', body: exportCypher(snap, claims) },
      ];
    case 'csv': {
      const { nodes, claims: claimNodes, relationships } = exportCsv(snap, claims);
      return [
        { suffix: '-nodes', extension: 'csv', contentType: 'text/csv', body: nodes },
        { suffix: '-relationships', extension: 'csv', contentType: 'text/csv', body: relationships },
        { suffix: '-claims', extension: 'csv', contentType: 'text/csv', body: claimNodes },
      ];
    }
    default:
      throw new RangeError(
        `exportSnapshot: expected a format among ${EXPORT_FORMATS.join(', ')}, got ${JSON.stringify(format)}`,
      );
  }
}

/** Single-file formats, in the shape the viewer's `exportGraph` option expects. */
export async function exportGraph(
  store: GraphStore,
  format: Exclude<ExportFormatName, 'csv'>,
): Promise<{ body: string; contentType: string; extension: string }> {
  const [file] = exportSnapshot(await store.snapshot(), format, await store.claims());
  return { body: file.body, contentType: file.contentType, extension: file.extension };
}
