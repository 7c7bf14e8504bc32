import { test } from 'node:test';
import assert from 'node:assert/strict';
import { circleByCommunity } from './index';

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
