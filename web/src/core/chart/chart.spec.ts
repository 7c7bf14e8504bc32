import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Link } from '../../api/types';
import { addElements, emptyChart, isDirected, linkKey, removeNodes, replaceAll, select, undo, setPositions, neighbours, linkTypes, toggleType, spacing, HISTORY, around, DEFAULT_HIDDEN, hiddenNodes, shownLinks, degrees, typesParam } from './index';

const person = (id: string, name = id): Entity => ({ id, kind: 'Person', name });
const call = (s: string, t: string, first = '2025-01-01'): Link => ({ type: 'ASSOCIATE', subtype: 'call', source: s, target: t, first_seen: first });
const paid = (id: string, s: string, t: string): Link => ({ id, type: 'PAID', source: s, target: t, amount: 10, currency: 'USD', date: '2025-02-03' });

test('directedness follows the contract', () => {
  assert.equal(isDirected({ type: 'ASSOCIATE', subtype: 'call' }), true);
  assert.equal(isDirected({ type: 'ASSOCIATE', subtype: 'meeting' }), false);
  assert.equal(isDirected({ type: 'ASSOCIATE' }), false);
  assert.equal(isDirected({ type: 'SAME_AS' }), false);
  assert.equal(isDirected({ type: 'PAID' }), true);
  assert.equal(isDirected({ type: 'MEMBER_OF' }), true);
});

test('link keys are stable across routes: id when present, else type|subtype|ends|first date', () => {
  assert.equal(linkKey(paid('fin-1', 'a', 'b')), 'fin-1');
  assert.equal(linkKey(call('a', 'b')), 'ASSOCIATE|call|a|b|2025-01-01');
  assert.notEqual(linkKey(call('a', 'b')), linkKey(call('b', 'a')));
  assert.equal(linkKey({ type: 'MEMBER_OF', source: 'a', target: 'o' }), 'MEMBER_OF||a|o|');
});

test('adding keeps existing positions and places new nodes around the expanded one', () => {
  let s = replaceAll(emptyChart(), [person('a'), person('b'), person('c')], [call('a', 'b')], new Map([['a', { x: 0, y: 0 }], ['b', { x: 10, y: 0 }], ['c', { x: 0, y: 10 }]]));
  const before = new Map([...s.nodes].map(([id, n]) => [id, { x: n.x, y: n.y }]));
  s = addElements(s, [person('a', 'A renamed'), person('d'), person('e')], [call('a', 'd'), call('a', 'e'), call('d', 'zzz')], { near: 'a' });
  for (const [id, p] of before) assert.deepEqual({ x: s.nodes.get(id)!.x, y: s.nodes.get(id)!.y }, p, `${id} kept its place`);
  assert.equal(s.nodes.get('a')!.entity.name, 'A renamed', 'data refreshed');
  assert.equal(s.nodes.size, 5);
  assert.equal(s.links.size, 3, 'a link to an entity not drawn is left out');
  const step = spacing(new Map([...s.nodes].filter(([id]) => before.has(id))));
  for (const id of ['d', 'e']) {
    const n = s.nodes.get(id)!;
    const d = Math.hypot(n.x, n.y);
    assert.ok(d > 0.5 * step && d < 4 * step, `${id} is near a (distance ${d}, spacing ${step})`);
  }
  assert.notDeepEqual({ x: s.nodes.get('d')!.x, y: s.nodes.get('d')!.y }, { x: s.nodes.get('e')!.x, y: s.nodes.get('e')!.y });
});

test('undo restores the drawing before an add or a removal', () => {
  let s = addElements(emptyChart(), [person('a')], [], { select: 'a' });
  assert.deepEqual({ x: s.nodes.get('a')!.x, y: s.nodes.get('a')!.y }, { x: 0, y: 0 }, 'a first lone node goes in the middle');
  assert.equal(s.selected, 'a');
  s = addElements(s, [person('b')], [call('a', 'b')], { near: 'a' });
  s = removeNodes(s, ['a']);
  assert.equal(s.nodes.has('a'), false);
  assert.equal(s.links.size, 0, 'links go with their ends');
  assert.equal(s.selected, null, 'a removed selection is cleared');
  s = undo(s);
  assert.deepEqual([...s.nodes.keys()], ['a', 'b']);
  assert.equal(s.links.size, 1);
  s = undo(s);
  assert.deepEqual([...s.nodes.keys()], ['a']);
  s = undo(undo(s));
  assert.equal(s.nodes.size, 0);
  assert.equal(undo(s), s, 'nothing left to undo');
});

