// Label placement without overlaps: sigma's label grid picks candidates per cell, in grid order, so a
// small node's label could be painted first and crowd out a hub's. This wraps sigma's label drawing:
// during a frame the candidates are only collected; after the frame they are painted most important
// first (selected/neighbour z-index, then size), each right of its disc or else left of it, and only where
// it is clear of every label already painted, of the discs of more important nodes and of the page's
// overlays on the graph (breadcrumbs, the budget line). Labels that must show (`mustLabel` from the node
// reducer: a shown path's entities, the ego view's centre, the selected and hovered node) go first and
// also try above, below and a few rows up or down, so they are painted even when their places are
// crowded; the other labels then make way. The boxes are kept (viewport pixels) for the browser tests.
import { drawDiscNodeLabel, type NodeHoverDrawingFunction, type NodeLabelDrawingFunction } from 'sigma/rendering';

export interface LabelBox {
  node: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between two labels, in pixels. */
const GAP = 2;

type DrawArgs = Parameters<NodeLabelDrawingFunction>;

export interface LabelCollision {
  /** sigma's `defaultDrawNodeLabel`: queues the label for `flush`. */
  draw: NodeLabelDrawingFunction;
  /**
   * sigma's `defaultDrawNodeHover` for hovered and highlighted nodes (the selection, a path, search hits):
   * a halo only. sigma's own drew a boxed label on a layer above, outside this pass, so the labels of a
   * path's nodes covered each other and their neighbours'; those nodes' labels are forced and painted here.
   */
  drawHover: NodeHoverDrawingFunction;
  /** Forget the last frame's labels (sigma's beforeRender). */
  reset(): void;
  /** Paint the queued labels, most important first (sigma's afterRender). */
  flush(): void;
  /** The labels painted in the last frame. */
  readonly boxes: LabelBox[];
}

const hit = (a: LabelBox, b: LabelBox) =>
  a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;

/** Rows a must-show label may move up or down, beside its disc, when its own places are taken. */
const MUST_ROWS = 4;

/** Set by the node reducer on the nodes whose labels must show. */
export const mustLabel = (data: object): boolean => (data as { mustLabel?: boolean }).mustLabel === true;

/**
 * Where the label may go, best first: right of its disc (sigma's place), left of it; for a label that must
 * show, also centred above and below the disc, then right and left a row up or down, two rows, ….
 */
function labelBoxes([context, data, settings]: DrawArgs, must: boolean): LabelBox[] {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const width = context.measureText(data.label ?? '').width;
  // Same geometry as drawDiscNodeLabel: 3 px from the disc, baseline a third below centre.
  const height = settings.labelSize + 2;
  const top = data.y - (settings.labelSize * 2) / 3;
  const right = data.x + data.size + 3;
  const left = data.x - data.size - 3 - width;
  const at = (l: number, t: number): LabelBox => ({
    node: data.key,
    left: l,
    right: l + width,
    top: t,
    bottom: t + height,
  });
  const out = [at(right, top), at(left, top)];
  if (!must) return out;
  const centred = data.x - width / 2;
  out.push(at(centred, data.y - data.size - 2 - height), at(centred, data.y + data.size + 2));
  for (let row = 1; row <= MUST_ROWS; row++)
    for (const dy of [-row * height, row * height]) out.push(at(right, top + dy), at(left, top + dy));
  return out;
}

const disc = ([, d]: DrawArgs): LabelBox => ({
  node: d.key,
  left: d.x - d.size,
  right: d.x + d.size,
  top: d.y - d.size,
  bottom: d.y + d.size,
});

/** White halo with a soft shadow around the disc, as sigma's hover draws it, without the label. */
const drawHalo: NodeHoverDrawingFunction = (context, data) => {
  context.save();
  context.fillStyle = '#fff';
  context.shadowBlur = 8;
  context.shadowColor = '#000';
  context.beginPath();
  context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  context.fill();
  context.restore();
};

/** `reserved`: boxes (viewport pixels) no label may cover — the page's overlays on the graph, read per frame. */
export function createLabelCollision(reserved: () => LabelBox[] = () => []): LabelCollision {
  const boxes: LabelBox[] = [];
  const queue: DrawArgs[] = [];
  let blocked: LabelBox[] = [];
  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (data.label) queue.push([context, data, settings]);
  };
  const flush = () => {
    const order = queue
      .splice(0)
      .sort(
        ([, a], [, b]) =>
          Number(mustLabel(b)) - Number(mustLabel(a)) ||
          (b.zIndex ?? 0) - (a.zIndex ?? 0) ||
          b.size - a.size ||
          a.key.localeCompare(b.key),
      );
    const discs = order.map(disc);
    const musts = order.filter(([, d]) => mustLabel(d)).length;
    // A label may cover the disc of a less important node (the hub keeps its name), never a more important
    // one; a label that must show covers no other such node's disc.
    const clearOfDiscs = (box: LabelBox, rank: number) =>
      !discs.some((d, i) => (i < rank || (rank < musts && i < musts && i !== rank)) && hit(box, d));
    const clear = (box: LabelBox, rank: number) =>
      !boxes.some((o) => hit(box, o)) && !blocked.some((o) => hit(box, o)) && clearOfDiscs(box, rank);
    for (const [rank, args] of order.entries()) {
      const must = rank < musts;
      const places = labelBoxes(args, must);
      // Else not at all; a label that must show may, as a last resort, cover discs and the overlays, but
      // never another label.
      const box =
        places.find((b) => clear(b, rank)) ?? (must ? places.find((b) => !boxes.some((o) => hit(b, o))) : undefined);
      if (!box) continue;
      boxes.push(box);
      const [context, data, settings] = args;
      const y = box.top + (settings.labelSize * 2) / 3;
      drawDiscNodeLabel(context, { ...data, x: box.left - data.size - 3, y }, settings);
    }
  };
  const reset = () => {
    boxes.splice(0);
    queue.splice(0);
    blocked = reserved();
  };
  return { draw, drawHover: drawHalo, flush, reset, boxes };
}
