import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemLines, problemMessage } from './index';

test('problem entries read "field: reason", with file:line when given', () => {
  assert.deepEqual(
    problemLines({ problems: [{ field: 'from', reason: 'not a date (YYYY-MM-DD)' }, { file: 'suspects.csv', line: 7, field: 'birth_date', reason: 'bad' }, { reason: 'plain' }] }),
    ['from: not a date (YYYY-MM-DD)', 'suspects.csv:7 birth_date: bad', 'plain'],
  );
  assert.deepEqual(problemLines(null), []);
  assert.deepEqual(problemLines({ detail: 'x' }), []);
});

test('a 404 on a chart never says whether it exists', () => {
  assert.equal(problemMessage(404, { detail: 'no chart ch_1' }, 'chart'), 'Chart not found (or not visible to you).');
  assert.equal(problemMessage(404, { detail: 'no entity x' }), 'Not found: no entity x');
});

test('statuses map to readable sentences', () => {
  assert.match(problemMessage(401, null), /session has ended/);
  assert.match(problemMessage(403, { detail: 'needs the analyst role' }), /analyst role/);
  assert.match(problemMessage(429, null), /Too many requests/);
  assert.match(problemMessage(503, null), /unavailable/);
  assert.match(problemMessage(413, null), /too large/);
  assert.equal(problemMessage(400, { title: 'Bad Request', detail: 'measure: unknown' }), 'measure: unknown');
  assert.equal(problemMessage(500, null), 'The server failed (HTTP 500).');
  assert.match(problemMessage(0, null), /cannot be reached/);
});
