// Chart state transitions: (state, ...) => state, no DOM. Positions of what is drawn never move unless a layout
// says so; new entities are placed around the one they were reached from.
import type { Entity, Link } from '../../api/types';
import type { ChartLink, ChartNode, ChartState, Drawn, Point } from './types';
import { NO_GRADES } from '../grading/index';

export * from './types';

/** HISTORY is how many steps undo remembers. */
export const HISTORY = 30;

/**
 * DEFAULT_HIDDEN are the link types a new chart does not show: "involved in case" ties every entity of a case to the
 * case node (hundreds of links that say what the case colour already says, and that pull the whole drawing into a
 * hairball around three nodes). Still listed, and shown with one click, under "Links shown".
 */
export const DEFAULT_HIDDEN = ['INVOLVED_IN'];

/** Every link type and association subtype the server knows (ringleader.ParseLinkType, AssociationSubtypes). */
export const LINK_TYPES = ['MEMBER_OF', 'INVOLVED_IN', 'ORGANISED', 'TRANSPORTED', 'ORIGIN', 'DESTINATION', 'ROUTED_VIA', 'SEIZED_AT', 'PAID', 'HOLDS', 'SAME_AS'];
export const ASSOCIATION_SUBTYPES = ['call', 'meeting', 'family', 'associate', 'co_arrested', 'travel', 'other'];

export function emptyChart(): ChartState {
  return {
    nodes: new Map(),
    links: new Map(),
    summary: null,
    scope: {},
    selected: null,
    window: null,
    sizeBy: 'betweenness',
    colourBy: 'kind',
    highlight: null,
    removed: [],
    hiddenTypes: [...DEFAULT_HIDDEN],
    grades: { ...NO_GRADES },
    past: [],
  };
}

/** isDirected: calls and every type but other associations and SAME_AS are directed. */
export function isDirected(l: Pick<Link, 'type' | 'subtype'>): boolean {
  if (l.type === 'SAME_AS') return false;
  if (l.type === 'ASSOCIATE') return l.subtype === 'call';
  return true;
}

/**
 * linkKey names a link the same way whichever route returned it: its id when it has one (payments), otherwise its
 * type, subtype, ends and first date.
 */
export function linkKey(l: Link): string {
  if (l.id) return l.id;
  return [l.type, l.subtype ?? '', l.source, l.target, l.first_seen ?? l.date ?? ''].join('|');
}

/** typeKey is what the type filter and the expand dialog group links by: "ASSOCIATE/call", "PAID", ... */
export function typeKey(l: Pick<Link, 'type' | 'subtype'>): string {
  return l.type === 'ASSOCIATE' && l.subtype ? `ASSOCIATE/${l.subtype}` : l.type;
}

function snapshot(s: Drawn): Drawn {
  return { nodes: s.nodes, links: s.links, summary: s.summary, scope: s.scope, selected: s.selected };
}

/** remember pushes the current drawing on the undo stack (maps are replaced, never mutated, so sharing is safe). */
export function remember(s: ChartState): ChartState {
  const past = [...s.past, snapshot(s)];
  if (past.length > HISTORY) past.splice(0, past.length - HISTORY);
  return { ...s, past };
}

/** undo goes back one step; with nothing to undo it returns the same state. */
export function undo(s: ChartState): ChartState {
  if (s.past.length === 0) return s;
  const prev = s.past[s.past.length - 1]!;
  return { ...s, ...prev, past: s.past.slice(0, -1), highlight: null, removed: [] };
}

/** bounds of the drawn nodes, or null for an empty chart. */
export function bounds(nodes: Iterable<Point>): { minX: number; maxX: number; minY: number; maxY: number } | null {
  let b: { minX: number; maxX: number; minY: number; maxY: number } | null = null;
  for (const p of nodes) {
    if (!b) b = { minX: p.x, maxX: p.x, minY: p.y, maxY: p.y };
    else {
      b.minX = Math.min(b.minX, p.x);
      b.maxX = Math.max(b.maxX, p.x);
      b.minY = Math.min(b.minY, p.y);
      b.maxY = Math.max(b.maxY, p.y);
    }
  }
  return b;
}

