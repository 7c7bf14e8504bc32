import { test } from 'node:test';
import assert from 'node:assert/strict';
import Graph from 'graphology';
// graphology-gexf is Gephi Lite's parser: what it reads back is what Gephi Lite will show.
import { parse } from 'graphology-gexf/node';
import { gexf, graphml, csvNodes, csvLinks, csvCell, xmlText, type ExportGraph } from './index';

const g: ExportGraph = {
  title: 'Homs <ring> & co',
  date: '2026-03-01',
  nodes: [
    { id: 'p216', label: 'طارق جمال الحمصي', kind: 'Person', cases: ['case-homs-captagon'], x: 10.5, y: -3.25, size: 22, color: '#2f6fb3', attributes: { betweenness: 0.4476, community: '1', role: 'liaison' } },
    { id: 'p035', label: '<img src=x onerror=alert(1)>', kind: 'Person', cases: ['case-homs-captagon', 'case-hawala-laundering'], x: 0, y: 0, size: 12.5, color: '#ee6677', attributes: { betweenness: 0.2, community: '2', role: 'none' } },
    { id: 'phone:+9647700101207', label: '+9647700101207', kind: 'Phone', cases: [], x: -5, y: 7, size: 4, color: '#16a085', attributes: {} },
  ],
  edges: [
    { id: 'fin-0037', source: 'p035', target: 'p216', type: 'PAID', directed: true, amount: 138500, currency: 'USD', date: '2025-04-25', cases: ['case-homs-captagon'], color: '#c08a00', label: 'USD 138,500 · 2025-04-25' },
    { id: 'ASSOCIATE|meeting|p035|p216|2025-05-02', source: 'p035', target: 'p216', type: 'ASSOCIATE', subtype: 'meeting', directed: false, weight: 5, first_seen: '2025-05-02', last_seen: '2025-08-03', cases: [] },
    { id: 'HOLDS||p216|phone:+9647700101207|', source: 'p216', target: 'phone:+9647700101207', type: 'HOLDS', directed: true, cases: [] },
  ],
};

test('GEXF 1.3 written with the viz namespace reads back in graphology-gexf with sizes, colours, positions', () => {
  const text = gexf(g);
  assert.match(text, /<gexf xmlns="http:\/\/gexf.net\/1.3" xmlns:viz="http:\/\/gexf.net\/1.3\/viz"[^>]* version="1.3">/);
  assert.ok(!text.includes('<img'), 'names are escaped');
  const back = parse(Graph, text);
  assert.equal(back.order, 3);
  assert.equal(back.size, 3);
  assert.equal(back.type, 'mixed');
  const a = back.getNodeAttributes('p216');
  assert.equal(a.label, 'طارق جمال الحمصي');
  assert.equal(a.size, 22);
  assert.equal(a.color, 'rgb(47,111,179)', 'graphology-gexf reads viz:color as rgb()');
  assert.equal(a.x, 10.5);
  assert.equal(a.y, -3.25);
  assert.equal(a.kind, 'Person');
  assert.equal(a.betweenness, 0.4476);
  assert.equal(a.community, '1');
  assert.equal(back.getNodeAttribute('p035', 'label'), '<img src=x onerror=alert(1)>');
  assert.equal(back.getNodeAttribute('p035', 'color'), 'rgb(238,102,119)');
  assert.equal(back.getNodeAttribute('p035', 'cases'), 'case-homs-captagon;case-hawala-laundering');
  assert.equal(back.isDirected('fin-0037'), true);
  assert.equal(back.isUndirected('ASSOCIATE|meeting|p035|p216|2025-05-02'), true);
  assert.equal(back.getEdgeAttribute('fin-0037', 'amount'), 138500);
  assert.equal(back.getEdgeAttribute('fin-0037', 'currency'), 'USD');
  assert.equal(back.getEdgeAttribute('fin-0037', 'color'), 'rgb(192,138,0)');
  assert.equal(back.getEdgeAttribute('ASSOCIATE|meeting|p035|p216|2025-05-02', 'weight'), 5);
  assert.deepEqual(back.extremities('HOLDS||p216|phone:+9647700101207|'), ['p216', 'phone:+9647700101207']);
});

test('GEXF carries link dates as dynamic spells', () => {
  const text = gexf(g);
  assert.match(text, /<graph defaultedgetype="directed" mode="dynamic" timeformat="date">/);
  assert.match(text, /id="fin-0037"[^>]*start="2025-04-25" end="2025-04-25"/);
  assert.match(text, /id="ASSOCIATE\|meeting\|p035\|p216\|2025-05-02"[^>]*start="2025-05-02" end="2025-08-03"/);
  assert.doesNotMatch(text.split('\n').find((l) => l.includes('id="HOLDS'))!, /start=/, 'undated links have no spell');
});

test('GraphML declares typed keys and marks undirected links', () => {
  const text = graphml(g);
  assert.match(text, /<key id="size" for="node" attr.name="size" attr.type="double"\/>/);
  assert.match(text, /<key id="e_amount" for="edge" attr.name="amount" attr.type="double"\/>/);
  assert.match(text, /attr.name="betweenness" attr.type="double"/);
  assert.match(text, /<edge id="ASSOCIATE\|meeting\|p035\|p216\|2025-05-02" source="p035" target="p216" directed="false">/);
  assert.match(text, /<data key="label">&lt;img src=x onerror=alert\(1\)&gt;<\/data>/);
  assert.equal((text.match(/<node /g) ?? []).length, 3);
  assert.equal((text.match(/<edge /g) ?? []).length, 3);
});

test('CSV: quoted per RFC 4180, BOM for spreadsheets, formulas defused, phone numbers kept', () => {
  const nodes = csvNodes(g);
  assert.ok(nodes.startsWith('\ufeffid,label,kind,cases,x,y,size,color,betweenness,community,role\r\n'));
  assert.match(nodes, /\r\nphone:\+9647700101207,\+9647700101207,Phone,,-5,7,4,#16a085,,,\r\n/);
  const links = csvLinks(g);
  assert.match(links, /\r\nfin-0037,p035,p216,PAID,,true,,138500,USD,2025-04-25,,,case-homs-captagon\r\n/);
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('@SUM(1)'), "'@SUM(1)");
  assert.equal(csvCell('-cmd'), "'-cmd");
  assert.equal(csvCell('-12.5'), '-12.5');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
  assert.equal(csvCell(undefined), '');
});

test('XML text drops characters XML 1.0 cannot carry', () => {
  assert.equal(xmlText('a\u0001b\u0008c'), 'abc');
  assert.equal(xmlText('"x" & \'y\''), '&quot;x&quot; &amp; &apos;y&apos;');
  assert.equal(xmlText('lone \ud800 surrogate'), 'lone  surrogate');
});
