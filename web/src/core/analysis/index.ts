// Measures the page computes itself on what is drawn: connected components and Borgatti's fragmentation, for the
// key-player "remove" simulation (before and after greying out the set).

/** Fragmentation facts about an undirected graph. */
export interface Fragmentation {
  nodes: number;
  components: number;
  largest: number;
  /**
   * Borgatti's (2006) fragmentation F = 1 − Σ s_k(s_k − 1) / (n(n − 1)) over component sizes s_k: the share of
   * pairs that can no longer reach each other (0 when connected, 1 when no two nodes can).
   */
  fragmentation: number;
}

/** fragmentation of the graph on ids with the given edges, leaving out the removed ids (union–find). */
export function fragmentation(ids: Iterable<string>, edges: Iterable<[string, string]>, removed: Set<string> = new Set()): Fragmentation {
  const index = new Map<string, number>();
  for (const id of ids) if (!removed.has(id) && !index.has(id)) index.set(id, index.size);
  const n = index.size;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const [a, b] of edges) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) continue;
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[ri] = rj;
  }
  const sizes = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    sizes.set(r, (sizes.get(r) ?? 0) + 1);
  }
  let pairs = 0;
  let largest = 0;
  for (const s of sizes.values()) {
    pairs += s * (s - 1);
    largest = Math.max(largest, s);
  }
  return { nodes: n, components: sizes.size, largest, fragmentation: n < 2 ? 0 : 1 - pairs / (n * (n - 1)) };
}