test('undo history is bounded', () => {
  let s = emptyChart();
  for (let i = 0; i < HISTORY + 10; i++) s = addElements(s, [person(`n${i}`)], []);
  assert.equal(s.past.length, HISTORY);
});

test('select only selects what is drawn; positions from a layout are recorded', () => {
  let s = addElements(emptyChart(), [person('a'), person('b')], [call('a', 'b')]);
  assert.equal(select(s, 'nope').selected, null);
  s = select(s, 'b');
  assert.equal(s.selected, 'b');
  s = setPositions(s, new Map([['b', { x: 5, y: 6 }], ['ghost', { x: 1, y: 1 }], ['a', { x: NaN, y: 0 }]]));
  assert.deepEqual([s.nodes.get('b')!.x, s.nodes.get('b')!.y], [5, 6]);
  assert.ok(Number.isFinite(s.nodes.get('a')!.x));
  assert.equal(s.nodes.has('ghost'), false);
  assert.deepEqual([...neighbours(s, 'a')], ['b']);
});

test('type filter counts and toggles', () => {
  const s = addElements(emptyChart(), [person('a'), person('b'), person('c')], [call('a', 'b'), call('b', 'c'), paid('f1', 'a', 'c'), { type: 'ASSOCIATE', subtype: 'meeting', source: 'a', target: 'c' }]);
  assert.deepEqual([...linkTypes(s)], [['ASSOCIATE/call', 2], ['ASSOCIATE/meeting', 1], ['PAID', 1]]);
  assert.deepEqual(s.hiddenTypes, DEFAULT_HIDDEN, 'a new chart hides "involved in case"');
  const h = toggleType(s, 'PAID');
  assert.deepEqual(h.hiddenTypes, [...DEFAULT_HIDDEN, 'PAID']);
  assert.deepEqual(toggleType(h, 'PAID').hiddenTypes, DEFAULT_HIDDEN);
});

test('case nodes are hidden while none of their links is shown; shown links and degrees follow the filter', () => {
  const kase: Entity = { id: 'k', kind: 'Case', name: 'Case K' };
  const involved = (id: string): Link => ({ type: 'INVOLVED_IN', source: id, target: 'k' });
  let s = replaceAll(emptyChart(), [person('a'), person('b'), person('c'), kase], [call('a', 'b'), involved('a'), involved('b'), involved('c')], new Map());
  assert.deepEqual([...hiddenNodes(s)], ['k']);
  const shown = shownLinks(s, hiddenNodes(s));
  assert.deepEqual(shown.map((l) => l.link.type), ['ASSOCIATE']);
  assert.deepEqual([...degrees(shown)], [['a', 1], ['b', 1]]);
  s = toggleType(s, 'INVOLVED_IN');
  assert.equal(hiddenNodes(s).size, 0, 'shown again with its links');
  assert.equal(shownLinks(s, hiddenNodes(s)).length, 4);
  assert.equal(hiddenNodes(toggleType(s, 'ASSOCIATE/call')).size, 0, 'other types do not matter');
});

test('types= for the server: everything but what is hidden', () => {
  assert.equal(typesParam([]), undefined);
  const t = typesParam(['INVOLVED_IN'])!.split(',');
  assert.ok(!t.includes('INVOLVED_IN') && t.includes('ASSOCIATE') && t.includes('PAID') && t.includes('HOLDS'));
  assert.ok(!t.includes('call'), 'ASSOCIATE covers its subtypes');
  const u = typesParam(['INVOLVED_IN', 'ASSOCIATE/call'])!.split(',');
  assert.ok(!u.includes('ASSOCIATE') && !u.includes('call') && u.includes('meeting') && u.includes('family'));
  assert.ok(!typesParam(['ASSOCIATE'])!.split(',').some((x) => x === 'ASSOCIATE' || x === 'meeting'));
});

test('sunflower placement is spread out', () => {
  const pts = around({ x: 0, y: 0 }, 50, 1);
  let min = Infinity;
  for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) min = Math.min(min, Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y));
  assert.ok(min > 0.3, `closest pair ${min}`);
});
