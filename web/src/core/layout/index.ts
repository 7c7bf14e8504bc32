// Deterministic layouts computed without the worker: circle by community (the groups on a large circle, each
// group's members on a sunflower around its centre, larger groups first).
import type { Point } from '../chart/types';
import { around } from '../chart/index';

export * from './fa2';

/**
 * circleByCommunity places every id: ids of one group together, groups spread on a circle large enough that their
 * discs do not overlap. groupOf gives an id's group (ids without one share a group of their own, drawn last).
 */
export function circleByCommunity(ids: string[], groupOf: (id: string) => string | null | undefined, gap = 1): Map<string, Point> {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const g = groupOf(id) ?? '\uffff';
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(id);
  }
  const order = [...groups.entries()].sort((a, b) => {
    if (a[0] === '\uffff') return 1;
    if (b[0] === '\uffff') return -1;
    return b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1);
  });
  const radius = (n: number) => gap * (1 + 0.8 * Math.sqrt(n + 1));
  const out = new Map<string, Point>();
  if (order.length === 1) {
    const members = order[0]![1];
    around({ x: 0, y: 0 }, members.length, gap).forEach((p, i) => out.set(members[i]!, p));
    return out;
  }
  const total = order.reduce((s, [, m]) => s + 2 * radius(m.length) + gap * 2, 0);
  const R = total / (2 * Math.PI);
  let angle = 0;
  for (const [, members] of order) {
    const r = radius(members.length);
    const share = ((2 * r + gap * 2) / total) * 2 * Math.PI;
    const a = angle + share / 2;
    const c = { x: R * Math.cos(a), y: R * Math.sin(a) };
    angle += share;
    const spots = around(c, members.length, gap * 0.9);
    members.forEach((id, i) => out.set(id, i === 0 && members.length > 1 ? c : spots[i]!));
  }
  return out;
}

/**
 * labelPropagation guesses communities in the page, cheaply (a few passes over the links, O(rounds · links)), so that
 * a large network can be drawn at once grouped, before the server's communities or ForceAtlas2 are done (Raghavan et
 * al. 2007). Each node takes the label most of its neighbours carry, keeping its own on a tie; other ties, and the
 * order nodes are visited in, are decided by a fixed pseudo-random hash: visiting in index order with the smallest
 * label winning ties lets one label spread over everything. Deterministic. Returns a group index per node.
 */
