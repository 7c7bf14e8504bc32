// Exports built in the page from what is drawn: GEXF 1.3 (Gephi, Gephi Lite), GraphML and CSV.

export interface ExportNode {
  id: string;
  label: string;
  kind: string;
  cases: string[];
  x: number;
  y: number;
  size: number;
  /** #rrggbb */
  color: string;
  /** Extra attributes (scores, community, role, properties), written as typed columns. */
  attributes: Record<string, string | number | boolean>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  subtype?: string;
  directed: boolean;
  weight?: number;
  amount?: number;
  currency?: string;
  date?: string;
  first_seen?: string;
  last_seen?: string;
  cases: string[];
  color?: string;
  label?: string;
}

export interface ExportGraph {
  title: string;
  /** YYYY-MM-DD written in GEXF's meta (the caller passes today: the writer stays pure). */
  date: string;
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** xmlText escapes text for XML 1.0 and drops the characters XML 1.0 cannot carry at all. */
export function xmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
  if (!m) return [128, 128, 128];
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

const num = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 1e4) / 1e4) : '0');

type AttrType = 'string' | 'double' | 'boolean';

function attributeColumns(nodes: ExportNode[]): { name: string; type: AttrType }[] {
  const types = new Map<string, AttrType>();
  for (const n of nodes)
    for (const [k, v] of Object.entries(n.attributes)) {
      const t: AttrType = typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
      const old = types.get(k);
      types.set(k, old && old !== t ? 'string' : t);
    }
  return [...types].map(([name, type]) => ({ name, type })).sort((a, b) => (a.name < b.name ? -1 : 1));
}

function spell(e: ExportEdge): { start?: string; end?: string } {
  const start = e.date ?? e.first_seen ?? e.last_seen;
  const end = e.date ?? e.last_seen ?? e.first_seen;
  const out: { start?: string; end?: string } = {};
  if (start) out.start = start.slice(0, 10);
  if (end) out.end = end.slice(0, 10);
  return out;
}

/**
 * gexf writes GEXF 1.3 the way Gephi does: viz:size, viz:color and viz:position in the http://gexf.net/1.3/viz
 * namespace, attributes declared with ids and types, and links' dates as dynamic spells (start/end) in a dynamic
 * graph with timeformat="date" (entities have no dates: they are there for the whole time).
 */
