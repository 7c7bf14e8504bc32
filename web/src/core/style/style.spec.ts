import { test } from 'node:test';
import assert from 'node:assert/strict';
import { densityScale, nodeSizes, MIN_SIZE, MAX_SIZE, dominantRole, categoryOf, colourScale, legend, PALETTE, OTHER, SEVERAL_CASES, KINDS, formatMoney, isRTL, summarySize, linkColour, ROLES } from './index';

test('sizes: sqrt of the score relative to the largest, missing or zero scores smallest', () => {
  const s = nodeSizes(['a', 'b', 'c', 'd'], new Map([['a', 0.8], ['b', 0.2], ['c', 0]]));
  assert.equal(s.get('a'), MAX_SIZE);
  assert.equal(s.get('c'), MIN_SIZE);
  assert.equal(s.get('d'), MIN_SIZE);
  assert.ok(Math.abs(s.get('b')! - (MIN_SIZE + (MAX_SIZE - MIN_SIZE) * 0.5)) < 1e-9, 'a quarter of the score is half the range');
  assert.deepEqual([...nodeSizes(['a'], null).values()], [MIN_SIZE]);
  assert.deepEqual([...nodeSizes(['a', 'b'], new Map([['a', 0], ['b', 0]])).values()], [MIN_SIZE, MIN_SIZE]);
  assert.ok(summarySize(800, 800) > summarySize(100, 800));
});

test('dominant brokerage role, ties to the between-group role', () => {
  assert.equal(dominantRole({ coordinator: 322, consultant: 0, gatekeeper: 41, representative: 41, liaison: 2, total: 406 }), 'coordinator');
  assert.equal(dominantRole({ coordinator: 0, consultant: 0, gatekeeper: 797, representative: 797, liaison: 854, total: 2448 }), 'liaison');
  assert.equal(dominantRole({ coordinator: 0, consultant: 0, gatekeeper: 5, representative: 5, liaison: 0, total: 10 }), 'gatekeeper');
  assert.equal(dominantRole({ coordinator: 0, consultant: 0, gatekeeper: 0, representative: 0, liaison: 0, total: 0 }), 'none');
  assert.equal(dominantRole(undefined), 'none');
});

test('categories: several cases stand out, non-persons have no role', () => {
  assert.deepEqual(categoryOf('case', { kind: 'Person', cases: ['a', 'b'] }), { key: '*', label: 'Several cases (ties cases together)' });
  assert.deepEqual(categoryOf('case', { kind: 'Person', cases: ['a'] }, { cases: new Map([['a', 'Homs']]) }), { key: 'a', label: 'Homs' });
  assert.equal(categoryOf('role', { kind: 'Phone', role: 'liaison' }).key, '');
  assert.equal(categoryOf('role', { kind: 'Person', role: 'liaison' }).key, 'liaison');
  assert.equal(categoryOf('community', { kind: 'Person', community: '3' }).label, 'Community 3');
  assert.equal(categoryOf('community', { kind: 'Person' }).key, '');
  assert.equal(categoryOf('kind', { kind: 'Phone' }).label, 'Phone');
});

test('palette is stable: by key order, not by order of appearance', () => {
  const a = colourScale('community', ['3', '1', '10', '2']);
  const b = colourScale('community', ['10', '2', '3', '1']);
  assert.deepEqual([...a].sort(), [...b].sort());
  assert.equal(a.get('1'), PALETTE[0]);
  assert.equal(a.get('2'), PALETTE[1]);
  assert.equal(a.get('10'), PALETTE[3], 'numeric order: 10 after 3');
  assert.equal(colourScale('kind', ['Person']).get('Person'), KINDS.Person!.colour);
  assert.equal(colourScale('case', ['*', 'x']).get('*'), SEVERAL_CASES);
  const many = colourScale('community', Array.from({ length: 20 }, (_, i) => String(i + 1)));
  assert.equal(many.get('13'), OTHER);
  assert.equal(new Set(PALETTE).size, PALETTE.length, 'palette colours are distinct');
});

test('legend matches the drawn categories with counts, in a fixed order', () => {
  const cats = [
    { key: 'Phone', label: 'Phone' }, { key: 'Person', label: 'Person' }, { key: 'Person', label: 'Person' }, { key: 'Case', label: 'Case' },
  ];
  assert.deepEqual(legend('kind', cats).map((i) => [i.key, i.count, i.colour]), [
    ['Person', 2, KINDS.Person!.colour], ['Case', 1, KINDS.Case!.colour], ['Phone', 1, KINDS.Phone!.colour],
  ]);
  const comm = Array.from({ length: 14 }, (_, i) => ({ key: String(i + 1), label: `c${i + 1}` })).concat([{ key: '', label: 'none' }]);
  const l = legend('community', comm);
  assert.equal(l.length, 12 + 2, 'twelve palette colours, one "Other", one "none"');
  assert.deepEqual(l.slice(-2).map((i) => [i.key, i.count]), [['~other', 2], ['', 1]]);
  const roles = legend('role', [{ key: 'none', label: '' }, { key: 'liaison', label: '' }, { key: '', label: '' }]);
  assert.deepEqual(roles.map((i) => i.key), ['liaison', 'none', '']);
  assert.equal(roles[0]!.colour, ROLES.liaison!.colour);
});

test('money, links and script direction', () => {
  assert.equal(formatMoney(224500, 'USD'), 'USD 224,500');
  assert.equal(formatMoney(1234.5, 'IQD'), 'IQD 1,234.50');
  assert.equal(formatMoney(undefined, 'USD'), 'USD');
  assert.equal(linkColour('PAID'), '#c08a00');
  assert.notEqual(linkColour('ASSOCIATE', 'call'), linkColour('ASSOCIATE', 'meeting'));
  assert.equal(isRTL('طارق جمال الحمصي'), true);
  assert.equal(isRTL('+9647700101207 أبو خليل'), true, 'digits are not strong: the first letter decides');
  assert.equal(isRTL('Abu Khaleel أبو خليل'), false);
  assert.equal(isRTL('שלום'), true);
  assert.equal(isRTL('123'), false);
});

test('crowded charts draw smaller nodes, within bounds', () => {
  assert.equal(densityScale(50), 1);
  assert.equal(densityScale(1200), 1);
  assert.ok(densityScale(4800) > 0.49 && densityScale(4800) < 0.51);
  assert.equal(densityScale(1e6), 0.35);
  assert.equal(densityScale(0), 1);
});
