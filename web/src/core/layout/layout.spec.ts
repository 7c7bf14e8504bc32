import { test } from 'node:test';
import assert from 'node:assert/strict';
import { circleByCommunity, isolatedRow, fa2Matrices, fa2Settings, labelPropagation, mergeSmallGroups, movement, packByCommunity, PPE, PPN } from './index';

test('circle by community keeps each community together and apart from the others', () => {
  const ids: string[] = [];
  const group = new Map<string, string>();
  for (const [g, n] of [['1', 30], ['2', 12], ['3', 5]] as const) for (let i = 0; i < n; i++) { ids.push(`${g}-${i}`); group.set(`${g}-${i}`, g); }
  ids.push('loner');
  const pos = circleByCommunity(ids, (id) => group.get(id));
  assert.equal(pos.size, ids.length);
  const centre = (g: string) => {
    const ps = ids.filter((id) => group.get(id) === g).map((id) => pos.get(id)!);
    return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
  };
  const c = { '1': centre('1'), '2': centre('2'), '3': centre('3') };
  for (const id of ids) {
    const g = group.get(id) as '1' | '2' | '3' | undefined;
    if (!g) continue;
    const p = pos.get(id)!;
    const own = Math.hypot(p.x - c[g].x, p.y - c[g].y);
    for (const o of ['1', '2', '3'] as const) if (o !== g) assert.ok(own < Math.hypot(p.x - c[o].x, p.y - c[o].y), `${id} nearer its own group`);
  }
  const again = circleByCommunity(ids, (id) => group.get(id));
  assert.deepEqual([...again], [...pos], 'deterministic');
  for (const p of pos.values()) assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y));
});

test('one group, or none, is a single sunflower', () => {
  const pos = circleByCommunity(['a', 'b', 'c'], () => null);
  assert.equal(pos.size, 3);
  assert.equal(new Set([...pos.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size, 3);
});

/** Two cliques of n joined by one link, as edge pairs of indices. */
function twoCliques(n: number): number[] {
  const e: number[] = [];
  for (const base of [0, n]) for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) e.push(base + i, base + j);
  e.push(0, n);
  return e;
}

test('label propagation finds planted groups, deterministically', () => {
  const e = twoCliques(12);
  const a = labelPropagation(24, e);
  assert.deepEqual(a, labelPropagation(24, e), 'same answer twice');
  assert.equal(new Set(a.slice(0, 12)).size, 1, 'first clique one group');
  assert.equal(new Set(a.slice(12)).size, 1, 'second clique one group');
  assert.notEqual(a[0], a[12]);
  const lonely = labelPropagation(3, []);
  assert.deepEqual([...lonely], [0, 1, 2], 'isolated nodes keep their own label');
});

test('small groups fold into the group they have most links with', () => {
  const labels = Int32Array.from([5, 5, 5, 5, 9, 7]);
  const edges = [0, 1, 1, 2, 2, 3, 4, 0, 4, 1, 5, 4];
  mergeSmallGroups(labels, edges, 2);
  assert.deepEqual([...labels], [5, 5, 5, 5, 5, 5], 'a fragment joins, and so does the fragment tied to it');
  const alone = Int32Array.from([1, 2]);
  assert.deepEqual([...mergeSmallGroups(alone, [], 3)], [1, 2], 'no links, nothing to fold');
});

test('packing groups: each group together, nothing on top of anything', () => {
  const ids = Array.from({ length: 60 }, (_, i) => `n${i}`);
  const pos = packByCommunity(ids, (id) => Number(id.slice(1)) % 3);
  assert.equal(pos.size, 60);
  const keys = new Set([...pos.values()].map((p) => `${p.x.toFixed(4)},${p.y.toFixed(4)}`));
  assert.equal(keys.size, 60, 'no two nodes at the same place');
});

test('ForceAtlas2 input: parallel links merge, self-loops dropped, mass is 1 + weighted degree', () => {
  const m = fa2Matrices([0, 0, 1, 0, 0, 1], [0, 1, 1, 0, 0, 1, 2, 2, 1, 2]);
  assert.equal(m.nodes.length, 3 * PPN);
  assert.equal(m.edges.length, 2 * PPE, 'a–b three times is one edge, c–c is dropped');
  const w = m.edges[2]!;
  assert.ok(Math.abs(w - (1 + Math.log(3))) < 1e-6);
  assert.ok(Math.abs(m.nodes[6]! - (1 + w)) < 1e-6, 'mass of a');
  assert.equal(movement([0, 0, 10, 0], [0, 0, 10, 0]), 0);
  assert.ok(movement([0, 0, 10, 0], [1, 0, 10, 0]) > 0);
  const s = fa2Settings(10000);
  assert.equal(s.barnesHutOptimize, true);
  assert.equal(fa2Settings(50).barnesHutOptimize, false);
});

test('nodes without links line up under the drawing, inside its width', () => {
  const box = { minX: 0, maxX: 10, minY: 0, maxY: 10 };
  const row = isolatedRow(25, box, 2);
  assert.equal(row.length, 25);
  for (const p of row) assert.ok(p.y < box.minY && p.x >= box.minX && p.x <= box.maxX, 'below the drawing (y points up)');
  assert.equal(new Set(row.map((p) => `${p.x},${p.y}`)).size, 25);
});
