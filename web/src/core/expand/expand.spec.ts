import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Neighbourhood } from '../../api/types';
import { offer, choose, describeGroup } from './index';
import { linkKey } from '../chart/index';

const n: Neighbourhood = {
  id: 'p1',
  depth: 1,
  entities: [
    { id: 'p1', kind: 'Person', name: 'A' },
    { id: 'p2', kind: 'Person', name: 'B' },
    { id: 'p3', kind: 'Person', name: 'C' },
    { id: 'ph', kind: 'Phone', name: '+963' },
    { id: 'org', kind: 'Organisation', name: 'O' },
  ],
  links: [
    { type: 'ASSOCIATE', subtype: 'call', source: 'p1', target: 'p2', first_seen: '2025-01-01' },
    { type: 'ASSOCIATE', subtype: 'call', source: 'p3', target: 'p1', first_seen: '2025-02-01' },
    { type: 'ASSOCIATE', subtype: 'meeting', source: 'p1', target: 'p3' },
    { type: 'ASSOCIATE', subtype: 'call', source: 'p2', target: 'p3', first_seen: '2025-03-01' },
    { type: 'HOLDS', source: 'p1', target: 'ph' },
    { type: 'MEMBER_OF', source: 'p1', target: 'org' },
    { id: 'fin-1', type: 'PAID', source: 'p2', target: 'p1', amount: 5, currency: 'USD' },
    { type: 'ASSOCIATE', subtype: 'call', source: 'p2', target: 'nowhere' },
  ],
};

test('offer counts links per type and the new entities each would add', () => {
  const drawn = new Set(['p1', 'org']);
  const drawnLinks = new Set([linkKey(n.links[5]!)]);
  const o = offer(n, drawn, drawnLinks);
  assert.equal(o.newEntities, 3, 'p2, p3, ph');
  const g = Object.fromEntries(o.groups.map((x) => [x.key, [x.links, x.newEntities]]));
  assert.deepEqual(g, { 'ASSOCIATE/call': [3, 2], 'ASSOCIATE/meeting': [1, 1], HOLDS: [1, 1], PAID: [1, 1] });
  assert.equal(o.groups[0]!.key, 'ASSOCIATE/call', 'the type that adds most comes first');
  assert.equal(o.groups.some((x) => x.key === 'MEMBER_OF'), false, 'nothing new: not offered');
});

test('choose adds the reached entities and the chosen links among what will be drawn', () => {
  const drawn = new Set(['p1']);
  const r = choose(n, new Set(['ASSOCIATE/call']), drawn);
  assert.deepEqual(r.entities.map((e) => e.id).sort(), ['p2', 'p3']);
  assert.equal(r.links.length, 3, 'p1-p2, p3-p1 and p2-p3 (calls only, no link to an unknown end)');
  assert.ok(r.links.every((l) => l.subtype === 'call'));
  const none = choose(n, new Set(), drawn);
  assert.deepEqual(none, { entities: [], links: [] });
  const fromNothing = choose(n, new Set(['HOLDS']), new Set());
  assert.deepEqual(fromNothing.entities.map((e) => e.id), ['p1', 'ph'], 'the centre comes too when it is not drawn');
  assert.equal(describeGroup({ type: 'ASSOCIATE', subtype: 'call' }), 'call');
  assert.equal(describeGroup({ type: 'PAID' }), 'payment');
});
