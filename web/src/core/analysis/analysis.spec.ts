import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fragmentation } from './index';

test('a star falls apart when its hub is removed', () => {
  const ids = ['h', 'a', 'b', 'c', 'd'];
  const edges: [string, string][] = [['h', 'a'], ['h', 'b'], ['h', 'c'], ['h', 'd']];
  assert.deepEqual(fragmentation(ids, edges), { nodes: 5, components: 1, largest: 5, fragmentation: 0 });
  assert.deepEqual(fragmentation(ids, edges, new Set(['h'])), { nodes: 4, components: 4, largest: 1, fragmentation: 1 });
});

test('two triangles joined by a bridge: removing the bridge end splits 6 into 3+2', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const edges: [string, string][] = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'd'], ['x', 'a']];
  const after = fragmentation(ids, edges, new Set(['d']));
  assert.equal(after.components, 2);
  assert.equal(after.largest, 3);
  assert.ok(Math.abs(after.fragmentation - (1 - (3 * 2 + 2 * 1) / (5 * 4))) < 1e-12);
  assert.deepEqual(fragmentation([], []), { nodes: 0, components: 0, largest: 0, fragmentation: 0 });
});
