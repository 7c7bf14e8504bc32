// The workbench controller: holds the chart state, calls the API, and asks the views and the renderer to show it.
import { api, ApiError, setUnauthorisedHandler, type Projection, type ServerFormat } from './api/client';
import type { About, Broker, CaseInfo, CaseLinks, Entity, KeyPlayersResult, Network, NetworkFull, Ref, Restriction } from './api/types';
import {
  addElements, degrees, emptyChart, hiddenNodes, linkTypes, neighbours, removeNodes, replaceAll, select, setPositions, shownLinks, toggleType, typeKey, typesParam, undo, linkKey,
  type ChartState, type ColourBy, type SizeBy, type TimeWindow,
} from './core/chart/index';
import { parseSaved, restore, serialise } from './core/charts/index';
import { choose, describeGroup, offer } from './core/expand/index';
import { csvLinks, csvNodes, gexf, graphml, type ExportGraph } from './core/export/index';
import { caseLinksFinding, cyclesFinding, pathsFinding, trailFinding, type Finding } from './core/findings/index';
import { circleByCommunity, labelPropagation, mergeSmallGroups, packByCommunity } from './core/layout/index';
import { fragmentation } from './core/analysis/index';
import { active as gradesActive, confidenceOf, describe as describeGrades, keepsEntity, keepsLink, key as gradesKey, params as gradeParams, restrictionNote, type Grades } from './core/grading/index';
import { browserLink, neighbourhoodQuery, styleCommand } from './core/neo4j/index';
import { resultRows, moveCursor } from './core/search/index';
import { endSession, signIn, startSession, formatFragment, parseFragment } from './core/session/index';
import { categoryOf, colourScale, densityScale, dominantRole, legend, linkColour, nodeSizes, summarySize, KINDS, MAX_SIZE, MIN_SIZE } from './core/style/index';
import { communityOf, isSummary, summaryElements } from './core/summary/index';
import { histogram, inWindow, step, describe as describeWindow } from './core/time/index';
import { Layout, type LayoutInput } from './render/layout';
import { Renderer, emptyView, linkAttributes, type Look } from './render/renderer';
import { $, bidi, download, h, name, replace } from './views/dom';
import { renderLegend } from './views/legend';
import { renderEmptyPanel, renderPanel, type PanelModel, type ScoreRow } from './views/panel';
import { buildRail, buildTopBar, modal, renderCases, renderResults, renderWho, signInBox, type RailHandles, type TopBar } from './views/shell';
import { TimeBar } from './views/timebar';
import { toast } from './views/toast';

/** Above this many entities a chart is large: coloured by community by default, drawn with plain nodes and links. */
const LARGE_CHART = 3000;

const MEASURES = ['betweenness', 'degree', 'closeness', 'harmonic', 'eigenvector', 'pagerank'] as const;
type Measure = (typeof MEASURES)[number];

interface Scores {
  scores: Map<string, number>;
  ranks: Map<string, number>;
  of: number;
}

interface FindingCard {
  title: string;
  body: (Node | null)[];
  testid: string;
  /** Names in the title, isolated when it is shown (see bidi). */
  names?: string[];
}

function errorText(e: unknown): [string, string[]] {
  if (e instanceof ApiError) return [e.message, e.lines];
  return [(e as Error)?.message ?? String(e), []];
}

export class App {
  state: ChartState = emptyChart();
  about: About | null = null;
  cases: CaseInfo[] = [];
  caseNames = new Map<string, string>();
  private scoreCache = new Map<string, Promise<Scores>>();
  private scoreDone = new Map<string, Scores>();
  private communities: { key: string; of: Map<string, string>; labels: Map<string, string> } | null = null;
  private brokers: { key: string; of: Map<string, Broker> } | null = null;
  private windowNet: { nodes: Set<string>; links: Set<string> } | null = null;
  private windowSeq = 0;
  private playing: number | null = null;
  private pathFrom: { id: string; name: string } | null = null;
  private finding: FindingCard | null = null;
  private panelExtra = new Map<string, { candidates?: PanelModel['candidates']; full?: Entity }>();
  private lastError: string | null = null;
  private insightsNote: string | null = null;
  /** What the server last said its grading restriction left out, for the projection it was asked about (projKey). */
  private restriction: { key: string; r: Restriction } | null = null;
  private searchSeq: AbortController | null = null;
  private searchRows: ReturnType<typeof resultRows> = [];
  private searchCursor = -1;
  private renderer!: Renderer;
  private layout!: Layout;
  private timebar!: TimeBar;
  private top!: TopBar;
  private rail!: RailHandles;
  private legendEl!: HTMLElement;
  private bannerEl!: HTMLElement;
  private findingsEl!: HTMLElement;
  private emptyEl!: HTMLElement;
  private statusEl!: HTMLElement;
  private toolsEl!: HTMLElement;
  /** The reader's choice to fold or unfold the legend, until the next findings card opens or closes (null: none). */
  private legendFolded: boolean | null = null;
  /** Has the reader picked a colouring (then large charts are not switched to communities)? */
  private colourChosen = false;
  /** Milliseconds since navigation start (performance.now()) at each step of drawing, for benchmarks. */
  private timing: Record<string, number> = {};
  /** Case nodes hidden (none of their links shown): computed on each render. */
  private hiddenCases = new Set<string>();
  private readyResolve!: () => void;
  private isReady = false;
  readonly ready = new Promise<void>((r) => (this.readyResolve = r));

  // ---- start ---------------------------------------------------------------------------------------------------

  start(): void {
    this.exposeHooks();
    setUnauthorisedHandler((m) => this.sessionEnded(m));
    const st = startSession(location.hash, sessionStorage);
    if (st.replaceHash !== null) history.replaceState(null, '', location.pathname + location.search + st.replaceHash);
    if (!st.token) {
      this.setPageState('signin');
      signInBox(null, (t) => this.submitToken(t));
      return;
    }
    this.boot(st.chart);
  }

  private submitToken(t: string): string | null {
    const tok = signIn(t, sessionStorage);
    if (!tok) return 'That does not look like a token (it starts with rl_).';
    document.querySelector('[data-testid="signin"]')?.remove();
    this.boot(parseFragment(location.hash).chart ?? null);
    return null;
  }

  private sessionEnded(message: string): void {
    if (document.querySelector('[data-testid="signin"]')) return;
    this.status(null);
    this.lastError = message;
    this.stopPlay();
    this.layout?.stop();
    this.setPageState('signin');
    this.settle(); // "ready" also means "failed visibly": the sign-in box says why
    signInBox(message, (t) => {
      const tok = signIn(t, sessionStorage);
      if (!tok) return 'That does not look like a token (it starts with rl_).';
      location.reload();
      return null;
    });
  }

  private signOut(): void {
    endSession(sessionStorage);
    history.replaceState(null, '', location.pathname);
    location.reload();
  }

  private setPageState(s: string): void {
    $('#app').dataset.state = s;
  }

