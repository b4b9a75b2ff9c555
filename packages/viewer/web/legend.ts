// The colour legend: entity types (with counts), or communities when colouring by community; then the
// relation styles (a disputed relation is red).
import type { ColorBy } from './app-state.js';
import type { KgGraph } from './build-graph.js';
import { clear, el } from './dom.js';
import { DISPUTED_COLOR, EDGE_COLOR, communityColor, typeColor } from './palette.js';

/** The relation styles: a plain relation, and a disputed one (with how many are drawn). */
function relationRows(graph: KgGraph): HTMLElement[] {
  let disputed = 0;
  graph.forEachEdge((_e, a) => void (a.disputed && disputed++));
  const row = (color: string, text: string, name: string, count?: number) => {
    const line = el('span', { class: 'line-swatch' });
    line.style.background = color;
    return el('div', { class: 'legend-row', attrs: { 'data-legend': name } }, [
      line,
      el('span', { text }),
      count === undefined ? null : el('span', { class: 'count', text: String(count) }),
    ]);
  };
  return [
    el('h3', { text: 'Relations' }),
    row(EDGE_COLOR, 'relation (thicker: more sentences)', 'relation'),
    row(DISPUTED_COLOR, 'disputed: one source affirms it, another denies it', 'disputed', disputed),
  ];
}

export function renderLegend(box: HTMLElement, graph: KgGraph, colorBy: ColorBy): void {
  const counts = new Map<string, number>();
  graph.forEachNode((_id, a) => {
    const key = colorBy === 'community' ? String(a.community ?? '–') : a.entityType;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const rows = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14);
  clear(box);
  box.append(el('h3', { text: colorBy === 'community' ? 'Communities' : 'Entity types' }));
  for (const [key, n] of rows) {
    const color = colorBy === 'community' ? communityColor(key === '–' ? undefined : Number(key)) : typeColor(key);
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = color;
    box.append(
      el('div', { class: 'legend-row' }, [
        swatch,
        el('span', { text: colorBy === 'community' ? `community ${key}` : key }),
        el('span', { class: 'count', text: String(n) }),
      ]),
    );
  }
  box.append(...relationRows(graph));
}
