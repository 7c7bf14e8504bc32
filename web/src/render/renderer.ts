// Sigma setup: programs, label rendering, reducers that dim, highlight and hide without touching the data, node
// dragging, and syncing the graphology graph with the chart state.
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram, createNodeCompoundProgram } from 'sigma/rendering';
import { createNodeImageProgram } from '@sigma/node-image';
import type { ChartState } from '../core/chart/types';
import { formatMoney, linkColour, KINDS } from '../core/style/index';
import { ICONS } from './icons';
import { drawHover, drawLabel } from './labels';

/** ViewState is what the reducers read: set by the app, then refresh() redraws. */
export interface ViewState {
  selected: string | null;
  hovered: string | null;
  highlightNodes: Set<string> | null;
  highlightLinks: Set<string> | null;
  removed: Set<string>;
  faded: Set<string>;
  hiddenLinks: Set<string>;
  paidLabels: boolean;
  neighbours: Set<string>;
}

export function emptyView(): ViewState {
  return { selected: null, hovered: null, highlightNodes: null, highlightLinks: null, removed: new Set(), faded: new Set(), hiddenLinks: new Set(), paidLabels: true, neighbours: new Set() };
}

const DIM_NODE = '#e4e7eb';
const DIM_EDGE = '#f0f2f5';
const HIGHLIGHT_EDGE = '#e8590c';
const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", Tahoma, Arial, sans-serif';

export interface Look {
  sizes: Map<string, number>;
  colours: Map<string, string>;
}

export interface Callbacks {
  click(id: string | null): void;
  doubleClick(id: string): void;
  hover(id: string | null): void;
  moved(): void;
}

