// Saved charts: the chart's state as the server stores it (POST /api/v1/charts), and back. state.entities (the ids
// drawn) is what the server checks visibility with; everything else is the page's own.
import type { Entity, Link } from '../../api/types';
import type { ChartState, ColourBy, Point, Scope, SizeBy, TimeWindow } from '../chart/types';
import { linkKey, replaceAll } from '../chart/index';
import { parseGrades, type Grades } from '../grading/index';

export const SAVED_VERSION = 1;

export interface SavedState {
  version: number;
  entities: string[];
  /** x, y of each entity in the order of entities, rounded to 0.01: compact for 10,000 nodes. */
  positions: number[];
  /** Keys of the links drawn (links filtered out by an expand stay out). */
  links: string[];
  scope: Scope;
  window: TimeWindow | null;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  hiddenTypes: string[];
  /** The grading restriction (absent in charts saved before there was one: none). */
  grades: Grades;
  selected: string | null;
}

const round = (v: number) => Math.round(v * 100) / 100;
const SIZES: SizeBy[] = ['none', 'betweenness', 'degree', 'closeness', 'harmonic', 'eigenvector', 'pagerank'];
const COLOURS: ColourBy[] = ['kind', 'community', 'case', 'role'];

/** serialise writes the chart for saving (summary nodes are not saved: they are not entities). */
export function serialise(s: ChartState): SavedState {
  const entities: string[] = [];
  const positions: number[] = [];
  for (const n of s.nodes.values()) {
    if (n.members !== undefined) continue;
    entities.push(n.id);
    positions.push(round(n.x), round(n.y));
  }
  return {
    version: SAVED_VERSION,
    entities,
    positions,
    links: [...s.links.keys()],
    scope: { ...s.scope },
    window: s.window ? { ...s.window } : null,
    sizeBy: s.sizeBy,
    colourBy: s.colourBy,
    hiddenTypes: [...s.hiddenTypes],
    grades: { ...s.grades },
    selected: s.selected,
  };
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** parseSaved checks a state read back from the server (it may come from another version of the page). */
export function parseSaved(raw: unknown): SavedState | string {
  if (!raw || typeof raw !== 'object') return 'the saved chart has no state';
  const r = raw as Record<string, unknown>;
  if (!Array.isArray(r.entities) || !r.entities.every((e) => typeof e === 'string')) return 'the saved chart lists no entities';
  const entities = r.entities as string[];
  const positions = Array.isArray(r.positions) && r.positions.length === entities.length * 2 && r.positions.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (r.positions as number[]) : [];
  const w = r.window as Record<string, unknown> | null | undefined;
  const scope = (r.scope && typeof r.scope === 'object' ? r.scope : {}) as Record<string, unknown>;
  return {
    version: typeof r.version === 'number' ? r.version : SAVED_VERSION,
    entities,
    positions,
    links: Array.isArray(r.links) ? (r.links as unknown[]).filter((k): k is string => typeof k === 'string') : [],
    scope: { ...(typeof scope.case === 'string' ? { case: scope.case } : {}), ...(typeof scope.community === 'string' ? { community: scope.community } : {}) },
    window: w && isDate(w.from) && isDate(w.to) ? { from: w.from, to: w.to } : null,
    sizeBy: SIZES.includes(r.sizeBy as SizeBy) ? (r.sizeBy as SizeBy) : 'betweenness',
    colourBy: COLOURS.includes(r.colourBy as ColourBy) ? (r.colourBy as ColourBy) : 'kind',
    hiddenTypes: Array.isArray(r.hiddenTypes) ? (r.hiddenTypes as unknown[]).filter((k): k is string => typeof k === 'string') : [],
    grades: parseGrades(r.grades),
    selected: typeof r.selected === 'string' ? r.selected : null,
  };
}

/**
 * restore draws a saved chart from entities and links fetched now (so that what the reader may see is decided
 * today, not when the chart was saved): saved entities the server returned, at their saved positions, and the saved
 * links among them. It also says which saved entities did not come back.
 */
export function restore(s: ChartState, saved: SavedState, entities: Entity[], links: Link[]): { state: ChartState; missing: string[] } {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const pos = new Map<string, Point>();
  const kept: Entity[] = [];
  const missing: string[] = [];
  saved.entities.forEach((id, i) => {
    const e = byId.get(id);
    if (!e) {
      missing.push(id);
      return;
    }
    kept.push(e);
    if (saved.positions.length) pos.set(id, { x: saved.positions[2 * i]!, y: saved.positions[2 * i + 1]! });
  });
  const wanted = saved.links.length ? new Set(saved.links) : null;
  const ls = wanted ? links.filter((l) => wanted.has(linkKey(l))) : links;
  let state = replaceAll(s, kept, ls, pos, { scope: saved.scope, selected: saved.selected });
  state = { ...state, window: saved.window, sizeBy: saved.sizeBy, colourBy: saved.colourBy, hiddenTypes: saved.hiddenTypes, grades: { ...saved.grades } };
  return { state, missing };
}
