// Export: a PNG of the current view (sigma's layers composited) and the server's GEXF/GraphML/JSON files.
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from './build-graph.js';
import { api } from './api.js';
import { el } from './dom.js';

/** Renders synchronously and copies the WebGL and 2D layers while their buffers are still valid. */
export function snapshotCanvas(sigma: Sigma<NodeAttrs, EdgeAttrs>): HTMLCanvasElement {
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  const canvases = sigma.getCanvases();
  for (const layer of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
    const c = canvases[layer];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return out;
}

function download(href: string, name: string): void {
  const a = el('a', { attrs: { href, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
}

export function createExportMenu(box: HTMLElement, sigma: () => Sigma<NodeAttrs, EdgeAttrs>): void {
  const png = el('button', { text: 'PNG', title: 'Snapshot of the current view', attrs: { name: 'export-png' } });
  png.addEventListener('click', () => download(snapshotCanvas(sigma()).toDataURL('image/png'), 'knowledge-graph.png'));
  box.append(png);
  // Fetched rather than linked, so the request carries the access token when the server wants one.
  for (const format of ['gexf', 'graphml', 'json']) {
    const button = el('button', { text: format.toUpperCase(), attrs: { name: `export-${format}` } });
    button.addEventListener('click', async () => {
      const url = URL.createObjectURL(await api.exportFile(format));
      download(url, `knowledge-graph.${format}`);
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
    box.append(button);
  }
}
