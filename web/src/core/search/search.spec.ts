import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resultRows, moveCursor, fold } from './index';

test('rows keep the server order and name the alias that matched', () => {
  const rows = resultRows(
    [
      { id: 'p9', kind: 'Person', name: 'محمد الأحمد', aliases: ['Mohammed al-Ahmad', 'Abu Ali'], cases: ['c1'] },
      { id: 'p1', kind: 'Person', name: 'Mohammed Ahmed' },
      { id: 'x', kind: 'Phone', name: '+963', aliases: ['Abu'] },
    ],
    'mohammed',
    new Set(['p1']),
  );
  assert.deepEqual(rows.map((r) => r.id), ['p9', 'p1', 'x']);
  assert.equal(rows[0]!.alias, 'Mohammed al-Ahmad');
  assert.equal(rows[1]!.alias, null, 'the name itself matched');
  assert.equal(rows[2]!.alias, null, 'no alias matched: nothing shown');
  assert.deepEqual(rows[0]!.cases, ['c1']);
  assert.equal(rows[1]!.onChart, true);
  assert.equal(fold('Mu\u0301ammad'), 'muammad');
});

test('cursor wraps through the list and back to the box', () => {
  assert.equal(moveCursor(-1, 1, 3), 0);
  assert.equal(moveCursor(2, 1, 3), -1);
  assert.equal(moveCursor(-1, -1, 3), 2);
  assert.equal(moveCursor(0, 1, 0), -1);
});
