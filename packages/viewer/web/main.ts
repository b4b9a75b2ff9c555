// The page: draw the first view (asked for by first-view.ts before this chunk loaded) and wire the panels
// to the shared view state.
import type { QueryResult } from '@kg/graph';
import type { ImportResponse } from './api.js';
import { changed, currentCrumb, onChange, state, type Change } from './app-state.js';
import { applyStyle } from './apply-style.js';
import { addParts, buildGraph, mergeGraph } from './build-graph.js';
import { nameCrumb, renderBreadcrumbs } from './breadcrumbs.js';
import { renderBudgetLine } from './budget-line.js';
import { collapsedCommunity } from './collapse-communities.js';
import { createCommunitiesPanel } from './communities-panel.js';
import { createDoctorPanel } from './doctor-panel.js';
import { createCypherConsole } from './cypher-console.js';
import { byId } from './dom.js';
import { createExportMenu } from './export-menu.js';
import { renderFilters } from './filters-panel.js';
import { createImportPanel } from './import-panel.js';
import { createLayoutControl, preLayout } from './layout-control.js';
import { createNewsFilters } from './news-filters.js';
import { renderLegend } from './legend.js';
import { firstUrlState, firstView } from './first-view.js';
import { loadView, narrowingChanged } from './load-view.js';
import { createNavigation } from './navigation.js';
import { createPathPanel } from './path-panel.js';
import { createRenderer } from './renderer.js';
import { createSearchBox } from './search-box.js';
import { createSidePanel } from './side-panel.js';
import { createStyleToggles } from './style-toggles.js';
import { pushUrlState, readUrlState, writeUrlState } from './url-state.js';

const status = byId('status');
let fromUrl = firstUrlState;
let { data, fellBack } = await firstView.catch((err: Error) => {
  status.textContent = `Could not load the graph: ${err.message}`;
  throw err;
});
performance.mark('kg:fetched');
const { graph, missingPositions } = buildGraph(data);
performance.mark('kg:built');
preLayout(graph, missingPositions);
applyStyle(graph, state.colorBy, state.sizeBy);
performance.mark('kg:styled');
const renderer = createRenderer(byId('graph'), graph);
performance.mark('kg:drawn');
const { sigma } = renderer;
const viewer = { graph, sigma, firstFrameAt: 0, labelBoxes: renderer.labelBoxes };
(window as unknown as { __kgViewer: typeof viewer }).__kgViewer = viewer;
requestAnimationFrame(() => (viewer.firstFrameAt = performance.now()));
if (fromUrl.camera) sigma.getCamera().setState(fromUrl.camera);

const nav = createNavigation(() => pushUrlState(sigma.getCamera().getState()));
const panel = createSidePanel(
  byId('details'),
  (id) => select(id),
  () => deselect(),
  { explore: (id) => nav.go({ kind: 'ego', id }), expand: (id) => nav.expand(id) },
);
const layout = createLayoutControl(graph, byId<HTMLButtonElement>('layout'));

/** An entity the view left out is drawn with its neighbourhood (an ego view); a collapsed community opens. */
function select(id: string, centre = true): void {
  const community = collapsedCommunity(id);
  if (community !== null) return nav.toggleCollapsed(community);
  if (!graph.hasNode(id)) return nav.go({ kind: 'ego', id });
  state.selected = id;
  state.selectedEdge = null;
  void panel.showEntity(id);
  if (centre) renderer.centreOn(id);
  changed('selection');
}
/** An entity the identity check names: selected when drawn, else only its details shown (an isolated node is in no view). */
function inspect(id: string): void {
  if (graph.hasNode(id)) return select(id);
  void panel.showEntity(id);
}
function deselect(): void {
  state.selected = state.selectedEdge = null;
  panel.close();
  changed('selection');
}

sigma.on('enterNode', ({ node }) => ((state.hovered = node), changed('hover')));
sigma.on('leaveNode', () => ((state.hovered = null), changed('hover')));
sigma.on('clickNode', ({ node }) => select(node, false));
sigma.on('doubleClickNode', (e) => {
  e.preventSigmaDefault();
  if (collapsedCommunity(e.node) === null) nav.go({ kind: 'ego', id: e.node });
});
sigma.on('clickEdge', ({ edge }) => {
  state.selectedEdge = edge;
  state.selected = null;
  void panel.showEdge(edge);
  changed('selection');
});
sigma.on('clickStage', () => deselect());

// The chosen hit becomes the selection: centred, highlighted, its neighbourhood in front.
createSearchBox(byId<HTMLInputElement>('search'), byId('search-hits'), (hit) => select(hit.id));

const toggles = createStyleToggles();
const newsFilters = createNewsFilters(byId('news-filters'));

const drawer = { root: byId('query-drawer'), out: byId('query-out'), close: byId('query-drawer-close') };
createCypherConsole(byId('cypher'), drawer, (r: QueryResult | null) => {
  state.highlightNodes = new Set((r?.nodeIds ?? []).filter((id) => graph.hasNode(id)));
  state.highlightEdges = new Set((r?.edgeIds ?? []).filter((id) => graph.hasEdge(id)));
  changed('highlight');
});
if (data.store !== 'neo4j')
  byId('cypher-note').textContent =
    'The embedded store does not run Cypher: start Neo4j and run `kg serve --neo4j <uri>`.';

