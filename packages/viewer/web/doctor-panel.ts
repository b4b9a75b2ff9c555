// The identity check (`kg doctor` in the page): names held by more than one node and type conflicts with
// their votes, each with the `kg` command that fixes it; a node's name shows its details. Loaded each time the
// section is opened (the list reads every node, and an import may have changed it).
import type { DoctorReport, NodeRef } from '@kg/graph';
import { api } from './api.js';
import { clear, el } from './dom.js';

export function createDoctorPanel(section: HTMLDetailsElement, box: HTMLElement, open: (id: string) => void): void {
  const nodeLink = (n: NodeRef) => {
    const b = el('button', {
      class: 'link',
      text: `${n.name} [${n.type}]`,
      title: `${n.id} · ${n.documents} document(s)`,
      attrs: { type: 'button', name: 'doctor-node', 'data-id': n.id },
    });
    b.addEventListener('click', () => open(n.id));
    return b;
  };
  const list = (title: string, items: HTMLElement[]) => [
    el('h4', { text: `${title} (${items.length})` }),
    items.length ? el('ul', { class: 'doctor' }, items) : el('p', { class: 'muted', text: 'none' }),
  ];

  function render(r: DoctorReport): void {
    clear(box);
    box.append(
      el('p', { class: 'muted', text: `${r.nodes} entities` }),
      ...list(
        'Names held by more than one node',
        r.duplicates.map((d) =>
          el('li', { attrs: { 'data-kind': 'duplicate' } }, [
            el(
              'div',
              {},
              d.nodes.flatMap((n, i) => [i ? ' · ' : '', nodeLink(n)]),
            ),
            el('div', { class: 'muted', text: d.reason }),
            el('code', { text: d.fix }),
          ]),
        ),
      ),
      ...list(
        'Type conflicts (strong/weak votes)',
        r.typeConflicts.map((c) =>
          el('li', { attrs: { 'data-kind': 'type-conflict' } }, [
            el('div', {}, [nodeLink(c.node)]),
            el('div', {
              class: 'muted votes',
              text: Object.entries(c.votes)
                .map(([t, v]) => `${t} ${v.strong}/${v.weak}`)
                .join(', '),
            }),
            el('code', { text: c.fix }),
          ]),
        ),
      ),
    );
  }

  section.addEventListener('toggle', () => {
    if (!section.open) return;
    box.replaceChildren(el('p', { class: 'muted', text: 'Loading…' }));
    api.doctor().then(render, (err: Error) => box.replaceChildren(el('p', { class: 'error', text: err.message })));
  });
}
