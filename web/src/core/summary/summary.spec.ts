import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summaryElements, isSummary, communityOf } from './index';

test('communities become big labelled nodes and counted links', () => {
  const r = summaryElements({
    summarised: true,
    reason: 'The network has 25,000 entities.',
    communities: [
      { id: '3', size: 812, label: 'Abu X and 811 others', kinds: { Phone: 112, Person: 700 }, top: [{ id: 'p1', name: 'Abu X' }] },
      { id: '7', size: 1200, label: 'Group 7' },
    ],
    community_links: [{ source: '3', target: '7', count: 41 }],
  });
  assert.deepEqual(r.entities.map((e) => e.id), ['community:3', 'community:7']);
  assert.equal(r.entities[0]!.name, 'Abu X and 811 others · 812');
  assert.equal(r.entities[1]!.name, 'Group 7 · 1,200');
  assert.equal(r.entities[0]!.properties!.kinds, '700 Person, 112 Phone');
  assert.equal(r.members.get('community:7'), 1200);
  assert.deepEqual(r.links, [{ id: 'community:3->7', type: 'COMMUNITY_LINK', source: 'community:3', target: 'community:7', weight: 41 }]);
  assert.equal(isSummary('community:3'), true);
  assert.equal(isSummary('p1'), false);
  assert.equal(communityOf('community:3'), '3');
  assert.equal(communityOf('p1'), null);
});
