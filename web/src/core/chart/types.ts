import type { Entity, Link } from '../../api/types';
import type { Grades } from '../grading/index';

/** Point is a position in graph coordinates (the layout's, not the screen's). */
export interface Point {
  x: number;
  y: number;
}

/** ChartNode is one drawn entity (or, in a summarised network, one community drawn as a single node). */
export interface ChartNode extends Point {
  id: string;
  entity: Entity;
  /** Set for a summary node: how many entities it stands for. */
  members?: number;
}

/** ChartLink is one drawn link, keyed by linkKey. */
export interface ChartLink {
  key: string;
  link: Link;
  directed: boolean;
}

/** TimeWindow is an inclusive range of dates (YYYY-MM-DD). */
export interface TimeWindow {
  from: string;
  to: string;
}

export type SizeBy = 'none' | 'betweenness' | 'degree' | 'closeness' | 'harmonic' | 'eigenvector' | 'pagerank';
export type ColourBy = 'kind' | 'community' | 'case' | 'role';

/** Highlight marks what an analysis found (paths, a money trail, key players); the rest of the chart is dimmed. */
export interface Highlight {
  label: string;
  nodes: string[];
  links: string[];
}

/** Scope is what the chart was drawn from: the whole network, one case, or one community of a summary. */
export interface Scope {
  case?: string;
  community?: string;
}

/** Drawn is the undoable part of the chart: what is on it and where. */
export interface Drawn {
  nodes: Map<string, ChartNode>;
  links: Map<string, ChartLink>;
  /** Set when the network was too large and communities stand for their members. */
  summary: { reason: string } | null;
  scope: Scope;
  selected: string | null;
}

/** ChartState is everything the workbench shows, as plain data changed by the pure functions in index.ts. */
export interface ChartState extends Drawn {
  window: TimeWindow | null;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  highlight: Highlight | null;
  /** Entities greyed out by the key-player "remove" simulation. */
  removed: string[];
  /** Link types (or association subtypes) hidden by the filter. */
  hiddenTypes: string[];
  /** The grading restriction: what is graded below it, or not confirmed, is left out of the drawing and the analyses. */
  grades: Grades;
  /** Earlier states for undo, most recent last. */
  past: Drawn[];
}
