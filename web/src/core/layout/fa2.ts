// ForceAtlas2's input and settings, and when it has settled: pure, shared by the page and the layout worker (which
// must not pull in the rest of the page).

/** ForceAtlas2's settings (graphology-layout-forceatlas2), as the worker takes them. */
export interface FA2Settings {
  linLogMode: boolean;
  outboundAttractionDistribution: boolean;
  adjustSizes: boolean;
  edgeWeightInfluence: number;
  scalingRatio: number;
  strongGravityMode: boolean;
  gravity: number;
  slowDown: number;
  barnesHutOptimize: boolean;
  barnesHutTheta: number;
}

/**
 * fa2Settings chooses ForceAtlas2's settings to separate communities (Jacomy et al. 2014): attraction shared out by
 * degree ("dissuade hubs": a hub does not drag its leaves, nor its leaves it, into one blob, so groups tied by a few
 * brokers come apart), enough repulsion (scaling 10) to open the groups up, and Barnes–Hut above a few hundred nodes
 * (O(n log n) repulsion instead of O(n²); a coarser approximation above 5,000). LinLog was tried and left out: on
 * networks of a few hundred communities it draws long petals and takes far longer to settle.
 */
export function fa2Settings(nodes: number): FA2Settings {
  return {
    linLogMode: false,
    outboundAttractionDistribution: true,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: false,
    gravity: 1,
    slowDown: 1 + Math.log10(Math.max(nodes, 1)),
    barnesHutOptimize: nodes > 300,
    barnesHutTheta: nodes > 5000 ? 1.2 : 0.8,
  };
}

/** Node and edge matrices in graphology-layout-forceatlas2's layout (10 floats a node, 3 an edge). */
export const PPN = 10;
export const PPE = 3;

/**
 * fa2Matrices builds ForceAtlas2's input from positions (x0, y0, x1, y1, ...) and edges (pairs of node indices):
 * parallel edges become one, weighted 1 + ln(count) so that ten calls pull harder than one but not ten times harder;
 * self-loops are left out. A node's mass is 1 + its weighted degree, as in the library.
 */
export function fa2Matrices(xy: ArrayLike<number>, edges: ArrayLike<number>): { nodes: Float32Array; edges: Float32Array } {
  const n = Math.floor(xy.length / 2);
  const nodes = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) {
    nodes[i * PPN] = xy[2 * i]!;
    nodes[i * PPN + 1] = xy[2 * i + 1]!;
    nodes[i * PPN + 6] = 1;
    nodes[i * PPN + 7] = 1;
    nodes[i * PPN + 8] = 1;
  }
  const pairs = new Map<number, number>();
  const m = Math.floor(edges.length / 2);
  for (let e = 0; e < m; e++) {
    let a = edges[2 * e]!, b = edges[2 * e + 1]!;
    if (a === b || a < 0 || b < 0 || a >= n || b >= n) continue;
    if (a > b) [a, b] = [b, a];
    const k = a * n + b;
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  }
  const out = new Float32Array(pairs.size * PPE);
  let j = 0;
  for (const [k, c] of pairs) {
    const a = Math.floor(k / n), b = k % n;
    const w = 1 + Math.log(c);
    out[j] = a * PPN;
    out[j + 1] = b * PPN;
    out[j + 2] = w;
    nodes[a * PPN + 6]! += w;
    nodes[b * PPN + 6]! += w;
    j += PPE;
  }
  return { nodes, edges: out };
}

/**
 * movement is how far nodes moved between two position arrays (x0, y0, ...), on average, relative to the drawing's
 * extent: the layout stops once this stays small.
 */
export function movement(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) return 1;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, sum = 0;
  for (let i = 0; i < b.length; i += 2) {
    const x = b[i]!, y = b[i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    sum += Math.hypot(x - a[i]!, y - a[i + 1]!);
  }
  const extent = Math.hypot(maxX - minX, maxY - minY) || 1;
  return sum / (b.length / 2) / extent;
}
