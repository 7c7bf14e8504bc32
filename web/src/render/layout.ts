// ForceAtlas2 in a web worker (src/render/fa2.worker.ts, started from a Blob URL: the CSP needs worker-src blob:), on
// what the chart shows: the app passes the nodes and links drawn, hidden ones (filtered link types, case nodes with
// no link shown) stay out of the forces. The worker iterates at its own pace and posts positions; they are written
// to the graph at most once a frame. It stops by itself once nodes barely move, after a number of iterations that
// grows with the graph, or after maxMs.
import type Graph from 'graphology';
import { fa2Matrices, fa2Settings } from '../core/layout/fa2';
import { isolatedRow } from '../core/layout/index';
import type { StartMessage, TickMessage } from './fa2.worker';

export interface LayoutInput {
  /** Ids of the nodes to lay out (their positions are read from the graph). */
  ids: string[];
  /** Links between them, as pairs of ids (parallel links merge in the layout). */
  links: [string, string][];
}

export class Layout {
  private worker: Worker | null = null;
  private index = new Map<string, number>();
  /** Nodes with no link shown: kept out of the forces, lined up under the drawing. */
  private isolated: string[] = [];
  private latest: Float32Array | null = null;
  private frame = 0;
  private timer: number | null = null;
  /** Iterations the worker has done since the layout started (kept after it stops). */
  iterations = 0;
  /** performance.now() when the layout last started, or null. */
  startedAt: number | null = null;
  /** How much nodes moved at the last report (mean per iteration, relative to the drawing's extent). */
  lastMovement = 1;
  onChange: (running: boolean) => void = () => {};

  private lastApply = 0;
  private applyTimer: number | null = null;

  /**
   * graph gives the graph to lay out; frameCost the time the last frame took to draw (ms): positions are applied
   * no more often than every three frame costs, so that drawing a large chart leaves the processors to the layout.
   */
  constructor(private readonly graph: () => Graph, private readonly frameCost: () => number = () => 0) {}

  get running(): boolean {
    return this.worker !== null;
  }

  /** start runs ForceAtlas2 on the given nodes and links until it settles, at most maxMs. */
  start(input: LayoutInput, maxMs?: number): void {
    this.stop();
    const g = this.graph();
    const linked = new Set<string>();
    for (const [s, t] of input.links) if (s !== t) linked.add(s).add(t);
    const present = input.ids.filter((id) => g.hasNode(id));
    const ids = present.filter((id) => linked.has(id));
    this.isolated = present.filter((id) => !linked.has(id));
    if (ids.length < 2) return;
    this.index = new Map(ids.map((id, i) => [id, i]));
    const xy = new Float32Array(ids.length * 2);
    ids.forEach((id, i) => {
      const a = g.getNodeAttributes(id);
      xy[2 * i] = a.x as number;
      xy[2 * i + 1] = a.y as number;
    });
    const pairs = new Int32Array(input.links.length * 2);
    let m = 0;
    for (const [s, t] of input.links) {
      const a = this.index.get(s), b = this.index.get(t);
      if (a === undefined || b === undefined) continue;
      pairs[m++] = a;
      pairs[m++] = b;
    }
    const { nodes, edges } = fa2Matrices(xy, pairs.subarray(0, m));
    const n = ids.length;
    let worker: Worker;
    try {
      const url = URL.createObjectURL(new Blob([__FA2_WORKER__], { type: 'text/javascript' }));
      worker = new Worker(url);
      URL.revokeObjectURL(url);
    } catch (e) {
      console.warn('ForceAtlas2 cannot start:', e);
      return;
    }
    this.worker = worker;
    worker.onmessage = (e: MessageEvent) => this.tick(worker, e.data as TickMessage);
    worker.onerror = (e) => {
      console.warn('ForceAtlas2 failed:', e.message);
      this.stop();
    };
    const msg: StartMessage = {
      type: 'start',
      nodes: nodes.buffer as ArrayBuffer,
      edges: edges.buffer as ArrayBuffer,
      settings: fa2Settings(n),
      maxIterations: Math.round(Math.min(3000, 600 + 40 * Math.sqrt(n))),
      settle: n > 2000 ? 0.00004 : 0.00008,
    };
    worker.postMessage(msg, [msg.nodes, msg.edges]);
    this.iterations = 0;
    this.lastMovement = 1;
    this.startedAt = performance.now();
    const limit = maxMs ?? Math.min(40000, 6000 + n * 3);
    this.timer = window.setTimeout(() => this.stop(), limit);
    this.onChange(true);
  }

  private tick(from: Worker, m: TickMessage): void {
    if (from !== this.worker) return;
    this.latest = new Float32Array(m.positions);
    this.iterations = m.iterations;
    this.lastMovement = m.movement;
    if (m.done) {
      this.stop();
      return;
    }
    if (this.frame || this.applyTimer !== null) return;
    const wait = this.lastApply + 3 * this.frameCost() - performance.now();
    if (wait > 16) this.applyTimer = window.setTimeout(() => {
      this.applyTimer = null;
      this.frame = requestAnimationFrame(() => this.apply());
    }, wait);
    else this.frame = requestAnimationFrame(() => this.apply());
  }

  /** apply writes the latest positions to the graph, in one graph event (sigma then redraws once). */
  private apply(): void {
    this.frame = 0;
    this.lastApply = performance.now();
    const pos = this.latest;
    if (!pos) return;
    this.latest = null;
    const index = this.index;
    const iso = new Map<string, { x: number; y: number }>();
    if (this.isolated.length) {
      let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
      for (let i = 0; i < pos.length; i += 2) {
        const x = pos[i]!, y = pos[i + 1]!;
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      if (minX <= maxX) {
        const step = Math.max(Math.sqrt(((maxX - minX) * (maxY - minY)) / Math.max(pos.length / 2, 1)), 1e-3) * 1.5;
        isolatedRow(this.isolated.length, { minX, maxX, minY, maxY }, step).forEach((p, i) => iso.set(this.isolated[i]!, p));
      }
    }
    this.graph().updateEachNodeAttributes(
      (id, a) => {
        const i = index.get(id);
        if (i !== undefined && Number.isFinite(pos[2 * i]) && Number.isFinite(pos[2 * i + 1])) {
          a.x = pos[2 * i];
          a.y = pos[2 * i + 1];
        } else {
          const p = iso.get(id);
          if (p) {
            a.x = p.x;
            a.y = p.y;
          }
        }
        return a;
      },
      { attributes: ['x', 'y'] },
    );
  }

  stop(): void {
    const w = this.worker;
    if (!w) return;
    this.worker = null;
    w.terminate();
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.applyTimer !== null) window.clearTimeout(this.applyTimer);
    this.applyTimer = null;
    this.apply();
    this.onChange(false);
  }
}
