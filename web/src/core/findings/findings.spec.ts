import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathsFinding, trailFinding, cyclesFinding, caseLinksFinding, paymentLink } from './index';

test('paths: all entities and links on them, hop links and time-path links alike', () => {
  const f = pathsFinding(
    [
      { length: 1, entities: [{ id: 'a', name: 'A', kind: 'Person' }, { id: 'b', name: 'B', kind: 'Person' }], hops: [{ from: 'a', to: 'b', links: [{ type: 'ASSOCIATE', subtype: 'call', source: 'b', target: 'a', first_seen: '2025-01-01' }, { id: 'fin-1', type: 'PAID', source: 'b', target: 'a' }] }] },
      { length: 2, entities: [{ id: 'a', name: 'A', kind: 'Person' }, { id: 'c', name: 'C', kind: 'Case' }, { id: 'b', name: 'B', kind: 'Person' }], hops: [{ from: 'a', to: 'c', link: { type: 'INVOLVED_IN', source: 'a', target: 'c' } }, { from: 'c', to: 'b', shared: [{ id: 'ph', name: '+1', kind: 'Phone' }] }] },
    ],
    'paths',
  );
  assert.deepEqual(f.entities.map((e) => e.id), ['a', 'b', 'c', 'ph']);
  assert.deepEqual(f.highlight.links, ['ASSOCIATE|call|b|a|2025-01-01', 'fin-1', 'INVOLVED_IN||a|c|']);
  assert.equal(f.links.length, 3);
});

test('money: payments become PAID links keyed by their id', () => {
  assert.deepEqual(paymentLink({ id: 'fin-2', from: 'a', to: 'b', amount: 5, currency: 'USD', date: '2025-01-01', channel: 'hawala' }), { id: 'fin-2', type: 'PAID', source: 'a', target: 'b', amount: 5, currency: 'USD', date: '2025-01-01', channel: 'hawala' });
  const t = trailFinding({
    start: { id: 'a', name: 'A', kind: 'Person' },
    reached: [{ id: 'b', name: 'B', kind: 'Person', hops: 1 }],
    paths: [{ parties: [{ id: 'a', name: 'A', kind: 'Person' }, { id: 'b', name: 'B', kind: 'Person' }], payments: [{ id: 'fin-1', from: 'a', to: 'b', amount: 1, currency: 'USD' }], total: [] }],
  });
  assert.deepEqual(t.highlight.nodes, ['a', 'b']);
  assert.deepEqual(t.highlight.links, ['fin-1']);
  assert.match(t.highlight.label, /1 parties reached/);
  const cy = { cycles: [
    { parties: [{ id: 'a', name: 'A', kind: 'Person' }, { id: 'b', name: 'B', kind: 'Person' }], payments: [{ id: 'f1', from: 'a', to: 'b', amount: 1, currency: 'USD' }, { id: 'f2', from: 'b', to: 'a', amount: 1, currency: 'USD' }], total: [], explanation: 'one' },
    { parties: [{ id: 'c', name: 'C', kind: 'Person' }, { id: 'd', name: 'D', kind: 'Person' }], payments: [{ id: 'f3', from: 'c', to: 'd', amount: 1, currency: 'USD' }], total: [], explanation: 'two' },
  ] };
  assert.equal(cyclesFinding(cy).highlight.nodes.length, 4);
  assert.deepEqual(cyclesFinding(cy, 1).highlight, { label: 'two', nodes: ['c', 'd'], links: ['f3'] });
});

test('case links: shared entities and bridges are highlighted', () => {
  const f = caseLinksFinding({
    case: { id: 'k1', title: 'Homs', type: 'drugs' },
    hops: 3,
    links: [{ case: { id: 'k2', title: 'Hawala', type: 'money_laundering' }, distance: 0, shared: [{ id: 'p35', name: 'A', kind: 'Person' }, { id: 'ph', name: '+9', kind: 'Phone' }], paths: [], explanation: 'shares 2' }],
    bridges: [{ id: 'p35', name: 'A', kind: 'Person', case_types: ['drugs', 'money_laundering'], explanation: 'x' }, { id: 'p96', name: 'B', kind: 'Person', case_types: ['drugs', 'weapons'], explanation: 'y' }, { id: 'p7', name: 'C', kind: 'Person', case_types: ['drugs'], explanation: 'brokers 2 ties' }],
  });
  assert.deepEqual(f.highlight.nodes, ['p35', 'ph', 'p96']);
  assert.match(f.highlight.label, /tied to 1 other case by 3 entities/);
});
