// exportGraph(): the active store's whole graph in one of the export formats.
import { exportCsv } from './export-csv.js';
import { exportCypher } from './export-cypher.js';
import { exportGexf } from './export-gexf.js';
import { exportGraphml } from './export-graphml.js';
import { exportJson } from './export-json.js';
import type { GraphSnapshot, GraphStore } from './types.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv', 'cypher'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  /** Suffix for the file name ("" for the main file; "-relationships" for CSV's second file). */
  suffix: string;
  extension: string;
  contentType: string;
  body: string;
}

export function exportSnapshot(snap: GraphSnapshot, format: ExportFormatName): ExportedFile[] {
  switch (format) {
    case 'gexf':
      return [{ suffix: '', extension: 'gexf', contentType: 'application/gexf+xml', body: exportGexf(snap) }];
    case 'graphml':
      return [{ suffix: '', extension: 'graphml', contentType: 'application/graphml+xml', body: exportGraphml(snap) }];
    case 'json':
      return [{ suffix: '', extension: 'json', contentType: 'application/json', body: exportJson(snap) }];
    case 'cypher':
      return [{ suffix: '', extension: 'cypher', contentType: 'text/plain; charset=utf-8', body: exportCypher(snap) }];
    case 'csv': {
      const { nodes, relationships } = exportCsv(snap);
      return [
        { suffix: '-nodes', extension: 'csv', contentType: 'text/csv', body: nodes },
        { suffix: '-relationships', extension: 'csv', contentType: 'text/csv', body: relationships },
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
  const [file] = exportSnapshot(await store.snapshot(), format);
  return { body: file.body, contentType: file.contentType, extension: file.extension };
}
