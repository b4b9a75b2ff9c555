// The Cypher console: editor with history in the side panel; results as a table in the wide drawer along
// the graph's bottom edge; result nodes/edges highlighted in the graph.
import type { QueryResult } from '@kg/graph';
import { api } from './api.js';
import { clear, el } from './dom.js';

const HISTORY_KEY = 'kg.cypher.history';
const MAX_CELL = 300;

function cellText(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s === undefined ? '' : s.length > MAX_CELL ? `${s.slice(0, MAX_CELL)}…` : s;
}

export function renderResultTable(out: HTMLElement, r: QueryResult): void {
  clear(out);
  const table = el('table', { class: 'results' }, [
    el('thead', {}, [
      el(
        'tr',
        {},
        r.columns.map((c) => el('th', { text: c })),
      ),
    ]),
  ]);
  const body = el('tbody');
  for (const row of r.rows)
    body.append(
      el(
        'tr',
        {},
        row.map((v) => el('td', { text: cellText(v) })),
      ),
    );
  table.append(body);
  out.append(
    el('div', {
      class: 'muted',
      text: `${r.rows.length} row(s)${r.truncated ? ' (truncated)' : ''}; highlighted ${r.nodeIds.length} node(s), ${r.edgeIds.length} relationship(s)`,
    }),
    table,
  );
}

/** `box` takes the editor; `drawer` (hidden until a query runs) holds `out`, where results and errors go. */
export function createCypherConsole(
  box: HTMLElement,
  drawer: { root: HTMLElement; out: HTMLElement; close: HTMLElement },
  onResult: (r: QueryResult | null) => void,
): void {
  const history: string[] = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
  let cursor = history.length;
  const editor = el('textarea', {
    attrs: {
      name: 'cypher',
      rows: '4',
      spellcheck: 'false',
      placeholder: 'MATCH (e:Entity)-[r]->(o) RETURN e, r, o LIMIT 25   (Ctrl+Enter runs; Ctrl+↑/↓ history)',
    },
  });
  const run = el('button', { text: 'Run', attrs: { name: 'run' } });
  const clearBtn = el('button', { text: 'Clear highlight' });
  const past = el('select', { attrs: { name: 'history', 'aria-label': 'History' } });
  const { out } = drawer;
  drawer.close.addEventListener('click', () => (drawer.root.hidden = true));
  const fillHistory = () => {
    clear(past);
    past.append(el('option', { text: `History (${history.length})`, attrs: { value: '' } }));
    for (const q of [...history].reverse()) past.append(el('option', { text: q.slice(0, 80), attrs: { value: q } }));
  };
  fillHistory();
  past.addEventListener('change', () => {
    if (past.value) editor.value = past.value;
  });

  async function execute(): Promise<void> {
    const cypher = editor.value.trim();
    if (!cypher) return;
    if (history[history.length - 1] !== cypher) history.push(cypher);
    history.splice(0, Math.max(0, history.length - 50));
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    cursor = history.length;
    fillHistory();
    run.disabled = true;
    drawer.root.hidden = false;
    clear(out);
    out.append(el('div', { class: 'muted', text: 'Running…' }));
    try {
      const r = await api.query(cypher);
      renderResultTable(out, r);
      onResult(r);
    } catch (err) {
      clear(out);
      out.append(el('div', { class: 'error', text: (err as Error).message }));
    } finally {
      run.disabled = false;
    }
  }

  run.addEventListener('click', () => void execute());
  clearBtn.addEventListener('click', () => onResult(null));
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void execute();
    } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && e.ctrlKey && history.length) {
      e.preventDefault();
      cursor = Math.max(0, Math.min(history.length, cursor + (e.key === 'ArrowUp' ? -1 : 1)));
      editor.value = history[cursor] ?? '';
    }
  });
  box.append(editor, el('div', { class: 'row' }, [run, clearBtn, past]));
}