  private async boot(chart: string | null): Promise<void> {
    // The network is asked for at once: it travels while the page builds its parts and asks who is signed in.
    this.timing.networkRequested ??= performance.now();
    const early = chart ? null : api.network({ view: 'full' });
    early?.catch(() => {});
    this.buildUI();
    this.setPageState('loading');
    this.status('Connecting…');
    try {
      this.about = await api.about();
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 0)) {
        if (e.status === 0) this.unreachable(e);
        return;
      }
      this.about = null; // older servers have no /about: carry on, the role shows in the first 403
    }
    renderWho(this.top.who, this.about);
    this.applyRole();
    api.cases().then(
      (r) => {
        this.cases = r.cases;
        this.caseNames = new Map(r.cases.map((c) => [c.id, c.name]));
        renderCases(this.top.caseSelect, this.cases, this.state.scope.case);
        this.renderChrome();
      },
      () => {},
    );
    if (chart) await this.openChart(chart);
    else await this.loadNetwork({}, false, early);
  }

  private canAnalyse(): boolean {
    return !this.about || this.about.token.role !== 'viewer';
  }

  private applyRole(): void {
    const analyst = this.canAnalyse();
    for (const el of this.rail.analystOnly) el.hidden = !analyst;
    if (!analyst) {
      this.state = { ...this.state, sizeBy: 'degree', colourBy: 'kind' };
      this.rail.colourBy.querySelectorAll('option').forEach((o) => (o.disabled = o.value !== 'kind' && o.value !== 'case'));
      this.rail.sizeBy.querySelectorAll('option').forEach((o) => (o.disabled = o.value !== 'none' && o.value !== 'degree'));
    }
  }

  private buildUI(): void {
    if (this.renderer) return;
    this.top = buildTopBar($('#topbar'));
    this.top.signOut.addEventListener('click', () => this.signOut());
    this.top.caseSelect.addEventListener('change', () => this.openCase(this.top.caseSelect.value || null));
    this.bindSearch();
    this.rail = buildRail($('#rail'), {
      sizeBy: (v) => this.setSizeBy(v),
      colourBy: (v) => this.setColourBy(v),
      layout: () => (this.layout.running ? this.layout.stop() : this.runLayout()),
      circle: () => this.circleLayout(),
      fit: () => this.frameNow(null, true),
      undo: () => this.undo(),
      keyPlayers: (k) => this.keyPlayers(k),
      cycles: () => this.cycles(),
      hawala: () => this.hawala(),
      save: () => this.saveDialog(),
      open: () => this.openDialog(),
      exportAs: (f) => this.exportAs(f),
      exportServer: (f) => void this.exportServer(f),
      clearChart: () => this.clearChart(),
      grades: (g) => this.setGrades(g),
    });
    const stage = $('#stage');
    this.legendEl = h('div', { class: 'legend', testid: 'legend', 'aria-label': 'Legend' });
    this.bannerEl = h('div', { class: 'banner', testid: 'summary-banner', hidden: true, role: 'status' });
    this.findingsEl = h('div', { class: 'findings', testid: 'findings', hidden: true });
    this.emptyEl = h('div', { class: 'empty-state', testid: 'empty-state', hidden: true });
    this.statusEl = h('div', { class: 'status', testid: 'status', role: 'status', hidden: true });
    const tools = this.toolsEl = h('div', { class: 'canvas-tools' },
      h('button', { class: 'icon', 'aria-label': 'Zoom in', title: 'Zoom in', testid: 'zoom-in', onclick: () => this.renderer.zoom(1.5) }, '+'),
      h('button', { class: 'icon', 'aria-label': 'Zoom out', title: 'Zoom out', testid: 'zoom-out', onclick: () => this.renderer.zoom(1 / 1.5) }, '−'),
      h('button', { class: 'icon', 'aria-label': 'Fit the chart', title: 'Fit', testid: 'zoom-reset', onclick: () => this.frameNow(null, true) }, '⤢'));
    stage.append(this.bannerEl, this.findingsEl, this.legendEl, tools, this.emptyEl, this.statusEl);
    this.renderer = new Renderer($('#graph'), {
      click: (id) => this.select(id),
      doubleClick: (id) => (isSummary(id) ? this.openCommunity(id) : this.expand(id)),
      hover: () => {},
      dragStart: () => this.layout.stop(),
      moved: () => this.pull(),
      drawn: () => {
        if (this.timing.firstDraw === undefined && this.timing.networkLoaded !== undefined) this.timing.firstDraw = performance.now();
      },
      overlays: () => this.overlays().map((e) => e.getBoundingClientRect()),
      insets: () => this.insets(),
    });
    this.layout = new Layout(() => this.renderer.graph, () => this.renderer.frames.last);
    this.layout.onChange = (running) => {
      this.rail.layout.textContent = running ? 'Stop layout' : 'Run ForceAtlas2';
      this.rail.layout.setAttribute('aria-pressed', String(running));
      if (running) this.timing.layoutStarted ??= performance.now();
      else {
        this.timing.layoutStopped ??= performance.now();
        this.pull();
      }
      this.follow(running);
    };
    this.timebar = new TimeBar($('#timebar'), { setWindow: (w) => this.setWindow(w), togglePlay: () => this.togglePlay() });
    document.addEventListener('keydown', (e) => this.key(e));
  }

  /** overlays: the boxes floating over the chart, shown now. */
  private overlays(): HTMLElement[] {
    return [this.legendEl, this.findingsEl, this.bannerEl, this.statusEl, this.toolsEl].filter((e) => e && !e.hidden && e.offsetParent !== null);
  }

  /** insets: how much of the chart's left (findings card), right (legend) and bottom (banner) overlays cover. */
  private insets(): { left: number; right: number; top: number; bottom: number } {
    const stage = $('#stage').getBoundingClientRect();
    const out = { left: 0, right: 0, top: 0, bottom: 0 };
    if (!this.findingsEl.hidden) out.left = this.findingsEl.getBoundingClientRect().right - stage.left;
    if (!this.legendEl.hidden && !this.legendEl.classList.contains('folded')) out.right = stage.right - this.legendEl.getBoundingClientRect().left;
    if (!this.bannerEl.hidden) out.bottom = stage.bottom - this.bannerEl.getBoundingClientRect().top;
    return out;
  }

  private key(e: KeyboardEvent): void {
    const t = e.target as HTMLElement;
    const typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
    if (e.key === '/' && !typing) {
      e.preventDefault();
      this.top.search.focus();
      this.top.search.select();
    } else if (e.key === 'Escape' && !document.querySelector('dialog[open]')) {
      if (t === this.top.search) {
        this.top.results.hidden = true;
        this.top.search.blur();
      }
      this.select(null);
    } else if ((e.ctrlKey || e.metaKey) && e.key === 'z' && !typing) {
      e.preventDefault();
      this.undo();
    }
  }

  private status(text: string | null): void {
    if (!this.statusEl) return;
    this.statusEl.hidden = !text;
    this.statusEl.textContent = text ?? '';
  }

  /** unreachable: the server did not answer at all; say so where the chart would be, not in a blank canvas. */
  private unreachable(e: ApiError): void {
    this.status(null);
    this.lastError = e.message;
    toast(e.message, 'error');
    this.markReady();
    this.render(false);
  }

  private fail(e: unknown, context?: string): void {
    if (e instanceof ApiError && e.status === 401) return;
    if ((e as Error)?.name === 'AbortError') return;
    const [msg, lines] = errorText(e);
    this.lastError = context ? `${context}: ${msg}` : msg;
    toast(this.lastError, 'error', lines);
  }

  // ---- state changes -------------------------------------------------------------------------------------------

  /** pull records where the layout or a drag left the nodes. */
  private pull(): void {
    this.state = setPositions(this.state, this.renderer.positions());
  }

  private commit(next: ChartState, opt: { positions?: boolean; fit?: boolean } = {}): void {
    this.state = next;
    this.render(opt.positions ?? false);
    if (opt.fit) this.fit();
  }

  /**
   * The camera as the last automatic fit left it, and what it fitted (everything, or the highlighted nodes): while
   * the reader has not moved the camera, the view follows the layout as it unfolds, and fits once more at its end.
   */
  private fitted: { x: number; y: number; ratio: number; ids: string[] | null } | null = null;
  private followTimer: number | null = null;

  /** fit frames the whole drawing, or the given nodes, clear of the overlays (after the renderer has them). */
  private fit(ids: string[] | null = null, delay = 30): void {
    window.setTimeout(() => this.frameNow(ids, false), delay);
  }

  private frameNow(ids: string[] | null, animate: boolean): void {
    if (ids) this.renderer.fitTo(ids, animate);
    else this.renderer.fit(animate);
    const c = this.renderer.sigma.getCamera().getState();
    this.fitted = { x: c.x, y: c.y, ratio: c.ratio, ids };
    if (animate) window.setTimeout(() => {
      const d = this.renderer.sigma.getCamera().getState();
      if (this.fitted?.ids === ids) this.fitted = { x: d.x, y: d.y, ratio: d.ratio, ids };
    }, 400);
  }

  /** untouched: has the camera stayed where the last automatic fit put it? */
  private untouched(): boolean {
    const c = this.renderer.sigma.getCamera().getState();
    const f = this.fitted;
    return !!f && Math.abs(c.x - f.x) < 1e-6 && Math.abs(c.y - f.y) < 1e-6 && Math.abs(c.ratio - f.ratio) < 1e-6;
  }

  /** follow keeps the automatic framing while the layout runs, and fits once more when it stops. */
  private follow(running: boolean): void {
    if (this.followTimer !== null) window.clearInterval(this.followTimer);
    this.followTimer = null;
    if (running) this.followTimer = window.setInterval(() => this.untouched() && this.frameNow(this.fitted!.ids, false), 800);
    else if (this.untouched()) {
      // A layout has no up or down: turn a wide drawing upright when the free part of the chart is tall (or the other
      // way round), so that it is drawn larger.
      if (!this.fitted!.ids && this.renderer.turnToFit(this.insets())) this.pull();
      this.frameNow(this.fitted!.ids, true);
    }
  }

  /** projection is what the server's analyses (centrality, communities) are asked about: what the chart shows. */
  private projection(): Projection {
    const p: Projection = { view: 'full' };
    if (this.state.scope.case) p.case = this.state.scope.case;
    if (this.state.window) {
      p.from = this.state.window.from;
      p.to = this.state.window.to;
    }
    const types = typesParam(this.state.hiddenTypes);
    if (types) p.types = types;
    return { ...p, ...gradeParams(this.state.grades) };
  }

  private projKey(): string {
    const p = this.projection();
    return `${p.case ?? ''}|${p.from ?? ''}|${p.to ?? ''}|${p.types ?? ''}|${gradesKey(this.state.grades)}`;
  }

  /** restrictionKey: what a restriction's counts depend on (the scope, window and grades; not the link types). */
  private restrictionKey(): string {
    const s = this.state;
    return `${s.scope.case ?? ''}|${s.scope.community ?? ''}|${s.window?.from ?? ''}|${s.window?.to ?? ''}|${gradesKey(s.grades)}`;
  }

  /** noteRestriction keeps what an answer says its restriction left out, if it answered the chart's current question. */
  private noteRestriction(r: Restriction | undefined, key: string): void {
    if (r && key === this.restrictionKey()) this.restriction = { key, r };
  }

  private async loadNetwork(scope: { case?: string; community?: string }, keepWindow = false, early: Promise<Network> | null = null): Promise<void> {
    this.layout.stop();
    this.status(scope.community ? 'Opening the community…' : scope.case ? 'Drawing the case…' : 'Drawing the network…');
    const p: Projection & { community?: string } = { view: 'full' };
    if (scope.case) p.case = scope.case;
    if (scope.community) p.community = scope.community;
    try {
      this.timing.networkRequested ??= performance.now();
      const net = await (early ?? api.network(p));
      this.timing.networkLoaded ??= performance.now();
      this.pull();
      if (net.summarised) {
        const { entities, links, members } = summaryElements(net);
        this.summaryLargest = Math.max(1, ...members.values());
        const pos = circleByCommunity(entities.map((e) => e.id), () => null, 3);
        const base = keepWindow ? this.state : { ...this.state, window: null };
        this.commit(replaceAll(base, entities, links, pos, { summary: { reason: net.reason }, scope, members }), { positions: true, fit: true });
      } else {
        await this.drawFull(net, scope, keepWindow);
      }
      this.markReady();
    } catch (e) {
      this.fail(e, 'The network could not be drawn');
      this.markReady();
      this.render(false); // after markReady: the empty chart then says what went wrong
    } finally {
      this.status(null);
    }
  }

  private summaryLargest = 1;

  /**
   * drawFull draws a network at once, grouped by a community guess made in the page (label propagation on the links
   * shown: a few milliseconds for 50,000 links, where the server's communities would cost a round trip), then lets
   * ForceAtlas2 refine it in the worker. Scores and the server's communities arrive afterwards.
   */
  private async drawFull(net: NetworkFull, scope: { case?: string; community?: string }, keepWindow: boolean): Promise<void> {
    let base = keepWindow ? this.state : { ...this.state, window: null };
    // Thousands of nodes of one kind in one colour read as a single blob: colour them by community unless the
    // reader chose a colouring (analysts only: communities are an analysis).
    if (!this.colourChosen && this.canAnalyse()) base = { ...base, colourBy: net.entities.length > LARGE_CHART ? 'community' : 'kind' };
    this.windowNet = null;
    const next = replaceAll(base, net.entities, net.links, new Map(), { scope });
    this.commit(setPositions(next, this.initialPositions(next)), { positions: true, fit: true });
    this.runLayout();
    void (gradesActive(this.state.grades) ? this.refilter() : this.refreshInsights());
  }

  /** groupsGuess: a community index for each shown node (label propagation on the links shown). */
  private groupsGuess(s: ChartState): Map<string, number> {
    const hidden = hiddenNodes(s);
    const ids = [...s.nodes.keys()].filter((id) => !hidden.has(id));
    const index = new Map(ids.map((id, i) => [id, i]));
    const links = shownLinks(s, hidden);
    const pairs = new Int32Array(links.length * 2);
    let m = 0;
    for (const { link } of links) {
      const a = index.get(link.source), b = index.get(link.target);
      if (a === undefined || b === undefined) continue;
      pairs[m++] = a;
      pairs[m++] = b;
    }
    const edges = pairs.subarray(0, m);
    const label = mergeSmallGroups(labelPropagation(ids.length, edges), edges, Math.max(3, Math.ceil(Math.sqrt(ids.length))));
    return new Map(ids.map((id, i) => [id, label[i]!]));
  }

  /** initialPositions: communities (guessed) packed as discs; hidden case nodes at the middle, where they wait. */
  private initialPositions(s: ChartState): Map<string, { x: number; y: number }> {
    const groups = this.groupsGuess(s);
    const pos = packByCommunity([...groups.keys()], (id) => groups.get(id), 1);
    for (const id of s.nodes.keys()) if (!pos.has(id)) pos.set(id, { x: 0, y: 0 });
    return pos;
  }

  /** layoutInput: what ForceAtlas2 lays out, the nodes and links shown (type filter; hidden case nodes left out). */
  private layoutInput(): LayoutInput {
    const s = this.state;
    const hidden = hiddenNodes(s);
    return {
      ids: [...s.nodes.keys()].filter((id) => !hidden.has(id)),
      links: shownLinks(s, hidden).map((l) => [l.link.source, l.link.target]),
    };
  }

  private markReady(): void {
    this.timing.ready ??= performance.now();
    this.setPageState('ready');
    this.settle();
  }

  /** settle resolves the ready promise (once). */
  private settle(): void {
    if (!this.isReady) {
      this.isReady = true;
      this.readyResolve();
    }
  }

  private undo(): void {
    this.layout.stop();
    this.pull();
    const before = this.state;
    const after = undo(before);
    // Back from a community to the summary (or any change of scope): show the whole of what comes back.
    const moved = !!before.summary !== !!after.summary || before.scope.case !== after.scope.case || before.scope.community !== after.scope.community;
    this.commit(after, { positions: true, fit: moved });
  }

  private clearChart(): void {
    this.layout.stop();
    this.pull();
    this.finding = null;
    this.commit(replaceAll(this.state, [], [], new Map()), { positions: true });
  }

  private select(id: string | null): void {
    if (id !== null && !this.state.nodes.has(id)) {
      toast('That entity is not on the chart. Search for it to add it.', 'info');
      return;
    }
    this.state = select(this.state, id);
    this.render(false);
    if (id) void this.loadPanelExtras(id);
  }

  private runLayout(): void {
    if (this.state.nodes.size < 2) return;
    this.pull();
    this.layout.start(this.layoutInput());
  }

  /** circleLayout: the server's communities on a circle when known, else the page's own guess. */
  private circleLayout(): void {
    this.layout.stop();
    this.pull();
    const ids = [...this.state.nodes.keys()];
    const server = this.communities?.key === this.projKey() ? this.communities : null;
    const guess = server ? null : this.groupsGuess(this.state);
    const pos = circleByCommunity(ids, (id) => (server ? server.of.get(id) : guess!.has(id) ? String(guess!.get(id)) : null), 1);
    this.commit(setPositions(this.state, pos), { positions: true, fit: true });
  }

  /** toggleLinkType shows or hides a link type; case nodes shown again come to the middle of their members. */
  private toggleLinkType(key: string): void {
    this.pull();
    const before = hiddenNodes(this.state);
    let next = toggleType(this.state, key);
    const after = hiddenNodes(next);
    const back = [...before].filter((id) => !after.has(id));
    if (back.length) {
      const pos = new Map<string, { x: number; y: number }>();
      for (const id of back) {
        let x = 0, y = 0, n = 0;
        for (const { link } of next.links.values()) {
          const other = link.source === id ? link.target : link.target === id ? link.source : null;
          const o = other ? next.nodes.get(other) : undefined;
          if (!o || after.has(other!)) continue;
          x += o.x;
          y += o.y;
          n++;
        }
        if (n) pos.set(id, { x: x / n, y: y / n });
      }
      next = setPositions(next, pos);
    }
    this.commit(next, { positions: back.length > 0 });
    void this.refreshInsights();
  }

  // ---- search --------------------------------------------------------------------------------------------------

  private bindSearch(): void {
    const input = this.top.search;
    let timer = 0;
    input.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => this.runSearch(input.value), 180);
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        this.searchCursor = moveCursor(this.searchCursor, e.key === 'ArrowDown' ? 1 : -1, this.searchRows.length);
        renderResults(this.top.results, this.searchRows, this.searchCursor, (id) => this.chooseResult(id), this.caseNames);
      } else if (e.key === 'Enter') {
        const row = this.searchRows[this.searchCursor >= 0 ? this.searchCursor : 0];
        if (row) this.chooseResult(row.id);
      }
    });
    input.addEventListener('blur', () => window.setTimeout(() => (this.top.results.hidden = true), 150));
    input.addEventListener('focus', () => {
      if (this.searchRows.length) this.top.results.hidden = false;
    });
  }

  private searchResults: Entity[] = [];

  private async runSearch(q: string): Promise<void> {
    this.searchSeq?.abort();
    if (!q.trim()) {
      this.top.results.hidden = true;
      this.searchRows = [];
      return;
    }
    const ctl = new AbortController();
    this.searchSeq = ctl;
    try {
      const r = await api.search(q.trim(), ctl.signal);
      if (ctl.signal.aborted) return;
      this.searchResults = r.results;
      this.searchRows = resultRows(r.results, q, new Set(this.state.nodes.keys()));
      this.searchCursor = -1;
      renderResults(this.top.results, this.searchRows.length ? this.searchRows : `Nothing matches “${q.trim()}”.`, -1, (id) => this.chooseResult(id), this.caseNames);
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      renderResults(this.top.results, errorText(e)[0], -1, () => {});
    }
  }

  private async chooseResult(id: string): Promise<void> {
    this.top.results.hidden = true;
    this.top.search.blur();
    const e = this.searchResults.find((r) => r.id === id);
    if (!e) return;
    if (this.state.nodes.has(id)) {
      this.select(id);
      this.renderer.focus(id);
      return;
    }
    this.pull();
    let links: import('./api/types').Link[] = [];
    let near: string | null = null;
    try {
      const n = await api.neighbourhood(id, 1);
      links = n.links.filter((l) => (l.source === id && this.state.nodes.has(l.target)) || (l.target === id && this.state.nodes.has(l.source)));
      near = links.length ? (links[0]!.source === id ? links[0]!.target : links[0]!.source) : null;
    } catch {
      /* draw it alone */
    }
    this.commit(addElements(this.state, [e], links, { near, select: id }));
    void this.loadPanelExtras(id);
    window.setTimeout(() => this.renderer.focus(id), 30);
  }

  // ---- expand --------------------------------------------------------------------------------------------------

  private async expand(id: string): Promise<void> {
    if (isSummary(id)) return this.openCommunity(id);
    this.status('Looking at the neighbourhood…');
    try {
      const n = await api.neighbourhood(id, 1);
      this.status(null);
      this.pull();
      const drawn = new Set(this.state.nodes.keys());
      const o = offer(n, drawn, new Set(this.state.links.keys()));
      const centre = this.state.nodes.get(id)?.entity.name ?? id;
      if (o.groups.length === 0) {
        toast('Everything around it is already on the chart.', 'info');
        return;
      }
      const boxes = o.groups.map((g) => h('input', { type: 'checkbox', checked: true, value: g.key, testid: `expand-type-${g.key}` }));
      const count = h('span', { testid: 'expand-count' });
      const recount = () => {
        const chosen = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
        const r = choose(n, chosen, drawn);
        count.textContent = `Adds ${r.entities.filter((e) => !drawn.has(e.id)).length} entities and ${r.links.filter((l) => !this.state.links.has(linkKey(l))).length} links`;
      };
      boxes.forEach((b) => b.addEventListener('change', recount));
      recount();
      const table = h('table', { class: 'expand-table' },
        h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, 'Link type'), h('th', { class: 'num' }, 'Links'), h('th', { class: 'num' }, 'New entities'))),
        h('tbody', {}, o.groups.map((g, i) => h('tr', {}, h('td', {}, boxes[i]!), h('td', {}, h('span', { class: 'line-swatch', 'data-colour': linkColour(g.type, g.subtype) }), describeGroup(g)), h('td', { class: 'num' }, String(g.links)), h('td', { class: 'num' }, String(g.newEntities))))));
      table.querySelectorAll<HTMLElement>('[data-colour]').forEach((s) => (s.style.background = s.dataset.colour!));
      const add = h('button', { class: 'btn primary', testid: 'expand-add' }, 'Add to chart');
      const all = h('button', { class: 'btn', testid: 'expand-none', onclick: () => { const on = !boxes.every((b) => b.checked); boxes.forEach((b) => (b.checked = on)); recount(); } }, 'All / none');
      const d = modal('Expand', 'expand-dialog', [
        h('p', {}, 'Around ', name(centre), `: ${o.newEntities} entities not yet on the chart.`),
        o.truncated ? h('p', { class: 'note' }, 'The neighbourhood was cut at the server\'s limit; expand again from the new nodes to see more.') : null,
        table,
        h('p', { class: 'muted' }, count),
      ], [all, add]);
      add.addEventListener('click', () => {
        const chosen = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
        d.close();
        this.pull();
        const r = choose(n, chosen, new Set(this.state.nodes.keys()));
        this.commit(addElements(this.state, r.entities, r.links, { near: id, select: id }));
      });
    } catch (e) {
      this.status(null);
      this.fail(e, 'Cannot expand');
    }
  }

  private async openCommunity(id: string): Promise<void> {
    const c = communityOf(id);
    if (!c) return;
    const scope: { case?: string; community?: string } = { community: c };
    if (this.state.scope.case) scope.case = this.state.scope.case;
    await this.loadNetwork(scope);
  }

  // ---- case view -----------------------------------------------------------------------------------------------

  private async openCase(id: string | null): Promise<void> {
    this.finding = null;
    if (!id) {
      await this.loadNetwork({});
      return;
    }
    await this.loadNetwork({ case: id });
    if (!this.canAnalyse()) return;
    try {
      const c = await api.caseLinks(id, gradeParams(this.state.grades));
      const f = caseLinksFinding(c);
      this.applyFinding(f, {
        title: f.highlight.label,
        testid: 'findings-case-links',
        names: [c.case.title],
        body: [
          ...c.links.map((l) => h('div', { class: 'finding-item' }, h('strong', {}, '→ ', name(l.case.title)), h('span', { class: 'muted' }, ` (${l.case.type.replace(/_/g, ' ')})`), this.caseLinkText(l))),
          this.bridgesList(c.bridges),
        ],
      });
    } catch (e) {
      this.fail(e, 'Case links');
    }
  }

  /** bridgesList: people in cases of several types first (highlighted), then the others who broker between types. */
  private bridgesList(bridges: CaseLinks['bridges']): HTMLElement {
    if (!bridges.length) return h('p', { class: 'muted' }, 'No person bridges case types.');
    const item = (b: CaseLinks['bridges'][number]) => h('li', { dir: 'ltr' }, h('button', { class: 'link', onclick: () => this.select(b.id) }, name(b.name)), h('span', { class: 'muted' }, ' · ', bidi(b.explanation, [b.name])));
    const cross = bridges.filter((b) => (b.case_types ?? []).length > 1);
    const others = bridges.filter((b) => (b.case_types ?? []).length <= 1);
    return h('div', { class: 'finding-item' },
      h('strong', {}, 'People in cases of several types'),
      cross.length ? h('ul', {}, cross.map(item)) : h('p', { class: 'muted' }, 'None.'),
      others.length ? h('details', { class: 'more' }, h('summary', {}, `${others.length} other${others.length === 1 ? '' : 's'} who broker between case types`), h('ul', {}, others.map(item))) : null);
  }

  /**
   * caseLinkText says what ties two cases, from the answer's structured fields rather than its sentence: each shared
   * entity is its own isolated, clickable name (an Arabic name before a phone number would otherwise swallow it).
   */
  private caseLinkText(l: CaseLinks['links'][number]): HTMLElement {
    const MAX = 40;
    if (l.shared.length) {
      const shown = l.shared.slice(0, MAX);
      return h('p', { dir: 'ltr', class: 'shared-list' }, `shares ${l.shared.length} entit${l.shared.length === 1 ? 'y' : 'ies'}: `,
        shown.map((r, i) => [i ? ', ' : '', h('button', { class: 'link', title: r.kind, onclick: () => this.select(r.id) }, name(r.name))]),
        l.shared.length > MAX ? ` and ${l.shared.length - MAX} more` : '');
    }
    const names = (l.paths ?? []).flatMap((p) => p.entities.map((e) => e.name));
    return h('p', { dir: 'ltr' }, bidi(l.explanation, names));
  }

  // ---- findings ------------------------------------------------------------------------------------------------

  private applyFinding(f: Finding, card: FindingCard, near?: string): void {
    this.pull();
    const missing = f.entities.filter((e) => !this.state.nodes.has(e.id));
    const missingLinks = f.links.filter((l) => !this.state.links.has(linkKey(l)));
    let s = this.state;
    if (missing.length || missingLinks.length) s = addElements(s, missing, f.links, { near: near ?? f.entities.find((e) => s.nodes.has(e.id))?.id ?? null });
    s = { ...s, highlight: f.highlight, removed: [] };
    this.finding = card;
    this.legendFolded = null;
    this.commit(s);
    this.showHighlight();
  }

  /** showHighlight brings what is highlighted into view (after the renderer has processed the new nodes). */
  private showHighlight(): void {
    const ids = this.state.highlight?.nodes ?? [];
    this.fit(ids, 60);
  }

  private clearFinding(): void {
    this.finding = null;
    this.legendFolded = null;
    this.commit({ ...this.state, highlight: null, removed: [] });
  }

  private async paths(from: string, to: string): Promise<void> {
    const fromName = this.state.nodes.get(from)?.entity.name ?? from;
    const toName = this.state.nodes.get(to)?.entity.name ?? to;
    this.status('Finding paths…');
    const g = gradeParams(this.state.grades);
    const [sp, tp] = await Promise.allSettled([api.paths(from, to, g), api.timePaths(from, to, g)]);
    this.status(null);
    if (sp.status === 'rejected' && tp.status === 'rejected') return this.fail(sp.reason, 'Paths');
    const shortest = sp.status === 'fulfilled' ? sp.value.paths : [];
    const timed = tp.status === 'fulfilled' ? tp.value.paths : [];
    const all = pathsFinding([...shortest, ...timed], `Paths from ${fromName} to ${toName}`);
    const item = (p: import('./api/types').PathResult, kind: string, i: number) =>
      h('li', {}, h('button', { class: 'link', testid: `path-${kind}-${i}`, onclick: () => { const f = pathsFinding([p], `${kind === 'time' ? 'Time-respecting' : 'Shortest'} path ${i + 1}`); this.commit({ ...this.state, highlight: f.highlight }); this.showHighlight(); } },
        `${p.length} hop${p.length === 1 ? '' : 's'}: `, p.entities.map((e, k) => [k ? ' → ' : '', name(e.name)]).flat(), p.departure ? ` (${p.departure} → ${p.arrival})` : ''));
    this.applyFinding(all, {
      title: `Paths: ${fromName} → ${toName}`,
      testid: 'findings-paths',
      names: [fromName, toName],
      body: [
        this.findingNote(sp.status === 'fulfilled' ? sp.value.restriction : tp.status === 'fulfilled' ? tp.value.restriction : undefined),
        h('h4', {}, 'Shortest'),
        shortest.length ? h('ol', { testid: 'paths-shortest' }, shortest.map((p, i) => item(p, 'shortest', i))) : h('p', { class: 'muted' }, sp.status === 'rejected' ? errorText(sp.reason)[0] : 'No path.'),
        h('h4', {}, 'In time order (each link no earlier than the one before)'),
        timed.length ? h('ol', { testid: 'paths-time' }, timed.map((p, i) => item(p, 'time', i))) : h('p', { class: 'muted' }, tp.status === 'rejected' ? errorText(tp.reason)[0] : 'No time-respecting path.'),
      ],
    }, from);
  }

  private async trail(id: string): Promise<void> {
    try {
      const t = await api.moneyTrail(id, this.state.nodes.get(id)?.entity.kind === 'Account', gradeParams(this.state.grades));
      if (!t.paths.length) return toast(`No payments leave this party${t.restriction ? ` (${restrictionNote(t.restriction)})` : ''}.`, 'info');
      const f = trailFinding(t);
      this.applyFinding(f, {
        title: f.highlight.label,
        testid: 'findings-trail',
        names: [t.start.name],
        body: [this.findingNote(t.restriction), h('ol', {}, t.reached.slice(0, 30).map((r) => h('li', {}, h('button', { class: 'link', onclick: () => this.select(r.id) }, name(r.name)), h('span', { class: 'muted' }, ` · ${r.hops} hop${r.hops === 1 ? '' : 's'}${r.first ? `, from ${r.first}` : ''}`))))],
      }, id);
    } catch (e) {
      this.fail(e, 'Money trail');
    }
  }

  private async cycles(from?: string): Promise<void> {
    try {
      const c = await api.moneyCycles(from, !!from && this.state.nodes.get(from)?.entity.kind === 'Account', gradeParams(this.state.grades));
      const restricted = c.restriction ? ` (${restrictionNote(c.restriction)})` : '';
      if (!c.cycles.length) return toast(from ? `No round trip of money passes through this party${restricted}.` : `No money round trips found${restricted}.`, 'info');
      const f = cyclesFinding(c);
      this.applyFinding(f, {
        title: f.highlight.label,
        testid: 'findings-cycles',
        body: [this.findingNote(c.restriction), h('ol', {}, c.cycles.map((cy, i) => h('li', {}, h('button', { class: 'link', testid: `cycle-${i}`, onclick: () => { this.commit({ ...this.state, highlight: cyclesFinding(c, i).highlight }); this.showHighlight(); } }, h('span', { dir: 'ltr' }, bidi(cy.explanation, cy.parties.map((p) => p.name)))))))],
      }, from);
    } catch (e) {
      this.fail(e, 'Round trips');
    }
  }

  private async hawala(): Promise<void> {
    try {
      const r = await api.hawala(gradeParams(this.state.grades));
      if (!r.hubs.length) return toast(`No hawala hubs found${r.restriction ? ` (${restrictionNote(r.restriction)})` : ''}.`, 'info');
      const refs: Ref[] = r.hubs;
      const f: Finding = { entities: refs.map((x) => ({ id: x.id, name: x.name, kind: x.kind })), links: [], highlight: { label: `${r.hubs.length} hawala hubs`, nodes: refs.map((x) => x.id), links: [] } };
      this.applyFinding(f, {
        title: `Hawala hubs (${r.hubs.length})`,
        testid: 'findings-hawala',
        body: [this.findingNote(r.restriction), h('ol', {}, r.hubs.map((hub) => h('li', {}, h('button', { class: 'link', onclick: () => this.select(hub.id) }, name(hub.name)), hub.registered ? h('span', { class: 'chip' }, 'registered office') : null, h('p', { class: 'muted', dir: 'ltr' }, bidi(hub.explanation, [hub.name])))))],
      });
    } catch (e) {
      this.fail(e, 'Hawala hubs');
    }
  }

  private async keyPlayers(k: number): Promise<void> {
    let r: KeyPlayersResult;
    try {
      this.status('Finding key players…');
      r = await api.keyPlayers(k, this.projection());
    } catch (e) {
      return this.fail(e, 'Key players');
    } finally {
      this.status(null);
    }
    const ids = r.players.map((p) => p.id);
    const f: Finding = { entities: r.players.map((p) => ({ id: p.id, name: p.name, kind: p.kind })), links: [], highlight: { label: `Key players (k=${r.k})`, nodes: ids, links: [] } };
    const result = h('div', { class: 'kp-result', testid: 'keyplayers-result' });
    const simulate = h('button', { class: 'btn primary', testid: 'keyplayers-remove' }, 'Simulate their removal');
    simulate.addEventListener('click', () => {
      const on = this.state.removed.length === 0;
      this.commit({ ...this.state, removed: on ? ids : [], highlight: on ? null : f.highlight });
      simulate.textContent = on ? 'Put them back' : 'Simulate their removal';
      this.renderKpResult(result, r, on);
    });
    this.applyFinding(f, {
      title: `Key players (k=${r.k})`,
      testid: 'findings-keyplayers',
      body: [this.findingNote(r.restriction), h('ol', { testid: 'keyplayers-list' }, r.players.map((p) => h('li', {}, h('button', { class: 'link', onclick: () => this.select(p.id) }, name(p.name))))), h('p', { dir: 'ltr' }, bidi(r.explanation, r.players.map((p) => p.name))), simulate, result],
    });
    this.renderKpResult(result, r, false);
  }

  private renderKpResult(el: HTMLElement, r: KeyPlayersResult, removed: boolean): void {
    // On the chart as drawn, without case nodes (a case file ties everyone in it together on paper only).
    const keep = [...this.state.nodes.values()].filter((n) => n.entity.kind !== 'Case').map((n) => n.id);
    const edges: [string, string][] = [...this.state.links.values()].map((l) => [l.link.source, l.link.target]);
    const before = fragmentation(keep, edges);
    const after = fragmentation(keep, edges, new Set(r.players.map((p) => p.id)));
    const row = (label: string, a: string, b: string) => h('tr', {}, h('th', {}, label), h('td', { class: 'num' }, a), h('td', { class: 'num' }, b));
    replace(el, h('table', { class: 'kp-table', testid: 'keyplayers-table' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', { class: 'num' }, 'Before'), h('th', { class: 'num' }, removed ? 'After (shown)' : 'After'))),
      h('tbody', {},
        row('Components', String(before.components), String(after.components)),
        row('Largest component', String(before.largest), String(after.largest)),
        row('Fragmentation (chart)', before.fragmentation.toFixed(3), after.fragmentation.toFixed(3)),
        row('Fragmentation (people view)', r.before.toFixed(3), r.score.toFixed(3)))),
      h('p', { class: 'muted small' }, 'Chart figures count what is drawn, without case nodes; the people view is the server\'s (persons tied by associations and shared phones, accounts, organisations).'));
  }

  // ---- time ----------------------------------------------------------------------------------------------------

  private async setWindow(w: TimeWindow | null): Promise<void> {
    this.state = { ...this.state, window: w };
    if (!w) this.stopPlay();
    await this.refilter(w ? 120 : 0);
  }

  /** setGrades applies a grading restriction to the drawing and to every analysis asked from now on. */
  private async setGrades(g: Grades): Promise<void> {
    this.state = { ...this.state, grades: g };
    await this.refilter();
  }

  /**
   * refilter asks the server what the chart's time window and grading restriction keep (the drawing of the chart's
   * scope with from, to, min_grade and confirmed_only), then redraws and recomputes the scores. Until it answers, and
   * for links outside the scope, the page decides by itself (core/time, core/grading). delay lets a brushed window
   * settle before asking.
   */
  private async refilter(delay = 0): Promise<void> {
    const seq = ++this.windowSeq;
    const s = this.state;
    const graded = gradesActive(s.grades);
    if (!s.window) this.windowNet = null;
    if (!s.window && !graded) {
      this.render(false);
      void this.refreshInsights();
      return;
    }
    this.render(false);
    if (delay) await new Promise((r) => window.setTimeout(r, delay));
    if (seq !== this.windowSeq) return;
    const key = this.restrictionKey();
    try {
      const p: Projection & { community?: string } = { view: 'full', ...gradeParams(s.grades) };
      if (s.window) {
        p.from = s.window.from;
        p.to = s.window.to;
      }
      if (s.scope.case) p.case = s.scope.case;
      if (s.scope.community) p.community = s.scope.community;
      const net = await api.network(p);
      if (seq !== this.windowSeq) return;
      if (s.window) this.windowNet = net.summarised ? null : { nodes: new Set(net.entities.map((e) => e.id)), links: new Set(net.links.map(linkKey)) };
      this.noteRestriction(net.restriction, key);
    } catch (e) {
      this.windowNet = null;
      this.fail(e, s.window ? 'Time window' : 'Grading');
    }
    this.render(false);
    void this.refreshInsights();
  }

  private togglePlay(): void {
    if (this.playing !== null) return this.stopPlay();
    const months = histogram([...this.state.links.values()].map((l) => l.link)).months;
    const tick = () => {
      const w = step(months, this.state.window);
      if (!w) return this.stopPlay();
      void this.setWindow(w);
    };
    this.playing = window.setInterval(tick, 1600);
    tick();
    this.renderChrome();
  }

  private stopPlay(): void {
    if (this.playing !== null) window.clearInterval(this.playing);
    this.playing = null;
    if (this.timebar) this.renderChrome();
  }

  // ---- insights ------------------------------------------------------------------------------------------------

  private scoresFor(measure: Measure): Promise<Scores> {
    const key = `${this.projKey()}|${measure}`;
    let p = this.scoreCache.get(key);
    if (!p) {
      p = api.centrality(measure, this.projection()).then((r) => {
        const s: Scores = { scores: new Map(r.results.map((x) => [x.id, x.score])), ranks: new Map(r.results.map((x) => [x.id, x.rank])), of: r.results.length };
        this.scoreDone.set(key, s);
        return s;
      });
      p.catch(() => this.scoreCache.delete(key));
      this.scoreCache.set(key, p);
    }
    return p;
  }

  private async refreshInsights(): Promise<void> {
    if (!this.canAnalyse() || this.state.summary) return;
    const jobs: Promise<unknown>[] = [];
    const key = this.projKey();
    const rkey = this.restrictionKey();
    if (this.state.sizeBy !== 'none') jobs.push(this.scoresFor(this.state.sizeBy));
    if (this.communities?.key !== key) {
      jobs.push(api.communities(this.projection()).then((c) => {
        this.noteRestriction(c.restriction, rkey);
        const of = new Map<string, string>();
        for (const com of c.communities) for (const m of com.members) of.set(m, String(com.id));
        this.communities = { key, of, labels: new Map(c.communities.map((x) => [String(x.id), x.label])) };
      }));
    }
    if ((this.state.colourBy === 'role' || this.state.selected) && this.brokers?.key !== key) {
      jobs.push(api.brokers(this.projection()).then((b) => {
        this.noteRestriction(b.restriction, rkey);
        this.brokers = { key, of: new Map(b.results.map((x) => [x.id, x])) };
      }));
    }
    const res = await Promise.allSettled(jobs);
    const bad = res.find((r) => r.status === 'rejected') as PromiseRejectedResult | undefined;
    this.insightsNote = bad ? errorText(bad.reason)[0] : null;
    if (bad && !(bad.reason instanceof ApiError && bad.reason.status === 401)) toast(`Scores: ${this.insightsNote}`, 'error');
    this.render(false);
  }

  private setSizeBy(v: SizeBy): void {
    this.commit({ ...this.state, sizeBy: v });
    void this.refreshInsights();
  }

  private setColourBy(v: ColourBy): void {
    this.colourChosen = true;
    this.commit({ ...this.state, colourBy: v });
    void this.refreshInsights();
  }

  /**
   * sizeScores are the scores nodes are sized by: the server's measure on what is shown once it has answered, and
   * until then (or for a viewer, who may not ask) each node's degree on the links shown, computed here.
   */
  private sizeScores(): { scores: Map<string, number> | null; stand_in: boolean } {
    const s = this.state;
    if (s.sizeBy === 'none') return { scores: null, stand_in: false };
    const scores = this.scoreDone.get(`${this.projKey()}|${s.sizeBy}`)?.scores;
    if (scores) return { scores, stand_in: false };
    return { scores: degrees(shownLinks(s, this.hiddenCases)), stand_in: true };
  }

  private look(): Look {
    const s = this.state;
    this.hiddenCases = s.summary ? new Set() : hiddenNodes(s);
    const ids = [...s.nodes.keys()].filter((id) => !this.hiddenCases.has(id));
    let sizes: Map<string, number>;
    if (s.summary) {
      sizes = new Map(ids.map((id) => [id, summarySize(s.nodes.get(id)!.members ?? 1, this.summaryLargest)]));
    } else {
      // Sizes are in screen pixels: the more nodes share the chart, the smaller they are drawn (zooming in grows them).
      const f = densityScale(ids.length);
      sizes = s.sizeBy === 'none' ? nodeSizes(ids, null, 6 * f, 6 * f) : nodeSizes(ids, this.sizeScores().scores, MIN_SIZE * f, MAX_SIZE * f);
    }
    const cats = this.categories();
    const scale = colourScale(s.colourBy, [...cats.values()].map((c) => c.key));
    const colours = new Map<string, string>();
    for (const [id, c] of cats) colours.set(id, s.nodes.get(id)!.members !== undefined ? KINDS.Community!.colour : (scale.get(c.key) ?? '#999'));
    return { sizes, colours };
  }

  private categories(): Map<string, { key: string; label: string }> {
    const s = this.state;
    const out = new Map<string, { key: string; label: string }>();
    for (const n of s.nodes.values()) {
      const b = this.brokers?.of.get(n.id);
      out.set(n.id, categoryOf(s.colourBy, {
        kind: n.entity.kind,
        cases: n.entity.cases ?? [],
        community: this.communities?.of.get(n.id) ?? null,
        role: b ? dominantRole(b.roles) : 'none',
      }, { cases: this.caseNames, communities: this.communities?.labels ?? new Map() }));
    }
    return out;
  }

  // ---- render --------------------------------------------------------------------------------------------------

  private lastLook: Look = { sizes: new Map(), colours: new Map() };

  render(positions = false): void {
    if (!this.renderer) return;
    const s = this.state;
    const look = this.look();
    this.lastLook = look;
    const view = emptyView();
    view.selected = s.selected;
    view.neighbours = s.selected ? neighbours(s, s.selected) : new Set();
    if (s.highlight) {
      view.highlightNodes = new Set(s.highlight.nodes);
      view.highlightLinks = new Set(s.highlight.links);
    }
    view.removed = new Set(s.removed);
    view.hiddenNodes = this.hiddenCases;
    const hidden = new Set<string>();
    const hiddenTypes = new Set(s.hiddenTypes);
    // The grading restriction, decided here as the server decides it (a summary's links have no grading).
    const graded = gradesActive(s.grades) && !s.summary;
    const leftOut = new Set<string>();
    if (graded) for (const n of s.nodes.values()) if (!keepsEntity(s.grades, n.entity.properties)) leftOut.add(n.id);
    for (const [k, l] of s.links) {
      if (hiddenTypes.has(typeKey(l.link))) hidden.add(k);
      else if (graded && (!keepsLink(s.grades, l.link.properties) || leftOut.has(l.link.source) || leftOut.has(l.link.target))) hidden.add(k);
      else if (s.window && (this.windowNet ? !this.windowNet.links.has(k) : !inWindow(l.link, s.window))) hidden.add(k);
    }
    view.hiddenLinks = hidden;
    for (const id of leftOut) view.faded.add(id);
    if (s.window) {
      if (this.windowNet) {
        for (const id of s.nodes.keys()) if (!this.windowNet.nodes.has(id)) view.faded.add(id);
      } else {
        const live = new Set<string>();
        for (const [k, l] of s.links) if (!hidden.has(k)) { live.add(l.link.source); live.add(l.link.target); }
        for (const id of s.nodes.keys()) if (!live.has(id)) view.faded.add(id);
      }
    }
    // The view first, so that the first frame of a new graph is already filtered; sync redraws when it rebuilds.
    this.renderer.view = view;
    const offTypes = new Set(s.hiddenTypes);
    const drawn = (key: string) => !offTypes.has(typeKey(s.links.get(key)!.link));
    if (!this.renderer.sync(s, look, positions, drawn)) this.renderer.refresh();
    this.renderChrome();
  }

  /** renderChrome redraws what is around the chart (legend, banner, findings, rail, time bar, panel), not the chart. */
  renderChrome(): void {
    if (!this.renderer) return;
    const s = this.state;
    const view = this.renderer.view;

    // Legend
    const cats = [...this.categories().values()];
    const titles: Record<ColourBy, string> = { kind: 'Colour: kind', community: 'Colour: community', case: 'Colour: case', role: 'Colour: brokerage role' };
    const standIn = !s.summary && s.sizeBy !== 'none' && s.sizeBy !== 'degree' && this.sizeScores().stand_in;
    const sizeNote = s.summary ? 'Size: entities in the community'
      : s.sizeBy === 'none' ? 'Size: all the same'
      : standIn ? `Size: links on the chart (${s.sizeBy} ${this.insightsNote ? 'unavailable' : 'loading…'})`
      : `Size: ${s.sizeBy}${s.window ? ` in ${describeWindow(s.window)}` : ''}${s.hiddenTypes.length ? ', on the links shown' : ''}${this.insightsNote ? ' (unavailable)' : ''}`;
    const linkItems = [...linkTypes(s).keys()].filter((k) => !s.hiddenTypes.includes(k)).slice(0, 8).map((k) => {
      const [type, sub] = k.split('/');
      return { label: describeGroup({ type: type!, ...(sub ? { subtype: sub } : {}) }), colour: linkColour(type!, sub) };
    });
    // Folded while a findings card is open (both would cover the chart), unless the reader unfolds it.
    const folded = this.legendFolded ?? !!this.finding;
    // The line styles are explained once a link on the chart is drawn other than solid.
    const lines = !s.summary && [...s.links.values()].some((l) => confidenceOf(l.link.properties) !== 'confirmed');
    renderLegend(this.legendEl, s.summary ? 'Communities (summary)' : titles[s.colourBy], s.summary ? [] : legend(s.colourBy, cats), sizeNote, s.summary ? [] : linkItems, folded, () => {
      this.legendFolded = !folded;
      this.renderChrome();
      this.renderer.sigma.scheduleRender(); // labels stay out of the legend's new box
    }, lines);
    this.legendEl.hidden = s.nodes.size === 0;

    // Banner, findings, empty state
    this.bannerEl.hidden = !s.summary;
    if (s.summary) replace(this.bannerEl, h('strong', {}, 'Summarised: '), h('span', { dir: 'ltr' }, bidi(s.summary.reason)), ' ', h('span', { class: 'muted' }, 'Each big node is a community; double-click one (or "Open" in the panel) to draw its members.'));
    else if (s.scope.community) {
      this.bannerEl.hidden = false;
      replace(this.bannerEl, `Community ${s.scope.community}: its members and their links. `, h('button', { class: 'link', testid: 'back-to-summary', onclick: () => this.undo() }, 'Back to the summary'));
    }
    this.findingsEl.hidden = !this.finding;
    if (this.finding) {
      replace(this.findingsEl,
        h('div', { class: 'findings-head' }, h('strong', { dir: 'ltr' }, bidi(this.finding.title, this.finding.names)), h('button', { class: 'icon', 'aria-label': 'Clear highlight', title: 'Clear highlight', testid: 'findings-clear', onclick: () => this.clearFinding() }, '×')),
        h('div', { class: 'findings-body', testid: this.finding.testid }, ...this.finding.body));
    }
    this.emptyEl.hidden = s.nodes.size > 0 || !this.isReady;
    if (s.nodes.size === 0) replace(this.emptyEl, h('p', {}, this.lastError ? this.lastError : 'The chart is empty.'), h('p', { class: 'muted' }, 'Search for a name above, pick a case, or '), h('button', { class: 'btn primary', testid: 'empty-load-network', onclick: () => this.loadNetwork({}) }, 'Draw the whole network'));

    // Rail
    this.rail.sizeBy.value = s.sizeBy;
    this.rail.colourBy.value = s.colourBy;
    this.rail.undo.disabled = s.past.length === 0;
    const shownLinkCount = [...s.links.values()].filter((l) => !view.hiddenLinks.has(l.key) && !this.hiddenCases.has(l.link.source) && !this.hiddenCases.has(l.link.target)).length;
    const shownNote = this.hiddenCases.size || shownLinkCount !== s.links.size
      ? h('div', { class: 'small', testid: 'chart-shown' }, `Shown: ${(s.nodes.size - this.hiddenCases.size).toLocaleString('en')} entities · ${shownLinkCount.toLocaleString('en')} links`, this.hiddenCases.size ? ` (${this.hiddenCases.size} case node${this.hiddenCases.size === 1 ? '' : 's'} hidden with their links)` : '')
      : null;
    replace(this.rail.stats, `${s.nodes.size.toLocaleString('en')} entities · ${s.links.size.toLocaleString('en')} links`, shownNote, s.scope.case ? h('div', { dir: 'ltr' }, 'Case: ', h('bdi', {}, this.caseNames.get(s.scope.case) ?? s.scope.case)) : null);
    const types = linkTypes(s);
    replace(this.rail.types, types.size === 0 ? h('p', { class: 'muted small' }, 'No links drawn.') : [...types].map(([k, n]) => {
      const [type, sub] = k.split('/');
      const cb = h('input', { type: 'checkbox', checked: !s.hiddenTypes.includes(k), testid: `filter-type-${k}`, onchange: () => this.toggleLinkType(k) });
      const sw = h('span', { class: 'line-swatch' });
      sw.style.background = linkColour(type!, sub);
      return h('label', { class: 'type-row' }, cb, sw, h('span', {}, describeGroup({ type: type!, ...(sub ? { subtype: sub } : {}) })), h('span', { class: 'count muted' }, String(n)));
    }));
    this.top.caseSelect.value = s.scope.case ?? '';
    this.rail.confirmedOnly.checked = s.grades.confirmedOnly;
    this.rail.minGrade.value = s.grades.minGrade;
    this.rail.gradingNote.textContent = this.gradingNote();

    // Time bar
    this.timebar.update(histogram([...s.links.values()].map((l) => l.link)), s.window, this.playing !== null);

    // Panel
    this.renderPanel();
  }

  /** gradingNote says which restriction applies and what the server said it left out ("" when none applies). */
  private gradingNote(): string {
    const g = this.state.grades;
    if (!gradesActive(g)) return '';
    const r = this.restriction?.key === this.restrictionKey() ? this.restriction.r : null;
    return r ? restrictionNote(r) : `${describeGrades(g)}: counting what it leaves out…`;
  }

  /** findingNote: the restriction an analysis answer applied, as a line for its findings card. */
  private findingNote(r: Restriction | undefined): HTMLElement | null {
    return r ? h('p', { class: 'note small', testid: 'findings-restriction' }, restrictionNote(r)) : null;
  }

  private async loadPanelExtras(id: string): Promise<void> {
    if (isSummary(id)) return;
    const extra = this.panelExtra.get(id) ?? {};
    this.panelExtra.set(id, extra);
    const jobs: Promise<unknown>[] = [];
    const node = this.state.nodes.get(id);
    if (!extra.full && node && !node.entity.sources) {
      jobs.push(api.entity(id).then((e) => {
        extra.full = e;
        const n = this.state.nodes.get(id);
        if (n) this.state = { ...this.state, nodes: new Map(this.state.nodes).set(id, { ...n, entity: { ...n.entity, ...e } }) };
      }, () => {}));
    }
    if (this.canAnalyse()) {
      if (extra.candidates === undefined) {
        extra.candidates = 'loading';
        jobs.push(api.candidates(id).then(
          (r) => (extra.candidates = r.candidates.filter((c) => c.source === id || c.target === id)),
          (e) => (extra.candidates = e instanceof ApiError && e.status === 404 ? null : errorText(e)[0]),
        ));
      }
      jobs.push(...MEASURES.map((m) => this.scoresFor(m).catch(() => null)));
      if (this.brokers?.key !== this.projKey()) jobs.push(this.refreshInsights());
    }
    this.renderPanel();
    await Promise.allSettled(jobs);
    if (this.state.selected === id) this.renderPanel();
  }

  private renderPanel(): void {
    const el = $('#panel');
    const s = this.state;
    const id = s.selected;
    $('#app').classList.toggle('with-panel', !!id);
    if (!id) return renderEmptyPanel(el, s.nodes.size ? 'Select an entity to see its details.' : 'Nothing drawn yet.');
    const n = s.nodes.get(id);
    if (!n) return renderEmptyPanel(el, 'Select an entity to see its details.');
    const extra = this.panelExtra.get(id) ?? {};
    const key = this.projKey();
    let scores: PanelModel['scores'] = 'loading';
    const rows: ScoreRow[] = [];
    let all = true;
    for (const m of MEASURES) {
      const sc = this.scoreDone.get(`${key}|${m}`);
      if (!sc) all = false;
      else rows.push({ measure: m, score: sc.scores.get(id) ?? null, rank: sc.ranks.get(id) ?? null, of: sc.of });
    }
    if (all || rows.length) scores = rows;
    if (!all && this.insightsNote) scores = this.insightsNote;
    const b = this.brokers?.of.get(id) ?? null;
    const about = this.about;
    const model: PanelModel = {
      entity: extra.full ? { ...n.entity, ...extra.full } : n.entity,
      ...(n.members !== undefined ? { members: n.members } : {}),
      onChart: { links: [...s.links.values()].filter((l) => l.link.source === id || l.link.target === id).length, neighbours: neighbours(s, id).size },
      scores,
      broker: b,
      community: this.communities?.of.get(id) ?? null,
      role: b ? dominantRole(b.roles) : null,
      candidates: extra.candidates ?? null,
      neo4j: about?.store === 'neo4j' && about.browser ? { open: browserLink(about.browser.url, neighbourhoodQuery(id)), style: browserLink(about.browser.url, styleCommand(about.browser.style_url)), styleCommand: styleCommand(about.browser.style_url) } : null,
      pathFrom: this.pathFrom,
      caseNames: this.caseNames,
      canAnalyse: this.canAnalyse(),
      links: [...s.links.values()].filter((l) => l.link.source === id || l.link.target === id).map((l) => {
        const other = l.link.source === id ? l.link.target : l.link.source;
        const k = l.link;
        return {
          key: l.key,
          other: { id: other, name: s.nodes.get(other)?.entity.name ?? other },
          label: `${describeGroup({ type: k.type, ...(k.subtype ? { subtype: k.subtype } : {}) })}${l.directed ? (k.source === id ? ' to' : ' from') : ' with'}`,
          confidence: confidenceOf(k.properties),
          properties: k.properties,
          hidden: this.renderer.view.hiddenLinks.has(l.key),
        };
      }),
    };
    renderPanel(el, model, {
      expand: (x) => this.expand(x),
      pathFrom: (x) => {
        this.pathFrom = { id: x, name: this.state.nodes.get(x)?.entity.name ?? x };
        toast(`Path from ${this.pathFrom.name}: now select the other end and choose "Path to here".`, 'info', [], [this.pathFrom.name]);
        this.renderPanel();
      },
      pathTo: (x) => this.pathFrom && this.paths(this.pathFrom.id, x),
      trail: (x) => this.trail(x),
      cycles: (x) => this.cycles(x),
      remove: (x) => { this.pull(); this.commit(removeNodes(this.state, [x])); },
      openCommunity: (x) => this.openCommunity(x),
      focus: (x) => this.renderer.focus(x),
      close: () => this.select(null),
      select: (x) => (this.state.nodes.has(x) ? this.select(x) : toast('Not on the chart.', 'info')),
    });
  }

  // ---- charts --------------------------------------------------------------------------------------------------

  private saveDialog(): void {
    if (this.state.summary) return toast('A summary cannot be saved: open a community first.', 'info');
    if (this.state.nodes.size === 0) return toast('The chart is empty.', 'info');
    const input = h('input', { type: 'text', class: 'text-input', testid: 'chart-name', 'aria-label': 'Chart name', dir: 'auto', value: this.state.scope.case ? `${this.caseNames.get(this.state.scope.case) ?? this.state.scope.case}` : 'Chart' });
    const save = h('button', { class: 'btn primary', testid: 'chart-save-confirm' }, 'Save');
    const d = modal('Save chart', 'save-dialog', [h('label', { class: 'field' }, h('span', {}, 'Name'), input), h('p', { class: 'muted small' }, 'Saves what is drawn, where it is, the filters, the time window, the size and colour choice and the selection. Anyone who can see all its entities can open it.')], [save]);
    input.focus();
    input.select();
    const go = async () => {
      const nm = input.value.trim();
      if (!nm) return;
      save.disabled = true;
      this.pull();
      try {
        const r = await api.saveChart(nm, serialise(this.state));
        d.close();
        history.replaceState(null, '', location.pathname + formatFragment({ chart: r.id }));
        toast(`Saved “${r.name}” (${r.entities} entities). Its address: ${location.origin}/#chart=${r.id}`, 'info', [], [r.name]);
      } catch (e) {
        save.disabled = false;
        this.fail(e, 'Cannot save the chart');
      }
    };
    save.addEventListener('click', go);
    input.addEventListener('keydown', (e) => e.key === 'Enter' && go());
  }

  private async openDialog(): Promise<void> {
    try {
      const r = await api.charts();
      const list = r.charts.length
        ? h('ul', { class: 'chart-list', testid: 'chart-list' }, r.charts.map((c) => h('li', {}, h('button', { class: 'link', testid: 'chart-item', 'data-id': c.id, onclick: () => { d.close(); void this.openChart(c.id); } }, name(c.name)), h('span', { class: 'muted' }, ` · ${c.entities} entities · ${c.created_by} · ${c.created_at.slice(0, 16).replace('T', ' ')}`))))
        : h('p', { class: 'muted' }, 'No saved charts yet.');
      const d = modal('Open a saved chart', 'open-dialog', [list], []);
    } catch (e) {
      this.fail(e, 'Saved charts');
    }
  }

  private async openChart(id: string): Promise<void> {
    this.status('Opening the chart…');
    try {
      const doc = await api.chart(id);
      const saved = parseSaved(doc.state);
      if (typeof saved === 'string') throw new Error(`This chart cannot be opened: ${saved}.`);
      const p: Projection & { community?: string } = { view: 'full' };
      if (saved.scope.case) p.case = saved.scope.case;
      if (saved.scope.community) p.community = saved.scope.community;
      const net = await api.network(p);
      const entities = net.summarised ? [] : net.entities;
      const links = net.summarised ? [] : net.links;
      const have = new Set(entities.map((e) => e.id));
      const lost = saved.entities.filter((x) => !have.has(x));
      // Entities drawn from outside the saved scope: fetched one by one (a few dozen at most in practice).
      for (let i = 0; i < lost.length && i < 300; i += 6) {
        const got = await Promise.allSettled(lost.slice(i, i + 6).map((x) => api.entity(x)));
        for (const g of got) if (g.status === 'fulfilled') entities.push(g.value);
      }
      const { state, missing } = restore(this.state, saved, entities, links);
      this.colourChosen = true; // the chart's own colouring
      this.layout.stop();
      this.finding = null;
      this.windowNet = null;
      this.commit(state, { positions: true, fit: true });
      history.replaceState(null, '', location.pathname + formatFragment({ chart: id }));
      toast(`Opened “${doc.name}”${missing.length ? ` (${missing.length} entities are no longer visible and were left out)` : ''}.`, 'info', [], [doc.name]);
      void this.refilter();
      if (state.selected) void this.loadPanelExtras(state.selected);
      this.markReady();
    } catch (e) {
      this.fail(e, e instanceof ApiError && e.status === 404 ? undefined : 'Cannot open the chart');
      if (this.state.nodes.size === 0) await this.loadNetwork({});
      else this.markReady();
    } finally {
      this.status(null);
    }
  }

  // ---- export --------------------------------------------------------------------------------------------------

  /** exportGraph is the chart as shown: links of hidden types or outside the time window, and hidden case nodes, stay out, as in the PNG. */
  private exportGraph(): ExportGraph {
    this.pull();
    const s = this.state;
    const hiddenLinks = this.renderer?.view.hiddenLinks ?? new Set<string>();
    const hidden = (id: string) => this.hiddenCases.has(id) && id !== s.selected; // a selected case node is drawn
    const measure = s.sizeBy !== 'none' ? this.scoreDone.get(`${this.projKey()}|${s.sizeBy}`) : undefined;
    const nodes = [...s.nodes.values()].filter((n) => !hidden(n.id)).map((n) => {
      const attributes: Record<string, string | number | boolean> = {};
      for (const [k, v] of Object.entries(n.entity.properties ?? {})) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') attributes[k] = v;
      if (n.entity.aliases?.length) attributes.aliases = n.entity.aliases.join(';');
      const sc = measure?.scores.get(n.id);
      if (sc !== undefined) attributes[s.sizeBy] = sc;
      const c = this.communities?.of.get(n.id);
      if (c !== undefined) attributes.community = c;
      const b = this.brokers?.of.get(n.id);
      if (b) attributes.brokerage_role = dominantRole(b.roles);
      if (n.members !== undefined) attributes.members = n.members;
      return { id: n.id, label: n.entity.name, kind: n.entity.kind, cases: n.entity.cases ?? [], x: n.x, y: n.y, size: this.lastLook.sizes.get(n.id) ?? 5, color: this.lastLook.colours.get(n.id) ?? '#888888', attributes };
    });
    const shown = [...s.links.values()].filter((l) => !hiddenLinks.has(l.key) && !hidden(l.link.source) && !hidden(l.link.target));
    const edges = shown.map((l) => {
      const k = l.link;
      const e: ExportGraph['edges'][number] = { id: l.key, source: k.source, target: k.target, type: k.type, directed: l.directed, cases: k.cases ?? [], color: linkColour(k.type, k.subtype) };
      if (k.subtype) e.subtype = k.subtype;
      if (k.weight !== undefined) e.weight = k.weight;
      if (k.amount !== undefined) e.amount = k.amount;
      if (k.currency) e.currency = k.currency;
      if (k.date) e.date = k.date;
      if (k.first_seen) e.first_seen = k.first_seen;
      if (k.last_seen) e.last_seen = k.last_seen;
      return e;
    });
    const title = s.scope.case ? `Ringleader chart: ${this.caseNames.get(s.scope.case) ?? s.scope.case}` : 'Ringleader chart';
    return { title, date: new Date().toISOString().slice(0, 10), nodes, edges };
  }

  /**
   * exportServer downloads the whole network the chart is drawn from (its case, or everything the reader may see),
   * under the chart's grading restriction, in a format written by the server: i2 ANX or the association matrix.
   */
  private async exportServer(f: ServerFormat): Promise<void> {
    const s = this.state;
    const base = `ringleader-${s.scope.case ?? 'network'}-${new Date().toISOString().slice(0, 10)}`;
    try {
      const file = await api.exportFile(f, { case: s.scope.case, ...gradeParams(s.grades) });
      download(f === 'anx' ? `${base}.anx` : `${base}-matrix.xlsx`, file.blob);
      toast(file.restriction ? `Exported, restricted to ${file.restriction}.` : 'Exported.', 'info');
    } catch (e) {
      this.fail(e, f === 'anx' ? 'i2 ANX export' : 'association matrix');
    }
  }

  private exportAs(f: 'png' | 'gexf' | 'graphml' | 'csv'): void {
    if (this.state.nodes.size === 0) return toast('The chart is empty.', 'info');
    const base = `ringleader-${new Date().toISOString().slice(0, 10)}`;
    if (f === 'png') {
      this.renderer.exportPNG(base).catch((e) => this.fail(e, 'PNG'));
      return;
    }
    const g = this.exportGraph();
    if (f === 'gexf') download(`${base}.gexf`, gexf(g), 'application/gexf+xml;charset=utf-8');
    else if (f === 'graphml') download(`${base}.graphml`, graphml(g), 'application/graphml+xml;charset=utf-8');
    else {
      download(`${base}-nodes.csv`, csvNodes(g), 'text/csv;charset=utf-8');
      window.setTimeout(() => download(`${base}-links.csv`, csvLinks(g), 'text/csv;charset=utf-8'), 300);
    }
  }

  // ---- test hooks ----------------------------------------------------------------------------------------------

  private exposeHooks(): void {
    const app = this;
    const hooks = {
      get ready() { return app.ready; },
      get isReady() { return app.isReady; },
      get nodes() {
        if (!app.renderer) return [];
        const v = app.renderer.view;
        return app.renderer.graph.mapNodes((id, d) => ({
          id, label: d.label as string, kind: d.kind as string, x: d.x as number, y: d.y as number, size: d.size as number, color: d.color as string,
          faded: v.faded.has(id), removed: v.removed.has(id), highlighted: v.highlightNodes ? v.highlightNodes.has(id) : false,
          hidden: v.hiddenNodes.has(id) && id !== v.selected,
        }));
      },
      get links() {
        if (!app.renderer) return [];
        // Every link on the chart, drawn or filtered out (links of a hidden type are not in sigma's graph at all).
        const v = app.renderer.view;
        // dash is what the edge program was given (0 solid, 1 dashed, 2 dotted), null for a link not in sigma's graph.
        const g = app.renderer.graph;
        return [...app.state.links.values()].map((l) => {
          const a = linkAttributes(l);
          return { id: l.key, source: l.link.source, target: l.link.target, type: l.link.type, label: a.label, confidence: a.confidence, dash: g.hasEdge(l.key) ? (g.getEdgeAttribute(l.key, 'dash') as number) : null, hidden: v.hiddenLinks.has(l.key) };
        });
      },
      get selected() { return app.state.selected; },
      get window() { return app.state.window ? { ...app.state.window } : null; },
      get layoutRunning() { return !!app.layout?.running; },
      get sizeBy() { return app.state.sizeBy; },
      get colourBy() { return app.state.colourBy; },
      get summarised() { return !!app.state.summary; },
      get scope() { return { ...app.state.scope }; },
      get highlight() { return app.state.highlight ? { ...app.state.highlight } : null; },
      get removed() { return [...app.state.removed]; },
      get grades() { return { ...app.state.grades }; },
      /** What the server last said the grading restriction left out, for the chart as it is, or null. */
      get restriction() { return app.restriction?.key === app.restrictionKey() ? { ...app.restriction.r } : null; },
      get legend() { return [...app.legendEl?.querySelectorAll('[data-testid="legend-item"]') ?? []].map((li) => ({ key: (li as HTMLElement).dataset.key, label: li.querySelector('.legend-label')?.textContent ?? '', count: Number(li.querySelector('.count')?.textContent ?? 0) })); },
      get lastError() { return app.lastError; },
      get playing() { return app.playing !== null; },
      get role() { return app.about?.token.role ?? null; },
      get timing() { return { ...app.timing }; },
      get layoutIterations() { return app.layout?.iterations ?? 0; },
      get layoutStartedAt() { return app.layout?.startedAt ?? null; },
      get layoutMovement() { return app.layout?.lastMovement ?? null; },
      get labelsDrawn() { return app.renderer?.labels.drawn ?? 0; },
      /** Where a node is drawn, in page pixels (to click or double-click it), or null. */
      screenPosition(id: string) { return app.renderer?.onScreen(id) ?? null; },
      get frames() { return app.renderer ? { ...app.renderer.frames } : { count: 0, ms: 0, last: 0 }; },
    };
    Object.defineProperty(window, '__ringleader', { value: Object.freeze(hooks), writable: false, configurable: false });
  }
}