/** spacing is a typical distance between neighbouring nodes of the chart (1 for an empty or one-node chart). */
export function spacing(nodes: Map<string, ChartNode>): number {
  const b = bounds(nodes.values());
  if (!b || nodes.size < 2) return 1;
  const area = Math.max(b.maxX - b.minX, 1e-9) * Math.max(b.maxY - b.minY, 1e-9);
  const s = Math.sqrt(area / nodes.size);
  return Number.isFinite(s) && s > 0 ? s : 1;
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/**
 * around places count new nodes on a sunflower spiral around a centre (Vogel 1979): evenly spread, deterministic,
 * the first ring one spacing away so that nothing lands on the centre.
 */
export function around(centre: Point, count: number, step: number, turn = 0): Point[] {
  const out: Point[] = [];
  for (let k = 0; k < count; k++) {
    const r = step * (1 + 0.8 * Math.sqrt(k + 1));
    const a = turn + k * GOLDEN;
    out.push({ x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) });
  }
  return out;
}

export interface AddOptions {
  /** Place new entities around this drawn node (an expand, a path from it). */
  near?: string | null;
  /** Use these positions for new entities (a saved chart, a layout computed beforehand). */
  positions?: Map<string, Point>;
  /** Select this node afterwards. */
  select?: string;
}

/**
 * addElements draws entities and links: entities already drawn keep their position (their data is refreshed),
 * new ones go where options say, links are drawn when both ends are. The drawing before is kept for undo.
 */
export function addElements(s: ChartState, entities: Entity[], links: Link[], opt: AddOptions = {}): ChartState {
  const nodes = new Map(s.nodes);
  const fresh: Entity[] = [];
  const seen = new Set<string>();
  for (const e of entities) {
    const old = nodes.get(e.id);
    if (old) nodes.set(e.id, { ...old, entity: { ...old.entity, ...e } });
    else if (!seen.has(e.id)) {
      seen.add(e.id);
      fresh.push(e);
    }
  }
  const step = spacing(s.nodes);
  let centre: Point = { x: 0, y: 0 };
  const near = opt.near ? s.nodes.get(opt.near) : undefined;
  if (near) centre = near;
  else {
    const b = bounds(s.nodes.values());
    if (b) centre = { x: b.maxX + step * 2, y: (b.minY + b.maxY) / 2 };
  }
  const unplaced = fresh.filter((e) => !opt.positions?.has(e.id));
  const spots = around(centre, unplaced.length, near ? step : step * 0.8, nodes.size * 0.37);
  let i = 0;
  for (const e of fresh) {
    const p = opt.positions?.get(e.id) ?? (s.nodes.size === 0 && fresh.length === 1 ? { x: 0, y: 0 } : spots[i++]!);
    nodes.set(e.id, { id: e.id, entity: e, x: p.x, y: p.y });
  }
  const linkMap = new Map(s.links);
  for (const l of links) {
    if (!nodes.has(l.source) || !nodes.has(l.target)) continue;
    const key = linkKey(l);
    linkMap.set(key, { key, link: l, directed: isDirected(l) });
  }
  const next = remember(s);
  return { ...next, nodes, links: linkMap, selected: opt.select ?? s.selected };
}

/** replaceAll starts a new drawing (the whole network, a case, a saved chart); the old one stays in undo. */
export function replaceAll(
  s: ChartState,
  entities: Entity[],
  links: Link[],
  positions: Map<string, Point>,
  extra: Partial<Pick<ChartState, 'summary' | 'scope' | 'selected'>> & { members?: Map<string, number> } = {},
): ChartState {
  const next = remember(s);
  const nodes = new Map<string, ChartNode>();
  const spots = around({ x: 0, y: 0 }, entities.length, 1);
  entities.forEach((e, i) => {
    const p = positions.get(e.id) ?? spots[i]!;
    const n: ChartNode = { id: e.id, entity: e, x: p.x, y: p.y };
    const m = extra.members?.get(e.id);
    if (m !== undefined) n.members = m;
    nodes.set(e.id, n);
  });
  const linkMap = new Map<string, ChartLink>();
  for (const l of links) {
    if (!nodes.has(l.source) || !nodes.has(l.target)) continue;
    const key = linkKey(l);
    linkMap.set(key, { key, link: l, directed: isDirected(l) });
  }
  const selected = extra.selected && nodes.has(extra.selected) ? extra.selected : null;
  return { ...next, nodes, links: linkMap, summary: extra.summary ?? null, scope: extra.scope ?? {}, selected, highlight: null, removed: [] };
}

/** removeNodes takes entities off the chart with their links (undoable). */
export function removeNodes(s: ChartState, ids: string[]): ChartState {
  const drop = new Set(ids.filter((id) => s.nodes.has(id)));
  if (drop.size === 0) return s;
  const next = remember(s);
  const nodes = new Map([...s.nodes].filter(([id]) => !drop.has(id)));
  const links = new Map([...s.links].filter(([, l]) => !drop.has(l.link.source) && !drop.has(l.link.target)));
  return {
    ...next,
    nodes,
    links,
    selected: s.selected && drop.has(s.selected) ? null : s.selected,
    removed: s.removed.filter((id) => !drop.has(id)),
    highlight: s.highlight ? { ...s.highlight, nodes: s.highlight.nodes.filter((id) => !drop.has(id)) } : null,
  };
}

