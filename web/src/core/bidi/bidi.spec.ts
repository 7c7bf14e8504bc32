import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FSI, PDI, hasRTL, isolated, labelText, segments } from './index';

const iso = (text: string, names?: string[]) => segments(text, names).map((s) => (s.isolate ? `[${s.text}]` : s.text)).join('');

test('a server sentence: each name isolated, phone numbers included, separators left outside', () => {
  const names = ['أبو خليل', 'يوسف ثامر الفهداوي', '+963993476931', '+9647700101207'];
  const s = 'shares 6 entities with case-anbar-weapons (weapons): أبو خليل, يوسف ثامر الفهداوي, +963993476931, +9647700101207 and 2 more';
  assert.equal(iso(s, names), 'shares 6 entities with case-anbar-weapons (weapons): [أبو خليل], [يوسف ثامر الفهداوي], [+963993476931], [+9647700101207] and 2 more');
  assert.equal(segments(s, names).map((x) => x.text).join(''), s, 'nothing lost');
});

test('without names, right-to-left runs are found on their own and stop at Latin words and loose numbers', () => {
  assert.equal(iso('USD 103,000 left وليد كريم درويش on 2025-03-04 and came back through مازن العمري (110 days)'),
    'USD 103,000 left [وليد كريم درويش] on 2025-03-04 and came back through [مازن العمري] (110 days)');
  assert.equal(iso('خلية التصنيع في القصير (22 of 43 members)'), '[خلية التصنيع في القصير] (22 of 43 members)');
  assert.equal(iso('أبو خليل, يوسف الفهداوي, +963993476931'), '[أبو خليل], [يوسف الفهداوي], +963993476931');
  assert.equal(iso('plate حمص940193 seen'), 'plate [حمص940193] seen', 'digits glued to Arabic letters stay with them');
  assert.equal(iso('Abdullah Othman al-Jundy, +962773728061'), 'Abdullah Othman al-Jundy, +962773728061', 'nothing to isolate');
});

test('names: longest first, whole words only, any script', () => {
  assert.equal(iso('Ali and Ali Hasan met Alia', ['Ali', 'Ali Hasan']), '[Ali] and [Ali Hasan] met Alia');
  assert.equal(iso('from خالد باسل المحمد 9879 to Omar', ['خالد باسل المحمد 9879']), 'from [خالد باسل المحمد 9879] to Omar', 'a name ending in digits keeps them');
  assert.equal(iso('x', ['', '  ']), 'x', 'blank names ignored');
  assert.deepEqual(segments(''), []);
});

test('plain strings get isolate controls only where needed', () => {
  assert.equal(isolated('Abdullah Othman al-Jundy'), 'Abdullah Othman al-Jundy');
  assert.equal(isolated('أبو خليل'), 'أبو خليل', 'a lone name needs no controls');
  assert.equal(isolated('around غسيل أموال · 2,701'), `around ${FSI}غسيل أموال${PDI} · 2,701`);
  assert.equal(labelText('+9647700101207'), '+9647700101207');
  assert.equal(labelText('يوسف ثامر الفهداوي'), 'يوسف ثامر الفهداوي');
  assert.equal(labelText('around غسيل أموال عبر الحوالة · 2,701'), `around ${FSI}غسيل أموال عبر الحوالة${PDI} · 2,701`);
  assert.equal(hasRTL('+963'), false);
  assert.equal(hasRTL('حمص1'), true);
});
