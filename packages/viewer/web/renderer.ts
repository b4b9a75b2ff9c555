// Sigma setup: label culling, hover/selection neighbourhoods, filters and highlights via reducers.
// Reducers are installed only while something needs them, so a plain view renders at bare-Sigma speed.
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { currentCrumb, state } from './app-state.js';
import type { EdgeAttrs, KgGraph, NodeAttrs } from './build-graph.js';
import { DIM_COLOR, HIGHLIGHT_COLOR, NEW_COLOR } from './palette.js';
import { computeVisible, type Visible } from './visibility.js';
import { createLabelCollision, type LabelBox } from './label-collision.js';

/** Above this many edges, edge picking and arrow heads cost more than they give (arrows double the edge
 * programs: a 20k-edge refresh measured 1.39× bare Sigma with them). */
const RICH_EDGE_LIMIT = 10_000;

export interface Renderer {
  sigma: Sigma<NodeAttrs, EdgeAttrs>;
  /** Re-evaluates filters (when `filters` is true) and highlights, then redraws; `graphChanged` re-indexes. */
  update(filters?: boolean, graphChanged?: boolean): void;
  centreOn(id: string, ratio?: number): void;
  /** The node labels painted in the last frame (viewport pixels; none overlap). */
  labelBoxes(): LabelBox[];
}

/** The boxes of what the page lays over the graph (`.over-graph` children: breadcrumbs, budget line). */
function overlayBoxes(container: HTMLElement): LabelBox[] {
  const origin = container.getBoundingClientRect();
  return [...container.querySelectorAll<HTMLElement>('.over-graph > *')].flatMap((node) => {
    const r = node.getBoundingClientRect();
    if (node.hidden || !r.width || !r.height) return [];
    const at = { left: r.left - origin.left, top: r.top - origin.top };
    return [{ node: node.id, ...at, right: at.left + r.width, bottom: at.top + r.height }];
  });
}

export function createRenderer(container: HTMLElement, graph: KgGraph): Renderer {
  const rich = graph.size <= RICH_EDGE_LIMIT;
  const labels = createLabelCollision(() => overlayBoxes(container));
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    defaultEdgeType: rich ? 'arrow' : 'line',
    enableEdgeEvents: rich,
    renderEdgeLabels: false,
    // The grid offers candidates generously; createLabelCollision drops the ones that would overlap.
    labelDensity: 1,
    labelGridCellSize: 60,
    defaultDrawNodeLabel: labels.draw,
    defaultDrawNodeHover: labels.drawHover,
    // Small graphs label every node the grid has room for; big ones only the larger nodes.
    labelRenderedSizeThreshold: graph.order <= 500 ? 0 : 7,
    labelSize: 12,
    labelFont: 'system-ui, sans-serif',
    stagePadding: 40,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
  });
  sigma.on('beforeRender', labels.reset);
  sigma.on('afterRender', labels.flush);
  // sigma's constructor already rendered once, before these listeners: paint that frame's labels.
  labels.flush();
  let visible: Visible | null = null;

  const nodeReducer = (node: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    const res: Partial<NodeDisplayData> & { mustLabel?: boolean } = { ...data };
    if (visible && !visible.nodes.has(node)) return { ...res, hidden: true };
    const focus = state.hovered ?? state.selected;
    const near = focus !== null && (node === focus || graph.areNeighbors(node, focus));
    const hl = state.highlightNodes;
    const crumb = currentCrumb();
    // Labels that always show (label-collision.ts paints them first, elsewhere if their place is taken):
    // the shown path's entities, the ego view's centre, the hovered and the selected node.
    const must =
      node === state.hovered ||
      node === state.selected ||
      (crumb?.kind === 'ego' && crumb.id === node) ||
      (hl.has(node) && state.pathNodes.has(node));
    if (!must && ((focus !== null && !near) || (focus === null && hl.size > 0 && !hl.has(node)))) {
      res.color = DIM_COLOR;
      res.label = '';
      res.zIndex = 0;
    } else if (focus !== null || hl.has(node)) {
      res.forceLabel = true;
      res.zIndex = 1;
    }
    if (hl.has(node)) res.highlighted = true;
    if (state.freshNodes.has(node)) Object.assign(res, { color: NEW_COLOR, forceLabel: true, zIndex: 2 });
    if (must) Object.assign(res, { forceLabel: true, mustLabel: true, zIndex: Math.max(res.zIndex ?? 0, 2) });
    // The hovered and the selected node are labelled first (their labels come from the collision pass).
    if (node === state.hovered) Object.assign(res, { zIndex: 3 });
    if (node === state.selected) Object.assign(res, { highlighted: true, zIndex: 3 });
    return res;
  };

  const edgeReducer = (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> => {
    const res: Partial<EdgeDisplayData> = { ...data };
    if (visible && !visible.edges.has(edge)) return { ...res, hidden: true };
    const focus = state.hovered ?? state.selected;
    if (focus !== null && !graph.hasExtremity(edge, focus)) res.hidden = true;
    else if (focus !== null && !data.disputed) res.color = '#7a7f87';
    if (state.highlightEdges.has(edge) || edge === state.selectedEdge)
      Object.assign(res, { color: HIGHLIGHT_COLOR, size: (data.size ?? 1) * 2, hidden: false, zIndex: 2 });
    else if (focus === null && state.highlightNodes.size > 0) res.color = DIM_COLOR;
    if (state.freshEdges.has(edge)) Object.assign(res, { color: NEW_COLOR, zIndex: 2 });
    return res;
  };

  function needsReducers(): boolean {
    return (
      visible !== null ||
      state.hovered !== null ||
      state.selected !== null ||
      state.selectedEdge !== null ||
      currentCrumb()?.kind === 'ego' ||
      state.highlightNodes.size > 0 ||
      state.highlightEdges.size > 0 ||
      state.freshNodes.size > 0 ||
      state.freshEdges.size > 0
    );
  }

  let installed = false;
  return {
    sigma,
    update(filters = false, graphChanged = false) {
      if (filters) visible = computeVisible(graph, state.filters);
      const want = needsReducers();
      if (want !== installed) {
        installed = want;
        // setSettings refreshes by itself.
        sigma.setSettings({
          nodeReducer: want ? nodeReducer : null,
          edgeReducer: want ? edgeReducer : null,
          zIndex: want,
        });
      } else if (graphChanged) sigma.refresh();
      else if (want) sigma.refresh({ skipIndexation: true });
      // Otherwise nothing to do: sigma redraws by itself when graph attributes change.
    },
    labelBoxes: () => labels.boxes.map((b) => ({ ...b })),
    centreOn(id, ratio = 0.35) {
      // Display positions are normalised when sigma processes the graph, i.e. at the next render: read
      // before it (right after load or a refresh) they are raw graph coordinates and the camera flies off.
      sigma.once('afterRender', () => {
        const d = sigma.getNodeDisplayData(id);
        if (!d) return;
        const cam = sigma.getCamera();
        void cam.animate({ x: d.x, y: d.y, ratio: Math.min(cam.ratio, ratio) }, { duration: 400 });
      });
      sigma.scheduleRender();
    },
  };
}