export class Renderer {
  readonly graph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: true });
  readonly sigma: Sigma;
  view: ViewState = emptyView();
  private dragging: string | null = null;
  private pairLabels = new Map<string, string>();
  private pairFollowers = new Set<string>();
  private dragged = false;

  constructor(container: HTMLElement, private readonly cb: Callbacks) {
    const Pictogram = createNodeImageProgram({ drawingMode: 'color', colorAttribute: 'pictoColor', padding: 0.22, keepWithinCircle: true, size: { mode: 'force', value: 64 } });
    const NodeProgram = createNodeCompoundProgram([NodeCircleProgram, Pictogram]);
    this.sigma = new Sigma(this.graph, container, {
      allowInvalidContainer: true,
      renderEdgeLabels: true,
      enableEdgeEvents: false,
      zIndex: true,
      defaultNodeType: 'entity',
      defaultEdgeType: 'line',
      nodeProgramClasses: { entity: NodeProgram },
      edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram },
      labelFont: FONT,
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: '#1d2430' },
      edgeLabelFont: FONT,
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#7a5600' },
      labelDensity: 0.9,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 9,
      defaultDrawNodeLabel: drawLabel,
      defaultDrawNodeHover: drawHover,
      minCameraRatio: 0.01,
      maxCameraRatio: 20,
      stagePadding: 40,
      nodeReducer: (id, d) => this.nodeReducer(id, d),
      edgeReducer: (id, d) => this.edgeReducer(id, d),
    });
    this.bindEvents();
  }

  private nodeReducer(id: string, d: Record<string, unknown>): Record<string, unknown> {
    const v = this.view;
    const out: Record<string, unknown> = { ...d };
    const isSel = id === v.selected;
    if (v.removed.has(id)) {
      out.color = '#c9ced6';
      out.pictoColor = '#eef0f3';
      out.label = `✕ ${d.label as string}`;
      out.zIndex = 0;
    } else if (v.highlightNodes) {
      if (v.highlightNodes.has(id) || isSel) {
        out.forceLabel = true;
        out.zIndex = 2;
      } else {
        out.color = DIM_NODE;
        out.pictoColor = '#f7f8fa';
        out.label = '';
        out.zIndex = 0;
      }
    } else if (v.faded.has(id) && !isSel) {
      out.color = DIM_NODE;
      out.pictoColor = '#f7f8fa';
      out.label = '';
      out.zIndex = 0;
    } else if (v.selected && !isSel) {
      if (v.neighbours.has(id)) {
        out.forceLabel = v.neighbours.size <= 24; // beyond that, forced labels would pile up on each other
        out.zIndex = 1;
      }
    }
    if (isSel) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 3;
    }
    if (id === v.hovered) out.zIndex = 3;
    return out;
  }

  private edgeReducer(id: string, d: Record<string, unknown>): Record<string, unknown> {
    const v = this.view;
    if (v.hiddenLinks.has(id)) return { ...d, hidden: true };
    const out: Record<string, unknown> = { ...d };
    const [s, t] = this.graph.extremities(id);
    const touchesSel = v.selected !== null && (s === v.selected || t === v.selected);
    if (v.removed.has(s) || v.removed.has(t)) {
      out.color = DIM_EDGE;
      out.label = '';
      return out;
    }
    let showLabel = v.paidLabels || touchesSel;
    if (v.highlightLinks) {
      if (v.highlightLinks.has(id)) {
        out.color = HIGHLIGHT_EDGE;
        out.size = Math.max(2.5, (d.size as number) * 1.6);
        out.zIndex = 2;
        showLabel = true;
      } else {
        out.color = DIM_EDGE;
        out.zIndex = 0;
        showLabel = false;
      }
    } else if (v.faded.has(s) || v.faded.has(t)) {
      out.color = DIM_EDGE;
      showLabel = false;
    } else if (v.selected) {
      if (touchesSel) {
        out.zIndex = 1;
        out.size = (d.size as number) * 1.5;
      } else out.color = '#e6e9ee';
    }
    if (!showLabel) out.label = '';
    else if (!(v.highlightLinks && v.highlightLinks.has(id))) {
      const pl = this.pairLabels.get(id);
      if (pl) out.label = pl;
      else if (this.pairFollowers.has(id)) out.label = '';
    }
    return out;
  }

  private bindEvents(): void {
    const s = this.sigma;
    s.on('clickNode', ({ node }) => {
      if (this.dragged) return;
      this.cb.click(node);
    });
    s.on('clickStage', () => this.cb.click(null));
    s.on('doubleClickNode', (e) => {
      e.preventSigmaDefault();
      this.cb.doubleClick(e.node);
    });
    s.on('enterNode', ({ node }) => {
      this.view.hovered = node;
      this.cb.hover(node);
      s.getContainer().classList.add('over-node');
    });
    s.on('leaveNode', () => {
      this.view.hovered = null;
      this.cb.hover(null);
      s.getContainer().classList.remove('over-node');
    });
    s.on('downNode', (e) => {
      this.dragging = e.node;
      this.dragged = false;
    });
    s.getMouseCaptor().on('mousemovebody', (e) => {
      if (!this.dragging) return;
      const p = s.viewportToGraph(e);
      this.graph.mergeNodeAttributes(this.dragging, { x: p.x, y: p.y });
      this.dragged = true;
      e.preventSigmaDefault();
      e.original.preventDefault();
      e.original.stopPropagation();
    });
    const up = () => {
      if (this.dragging && this.dragged) this.cb.moved();
      this.dragging = null;
      window.setTimeout(() => (this.dragged = false), 0);
    };
    s.getMouseCaptor().on('mouseup', up);
    s.getMouseCaptor().on('mousedown', () => {
      if (!s.getCustomBBox()) s.setCustomBBox(s.getBBox());
    });
  }

  /**
   * sync makes the graph match the chart: adds and drops nodes and links, sets labels, sizes and colours, and,
   * with positions true, moves every node to its position in the state.
   */
  sync(state: ChartState, look: Look, positions: boolean): void {
    const g = this.graph;
    for (const id of g.nodes()) if (!state.nodes.has(id)) g.dropNode(id);
    for (const id of g.edges()) if (!state.links.has(id)) g.dropEdge(id);
    for (const n of state.nodes.values()) {
      const kind = n.entity.kind;
      const attrs = {
        label: n.entity.name || n.id,
        size: look.sizes.get(n.id) ?? 5,
        color: look.colours.get(n.id) ?? KINDS[kind]?.colour ?? '#888',
        image: ICONS[kind] ?? ICONS.Person,
        pictoColor: '#ffffff',
        kind,
      };
      if (!g.hasNode(n.id)) g.addNode(n.id, { ...attrs, x: n.x, y: n.y });
      else if (positions) g.mergeNodeAttributes(n.id, { ...attrs, x: n.x, y: n.y });
      else g.mergeNodeAttributes(n.id, attrs);
    }
    // Several payments between the same two parties would draw their labels on top of each other: the first one
    // carries "N payments · totals" and the others none (each still has its own label in the hooks and exports).
    const pairs = new Map<string, { first: string; n: number; totals: Map<string, number> }>();
    for (const l of state.links.values()) {
      if (l.link.type !== 'PAID') continue;
      const pk = l.link.source < l.link.target ? `${l.link.source}\u0000${l.link.target}` : `${l.link.target}\u0000${l.link.source}`;
      let p = pairs.get(pk);
      if (!p) pairs.set(pk, (p = { first: l.key, n: 0, totals: new Map() }));
      p.n++;
      if (l.link.currency && l.link.amount !== undefined) p.totals.set(l.link.currency, (p.totals.get(l.link.currency) ?? 0) + l.link.amount);
    }
    const shownLabel = new Map<string, string>();
    for (const p of pairs.values())
      if (p.n > 1) shownLabel.set(p.first, `${p.n} payments · ${[...p.totals].map(([c, a]) => formatMoney(a, c)).join(' + ')}`);
    this.pairLabels = shownLabel;
    this.pairFollowers = new Set([...state.links.values()].filter((l) => l.link.type === 'PAID' && !shownLabel.has(l.key) && (pairs.get(l.link.source < l.link.target ? `${l.link.source}\u0000${l.link.target}` : `${l.link.target}\u0000${l.link.source}`)?.n ?? 1) > 1).map((l) => l.key));
    let paid = 0;
    for (const l of state.links.values()) {
      const k = l.link;
      const attrs = {
        type: l.directed ? 'arrow' : 'line',
        color: linkColour(k.type, k.subtype),
        size: k.type === 'COMMUNITY_LINK' ? 1 + Math.min(8, Math.log1p(k.weight ?? 1)) : k.type === 'PAID' ? 1.6 : 0.7 + Math.min(2.5, Math.log1p(Math.max(0, (k.weight ?? 1) - 1)) * 0.6),
        label: k.type === 'PAID' ? [formatMoney(k.amount, k.currency), k.date].filter(Boolean).join(' · ') : k.type === 'COMMUNITY_LINK' ? `${k.weight ?? ''} links` : '',
        linkType: k.type,
      };
      if (k.type === 'PAID') paid++;
      if (g.hasEdge(l.key)) g.mergeEdgeAttributes(l.key, attrs);
      else if (l.directed) g.addDirectedEdgeWithKey(l.key, k.source, k.target, attrs);
      else g.addUndirectedEdgeWithKey(l.key, k.source, k.target, attrs);
    }
    this.view.paidLabels = paid <= 60;
    if (positions) this.sigma.setCustomBBox(null);
  }

  refresh(): void {
    this.sigma.refresh({ skipIndexation: false });
  }

  /** positions reads where the layout or a drag put every node. */
  positions(): Map<string, { x: number; y: number }> {
    const out = new Map<string, { x: number; y: number }>();
    this.graph.forEachNode((id, d) => out.set(id, { x: d.x as number, y: d.y as number }));
    return out;
  }

  fit(): void {
    this.sigma.setCustomBBox(null);
    this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  focus(id: string): void {
    if (!this.graph.hasNode(id)) return;
    const d = this.sigma.getNodeDisplayData(id);
    if (!d) return;
    this.sigma.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.6) }, { duration: 300 });
  }

  /** fitTo moves the camera so that the given nodes fill most of the view (a path, a trail, key players). */
  fitTo(ids: string[]): void {
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, n = 0;
    for (const id of ids) {
      const d = this.graph.hasNode(id) ? this.sigma.getNodeDisplayData(id) : undefined;
      if (!d) continue;
      n++;
      minX = Math.min(minX, d.x);
      maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y);
      maxY = Math.max(maxY, d.y);
    }
    if (n === 0) return;
    // Display data are in sigma's framed coordinates, where ratio 1 shows the whole graph (about 1 × 1).
    const ratio = Math.max(0.08, Math.min(1.2, Math.max(maxX - minX, maxY - minY) * 1.5));
    this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 350 });
  }

  zoom(factor: number): void {
    const c = this.sigma.getCamera();
    if (factor > 1) c.animatedZoom({ duration: 200, factor });
    else c.animatedUnzoom({ duration: 200, factor: 1 / factor });
  }

  kill(): void {
    this.sigma.kill();
  }
}
