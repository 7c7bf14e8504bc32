// Sigma setup: programs, label placement, reducers that dim, highlight and hide without touching the data, node
// dragging, and syncing the graphology graph with the chart state.
import Graph from 'graphology';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { EdgeLineProgram, NodeCircleProgram, createNodeCompoundProgram } from 'sigma/rendering';
import { createNodeImageProgram } from '@sigma/node-image';
import { downloadAsPNG } from '@sigma/export-image';
import type { ChartLink, ChartState } from '../core/chart/types';
import { densityScale, formatMoney, linkColour, KINDS } from '../core/style/index';
import { confidenceOf, LINE_STYLES, type Confidence } from '../core/grading/index';
import { EdgeDashedArrowProgram, EdgeDashedLineProgram } from './dashed';
import { ICONS } from './icons';
import { Labels } from './labels';

/** ViewState is what the reducers read: set by the app, then refresh() redraws. */
export interface ViewState {
  selected: string | null;
  hovered: string | null;
  highlightNodes: Set<string> | null;
  highlightLinks: Set<string> | null;
  removed: Set<string>;
  faded: Set<string>;
  hiddenLinks: Set<string>;
  /** Nodes not drawn: case nodes none of whose links is shown. */
  hiddenNodes: Set<string>;
  paidLabels: boolean;
  neighbours: Set<string>;
}

export function emptyView(): ViewState {
  return { selected: null, hovered: null, highlightNodes: null, highlightLinks: null, removed: new Set(), faded: new Set(), hiddenLinks: new Set(), hiddenNodes: new Set(), paidLabels: true, neighbours: new Set() };
}

const DIM_NODE = '#e4e7eb';
const DIM_EDGE = '#f0f2f5';
const HIGHLIGHT_EDGE = '#e8590c';
const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", Tahoma, Arial, sans-serif';
/** Above this many links, links are not drawn while the camera moves (panning stays smooth on large charts). */
const HIDE_EDGES_ON_MOVE = 15000;
/** A change that adds or drops more than this many nodes or links rebuilds the graph instead of editing it. */
const REBUILD = 200;
/** Above this many nodes, nodes are plain discs: pictograms a few pixels wide cost time and say nothing. */
const PLAIN_NODES = 3000;
/** Above this many links, links are hairlines without arrowheads: cheaper to draw, and arrows would be a blur. */
const THIN_LINKS = 15000;

export interface Look {
  sizes: Map<string, number>;
  colours: Map<string, string>;
}

export interface Callbacks {
  click(id: string | null): void;
  doubleClick(id: string): void;
  hover(id: string | null): void;
  /** A drag starts: the layout must stop moving nodes. */
  dragStart(): void;
  moved(): void;
  /** Sigma drew a frame with nodes on it. */
  drawn(): void;
  /** Boxes floating over the chart (legend, findings card, tools), in page coordinates: labels stay out of them. */
  overlays(): DOMRect[];
  /** Margins of the chart that overlays cover, in pixels: fitting keeps the drawing inside the rest. */
  insets(): { left: number; right: number; top: number; bottom: number };
}

type Attrs = Record<string, unknown>;

/**
 * linkAttributes: how a link is drawn (also what the test hooks report as its label). dash is what the edge programs
 * draw from its confidence: 0 solid (confirmed), 1 dashed (unconfirmed), 2 dotted (tentative), as i2 does; a
 * crowded chart's hairlines stay hairlines unless they are dashed or dotted.
 */
