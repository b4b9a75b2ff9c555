// The colour legend: entity types (with counts), or communities when colouring by community.
import type { ColorBy } from './app-state.js';
import type { KgGraph } from './build-graph.js';
import { clear, el } from './dom.js';
import { communityColor, typeColor } from './palette.js';

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
}
