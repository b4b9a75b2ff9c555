// The colour legend, saying what the colours mean: the communities drawn (the default: each named after
// its most important entities in view, with how many are drawn) or the entity types; then the relation
// styles (a disputed relation is red).
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

/** What a colour stands for: a community named after its two most important entities drawn, or a type. */
function colourKeys(graph: KgGraph, colorBy: ColorBy): Array<{ key: string; name: string; count: number }> {
  const members = new Map<string, Array<{ label: string; pagerank: number }>>();
  graph.forEachNode((_id, a) => {
    const key = colorBy === 'community' ? String(a.community ?? '–') : a.entityType;
    members.set(key, [...(members.get(key) ?? []), a]);
  });
  return [...members.entries()]
    .map(([key, list]) => {
      const top = [...list].sort((a, b) => b.pagerank - a.pagerank).slice(0, 2);
      const name =
        colorBy === 'type'
          ? key
          : key === '–'
            ? 'community not known (added by a path)'
            : top.map((m) => m.label).join(', ');
      return { key, name, count: list.length };
    })
    .sort((a, b) => b.count - a.count);
}

const SHOWN = 14;

export function renderLegend(box: HTMLElement, graph: KgGraph, colorBy: ColorBy): void {
  const rows = colourKeys(graph, colorBy);
  clear(box);
  box.dataset.colorBy = colorBy;
  box.append(el('h3', { text: colorBy === 'community' ? 'Communities' : 'Entity types' }));
  box.append(
    el('p', {
      class: 'legend-note',
      text:
        colorBy === 'community'
          ? 'Colour: community (Louvain) — entities more related to each other than to the rest, each named after its most important members here. Untick "colour by community" to colour by type.'
          : 'Colour: entity type. Tick "colour by community" to colour by community.',
    }),
  );
  for (const { key, name, count } of rows.slice(0, SHOWN)) {
    const color = colorBy === 'community' ? communityColor(key === '–' ? undefined : Number(key)) : typeColor(key);
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = color;
    box.append(
      el('div', { class: 'legend-row', attrs: { 'data-key': key } }, [
        swatch,
        el('span', { text: name }),
        el('span', { class: 'count', text: String(count) }),
      ]),
    );
  }
  if (rows.length > SHOWN)
    box.append(el('div', { class: 'legend-row muted', text: `and ${rows.length - SHOWN} more (colours repeat)` }));
  box.append(...relationRows(graph));
}
