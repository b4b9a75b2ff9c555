// "How are X and Y connected?": two entity pickers, the shortest paths between them from /api/path, each
// hop listed with the sentence that supports it; the paths' nodes and edges are added to the view when the
// overview left them out, and highlighted. The pair lives in the URL (state.path): connecting or clearing
// is a history entry, and the paths stay drawn over whatever view is loaded until cleared, so the URL,
// back/forward and a reload always draw what was on screen.
import { api, type PathResponse } from './api.js';
import { changed, state } from './app-state.js';
import { clear, el } from './dom.js';
import { renderEvidence } from './evidence-view.js';
import { createSearchBox } from './search-box.js';

export interface PathPanel {
  /**
   * Draws the paths of `state.path` (fetched once per pair) or clears them when it is null: after a URL
   * load, back/forward, and every reload of the view (which drops the entities the view itself lacks).
   */
  sync(): Promise<void>;
}

/**
 * `addToView` puts the paths' nodes and edges into the drawn graph; `onNavigate` selects an entity;
 * `push` records the state as a history entry (url-state's pushUrlState).
 */
export function createPathPanel(
  box: HTMLElement,
  addToView: (r: PathResponse) => void,
  onNavigate: (id: string) => void,
  push: () => void,
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
  const clearButton = el('button', { text: 'Clear', attrs: { name: 'clear-path', type: 'button' } });
  clearButton.hidden = true;
  const out = el('div', { class: 'path-out' });
  box.append(from.wrap, to.wrap, el('div', { class: 'row' }, [go, clearButton]), out);
  /** The paths drawn now, and for which pair. */
  let shown: { pair: string; r: PathResponse } | null = null;
  /** Counts requests, so an answer that arrives after a newer choice is dropped. */
  let asked = 0;
  const pairOf = (p: { from: string; to: string }) => `${p.from}\u0000${p.to}`;

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

  function highlight(r: PathResponse | null): void {
    state.highlightNodes = new Set(r ? r.paths.flatMap((p) => p.nodes) : []);
    state.pathNodes = new Set(state.highlightNodes);
    state.highlightEdges = new Set(r ? r.paths.flatMap((p) => p.edges) : []);
    changed('highlight');
  }

  function draw(r: PathResponse): void {
    addToView(r);
    highlight(r);
    clearButton.hidden = false;
  }

  async function sync(): Promise<void> {
    const want = state.path;
    const ticket = ++asked;
    if (!want) {
      // Nothing drawn or asked for: leave the pickers alone (the user may be filling them in).
      if (!shown && !out.firstChild) return;
      const drawn = shown !== null;
      shown = null;
      picked.from = picked.to = null;
      from.input.value = to.input.value = '';
      clear(out);
      clearButton.hidden = true;
      if (drawn) highlight(null);
      return;
    }
    if (shown?.pair === pairOf(want)) return draw(shown.r);
    box.closest('details')?.setAttribute('open', ''); // back/forward may bring paths to a closed section
    clear(out);
    out.append(el('p', { class: 'muted', text: 'Looking…' }));
    try {
      const r = await api.path(want.from, want.to);
      if (ticket !== asked) return;
      const names = new Map(r.nodes.map((n) => [n.id, n.name]));
      from.input.value = names.get(r.from) ?? from.input.value;
      to.input.value = names.get(r.to) ?? to.input.value;
      shown = { pair: pairOf(want), r };
      draw(r);
      render(r);
    } catch (err) {
      if (ticket !== asked) return;
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
    push();
    void sync();
  });
  clearButton.addEventListener('click', () => {
    state.path = null;
    push();
    void sync();
  });
  return { sync };
}