export function linkAttributes(l: ChartLink, thin = false): { type: string; color: string; size: number; label: string; linkType: string; confidence: Confidence; dash: number } {
  const k = l.link;
  const confidence = confidenceOf(k.properties);
  const dash = LINE_STYLES[confidence].dash;
  return {
    type: thin ? (dash ? 'line' : 'thin') : l.directed ? 'arrow' : 'line',
    // Hairlines of a crowded chart are half transparent: tens of thousands of them would grey the drawing out.
    color: thin ? `${linkColour(k.type, k.subtype)}60` : linkColour(k.type, k.subtype),
    size: k.type === 'COMMUNITY_LINK' ? 1 + Math.min(8, Math.log1p(k.weight ?? 1)) : k.type === 'PAID' ? 1.6 : 0.7 + Math.min(2.5, Math.log1p(Math.max(0, (k.weight ?? 1) - 1)) * 0.6),
    label: k.type === 'PAID' ? [formatMoney(k.amount, k.currency), k.date].filter(Boolean).join(' · ') : k.type === 'COMMUNITY_LINK' ? `${k.weight ?? ''} links` : '',
    linkType: k.type,
    confidence,
    dash,
  };
}

function newGraph(): Graph {
  return new Graph({ multi: true, type: 'mixed', allowSelfLoops: true });
}

