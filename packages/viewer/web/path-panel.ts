// "How are X and Y connected?": two entity pickers, the shortest paths between them from /api/path, each
// hop listed with the sentence that supports it; the paths' nodes and edges are added to the view when the
// overview left them out, and highlighted. The pair lives in the URL (state.path) like every other view.
import { api, type PathResponse } from './api.js';
import { changed, state } from './app-state.js';
import { clear, el } from './dom.js';
import { renderEvidence } from './evidence-view.js';
import { createSearchBox } from './search-box.js';

export interface PathPanel {
  /** Finds and shows the paths of `state.path` (after a URL load). */
  show(): Promise<void>;
}

/** `addToView` puts the paths' nodes and edges into the drawn graph; `onNavigate` selects an entity. */
export function createPathPanel(
  box: HTMLElement,
  addToView: (r: PathResponse) => void,
  onNavigate: (id: string) => void,
): PathPanel {
  const picked: { from: string | null; to: string | null } = { from: null, to: null };
  const picker = (end: 'from' | 'to', label: string) => {
    const input = el('input', {
      attrs: { type: 'search', name: `path-${end}`, placeholder: label, autocomplete: 'off', 'aria-label': label },
    }) as HTMLInputElement;
    const hits = el('ul', { class: 'hits', attrs: { role: 'listbox' } });
    hits.hidden = true;
    createSearchBox(input, hits, (hit) => (picked[end] = hit.id));
    input.addEventListener('input', () => (picked[end] = null));
    return { input, wrap: el('div', { class: 'search-wrap path-pick' }, [input, hits]) };
  };
  const from = picker('from', 'From entity…');
  const to = picker('to', 'To entity…');
  const go = el('button', { text: 'Connect', attrs: { name: 'connect', type: 'button' } });
  const out = el('div', { class: 'path-out' });
  box.append(from.wrap, to.wrap, el('div', { class: 'row' }, [go]), out);

  const link = (id: string, name: string) => {
    const b = el('button', { class: 'link entity-link', text: name, attrs: { 'data-id': id } });
    b.addEventListener('click', () => onNavigate(id));
    return b;
  };

  function render(r: PathResponse): void {
    clear(out);
    const names = new Map(r.nodes.map((n) => [n.id, n.name]));
    if (!r.paths.length) {
      out.append(el('p', { class: 'muted', text: `No connection found between these two entities.` }));
      return;
    }
    const hopsOf = r.paths[0].edges.length;
    out.append(el('p', { class: 'muted', text: `${r.paths.length} shortest path(s), ${hopsOf} hop(s) each` }));
    r.paths.forEach((p, i) => {
      const steps = el('ol', { class: 'path-hops' });
      p.edges.forEach((edgeId, h) => {
        const hop = r.hops[edgeId];
        const [a, b] = [p.nodes[h], p.nodes[h + 1]];
        const forward = hop?.edge.source === a;
        const head = el('div', { class: 'rel-head' }, [
          link(a, names.get(a) ?? a),
          el('span', {
            class: 'muted',
            text: ` ${forward ? '—' : '←'}${hop?.edge.type ?? '?'}${forward ? '→' : '—'} `,
          }),
          link(b, names.get(b) ?? b),
        ]);
        const item = el('li', { attrs: { 'data-edge': edgeId } }, [head]);
        if (hop?.sentence) {
          const [s, o] = forward ? [names.get(a), names.get(b)] : [names.get(b), names.get(a)];
          item.append(el('ul', { class: 'evidence-list' }, [renderEvidence(hop.sentence, s, o)]));
        }
        steps.append(item);
      });
      out.append(el('div', { class: 'path', attrs: { 'data-path': String(i) } }, [steps]));
    });
  }

  async function show(): Promise<void> {
    if (!state.path) return;
    clear(out);
    out.append(el('p', { class: 'muted', text: 'Looking…' }));
    try {
      const r = await api.path(state.path.from, state.path.to);
      const names = new Map(r.nodes.map((n) => [n.id, n.name]));
      from.input.value = names.get(r.from) ?? from.input.value;
      to.input.value = names.get(r.to) ?? to.input.value;
      addToView(r);
      state.highlightNodes = new Set(r.paths.flatMap((p) => p.nodes));
      state.pathNodes = new Set(state.highlightNodes);
      state.highlightEdges = new Set(r.paths.flatMap((p) => p.edges));
      changed('highlight');
      render(r);
    } catch (err) {
      clear(out);
      out.append(el('div', { class: 'error', text: (err as Error).message }));
    }
  }

  go.addEventListener('click', () => {
    if (!picked.from || !picked.to) {
      clear(out);
      out.append(el('div', { class: 'error', text: 'Pick both entities from the suggestions first.' }));
      return;
    }
    state.path = { from: picked.from, to: picked.to };
    void show();
  });
  return { show };
}
