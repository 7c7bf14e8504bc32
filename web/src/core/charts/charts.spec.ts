import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Link } from '../../api/types';
import { emptyChart, replaceAll, linkKey } from '../chart/index';
import { serialise, parseSaved, restore } from './index';

const ents: Entity[] = [{ id: 'a', kind: 'Person', name: 'A' }, { id: 'b', kind: 'Person', name: 'B' }, { id: 'c', kind: 'Phone', name: '+1' }];
const links: Link[] = [{ type: 'ASSOCIATE', subtype: 'call', source: 'a', target: 'b' }, { type: 'HOLDS', source: 'a', target: 'c' }];

test('a chart saves and reopens with the same drawing and settings', () => {
  let s = replaceAll(emptyChart(), ents, [links[0]!], new Map([['a', { x: 1.234567, y: -2 }], ['b', { x: 3, y: 4 }], ['c', { x: 5, y: 6 }]]), { scope: { case: 'k1' }, selected: 'b' });
  s = { ...s, window: { from: '2025-01-01', to: '2025-03-31' }, sizeBy: 'pagerank', colourBy: 'community', hiddenTypes: ['PAID'], grades: { minGrade: 'B2', confirmedOnly: true } };
  const saved = serialise(s);
  assert.deepEqual(saved.entities, ['a', 'b', 'c']);
  assert.deepEqual(saved.positions, [1.23, -2, 3, 4, 5, 6]);
  assert.deepEqual(saved.links, [linkKey(links[0]!)]);
  const json = JSON.parse(JSON.stringify(saved));
  const parsed = parseSaved(json);
  assert.ok(typeof parsed !== 'string');
  const { state, missing } = restore(emptyChart(), parsed, [ents[1]!, ents[0]!, ents[2]!], links);
  assert.deepEqual(missing, []);
  assert.deepEqual([...state.nodes.keys()], ['a', 'b', 'c'], 'saved order');
  assert.deepEqual([state.nodes.get('a')!.x, state.nodes.get('a')!.y], [1.23, -2]);
  assert.equal(state.links.size, 1, 'the HOLDS link was not on the saved chart');
  assert.equal(state.selected, 'b');
  assert.deepEqual(state.scope, { case: 'k1' });
  assert.equal(state.sizeBy, 'pagerank');
  assert.equal(state.colourBy, 'community');
  assert.deepEqual(state.window, { from: '2025-01-01', to: '2025-03-31' });
  assert.deepEqual(state.hiddenTypes, ['PAID']);
  assert.deepEqual(state.grades, { minGrade: 'B2', confirmedOnly: true });
});

test('entities the reader can no longer see are reported missing, not drawn', () => {
  const saved = parseSaved({ entities: ['a', 'gone'], positions: [0, 0, 1, 1], links: [] });
  assert.ok(typeof saved !== 'string');
  const { state, missing } = restore(emptyChart(), saved, ents, links);
  assert.deepEqual(missing, ['gone']);
  assert.deepEqual([...state.nodes.keys()], ['a']);
});

test('bad saved states are refused or repaired', () => {
  assert.equal(typeof parseSaved(null), 'string');
  assert.equal(typeof parseSaved({ entities: [1, 2] }), 'string');
  const p = parseSaved({ entities: ['a'], positions: [1], sizeBy: 'magic', colourBy: 'kind', window: { from: 'x', to: 'y' }, scope: { case: 5 } });
  assert.ok(typeof p !== 'string');
  assert.deepEqual(p.positions, [], 'positions of the wrong length are dropped');
  assert.equal(p.sizeBy, 'betweenness');
  assert.equal(p.window, null);
  assert.deepEqual(p.scope, {});
  assert.deepEqual(p.grades, { minGrade: '', confirmedOnly: false }, 'a chart saved before grading restricts nothing');
});

test('summary nodes are not saved as entities', () => {
  const s = replaceAll(emptyChart(), [{ id: 'community:3', kind: 'Community', name: 'c' }, ents[0]!], [], new Map(), { members: new Map([['community:3', 800]]) });
  assert.deepEqual(serialise(s).entities, ['a']);
});
