import { test } from 'node:test';
import assert from 'node:assert/strict';
import { histogram, brush, step, inWindow, monthRange, lastDay, nextMonth, span, windowMonths, describe, month } from './index';

test('months and days', () => {
  assert.equal(nextMonth('2025-12'), '2026-01');
  assert.deepEqual(monthRange('2025-11', '2026-02'), ['2025-11', '2025-12', '2026-01', '2026-02']);
  assert.deepEqual(monthRange('2026-02', '2025-11'), []);
  assert.equal(lastDay('2024-02'), '2024-02-29');
  assert.equal(lastDay('2025-02'), '2025-02-28');
  assert.equal(lastDay('2025-12'), '2025-12-31');
  assert.equal(month('2025-07-14T10:00:00Z'), '2025-07');
  assert.equal(month('yesterday'), null);
});

test('a link spans its date, or first_seen..last_seen', () => {
  assert.deepEqual(span({ date: '2025-04-25' }), { from: '2025-04-25', to: '2025-04-25' });
  assert.deepEqual(span({ first_seen: '2025-01-05', last_seen: '2025-07-24' }), { from: '2025-01-05', to: '2025-07-24' });
  assert.deepEqual(span({ last_seen: '2025-07-24' }), { from: '2025-07-24', to: '2025-07-24' });
  assert.equal(span({}), null);
});

test('histogram by month: links counted in the month they start, the range running to the last date, gaps kept', () => {
  const h = histogram([
    { date: '2025-01-19' },
    { date: '2025-01-31' },
    { first_seen: '2025-01-05', last_seen: '2025-03-02' },
    { date: '2025-06-01' },
    {},
  ]);
  assert.deepEqual(h.months, ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
  assert.deepEqual(h.counts, [3, 0, 0, 0, 0, 1]);
  assert.deepEqual(histogram([{ first_seen: '2025-01-05', last_seen: '2025-03-02' }]).months, ['2025-01', '2025-02', '2025-03'], 'the range covers the last date');
  assert.equal(h.undated, 1);
  assert.deepEqual(histogram([]), { months: [], counts: [], undated: 0 });
});

test('brushing gives whole months, in either drag direction, clamped', () => {
  const months = ['2025-11', '2025-12', '2026-01', '2026-02'];
  assert.deepEqual(brush(months, 2, 1), { from: '2025-12-01', to: '2026-01-31' });
  assert.deepEqual(brush(months, -3, 99), { from: '2025-11-01', to: '2026-02-28' });
  assert.equal(brush([], 0, 0), null);
  assert.deepEqual(windowMonths(months, { from: '2025-12-01', to: '2026-01-31' }), [1, 2]);
  assert.equal(windowMonths(months, { from: '2027-01-01', to: '2027-02-01' }), null);
});

test('stepping moves the window a month at a time keeping its width, and stops at the end', () => {
  const months = ['2025-11', '2025-12', '2026-01', '2026-02'];
  let w = step(months, null);
  assert.deepEqual(w, { from: '2025-11-01', to: '2025-11-30' });
  w = step(months, brush(months, 0, 1));
  assert.deepEqual(w, { from: '2025-12-01', to: '2026-01-31' });
  w = step(months, w);
  assert.deepEqual(w, { from: '2026-01-01', to: '2026-02-28' });
  assert.equal(step(months, w), null);
});

test('in window: overlap of spans; undated links always in', () => {
  const w = { from: '2025-12-01', to: '2025-12-31' };
  assert.equal(inWindow({ date: '2025-12-31' }, w), true);
  assert.equal(inWindow({ date: '2026-01-01' }, w), false);
  assert.equal(inWindow({ first_seen: '2025-01-01', last_seen: '2026-03-01' }, w), true);
  assert.equal(inWindow({ first_seen: '2025-01-01', last_seen: '2025-11-30' }, w), false);
  assert.equal(inWindow({}, w), true);
  assert.equal(inWindow({ date: '1999-01-01' }, null), true);
  assert.equal(describe({ from: '2025-11-01', to: '2026-02-28' }), 'Nov 2025 – Feb 2026');
  assert.equal(describe({ from: '2025-11-01', to: '2025-11-30' }), 'Nov 2025');
  assert.equal(describe(null), 'All time');
});