export function labelPropagation(count: number, edges: ArrayLike<number>, rounds = 10): Int32Array {
  const deg = new Int32Array(count + 1);
  const m = Math.floor(edges.length / 2);
  for (let e = 0; e < m; e++) {
    const a = edges[2 * e]!, b = edges[2 * e + 1]!;
    if (a === b) continue;
    deg[a + 1]!++;
    deg[b + 1]!++;
  }
  for (let i = 0; i < count; i++) deg[i + 1]! += deg[i]!;
  const adj = new Int32Array(deg[count]!);
  const fill = deg.slice(0, count);
  for (let e = 0; e < m; e++) {
    const a = edges[2 * e]!, b = edges[2 * e + 1]!;
    if (a === b) continue;
    adj[fill[a]!++] = b;
    adj[fill[b]!++] = a;
  }
  const hash = (x: number, salt: number) => {
    let h = Math.imul(x ^ Math.imul(salt, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const order = Array.from({ length: count }, (_, i) => i);
  const label = new Int32Array(count);
  for (let i = 0; i < count; i++) label[i] = i;
  const tally = new Map<number, number>();
  for (let r = 0; r < rounds; r++) {
    order.sort((a, b) => hash(a, r + 1) - hash(b, r + 1) || a - b);
    let changed = 0;
    for (const i of order) {
      const from = deg[i]!, to = deg[i + 1]!;
      if (from === to) continue;
      tally.clear();
      for (let k = from; k < to; k++) {
        const l = label[adj[k]!]!;
        tally.set(l, (tally.get(l) ?? 0) + 1);
      }
      let max = 0;
      for (const c of tally.values()) if (c > max) max = c;
      if ((tally.get(label[i]!) ?? 0) === max) continue;
      let best = -1;
      let bestHash = -1;
      for (const [l, c] of tally) {
        if (c !== max) continue;
        const h = hash(l, i + 7919 * r);
        if (h > bestHash || (h === bestHash && l < best)) {
          best = l;
          bestHash = h;
        }
      }
      label[i] = best;
      changed++;
    }
    if (changed === 0) break;
  }
  return label;
}

/**
 * packByCommunity places groups as discs (each a sunflower of its members) packed row by row into a square, largest
 * first: a compact first drawing of a large network that ForceAtlas2 then refines. Groups smaller than minGroup share
 * one disc at the end. O(n).
 */
export function packByCommunity(ids: string[], groupOf: (id: string) => string | number | null | undefined, gap = 1, minGroup = 3): Map<string, Point> {
  const groups = new Map<string | number, string[]>();
  for (const id of ids) {
    const g = groupOf(id) ?? '\uffff';
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(id);
  }
  const rest: string[] = [];
  const big: string[][] = [];
  for (const [g, list] of groups) if (g === '\uffff' || list.length < minGroup) rest.push(...list);
  else big.push(list);
  big.sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  if (rest.length) big.push(rest);
  const radius = (n: number) => gap * (1 + 0.8 * Math.sqrt(n + 1));
  const area = big.reduce((s, m) => s + (2 * radius(m.length) + gap) ** 2, 0);
  const width = Math.max(Math.sqrt(area) * 1.05, big.length ? 2 * radius(big[0]!.length) + gap : 0);
  const out = new Map<string, Point>();
  let x = 0, y = 0, rowHeight = 0;
  const placed: { c: Point; members: string[] }[] = [];
  for (const members of big) {
    const d = 2 * radius(members.length) + gap;
    if (x > 0 && x + d > width) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    placed.push({ c: { x: x + d / 2, y: y + d / 2 }, members });
    x += d;
    rowHeight = Math.max(rowHeight, d);
  }
  const cx = width / 2, cy = (y + rowHeight) / 2;
  for (const { c, members } of placed) {
    const centre = { x: c.x - cx, y: c.y - cy };
    const spots = around(centre, members.length, gap * 0.9);
    members.forEach((id, i) => out.set(id, i === 0 && members.length > 1 ? centre : spots[i]!));
  }
  return out;
}

/**
 * mergeSmallGroups folds groups smaller than minSize into the group they have the most links with (label
 * propagation leaves fragments of a community beside it), a few passes, so that a first drawing shows communities
 * whole. labels are changed in place and returned. O(passes · links).
 */
export function mergeSmallGroups(labels: Int32Array, edges: ArrayLike<number>, minSize: number, passes = 3): Int32Array {
  for (let p = 0; p < passes; p++) {
    const size = new Map<number, number>();
    for (const l of labels) size.set(l, (size.get(l) ?? 0) + 1);
    const ties = new Map<number, Map<number, number>>();
    for (let e = 0; e + 1 < edges.length; e += 2) {
      const a = labels[edges[e]!]!, b = labels[edges[e + 1]!]!;
      if (a === b) continue;
      for (const [x, y] of [[a, b], [b, a]] as const) {
        if (size.get(x)! >= minSize) continue;
        let t = ties.get(x);
        if (!t) ties.set(x, (t = new Map()));
        t.set(y, (t.get(y) ?? 0) + 1);
      }
    }
    if (ties.size === 0) break;
    const into = new Map<number, number>();
    for (const [x, t] of ties) {
      let best = -1, bestN = 0, bestSize = 0;
      for (const [y, n] of t) {
        const sy = size.get(y)!;
        if (n > bestN || (n === bestN && (sy > bestSize || (sy === bestSize && y < best)))) {
          best = y;
          bestN = n;
          bestSize = sy;
        }
      }
      // A small group joins a larger one (or, between two small ones, the one with the smaller label), so that
      // no two groups swap into each other.
      const sx = size.get(x)!;
      if (best >= 0 && (bestSize > sx || (bestSize === sx && best < x))) into.set(x, best);
    }
    if (into.size === 0) break;
    const resolve = (l: number) => {
      for (let k = 0; k < 50 && into.has(l); k++) l = into.get(l)!;
      return l;
    };
    for (let i = 0; i < labels.length; i++) labels[i] = resolve(labels[i]!);
  }
  return labels;
}

/**
 * isolatedRow places nodes without links in rows under a drawing's box (ForceAtlas2 would fling them far out, with
 * nothing to hold them but gravity, and the whole drawing would shrink to make room for them).
 */
export function isolatedRow(count: number, box: { minX: number; maxX: number; minY: number; maxY: number }, step: number): { x: number; y: number }[] {
  const width = Math.max(box.maxX - box.minX, step);
  const perRow = Math.max(1, Math.floor(width / step) + 1);
  const out: { x: number; y: number }[] = [];
  // Graph coordinates point up (sigma draws larger y higher): "under" is below minY.
  for (let i = 0; i < count; i++) out.push({ x: box.minX + (i % perRow) * step, y: box.minY - step * (2 + Math.floor(i / perRow)) });
  return out;
}
