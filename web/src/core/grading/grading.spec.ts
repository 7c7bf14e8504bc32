import { test } from 'node:test';
import assert from 'node:assert/strict';
import { active, confidenceOf, describe, gradingText, gradingTooltip, keepsEntity, keepsLink, key, LINE_STYLES, meets, params, parseGrades, restrictionNote, system } from './index';

test('confidence: unstated is confirmed, any case, unknown words too', () => {
  assert.equal(confidenceOf(undefined), 'confirmed');
  assert.equal(confidenceOf({}), 'confirmed');
  assert.equal(confidenceOf({ confidence: 'Unconfirmed' }), 'unconfirmed');
  assert.equal(confidenceOf({ confidence: 'tentative' }), 'tentative');
  assert.equal(confidenceOf({ confidence: 'maybe' }), 'confirmed');
  assert.deepEqual([LINE_STYLES.confirmed.dash, LINE_STYLES.unconfirmed.dash, LINE_STYLES.tentative.dash], [0, 1, 2]);
  assert.deepEqual([LINE_STYLES.confirmed.css, LINE_STYLES.unconfirmed.css, LINE_STYLES.tentative.css], ['solid', 'dashed', 'dotted']);
});

// The same cases as grading_test.go's GradeFilter table: the page hides what the server leaves out.
test('minimum grade: source and information both reach the bar, X and E rank last', () => {
  const g = (s?: string, i?: string) => ({ ...(s ? { source_grade: s } : {}), ...(i ? { info_grade: i } : {}) });
  assert.equal(meets('B2', g('A', '1')).ok, true);
  assert.equal(meets('B2', g('B', '2')).ok, true);
  assert.equal(meets('B2', g('B', '3')).ok, false);
  assert.equal(meets('B2', g('C', '1')).ok, false);
  assert.equal(meets('B2', g('X', '1')).ok, false);
  assert.equal(meets('C', g('E', '1')).ok, false);
  assert.equal(meets('B', g('B', '4')).ok, true, 'a source grade alone says nothing of the information');
  assert.equal(meets('2', g('C', '2')).ok, true, 'an information grade alone says nothing of the source');
  assert.deepEqual(meets('B2', g('B')), { ok: false, ungraded: true });
  assert.deepEqual(meets('B', g(undefined, '1')), { ok: false, ungraded: true });
  assert.deepEqual(meets('', {}), { ok: true, ungraded: false });
});

test('keeps: an ungraded entity stays, an ungraded link goes; confirmed only drops the rest', () => {
  const b2 = { minGrade: 'B2', confirmedOnly: false };
  const conf = { minGrade: '', confirmedOnly: true };
  assert.equal(keepsEntity(b2, {}), true);
  assert.equal(keepsEntity(b2, { source_grade: 'C', info_grade: '3' }), false);
  assert.equal(keepsLink(b2, {}), false);
  assert.equal(keepsLink(b2, { source_grade: 'A', info_grade: '2', confidence: 'tentative' }), true);
  assert.equal(keepsLink(conf, { confidence: 'unconfirmed' }), false);
  assert.equal(keepsLink(conf, {}), true);
  assert.equal(keepsLink({ minGrade: 'B2', confirmedOnly: true }, { source_grade: 'A', info_grade: '1', confidence: 'tentative' }), false);
});

test('parameters, keys and saved settings', () => {
  assert.deepEqual(params({ minGrade: '', confirmedOnly: false }), {});
  assert.deepEqual(params({ minGrade: 'B2', confirmedOnly: true }), { min_grade: 'B2', confirmed_only: true });
  assert.equal(active({ minGrade: '', confirmedOnly: false }), false);
  assert.equal(active({ minGrade: 'C', confirmedOnly: false }), true);
  assert.notEqual(key({ minGrade: 'B', confirmedOnly: false }), key({ minGrade: 'B', confirmedOnly: true }));
  assert.deepEqual(parseGrades({ minGrade: 'b2', confirmedOnly: true }), { minGrade: 'B2', confirmedOnly: true });
  assert.deepEqual(parseGrades({ minGrade: 'Z9', confirmedOnly: 'yes' }), { minGrade: '', confirmedOnly: false });
  assert.deepEqual(parseGrades(undefined), { minGrade: '', confirmedOnly: false });
});

test('the restriction in words, from the answer', () => {
  assert.equal(describe({ minGrade: 'B2', confirmedOnly: true }), 'Grade B2 or better, confirmed links only');
  assert.equal(describe({ min_grade: 'B' }), 'Source grade B or better');
  assert.equal(describe({ confirmed_only: true }), 'Confirmed links only');
  assert.equal(restrictionNote({ confirmed_only: true, entities_left_out: 0, links_left_out: 380 }), 'Confirmed links only: 380 links left out');
  assert.equal(restrictionNote({ min_grade: 'B2', confirmed_only: true, entities_left_out: 262, links_left_out: 1165 }), 'Grade B2 or better, confirmed links only: 1,165 links and 262 entities left out');
  assert.equal(restrictionNote({ min_grade: 'C', entities_left_out: 0, links_left_out: 0 }), 'Source grade C or better: nothing left out');
  assert.equal(restrictionNote({ min_grade: 'A1', entities_left_out: 1, links_left_out: 1 }), 'Grade A1 or better: 1 link and 1 entity left out');
});

test('grading in a line, and what the codes mean in the system used', () => {
  assert.equal(gradingText({ source_grade: 'B', info_grade: '2', handling: '2', confidence: 'unconfirmed' }, true), 'Source B · Information 2 · Handling 2 · unconfirmed');
  assert.equal(gradingText({ source_grade: 'B', info_grade: '2' }), 'Source B · Information 2');
  assert.equal(gradingText({}), '');
  assert.equal(gradingText({}, true), 'confirmed');
  assert.equal(system({ source_grade: 'X', info_grade: '4' }), '4x4');
  assert.equal(system({ source_grade: 'B', info_grade: '2', handling: '1' }), '5x5x5');
  assert.equal(system({ source_grade: 'E' }), '5x5x5');
  assert.equal(system({ source_grade: 'B', info_grade: '2' }), 'either');
  const uk = gradingTooltip({ source_grade: 'B', info_grade: '5', handling: '4' });
  assert.match(uk, /Source B: mostly reliable \(5×5×5\)/);
  assert.match(uk, /Information 5: suspected to be false/);
  assert.match(uk, /Handling 4: within the originating agency only/);
  const eu = gradingTooltip({ source_grade: 'X', info_grade: '4' });
  assert.match(eu, /Source X: reliability cannot be assessed \(4×4\)/);
  assert.match(eu, /Information 4: not known personally to the source, and cannot be corroborated \(4×4\)/);
  const both = gradingTooltip({ source_grade: 'B', info_grade: '3', confidence: 'tentative' }, true);
  assert.match(both, /Source B: in most instances reliable \(4×4\); mostly reliable \(5×5×5\)/);
  assert.match(both, /Information 3: not known personally to the source, but corroborated \(4×4, 5×5×5\)/);
  assert.match(both, /tentative: .*dotted/);
});
