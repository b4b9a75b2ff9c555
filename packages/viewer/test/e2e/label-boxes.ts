// E2E helper: the label boxes the page reports (__kgViewer.labelBoxes) and the check that no two overlap.
export interface Box {
  node: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Throws naming the first two painted labels whose boxes overlap. */
export function expectNoOverlap(boxes: Box[]): void {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      if (overlap) throw new Error(`labels of ${a.node} and ${b.node} overlap: ${JSON.stringify([a, b])}`);
    }
}
