// Styling rules: node size from a centrality score, colour by kind, community, case or brokerage role, and the
// legend that matches. Pure functions: the renderer only reads their results.
import type { BrokerRoles } from '../../api/types';
import type { ColourBy } from '../chart/types';

/** Kind colours and glyphs: fixed, so that a person is always the same blue on every chart. */
export const KINDS: Record<string, { colour: string; glyph: string; label: string }> = {
  Person: { colour: '#2f6fb3', glyph: '●', label: 'Person' },
  Organisation: { colour: '#8e44ad', glyph: '■', label: 'Organisation' },
  Shipment: { colour: '#c0392b', glyph: '▲', label: 'Shipment' },
  Case: { colour: '#2c3e50', glyph: '◆', label: 'Case' },
  Account: { colour: '#b7950b', glyph: '$', label: 'Account' },
  Phone: { colour: '#16a085', glyph: '☎', label: 'Phone' },
  Location: { colour: '#d35400', glyph: '⌖', label: 'Location' },
  Vehicle: { colour: '#7f8c8d', glyph: '▭', label: 'Vehicle' },
  Community: { colour: '#34495e', glyph: '◎', label: 'Community (summary)' },
};

/**
 * PALETTE is a categorical palette for communities and cases: Paul Tol's "muted" and "bright" schemes interleaved,
 * readable on white and distinguishable by most colour-blind readers. Categories past its end share OTHER.
 */
export const PALETTE = [
  '#4477aa', '#ee6677', '#228833', '#ccbb44', '#66ccee', '#aa3377',
  '#332288', '#117733', '#cc6677', '#882255', '#44aa99', '#999933',
];
export const OTHER = '#a0a4aa';
export const NO_VALUE = '#c8ccd2';
export const SEVERAL_CASES = '#111111';

/** Brokerage roles (Gould & Fernandez 1989) and their colours; "none" for people who broker nothing. */
export const ROLES: Record<string, { colour: string; label: string }> = {
  coordinator: { colour: '#1b9e77', label: 'Coordinator (within one group)' },
  consultant: { colour: '#7570b3', label: 'Consultant (for another group)' },
  gatekeeper: { colour: '#d95f02', label: 'Gatekeeper (into a group)' },
  representative: { colour: '#e7298a', label: 'Representative (out of a group)' },
  liaison: { colour: '#e6ab02', label: 'Liaison (between two other groups)' },
  none: { colour: NO_VALUE, label: 'No brokerage' },
};
const ROLE_ORDER = ['liaison', 'gatekeeper', 'representative', 'consultant', 'coordinator'] as const;

/** dominantRole is the role a person plays most often (ties go to the more between-group role), or "none". */
export function dominantRole(r: BrokerRoles | undefined): string {
  if (!r || !(r.total > 0)) return 'none';
  let best: string = 'none';
  let max = 0;
  for (const k of ROLE_ORDER) {
    const v = r[k] ?? 0;
    if (v > max) {
      max = v;
      best = k;
    }
  }
  return best;
}

export const MIN_SIZE = 4;
export const MAX_SIZE = 22;

/**
 * nodeSizes maps scores to sizes: area proportional to the score (sqrt), relative to the largest score drawn, so
 * that a node twice as central looks twice as big and one outlier does not make the rest vanish. Entities without a
 * score (or all zero) get the smallest size.
 */
export function nodeSizes(ids: Iterable<string>, scores: Map<string, number> | null, min = MIN_SIZE, max = MAX_SIZE): Map<string, number> {
  const out = new Map<string, number>();
  let top = 0;
  const list = [...ids];
  if (scores) for (const id of list) top = Math.max(top, scores.get(id) ?? 0);
  for (const id of list) {
    const v = scores?.get(id);
    if (!scores || v === undefined || !(top > 0) || !(v > 0)) out.set(id, min);
    else out.set(id, min + (max - min) * Math.sqrt(v / top));
  }
  return out;
}

/**
 * densityScale shrinks node sizes (screen pixels) on crowded charts: 1 up to about 1,200 nodes drawn, then as
 * 1/√n (a chart's area is shared out), never below 0.35: 9,500 nodes are drawn 1.4 to 8 pixels wide.
 */
export function densityScale(nodes: number): number {
  return Math.max(0.35, Math.min(1, Math.sqrt(1200 / Math.max(nodes, 1))));
}

/** summarySize sizes a community summary node by how many entities it stands for. */
export function summarySize(members: number, largest: number): number {
  return 12 + 38 * Math.sqrt(Math.max(members, 0) / Math.max(largest, 1));
}

/** What a node is coloured by, and what the legend says about it. */
export interface Category {
  key: string;
  label: string;
}

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  count: number;
}

/** Facts the colouring needs about one node. */
export interface NodeFacts {
  kind: string;
  cases?: string[];
  community?: string | null;
  role?: string | null;
}

/** Names for categories (case titles, community labels) when the API gave them. */
export interface Names {
  cases?: Map<string, string>;
  communities?: Map<string, string>;
}