export class Renderer {
  graph = newGraph();
  readonly sigma: Sigma;
  readonly labels = new Labels();
  /** Frames sigma drew, their total and last duration in ms (process, WebGL, labels; not the GPU's own time). */
  readonly frames = { count: 0, ms: 0, last: 0 };
  view: ViewState = emptyView();
  private dragging: string | null = null;
  private pairLabels = new Map<string, string>();
  private pairFollowers = new Set<string>();
  private dragged = false;
  /** Links with a label to show (payments, community links): sigma only looks for link labels when there are. */
  private labelledLinks = 0;
  private paidLinks = 0;

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
      nodeProgramClasses: { entity: NodeProgram, dot: NodeCircleProgram },
      edgeProgramClasses: { line: EdgeDashedLineProgram, arrow: EdgeDashedArrowProgram, thin: EdgeLineProgram },
      labelFont: FONT,
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: '#1d2430' },
      edgeLabelFont: FONT,
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#7a5600' },
      // Every node big enough on screen is a candidate; Labels keeps the important ones that do not overlap.
      labelDensity: 1000,
      labelGridCellSize: 200,
      labelRenderedSizeThreshold: 7,
      defaultDrawNodeLabel: this.labels.collect,
      defaultDrawNodeHover: this.labels.drawHover,
      minCameraRatio: 0.01,
      maxCameraRatio: 20,
      stagePadding: 40,
      nodeReducer: (id, d) => this.nodeReducer(id, d) as never,
      edgeReducer: (id, d) => this.edgeReducer(id, d) as never,
    });
    const labelCtx = this.sigma.getCanvases().labels!.getContext('2d')!;
    let started = 0;
    this.sigma.on('beforeRender', () => {
      started = performance.now();
      this.labels.reset();
    });
    this.sigma.on('afterRender', () => {
      const ms = performance.now() - started;
      this.frames.count++;
      this.frames.ms += ms;
      this.frames.last = ms;
      const box = container.getBoundingClientRect();
      this.labels.blocked = this.cb.overlays().map((r) => [r.left - box.left, r.top - box.top, r.right - box.left, r.bottom - box.top]);
      this.labels.draw(labelCtx, this.sigma.getSettings(), box.width, box.height);
      if (this.graph.order > 0) this.cb.drawn();
    });
    this.bindEvents();
  }

  // Sigma hands the reducers a copy of the attributes: they change it in place (no copy of 50,000 objects a frame).
  private nodeReducer(id: string, d: Attrs): Attrs {
    const v = this.view;
    const isSel = id === v.selected;
    if (v.hiddenNodes.has(id) && !isSel) {
      d.hidden = true;
      return d;
    }
    if (v.removed.has(id)) {
      d.color = '#c9ced6';
      d.pictoColor = '#eef0f3';
      d.label = `✕ ${d.label as string}`;
      d.zIndex = 0;
    } else if (v.highlightNodes) {
      if (v.highlightNodes.has(id) || isSel) {
        d.forceLabel = true;
        d.zIndex = 2;
      } else {
        d.color = DIM_NODE;
        d.pictoColor = '#f7f8fa';
        d.label = '';
        d.zIndex = 0;
      }
    } else if (v.faded.has(id) && !isSel) {
      d.color = DIM_NODE;
      d.pictoColor = '#f7f8fa';
      d.label = '';
      d.zIndex = 0;
    } else if (v.selected && !isSel) {
      if (v.neighbours.has(id)) {
        d.forceLabel = v.neighbours.size <= 24; // beyond that, Labels keeps those that fit
        d.zIndex = 1;
      }
    }
    if (isSel) {
      d.highlighted = true;
      d.forceLabel = true;
      d.zIndex = 3;
    }
    if (id === v.hovered) d.zIndex = 3;
    return d;
  }

  private edgeReducer(id: string, d: Attrs): Attrs {
    const v = this.view;
    if (v.hiddenLinks.has(id)) {
      d.hidden = true;
      return d;
    }
    // Payment labels show on their own while there are few payments; other labels (links between communities)
    // only on the selected node's links.
    const ownLabel = v.paidLabels && d.linkType === 'PAID';
    const simple = !v.selected && !v.highlightLinks && v.removed.size === 0 && v.faded.size === 0;
    if (simple) {
      if (!ownLabel) d.label = '';
      return this.pairLabel(id, d);
    }
    // Links of hidden nodes are hidden by sigma's programs.
    const [s, t] = this.graph.extremities(id);
    const touchesSel = v.selected !== null && (s === v.selected || t === v.selected);
    if (v.removed.has(s) || v.removed.has(t)) {
      d.color = DIM_EDGE;
      d.label = '';
      return d;
    }
    let showLabel = ownLabel || touchesSel;
    if (v.highlightLinks) {
      if (v.highlightLinks.has(id)) {
        d.color = HIGHLIGHT_EDGE;
        d.size = Math.max(2.5, (d.size as number) * 1.6);
        d.zIndex = 2;
        return d;
      }
      d.color = DIM_EDGE;
      d.zIndex = 0;
      showLabel = false;
    } else if (v.faded.has(s) || v.faded.has(t)) {
      d.color = DIM_EDGE;
      showLabel = false;
    } else if (v.selected) {
      if (touchesSel) {
        d.zIndex = 1;
        d.size = (d.size as number) * 1.5;
      } else d.color = '#e6e9ee';
    }
    if (!showLabel) d.label = '';
    else this.pairLabel(id, d);
    return d;
  }

  /** Several payments between the same two parties show one label ("3 payments · USD 20,000"), on the first. */
  private pairLabel(id: string, d: Attrs): Attrs {
    if (!d.label) return d;
    const pl = this.pairLabels.get(id);
    if (pl) d.label = pl;
    else if (this.pairFollowers.has(id)) d.label = '';
    return d;
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
      if (!this.dragged) this.cb.dragStart();
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
   * with positions true, moves every node to its position in the state. Links for which drawn() is false (link
   * types filtered out) are left out of the graph: sigma then neither processes nor draws them. Attributes of
   * nodes and links already in the graph are changed in place, without graph events (sigma would redo every node
   * for each), and the caller refreshes once; a large change rebuilds the graph in one go, since sigma re-indexes
   * the whole graph after every single node or link dropped. Returns true when sigma has already redrawn.
   */
  sync(state: ChartState, look: Look, positions: boolean, drawn: (key: string) => boolean = () => true): boolean {
    let g = this.graph;
    let drops = 0;
    let adds = 0;
    g.forEachNode((id) => void (state.nodes.has(id) || drops++));
    g.forEachEdge((id) => void ((state.links.has(id) && drawn(id)) || drops++));
    for (const id of state.nodes.keys()) if (!g.hasNode(id)) adds++;
    for (const key of state.links.keys()) if (!g.hasEdge(key) && drawn(key)) adds++;
    const rebuild = drops > REBUILD || adds > REBUILD || (g.order === 0 && state.nodes.size > 0);
    if (rebuild) g = newGraph();
    else {
      for (const id of g.nodes()) if (!state.nodes.has(id)) g.dropNode(id);
      for (const id of g.edges()) if (!state.links.has(id) || !drawn(id)) g.dropEdge(id);
    }
    const old = this.graph;
    const nodeType = state.nodes.size > PLAIN_NODES ? 'dot' : 'entity';
    for (const n of state.nodes.values()) {
      const kind = n.entity.kind;
      const label = n.entity.name || n.id;
      const size = look.sizes.get(n.id) ?? 5;
      const color = look.colours.get(n.id) ?? KINDS[kind]?.colour ?? '#888';
      const image = ICONS[kind] ?? ICONS.Person;
      if (!g.hasNode(n.id)) {
        const keep = !positions && old !== g && old.hasNode(n.id) ? old.getNodeAttributes(n.id) : null;
        g.addNode(n.id, { label, size, color, image, pictoColor: '#ffffff', kind, type: nodeType, x: keep ? keep.x : n.x, y: keep ? keep.y : n.y });
        continue;
      }
      // graphology hands out the attributes object itself: changed in place, no event; refresh() redraws.
      const a = g.getNodeAttributes(n.id);
      a.label = label;
      a.size = size;
      a.color = color;
      a.image = image;
      a.kind = kind;
      a.type = nodeType;
      if (positions) {
        a.x = n.x;
        a.y = n.y;
      }
    }
    // Several payments between the same two parties would draw their labels on top of each other: the first one
    // carries "N payments · totals" and the others none (each still has its own label in the hooks and exports).
    const pairs = new Map<string, { first: string; n: number; totals: Map<string, number>; keys: string[] }>();
    for (const l of state.links.values()) {
      if (l.link.type !== 'PAID') continue;
      const pk = l.link.source < l.link.target ? `${l.link.source}\u0000${l.link.target}` : `${l.link.target}\u0000${l.link.source}`;
      let p = pairs.get(pk);
      if (!p) pairs.set(pk, (p = { first: l.key, n: 0, totals: new Map(), keys: [] }));
      p.n++;
      p.keys.push(l.key);
      if (l.link.currency && l.link.amount !== undefined) p.totals.set(l.link.currency, (p.totals.get(l.link.currency) ?? 0) + l.link.amount);
    }
    this.pairLabels = new Map();
    this.pairFollowers = new Set();
    for (const p of pairs.values()) {
      if (p.n < 2) continue;
      this.pairLabels.set(p.first, `${p.n} payments · ${[...p.totals].map(([c, a]) => formatMoney(a, c)).join(' + ')}`);
      for (const k of p.keys) if (k !== p.first) this.pairFollowers.add(k);
    }
    let paid = 0;
    let labelled = 0;
    const thin = state.links.size > THIN_LINKS;
    for (const l of state.links.values()) {
      if (!drawn(l.key)) continue;
      const k = l.link;
      const attrs = linkAttributes(l, thin);
      if (k.type === 'PAID') paid++;
      if (attrs.label) labelled++;
      if (g.hasEdge(l.key)) Object.assign(g.getEdgeAttributes(l.key), attrs);
      else if (l.directed) g.addDirectedEdgeWithKey(l.key, k.source, k.target, attrs);
      else g.addUndirectedEdgeWithKey(l.key, k.source, k.target, attrs);
    }
    this.view.paidLabels = paid <= 60;
    this.labelledLinks = labelled;
    this.paidLinks = paid;
    this.edgeLabels();
    this.renderSetting('hideEdgesOnMove', g.size > HIDE_EDGES_ON_MOVE);
    // Labels from 7 pixels on a small chart; on a crowded one from proportionally smaller nodes (zoom in to see more).
    this.renderSetting('labelRenderedSizeThreshold', 7 * densityScale(state.nodes.size));
    if (positions) this.sigma.setCustomBBox(null);
    if (rebuild) {
      this.graph = g;
      this.sigma.setGraph(g);
    }
    this.rankLabels();
    return rebuild;
  }

  /** rankLabels orders nodes for labels: larger first, then more links, then by id (stable between frames). */
  private rankLabels(): void {
    const g = this.graph;
    const order = g.mapNodes((id, a) => ({ id, size: a.size as number, degree: g.degree(id) }));
    order.sort((a, b) => b.size - a.size || b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.labels.rank = new Map(order.map((o, i) => [o.id, i]));
  }

  refresh(): void {
    this.edgeLabels();
    this.sigma.refresh();
  }

  /**
   * edgeLabels turns sigma's link labels on only when some could show: sigma looks at every link between two
   * labelled nodes each frame, which on a large chart costs more than the rest of the frame.
   */
  private edgeLabels(): void {
    const v = this.view;
    const want = this.labelledLinks > 0 && ((v.paidLabels && this.paidLinks > 0) || v.selected !== null || v.highlightLinks !== null);
    this.renderSetting('renderEdgeLabels', want);
  }

  /**
   * renderSetting changes a setting that sigma only reads while drawing a frame. sigma's setSetting would also
   * re-index the whole graph on the next frame (a second or more on a 50,000-link chart) for nothing.
   */
  private renderSetting<K extends 'hideEdgesOnMove' | 'labelRenderedSizeThreshold' | 'renderEdgeLabels'>(key: K, value: Settings[K]): void {
    const settings = (this.sigma as unknown as { settings: Settings }).settings;
    if (settings[key] === value) return;
    settings[key] = value;
    this.sigma.scheduleRender();
  }

  /**
   * exportPNG downloads the whole drawing (not the current view: no overlay covers anything in a file) as a PNG,
   * 1600 × 1200, with labels placed as on screen (sigma's exporter draws with a renderer of its own, which has to
   * be given a label placer of its own).
   */
  async exportPNG(fileName: string): Promise<void> {
    const placer = new Labels();
    placer.rank = this.labels.rank;
    const width = 1600, height = 1200;
    await downloadAsPNG(this.sigma, {
      fileName,
      backgroundColor: '#ffffff',
      width,
      height,
      cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
      sigmaSettings: { defaultDrawNodeLabel: placer.collect, defaultDrawNodeHover: placer.drawHover },
      withTempRenderer: async (temp: Sigma) => {
        placer.draw(temp.getCanvases().labels!.getContext('2d')!, temp.getSettings(), width, height);
      },
    });
  }

  /** onScreen: where a node is drawn, in page pixels (for tests that click nodes), or null if it is not drawn. */
  onScreen(id: string): { x: number; y: number } | null {
    if (!this.graph.hasNode(id)) return null;
    const d = this.sigma.getNodeDisplayData(id);
    if (!d || d.hidden) return null;
    const p = this.sigma.framedGraphToViewport(d);
    const box = this.sigma.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  /** positions reads where the layout or a drag put every node. */
  positions(): Map<string, { x: number; y: number }> {
    const out = new Map<string, { x: number; y: number }>();
    this.graph.forEachNode((id, d) => out.set(id, { x: d.x as number, y: d.y as number }));
    return out;
  }

  /** fit shows the whole drawing (what is shown of it) clear of the overlays. */
  fit(animate = true): void {
    this.sigma.setCustomBBox(null);
    const ids: string[] = [];
    this.graph.forEachNode((id) => void (this.view.hiddenNodes.has(id) || ids.push(id)));
    if (!this.frame(ids, 0, 3, animate)) this.sigma.getCamera().animatedReset({ duration: animate ? 300 : 0 });
  }

  /**
   * frame moves the camera so that the given nodes fill the part of the chart that no overlay covers (the insets),
   * with a ratio between min and max. Sigma's framed coordinates map linearly to the viewport for a given camera:
   * measured at a reference camera, the mapping gives the camera that puts the nodes' box in the free rectangle.
   */
  private frame(ids: string[], min: number, max: number, animate = true): boolean {
    // Positions written since the last frame (the layout) are not in sigma's display data until it processes them.
    this.sigma.refresh({ partialGraph: { nodes: [] }, schedule: false });
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, n = 0;
    for (const id of ids) {
      const d = this.graph.hasNode(id) ? this.sigma.getNodeDisplayData(id) : undefined;
      if (!d || d.hidden) continue;
      n++;
      minX = Math.min(minX, d.x);
      maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y);
      maxY = Math.max(maxY, d.y);
    }
    if (n === 0) return false;
    const { width, height } = this.sigma.getDimensions();
    if (!width || !height) return false;
    const inset = this.cb.insets();
    const pad = 36;
    const labelRoom = 70; // labels run to the right of their nodes
    let left = inset.left + pad, right = width - inset.right - labelRoom, top = inset.top + pad, bottom = height - inset.bottom - pad;
    if (right - left < width * 0.35) {
      left = pad;
      right = width - labelRoom;
    }
    if (bottom - top < height * 0.35) {
      top = pad;
      bottom = height - pad;
    }
    const ref = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    const o = this.sigma.framedGraphToViewport({ x: 0.5, y: 0.5 }, { cameraState: ref });
    const ex = this.sigma.framedGraphToViewport({ x: 1.5, y: 0.5 }, { cameraState: ref });
    const ey = this.sigma.framedGraphToViewport({ x: 0.5, y: 1.5 }, { cameraState: ref });
    const kx = ex.x - o.x, ky = ey.y - o.y; // pixels per framed unit at ratio 1 (ky < 0: y points up)
    const ratio = Math.max(min, Math.min(max, Math.max(((maxX - minX) * Math.abs(kx)) / (right - left), ((maxY - minY) * Math.abs(ky)) / (bottom - top), 0.02)));
    const cx = (minX + maxX) / 2 - (((left + right) / 2 - o.x) * ratio) / kx;
    const cy = (minY + maxY) / 2 - (((top + bottom) / 2 - o.y) * ratio) / ky;
    const cam = this.sigma.getCamera();
    if (animate) cam.animate({ x: cx, y: cy, ratio, angle: 0 }, { duration: 300 });
    else cam.setState({ x: cx, y: cy, ratio, angle: 0 });
    return true;
  }

  focus(id: string): void {
    if (!this.graph.hasNode(id)) return;
    const d = this.sigma.getNodeDisplayData(id);
    if (!d) return;
    this.sigma.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.6) }, { duration: 300 });
  }

  /**
   * turnToFit turns the drawing a quarter turn when its box is wide and the free part of the chart tall, or the
   * other way round (by more than a third): a layout's orientation means nothing, and the drawing then fills more of
   * the screen. Returns whether it turned.
   */
  turnToFit(inset: { left: number; right: number; top: number; bottom: number }): boolean {
    const { width, height } = this.sigma.getDimensions();
    const freeW = width - inset.left - inset.right, freeH = height - inset.top - inset.bottom;
    if (freeW <= 0 || freeH <= 0) return false;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    this.graph.forEachNode((id, a) => {
      if (this.view.hiddenNodes.has(id)) return;
      minX = Math.min(minX, a.x as number);
      maxX = Math.max(maxX, a.x as number);
      minY = Math.min(minY, a.y as number);
      maxY = Math.max(maxY, a.y as number);
    });
    const w = maxX - minX, h = maxY - minY;
    if (!(w > 0 && h > 0)) return false;
    const wide = w / h, room = freeW / freeH;
    if (!((wide > 1.33 && room < 1 / 1.1) || (wide < 1 / 1.33 && room > 1.1))) return false;
    const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
    this.graph.updateEachNodeAttributes((_, a) => {
      const x = a.x as number, y = a.y as number;
      a.x = cx - (y - cy);
      a.y = cy + (x - cx);
      return a;
    }, { attributes: ['x', 'y'] });
    return true;
  }

  /** fitTo moves the camera so that the given nodes fill the free part of the view (a path, a trail, key players). */
  fitTo(ids: string[], animate = true): void {
    this.frame(ids, 0.08, 3, animate);
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
