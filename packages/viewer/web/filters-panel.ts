// Filters: entity types, relationship types, source documents, entities related to nothing (hidden unless
// asked), minimum degree/weight, n-hop focus.
import { changed, state } from './app-state.js';
import type { KgGraph } from './build-graph.js';
import { clear, el } from './dom.js';
import { documentFilter } from './document-filter.js';

function checkList(title: string, name: string, values: Map<string, number>, hidden: Set<string>): HTMLElement {
  const box = el('fieldset', { class: `checks ${name}` }, [el('legend', { text: title })]);
  for (const [v, n] of [...values.entries()].sort((a, b) => b[1] - a[1])) {
    const cb = el('input', { attrs: { type: 'checkbox', name, value: v } });
    cb.checked = !hidden.has(v);
    cb.addEventListener('change', () => {
      if (cb.checked) hidden.delete(v);
      else hidden.add(v);
      changed('filters');
    });
    box.append(el('label', {}, [cb, ` ${v} `, el('span', { class: 'count', text: String(n) })]));
  }
  return box;
}

function numberInput(label: string, name: string, value: number, set: (v: number) => void): HTMLElement {
  const input = el('input', { attrs: { type: 'number', min: '0', step: '1', name, value: String(value) } });
  input.addEventListener('change', () => {
    set(Math.max(0, Math.floor(Number(input.value) || 0)));
    changed('filters');
  });
  return el('label', { class: 'num' }, [`${label} `, input]);
}

export function renderFilters(box: HTMLElement, graph: KgGraph, documentTotal: number): void {
  const f = state.filters;
  const types = new Map<string, number>();
  graph.forEachNode((_id, a) => types.set(a.entityType, (types.get(a.entityType) ?? 0) + 1));
  const rels = new Map<string, number>();
  graph.forEachEdge((_e, a) => rels.set(a.relType, (rels.get(a.relType) ?? 0) + 1));
  // A type the server left out is still listed, so it can be shown again.
  for (const t of f.hiddenTypes) if (!types.has(t)) types.set(t, 0);
  for (const t of f.hiddenRelTypes) if (!rels.has(t)) rels.set(t, 0);
  clear(box);
  box.append(
    checkList('Entity types', 'type', types, f.hiddenTypes),
    checkList('Relationship types', 'rel', rels, f.hiddenRelTypes),
  );
  box.append(documentFilter(documentTotal));
  const isolated = el('input', { attrs: { type: 'checkbox', name: 'isolated' } });
  isolated.checked = f.showIsolated;
  isolated.addEventListener('change', () => {
    f.showIsolated = isolated.checked;
    changed('narrowing');
  });
  box.append(
    el('label', { class: 'toggle' }, [isolated, ' show entities related to nothing']),
    numberInput('Min degree', 'minDegree', f.minDegree, (v) => (f.minDegree = v)),
    numberInput('Min weight', 'minWeight', f.minWeight, (v) => (f.minWeight = v)),
  );

  const focusBtn = el('button', { text: f.focus ? 'Clear focus' : 'Focus on selected', attrs: { name: 'focus' } });
  focusBtn.disabled = !f.focus && !state.selected;
  focusBtn.addEventListener('click', () => {
    f.focus = f.focus ? null : state.selected;
    changed('filters');
  });
  box.append(
    el('div', { class: 'focus' }, [focusBtn, numberInput('hops', 'hops', f.hops, (v) => (f.hops = Math.max(1, v)))]),
  );
}