export function categoryOf(by: ColourBy, f: NodeFacts, names: Names = {}): Category {
  switch (by) {
    case 'kind':
      return { key: f.kind, label: KINDS[f.kind]?.label ?? f.kind };
    case 'community':
      if (f.community === undefined || f.community === null) return { key: '', label: 'Not in a community' };
      return { key: f.community, label: names.communities?.get(f.community) ?? `Community ${f.community}` };
    case 'case': {
      const cs = f.cases ?? [];
      if (cs.length === 0) return { key: '', label: 'No case' };
      if (cs.length > 1) return { key: '*', label: 'Several cases (ties cases together)' };
      return { key: cs[0]!, label: names.cases?.get(cs[0]!) ?? cs[0]! };
    }
    case 'role': {
      if (f.kind !== 'Person') return { key: '', label: 'Not a person' };
      const r = f.role ?? 'none';
      return { key: r, label: ROLES[r]?.label ?? r };
    }
  }
}

function naturalCompare(a: string, b: string): number {
  const na = Number(a), nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * colourScale gives each category a colour. Kinds and roles have fixed colours; communities and cases take the
 * palette in the order of their keys (communities are numbered by size, largest first), so the same chart always
 * gets the same colours whatever order nodes were added in.
 */
export function colourScale(by: ColourBy, keys: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const uniq = [...new Set(keys)];
  if (by === 'kind') for (const k of uniq) out.set(k, KINDS[k]?.colour ?? OTHER);
  else if (by === 'role') for (const k of uniq) out.set(k, k === '' ? OTHER : (ROLES[k]?.colour ?? OTHER));
  else {
    const real = uniq.filter((k) => k !== '' && k !== '*').sort(naturalCompare);
    real.forEach((k, i) => out.set(k, i < PALETTE.length ? PALETTE[i]! : OTHER));
    if (uniq.includes('')) out.set('', NO_VALUE);
    if (uniq.includes('*')) out.set('*', SEVERAL_CASES);
  }
  return out;
}

/**
 * legend lists the categories drawn with their colour and count: fixed order for kinds and roles, palette order
 * for the rest, categories past the palette folded into one "Other" line.
 */
export function legend(by: ColourBy, cats: Category[]): LegendItem[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const c of cats) {
    const e = counts.get(c.key);
    if (e) e.count++;
    else counts.set(c.key, { label: c.label, count: 1 });
  }
  const scale = colourScale(by, counts.keys());
  let keys = [...counts.keys()];
  if (by === 'kind') {
    const order = Object.keys(KINDS);
    keys.sort((a, b) => (order.indexOf(a) + 100 * +(order.indexOf(a) < 0)) - (order.indexOf(b) + 100 * +(order.indexOf(b) < 0)));
  } else if (by === 'role') {
    const order = [...ROLE_ORDER, 'none', ''];
    keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  } else {
    keys = keys.filter((k) => k !== '' && k !== '*').sort(naturalCompare).concat(keys.filter((k) => k === '*'), keys.filter((k) => k === ''));
  }
  const items: LegendItem[] = [];
  let other: LegendItem | null = null;
  for (const k of keys) {
    const colour = scale.get(k) ?? OTHER;
    const { label, count } = counts.get(k)!;
    if (colour === OTHER && by !== 'kind' && by !== 'role' && k !== '') {
      if (!other) other = { key: '~other', label: 'Other', colour: OTHER, count: 0 };
      other.count += count;
      continue;
    }
    items.push({ key: k, label, colour, count });
  }
  if (other) items.splice(items.findIndex((i) => i.key === '*' || i.key === '') >= 0 ? items.findIndex((i) => i.key === '*' || i.key === '') : items.length, 0, other);
  return items;
}

/** Link colours by type: payments gold, calls teal, meetings purple, structure grey. */
export function linkColour(type: string, subtype?: string): string {
  if (type === 'PAID') return '#c08a00';
  if (type === 'ASSOCIATE') {
    if (subtype === 'call') return '#3a9d8f';
    if (subtype === 'meeting') return '#8e6bbf';
    if (subtype === 'family') return '#b5651d';
    return '#8a94a6';
  }
  if (type === 'SAME_AS') return '#e74c3c';
  if (type === 'TRANSPORTED' || type === 'ORIGIN' || type === 'DESTINATION' || type === 'ROUTED_VIA' || type === 'SEIZED_AT') return '#c98b7a';
  return '#b9c0cb';
}

/** formatMoney writes "USD 224,500" (no locale surprises: grouping with commas, at most 2 decimals). */
export function formatMoney(amount: number | undefined, currency: string | undefined): string {
  if (amount === undefined || !Number.isFinite(amount)) return currency ?? '';
  const [int, dec] = Math.abs(amount).toFixed(2).split('.') as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const num = (amount < 0 ? '-' : '') + grouped + (dec === '00' ? '' : `.${dec}`);
  return currency ? `${currency} ${num}` : num;
}

/** isRTL: does a text start (first strong character) in a right-to-left script (Arabic, Hebrew, Syriac, Thaana...)? */
export function isRTL(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff) || (c >= 0x10800 && c <= 0x10fff) || (c >= 0x1e800 && c <= 0x1efff)) return true;
    if (/\p{L}/u.test(ch)) return false;
  }
  return false;
}
