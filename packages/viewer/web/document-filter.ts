// The source-documents filter: a page of the store's documents (the graph does not carry them: at 10k
// articles their summaries were megabytes), narrowed on the server by the filter text; selected documents
// stay listed whatever the filter shows.
import type { DocumentPage } from '@kg/graph';
import { api } from './api.js';
import { changed, state } from './app-state.js';
import { clear, el } from './dom.js';

// The text survives the filters panel's re-renders.
let docQuery = '';
const DOCUMENT_PAGE = 200;
/** The page listed, fetched again only when the filter text or the store's number of documents changes. */
let listed: { key: string; page: Promise<DocumentPage> } | null = null;
/** Titles of documents seen in any page, so a selected one keeps its title when the filter hides its page. */
const titles = new Map<string, string>();

/** The filter's fieldset; `total` is the store's number of documents (GET /api/graph's documentTotal). */
export function documentFilter(total: number): HTMLElement {
  const f = state.filters;
  const docs = el('select', { attrs: { multiple: '', name: 'documents', size: '6' } });
  const legend = el('legend', { text: `Source documents (${total}; none selected = all)` });
  docs.addEventListener('change', () => {
    f.documents = [...docs.selectedOptions].map((o) => o.value);
    changed('narrowing');
  });
  const find = el('input', {
    attrs: { type: 'search', name: 'documents-filter', placeholder: 'Filter titles…', value: docQuery },
  });
  const fill = (page: DocumentPage) => {
    for (const d of page.documents) titles.set(d.id, d.title ?? d.id);
    const ids = [
      ...f.documents.filter((id) => !page.documents.some((d) => d.id === id)),
      ...page.documents.map((d) => d.id),
    ];
    clear(docs);
    for (const id of ids) {
      const o = el('option', { text: titles.get(id) ?? id, attrs: { value: id } });
      o.selected = f.documents.includes(id);
      docs.append(o);
    }
    const more =
      page.total > page.documents.length ? `; the first ${page.documents.length} of ${page.total} shown` : '';
    legend.textContent = `Source documents (${total}${more}; none selected = all)`;
  };
  const load = () => {
    const q = docQuery.trim();
    const key = `${total}\n${q.toLowerCase()}`;
    if (listed?.key !== key) listed = { key, page: api.documents(q, DOCUMENT_PAGE) };
    const mine = listed;
    mine.page.then(
      (page) => listed === mine && fill(page),
      () => (legend.textContent = `Source documents (${total}; could not list them)`),
    );
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  find.addEventListener('input', () => {
    docQuery = find.value;
    clearTimeout(timer);
    timer = setTimeout(load, 150);
  });
  load();
  return el('fieldset', {}, [legend, find, docs]);
}
