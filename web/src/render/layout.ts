// ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker builds the worker from a Blob URL: the CSP needs
// worker-src blob:), stopped automatically once nodes barely move or after a time that grows with the graph.
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export class Layout {
  private fa2: FA2Layout | null = null;
  private timer: number | null = null;
  private started = 0;
  onChange: (running: boolean) => void = () => {};

  constructor(private readonly graph: Graph) {}

  get running(): boolean {
    return !!this.fa2?.isRunning();
  }

  /** start runs ForceAtlas2 until it settles, at most maxMs. */
  start(maxMs?: number): void {
    this.stop();
    if (this.graph.order < 2) return;
    const n = this.graph.order;
    const settings = {
      ...forceAtlas2.inferSettings(this.graph),
      barnesHutOptimize: n > 400,
      barnesHutTheta: 0.6,
      adjustSizes: false,
      gravity: 0.6,
      scalingRatio: n > 2000 ? 20 : 8,
      slowDown: 1 + Math.log10(n),
      strongGravityMode: false,
      linLogMode: false,
      outboundAttractionDistribution: true,
    };
    this.fa2 = new FA2Layout(this.graph, { settings, getEdgeWeight: null });
    this.fa2.start();
    this.started = performance.now();
    const limit = maxMs ?? Math.min(15000, 2500 + n * 2);
    let last = this.snapshot();
    let calm = 0;
    this.timer = window.setInterval(() => {
      const now = this.snapshot();
      const moved = this.movement(last, now);
      last = now;
      calm = moved < 0.0015 ? calm + 1 : 0;
      if (calm >= 2 || performance.now() - this.started > limit) this.stop();
    }, 500);
    this.onChange(true);
  }

  stop(): void {
    const was = !!this.fa2;
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    if (this.fa2) {
      this.fa2.kill();
      this.fa2 = null;
    }
    if (was) this.onChange(false);
  }

  private snapshot(): Float64Array {
    const a = new Float64Array(this.graph.order * 2);
    let i = 0;
    this.graph.forEachNode((_, d) => {
      a[i++] = d.x as number;
      a[i++] = d.y as number;
    });
    return a;
  }

  /** movement: mean displacement between two snapshots relative to the drawing's extent. */
  private movement(a: Float64Array, b: Float64Array): number {
    if (a.length !== b.length || a.length === 0) return 1;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, sum = 0;
    for (let i = 0; i < b.length; i += 2) {
      minX = Math.min(minX, b[i]!);
      maxX = Math.max(maxX, b[i]!);
      minY = Math.min(minY, b[i + 1]!);
      maxY = Math.max(maxY, b[i + 1]!);
      sum += Math.hypot(b[i]! - a[i]!, b[i + 1]! - a[i + 1]!);
    }
    const extent = Math.hypot(maxX - minX, maxY - minY) || 1;
    return sum / (b.length / 2) / extent;
  }
}
