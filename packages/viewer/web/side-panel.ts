// The details panel: an entity's relations grouped by type with their evidence, its claims and its timeline,
// or one edge's sources (both sides of a disputed one).
import type { EdgeDetails, EntityDetails, RelationView } from '@kg/graph';
import { api } from './api.js';
import { clear, el } from './dom.js';
import { renderClaims } from './claims-view.js';
import { renderEvidence } from './evidence-view.js';
import { renderTimeline } from './timeline-view.js';
import { typeColor } from './palette.js';

export interface SidePanel {
  showEntity(id: string): Promise<void>;
  showEdge(id: string): Promise<void>;
  close(): void;
}

function typeBadge(type: string): HTMLElement {
  const b = el('span', { class: 'badge', text: type });
  b.style.background = typeColor(type);
  return b;
}

/** What the panel offers on an entity: its neighbourhood as the view (ego view), or its neighbours added. */
export interface EntityActions {
  explore(id: string): void;
  expand(id: string): void;
}

export function createSidePanel(
  box: HTMLElement,
  onNavigate: (id: string) => void,
  onClose: () => void,
  actions: EntityActions,
): SidePanel {
  const closeBtn = () => {
    const b = el('button', { class: 'close', text: '×', title: 'Close', attrs: { 'aria-label': 'Close details' } });
    b.addEventListener('click', onClose);
    return b;
  };
  const entityLink = (id: string, name: string) => {
    const a = el('button', { class: 'link entity-link', text: name, attrs: { 'data-id': id } });
    a.addEventListener('click', () => onNavigate(id));
    return a;
  };

  const action = (text: string, name: string, run: () => void) => {
    const b = el('button', { text, attrs: { type: 'button', name } });
    b.addEventListener('click', run);
    return b;
  };

  function relationItem(d: EntityDetails, r: RelationView): HTMLElement {
    const me = d.node.name;
    const arrow = r.direction === 'out' ? '→' : '←';
    const head = el('div', { class: 'rel-head' }, [
      el('span', { text: `${arrow} ` }),
      entityLink(r.other.id, r.other.name),
      el('span', { class: 'muted', text: ` ${r.other.type} · ${r.weight}×` }),
    ]);
    if (r.phrases.length)
      head.append(el('div', { class: 'muted phrases', text: `“${r.phrases.slice(0, 3).join('”, “')}”` }));
    const [subj, obj] = r.direction === 'out' ? [me, r.other.name] : [r.other.name, me];
    const list = el(
      'ul',
      { class: 'evidence-list' },
      r.evidence.slice(0, 5).map((ev) => renderEvidence(ev, subj, obj)),
    );
    // The details carry a page of each relation's evidence; its weight counts every supporting sentence.
    const shown = Math.min(r.evidence.length, 5);
    const total = Math.max(r.weight, r.evidence.length);
    if (total > shown) list.append(el('li', { class: 'muted', text: `…and ${total - shown} more` }));
    return el('li', { class: 'relation', attrs: { 'data-rel': r.type, 'data-other': r.other.id } }, [head, list]);
  }

  function renderEntity(d: EntityDetails): void {
    clear(box);
    const n = d.node;
    box.append(
      closeBtn(),
      el('h2', { text: n.name }),
      el('div', { class: 'meta' }, [
        typeBadge(String(n.type)),
        el('span', { text: ` degree ${n.degree ?? d.relations.length} · ${n.mentions} mentions` }),
      ]),
      el('div', { class: 'row actions' }, [
        action('Neighbourhood', 'explore', () => actions.explore(n.id)),
        action('Expand', 'expand', () => actions.expand(n.id)),
      ]),
    );
    if (n.aliases.length)
      box.append(
        el('div', { class: 'aliases' }, [el('span', { class: 'muted', text: 'Also: ' }), n.aliases.join(', ')]),
      );
    const groups = new Map<string, RelationView[]>();
    for (const r of d.relations) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
    for (const [type, rels] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
      box.append(
        el('section', { class: 'rel-group', attrs: { 'data-type': type } }, [
          el('h3', { text: `${type} (${rels.length})` }),
          el(
            'ul',
            {},
            rels.map((r) => relationItem(d, r)),
          ),
        ]),
      );
    }
    if (!d.relations.length) box.append(el('p', { class: 'muted', text: 'No relations yet.' }));
    box.append(...renderClaims(d, entityLink));
    const timeline = renderTimeline(d, entityLink);
    if (timeline) box.append(timeline);
    if (d.documents.length) {
      box.append(
        el('h3', {
          text:
            d.totals && d.totals.documents > d.documents.length
              ? `Sources (latest ${d.documents.length} of ${d.totals.documents.toLocaleString('en')})`
              : 'Sources',
        }),
        el(
          'ul',
          { class: 'docs' },
          d.documents.map((doc) =>
            el('li', {
              text: `${doc.outlet ? `${doc.outlet.name} · ` : ''}${doc.title ?? doc.id}${doc.date ? ` (${doc.date})` : ''}`,
            }),
          ),
        ),
      );
    }
  }

  /** Both sides of a disputed relation: the sentences that affirm it and those that deny it (and who). */
  function renderEdge(d: EdgeDetails): void {
    clear(box);
    const e = d.edge;
    const names = new Map([d.source, d.target].map((n) => [n.id, n.name]));
    const seen = e.firstSeen ? ` · first seen ${e.firstSeen}, last seen ${e.lastSeen ?? e.firstSeen}` : '';
    const sources = `${e.weight} supporting sentence(s) in ${e.support ?? '?'} document(s)${seen}`;
    box.append(
      closeBtn(),
      el('h2', {}, [entityLink(d.source.id, d.source.name), ` ${e.type} `, entityLink(d.target.id, d.target.name)]),
      el('div', { class: 'meta muted', text: sources }),
    );
    if (e.outlets?.length) box.append(el('div', { class: 'muted', text: `Outlets: ${e.outlets.join(', ')}` }));
    const affirming = el(
      'ul',
      { class: 'evidence-list affirms' },
      d.evidence.map((ev) => renderEvidence(ev, d.source.name, d.target.name)),
    );
    if (!d.denials?.length) return void box.append(affirming);
    box.append(
      el('p', {
        class: e.disputed ? 'disputed-note' : 'muted',
        text: e.disputed ? 'Disputed: one source affirms it, another denies it.' : 'Also denied in the same article.',
      }),
      el('h3', { text: `Affirmed (${d.evidence.length})` }),
      affirming,
      el('h3', { text: `Denied (${d.denials.length})` }),
      el(
        'ul',
        { class: 'evidence-list denials' },
        d.denials.map((x) => {
          const item = renderEvidence(x, d.source.name, d.target.name);
          const by = x.by ? (names.get(x.by) ?? x.by) : null;
          item.prepend(el('div', { class: 'muted', text: `${by ? `${by} denies` : 'negated'}: “${x.phrase}”` }));
          return item;
        }),
      ),
    );
  }

  const fail = (err: unknown) => {
    clear(box);
    box.append(closeBtn(), el('p', { class: 'error', text: (err as Error).message }));
  };

  // Only the latest request may draw: a slow answer for an earlier click must not replace a later one.
  let latest = 0;
  const show = async <T>(load: () => Promise<T>, render: (d: T) => void) => {
    const mine = ++latest;
    box.hidden = false;
    box.setAttribute('aria-busy', 'true');
    await load().then(
      (d) => mine === latest && render(d),
      (err) => mine === latest && fail(err),
    );
    if (mine === latest) box.removeAttribute('aria-busy');
  };

  return {
    showEntity: (id) => show(() => api.entity(id), renderEntity),
    showEdge: (id) => show(() => api.edge(id), renderEdge),
    close() {
      latest++;
      clear(box);
      box.hidden = true;
    },
  };
}
