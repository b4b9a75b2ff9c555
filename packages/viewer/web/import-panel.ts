// Import panel: paste or upload an article, preview the dry-run diff, confirm, and hand the result on.
import { api, type ImportResponse } from './api.js';
import { clear, el } from './dom.js';

function diffList(title: string, items: string[]): HTMLElement {
  const shown = items.slice(0, 40);
  const ul = el(
    'ul',
    {},
    shown.map((t) => el('li', { text: t })),
  );
  if (items.length > shown.length)
    ul.append(el('li', { class: 'muted', text: `…and ${items.length - shown.length} more` }));
  return el('details', { attrs: { open: '' } }, [el('summary', { text: `${title}: ${items.length}` }), ul]);
}

export function renderDiff(out: HTMLElement, r: ImportResponse): void {
  const { diff, document } = r;
  clear(out);
  // Every endpoint of a new relation is an extracted entity, so it is either new or merged: name it.
  const names = new Map([...diff.newEntities, ...diff.merges].map((e) => [e.id, e.name]));
  const name = (id: string) => names.get(id) ?? id;
  const status = diff.documents.find((d) => d.id === document.id)?.status ?? diff.documents[0]?.status ?? '';
  out.append(
    el('div', { class: 'muted', text: `Document: ${document.title ?? 'untitled'} (${status})` }),
    ...(r.warnings ?? []).map((w) => el('div', { class: 'warning', text: `Warning: ${w}` })),
    diffList(
      'New entities',
      diff.newEntities.map((e) => `${e.name} (${e.type})`),
    ),
    diffList(
      'New relations',
      diff.newRelations.map((rel) => `${name(rel.source)} ${rel.type} ${name(rel.target)}`),
    ),
    diffList(
      'Merged into existing',
      diff.merges.map((e) => `${e.name} (${e.type})`),
    ),
  );
}

export function createImportPanel(box: HTMLElement, onImported: (r: ImportResponse) => Promise<void>): void {
  const text = el('textarea', { attrs: { name: 'article', rows: '6', placeholder: 'Paste an article…' } });
  const file = el('input', {
    attrs: { type: 'file', name: 'file', accept: '.txt,.md,.html,.htm,text/plain,text/markdown,text/html' },
  });
  const title = el('input', { attrs: { name: 'title', placeholder: 'Title' } });
  const source = el('input', { attrs: { name: 'source', placeholder: 'Source (URL or name)' } });
  const date = el('input', { attrs: { name: 'date', type: 'date' } });
  const preview = el('button', { text: 'Preview (dry run)', attrs: { name: 'preview' } });
  const confirm = el('button', { text: 'Import', attrs: { name: 'import' } });
  const out = el('div', { class: 'import-out' });
  confirm.disabled = true;

  const fields = () => ({
    title: title.value.trim() || undefined,
    source: source.value.trim() || undefined,
    date: date.value || undefined,
  });
  const send = (dryRun: boolean) => {
    const f = file.files?.[0];
    return f ? api.importFile(f, fields(), dryRun) : api.importText({ text: text.value, ...fields() }, dryRun);
  };
  const invalidate = () => (confirm.disabled = true);
  for (const input of [text, file, title, source, date]) input.addEventListener('input', invalidate);

  async function go(dryRun: boolean): Promise<void> {
    if (!file.files?.length && !text.value.trim()) {
      clear(out);
      out.append(el('div', { class: 'error', text: 'Paste some text or choose a file first.' }));
      return;
    }
    preview.disabled = confirm.disabled = true;
    try {
      const r = await send(dryRun);
      renderDiff(out, r);
      if (dryRun) confirm.disabled = false;
      else {
        const s = r.summary;
        out.prepend(
          el('div', {
            class: 'ok',
            text: s
              ? `Imported: +${s.entitiesAdded} entities, +${s.relationsAdded} relations, +${s.claimsAdded} claims${s.unchanged ? ' (document unchanged)' : ''}`
              : 'Imported.',
          }),
        );
        await onImported(r);
      }
    } catch (err) {
      clear(out);
      out.append(el('div', { class: 'error', text: (err as Error).message }));
    } finally {
      preview.disabled = false;
    }
  }
  preview.addEventListener('click', () => void go(true));
  confirm.addEventListener('click', () => void go(false));
  box.append(
    text,
    file,
    el('div', { class: 'row' }, [title, source, date]),
    el('div', { class: 'row' }, [preview, confirm]),
    out,
  );
}