/** `moved`: another view was chosen (its entity selected, the camera reset or taken from the URL). */
async function reload(fresh?: ImportResponse, moved = false): Promise<void> {
  ({ data, fellBack } = await loadView());
  const added = mergeGraph(graph, data);
  // Index the new nodes now: sigma's partial refreshes (e.g. after a restyle) assume they are indexed.
  sigma.refresh();
  if (state.selected && !graph.hasNode(state.selected)) deselect();
  state.freshNodes = fresh
    ? new Set([...added.nodes, ...fresh.diff.newEntities.map((e) => e.id)].filter((id) => graph.hasNode(id)))
    : new Set();
  state.freshEdges = fresh
    ? new Set([...added.edges, ...fresh.diff.newRelations.map((e) => e.id)].filter((id) => graph.hasEdge(id)))
    : new Set();
  layout.reset();
  changed('graph');
  // The paths shown stay drawn over the new view (it dropped the entities it lacks); back/forward may
  // have brought other paths, or none.
  void pathPanel.sync();
  if (!moved) return;
  const crumb = currentCrumb();
  if (crumb?.kind === 'ego' && graph.hasNode(crumb.id)) select(crumb.id, false);
  if (fromUrl.camera) sigma.getCamera().setState(fromUrl.camera);
  else void sigma.getCamera().animatedReset({ duration: 300 });
  fromUrl = {};
}
createImportPanel(byId('import'), (r) => reload(r));
const pathPanel = createPathPanel(
  byId('path'),
  (r) => {
    const edges = Object.values(r.hops).map((h) => h.edge);
    const added = addParts(graph, r.nodes, edges);
    if (!added.nodes.length && !added.edges.length) return;
    sigma.refresh();
    changed('graph');
  },
  (id) => select(id),
  () => pushUrlState(sigma.getCamera().getState()),
);
createExportMenu(byId('export'), () => sigma);
const communities = createCommunitiesPanel(byId<HTMLDetailsElement>('communities-section'), byId('communities'), nav);
createDoctorPanel(byId<HTMLDetailsElement>('doctor-section'), byId('doctor'), inspect);
// Back/forward: the URL holds the view; draw the one it names.
window.addEventListener('popstate', () => {
  fromUrl = readUrlState();
  toggles.sync();
  newsFilters.sync();
  void reload(undefined, true);
});

function describe(): void {
  const crumb = currentCrumb();
  const top = data.nodes[0];
  if (crumb?.kind === 'community' && top) nameCrumb(crumb, top.name);
  if (crumb?.kind === 'ego' && graph.hasNode(crumb.id)) nameCrumb(crumb, graph.getNodeAttribute(crumb.id, 'label'));
  renderBreadcrumbs(byId('breadcrumbs'), nav);
  const fellNote = fellBack ? ` · ${fellBack}: showing the overview` : '';
  const freshNote = state.freshNodes.size ? ` · ${state.freshNodes.size} new (green)` : '';
  renderBudgetLine(
    byId('budget-line'),
    data,
    state.budget,
    // Another budget draws another view: a history entry, so back returns to the one before.
    (b) => {
      state.budget = b;
      pushUrlState(sigma.getCamera().getState());
      changed('budget');
    },
    () => ((state.filters.showIsolated = !state.filters.showIsolated), changed('narrowing')),
  );
  const f = state.filters;
  const when = f.since ? ` · ${f.since} … ${f.asOf ?? 'latest'}` : f.asOf ? ` · as of ${f.asOf}` : '';
  status.textContent = `${graph.order} entities · ${graph.size} relations · ${data.documentTotal} documents · ${data.store} store${when}${data.truncated ? ' · truncated' : ''}${freshNote}${fellNote}`;
}

let urlTimer: ReturnType<typeof setTimeout> | undefined;
const saveUrl = () => {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => writeUrlState(sigma.getCamera().getState()), 250);
};
sigma.getCamera().on('updated', saveUrl);

onChange((change: Change) => {
  if (change === 'style' || change === 'graph') {
    applyStyle(graph, state.colorBy, state.sizeBy);
    renderLegend(byId('legend'), graph, state.colorBy);
  }
  if (change === 'graph' || change === 'selection' || change === 'filters')
    renderFilters(byId('filters'), graph, data.documentTotal);
  if (change === 'narrowing') communities.refresh();
  if (change === 'view') void reload(undefined, true);
  else if (change === 'narrowing' || change === 'budget' || (change === 'filters' && narrowingChanged())) void reload();
  else renderer.update(change === 'filters' || change === 'graph', change === 'graph');
  if (change === 'graph') describe();
  if (change === 'graph' || change === 'view') communities.refresh();
  if (change !== 'hover' && change !== 'view') saveUrl();
});

renderLegend(byId('legend'), graph, state.colorBy);
renderFilters(byId('filters'), graph, data.documentTotal);
describe();
renderer.update(true);
if (state.selected && graph.hasNode(state.selected)) select(state.selected, !fromUrl.camera);
else if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) void panel.showEdge(state.selectedEdge);
if (state.path) {
  (byId('path-section') as HTMLDetailsElement).open = true;
  await pathPanel.sync();
}
document.body.dataset.ready = 'true';
