// The line that says how much of the graph is drawn ("showing 300 of 8,272 entities") and offers
// more of it: double the budget, or everything (an ego view has its own budget and says so); and the
// switch for entities related to nothing, hidden by default so the first view is the connected graph.
import type { GraphPayload } from './api.js';
import { currentCrumb, DEFAULT_BUDGET, state } from './app-state.js';
import { el } from './dom.js';

const fmt = (n: number) => n.toLocaleString('en-US');

export function renderBudgetLine(
  line: HTMLElement,
  data: GraphPayload,
  budget: number,
  choose: (budget: number) => void,
  toggleIsolated: () => void,
): void {
  const button = (text: string, next: number) => {
    const b = el('button', { class: 'link', text, attrs: { type: 'button', 'data-budget': String(next) } });
    b.addEventListener('click', () => choose(next));
    return b;
  };
  // Entities related to nothing are left out unless asked for; the line says so and offers them.
  const isolated = el('button', {
    class: 'link',
    text: state.filters.showIsolated ? 'hide entities related to nothing' : 'show entities related to nothing',
    attrs: { type: 'button', name: 'isolated-toggle' },
  });
  isolated.addEventListener('click', toggleIsolated);
  const crumb = currentCrumb();
  if (crumb?.kind === 'ego') {
    const hops = `${state.egoHops} hop${state.egoHops > 1 ? 's' : ''}`;
    line.replaceChildren(`showing ${fmt(data.nodes.length)} entities within ${hops}, nearest and most important first`);
    return;
  }
  const total = data.total?.nodes ?? data.nodes.length;
  if (budget > 0 && data.nodes.length < total)
    line.replaceChildren(
      `showing ${fmt(data.nodes.length)} of ${fmt(total)} entities, most important first — `,
      button('show more', budget * 2),
      ' / ',
      button('show all', 0),
    );
  else {
    line.replaceChildren(`showing all ${fmt(data.nodes.length)} entities`);
    if (budget === 0 && data.nodes.length > DEFAULT_BUDGET) line.append(' — ', button('overview', DEFAULT_BUDGET));
  }
  line.append(' · ', isolated);
}