export function gexf(g: ExportGraph): string {
  const cols = attributeColumns(g.nodes);
  const nodeCols = [{ name: 'kind', type: 'string' as AttrType }, { name: 'cases', type: 'string' as AttrType }, ...cols.filter((c) => c.name !== 'kind' && c.name !== 'cases')];
  const edgeCols: { name: string; type: AttrType }[] = [
    { name: 'type', type: 'string' }, { name: 'subtype', type: 'string' }, { name: 'amount', type: 'double' },
    { name: 'currency', type: 'string' }, { name: 'date', type: 'string' }, { name: 'cases', type: 'string' },
  ];
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">');
  out.push(`  <meta lastmodifieddate="${xmlText(g.date)}">`);
  out.push('    <creator>Ringleader investigation workbench</creator>');
  out.push(`    <description>${xmlText(g.title)}</description>`);
  out.push('  </meta>');
  out.push('  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
  out.push('    <attributes class="node" mode="static">');
  // Ids are the attribute names, as Gephi writes them: graphology-gexf names attributes by a non-numeric id.
  nodeCols.forEach((c) => out.push(`      <attribute id="${xmlText(c.name)}" title="${xmlText(c.name)}" type="${c.type}"/>`));
  out.push('    </attributes>');
  out.push('    <attributes class="edge" mode="static">');
  edgeCols.forEach((c) => out.push(`      <attribute id="${c.name}" title="${c.name}" type="${c.type}"/>`));
  out.push('    </attributes>');
  out.push('    <nodes>');
  for (const n of g.nodes) {
    out.push(`      <node id="${xmlText(n.id)}" label="${xmlText(n.label)}">`);
    out.push('        <attvalues>');
    const vals: Record<string, string | number | boolean> = { ...n.attributes, kind: n.kind, cases: n.cases.join(';') };
    nodeCols.forEach((c) => {
      const v = vals[c.name];
      if (v === undefined || v === '') return;
      out.push(`          <attvalue for="${xmlText(c.name)}" value="${xmlText(typeof v === 'number' ? num(v) : String(v))}"/>`);
    });
    out.push('        </attvalues>');
    const [r, gg, b] = rgb(n.color);
    out.push(`        <viz:size value="${num(n.size)}"/>`);
    out.push(`        <viz:color r="${r}" g="${gg}" b="${b}"/>`);
    out.push(`        <viz:position x="${num(n.x)}" y="${num(n.y)}" z="0"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  for (const e of g.edges) {
    const sp = spell(e);
    const attrs = [
      `id="${xmlText(e.id)}"`, `source="${xmlText(e.source)}"`, `target="${xmlText(e.target)}"`,
      `type="${e.directed ? 'directed' : 'undirected'}"`,
    ];
    if (e.weight !== undefined && Number.isFinite(e.weight)) attrs.push(`weight="${num(e.weight)}"`);
    if (e.label) attrs.push(`label="${xmlText(e.label)}"`);
    if (sp.start) attrs.push(`start="${sp.start}"`);
    if (sp.end) attrs.push(`end="${sp.end}"`);
    out.push(`      <edge ${attrs.join(' ')}>`);
    out.push('        <attvalues>');
    const vals: Record<string, string | number | undefined> = { type: e.type, subtype: e.subtype, amount: e.amount, currency: e.currency, date: e.date ?? (e.first_seen || e.last_seen ? `${e.first_seen ?? ''}/${e.last_seen ?? ''}` : undefined), cases: e.cases.join(';') };
    edgeCols.forEach((c) => {
      const v = vals[c.name];
      if (v === undefined || v === '') return;
      out.push(`          <attvalue for="${c.name}" value="${xmlText(typeof v === 'number' ? num(v) : v)}"/>`);
    });
    out.push('        </attvalues>');
    if (e.color) {
      const [r, gg, b] = rgb(e.color);
      out.push(`        <viz:color r="${r}" g="${gg}" b="${b}"/>`);
    }
    out.push('      </edge>');
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return out.join('\n') + '\n';
}

/** graphml writes GraphML with typed keys (yEd, Cytoscape, networkx, igraph read it). */
export function graphml(g: ExportGraph): string {
  const cols = attributeColumns(g.nodes).filter((c) => !['label', 'kind', 'cases', 'x', 'y', 'size', 'color'].includes(c.name));
  const nodeKeys: { id: string; name: string; type: 'string' | 'double' | 'boolean' }[] = [
    { id: 'label', name: 'label', type: 'string' }, { id: 'kind', name: 'kind', type: 'string' }, { id: 'cases', name: 'cases', type: 'string' },
    { id: 'x', name: 'x', type: 'double' }, { id: 'y', name: 'y', type: 'double' }, { id: 'size', name: 'size', type: 'double' },
    { id: 'color', name: 'color', type: 'string' },
    ...cols.map((c, i) => ({ id: `a${i}`, name: c.name, type: c.type })),
  ];
  const edgeKeys: { id: string; name: string; type: 'string' | 'double' }[] = [
    { id: 'e_type', name: 'type', type: 'string' }, { id: 'e_subtype', name: 'subtype', type: 'string' },
    { id: 'e_weight', name: 'weight', type: 'double' }, { id: 'e_amount', name: 'amount', type: 'double' },
    { id: 'e_currency', name: 'currency', type: 'string' }, { id: 'e_date', name: 'date', type: 'string' },
    { id: 'e_first_seen', name: 'first_seen', type: 'string' }, { id: 'e_last_seen', name: 'last_seen', type: 'string' },
    { id: 'e_cases', name: 'cases', type: 'string' },
  ];
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  for (const k of nodeKeys) out.push(`  <key id="${k.id}" for="node" attr.name="${xmlText(k.name)}" attr.type="${k.type}"/>`);
  for (const k of edgeKeys) out.push(`  <key id="${k.id}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`);
  out.push('  <graph id="G" edgedefault="directed">');
  for (const n of g.nodes) {
    out.push(`    <node id="${xmlText(n.id)}">`);
    const vals: Record<string, string | number | boolean> = { label: n.label, kind: n.kind, cases: n.cases.join(';'), x: n.x, y: n.y, size: n.size, color: n.color };
    for (const c of cols) if (n.attributes[c.name] !== undefined) vals[nodeKeys.find((k) => k.name === c.name)!.id] = n.attributes[c.name]!;
    for (const k of nodeKeys) {
      const v = vals[k.id];
      if (v === undefined || v === '') continue;
      out.push(`      <data key="${k.id}">${xmlText(typeof v === 'number' ? num(v) : String(v))}</data>`);
    }
    out.push('    </node>');
  }
  for (const e of g.edges) {
    out.push(`    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" directed="${e.directed}">`);
    const vals: Record<string, string | number | undefined> = { e_type: e.type, e_subtype: e.subtype, e_weight: e.weight, e_amount: e.amount, e_currency: e.currency, e_date: e.date, e_first_seen: e.first_seen, e_last_seen: e.last_seen, e_cases: e.cases.join(';') };
    for (const k of edgeKeys) {
      const v = vals[k.id];
      if (v === undefined || v === '') continue;
      out.push(`      <data key="${k.id}">${xmlText(typeof v === 'number' ? num(v) : v)}</data>`);
    }
    out.push('    </edge>');
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}

/**
 * csvCell quotes a value for RFC 4180 CSV and defuses spreadsheet formulas: a cell starting with =, @, a tab or a
 * carriage return, or with + or - not followed by a digit, is prefixed with ' (phone numbers like +9647... and
 * negative amounts stay as they are).
 */
export function csvCell(v: string | number | boolean | undefined | null): string {
  if (v === undefined || v === null) return '';
  let s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  if (/^[=@\t\r]/.test(s) || /^[+-](?![\d.])/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRows(rows: (string | number | boolean | undefined)[][]): string {
  return '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** csvNodes: one row per drawn entity (UTF-8 with a byte-order mark, so that spreadsheets read Arabic right). */
export function csvNodes(g: ExportGraph): string {
  const cols = attributeColumns(g.nodes).map((c) => c.name).filter((c) => !['id', 'label', 'kind', 'cases', 'x', 'y', 'size', 'color'].includes(c));
  const head = ['id', 'label', 'kind', 'cases', 'x', 'y', 'size', 'color', ...cols];
  return csvRows([head, ...g.nodes.map((n) => [n.id, n.label, n.kind, n.cases.join(';'), Math.round(n.x * 100) / 100, Math.round(n.y * 100) / 100, Math.round(n.size * 100) / 100, n.color, ...cols.map((c) => n.attributes[c])])]);
}

/** csvLinks: one row per drawn link. */
export function csvLinks(g: ExportGraph): string {
  const head = ['id', 'source', 'target', 'type', 'subtype', 'directed', 'weight', 'amount', 'currency', 'date', 'first_seen', 'last_seen', 'cases'];
  return csvRows([head, ...g.edges.map((e) => [e.id, e.source, e.target, e.type, e.subtype, e.directed, e.weight, e.amount, e.currency, e.date, e.first_seen, e.last_seen, e.cases.join(';')])]);
}