/** select marks one drawn entity as selected (null clears; an id not drawn clears too). */
export function select(s: ChartState, id: string | null): ChartState {
  const v = id && s.nodes.has(id) ? id : null;
  return v === s.selected ? s : { ...s, selected: v };
}

/** setPositions records where a layout moved nodes (not undoable: layouts run often). */
export function setPositions(s: ChartState, pos: Map<string, Point>): ChartState {
  const nodes = new Map(s.nodes);
  for (const [id, p] of pos) {
    const n = nodes.get(id);
    if (n && Number.isFinite(p.x) && Number.isFinite(p.y)) nodes.set(id, { ...n, x: p.x, y: p.y });
  }
  return { ...s, nodes };
}

/** neighbours of a drawn node, through drawn links. */
export function neighbours(s: Pick<ChartState, 'links'>, id: string): Set<string> {
  const out = new Set<string>();
  for (const { link } of s.links.values()) {
    if (link.source === id) out.add(link.target);
    else if (link.target === id) out.add(link.source);
  }
  return out;
}

/** linkTypes counts drawn links by typeKey, for the type filter. */
export function linkTypes(s: Pick<ChartState, 'links'>): Map<string, number> {
  const out = new Map<string, number>();
  for (const { link } of s.links.values()) out.set(typeKey(link), (out.get(typeKey(link)) ?? 0) + 1);
  return new Map([...out].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

/** toggleType shows or hides one link type. */
export function toggleType(s: ChartState, key: string): ChartState {
  const hidden = s.hiddenTypes.includes(key) ? s.hiddenTypes.filter((k) => k !== key) : [...s.hiddenTypes, key];
  return { ...s, hiddenTypes: hidden };
}

/**
 * typesParam is the server's types= for what the type filter shows (so that centrality and communities are computed
 * on the links drawn, not on "involved in case" links that are hidden): undefined when nothing is hidden, else every
 * known type and association subtype but the hidden ones. "ASSOCIATE" stands for all its subtypes when none is hidden.
 */
export function typesParam(hidden: readonly string[]): string | undefined {
  if (hidden.length === 0) return undefined;
  const off = new Set(hidden);
  const out = LINK_TYPES.filter((t) => !off.has(t));
  const subtypes = ASSOCIATION_SUBTYPES.filter((t) => !off.has(`ASSOCIATE/${t}`));
  if (off.has('ASSOCIATE')) {
    /* no association at all */
  } else if (subtypes.length === ASSOCIATION_SUBTYPES.length) out.push('ASSOCIATE');
  else out.push(...subtypes);
  return out.sort().join(',');
}

/**
 * hiddenNodes are the case nodes none of whose drawn links the type filter shows: with "involved in case" hidden a
 * case node would float alone (its case still shows as the node colour with "Colour by case", and in the panel).
 */
export function hiddenNodes(s: Pick<ChartState, 'nodes' | 'links' | 'hiddenTypes'>): Set<string> {
  const cases = new Set<string>();
  for (const n of s.nodes.values()) if (n.entity.kind === 'Case') cases.add(n.id);
  if (cases.size === 0) return cases;
  const off = new Set(s.hiddenTypes);
  for (const { link } of s.links.values()) {
    if (off.has(typeKey(link))) continue;
    cases.delete(link.source);
    cases.delete(link.target);
  }
  return cases;
}

/** shownLinks are the drawn links the type filter shows, between nodes that are shown. */
export function shownLinks(s: Pick<ChartState, 'links' | 'hiddenTypes'>, hidden: Set<string>): ChartLink[] {
  const off = new Set(s.hiddenTypes);
  const out: ChartLink[] = [];
  for (const l of s.links.values()) if (!off.has(typeKey(l.link)) && !hidden.has(l.link.source) && !hidden.has(l.link.target)) out.push(l);
  return out;
}

/** degrees counts each node's links among the given ones (sizes drawn while a server measure is loading). */
export function degrees(links: Iterable<ChartLink>): Map<string, number> {
  const out = new Map<string, number>();
  for (const { link } of links) {
    if (link.source === link.target) continue;
    out.set(link.source, (out.get(link.source) ?? 0) + 1);
    out.set(link.target, (out.get(link.target) ?? 0) + 1);
  }
  return out;
}
