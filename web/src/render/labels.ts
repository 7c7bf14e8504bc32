// Node labels on sigma's canvas. Sigma proposes every node big enough on screen (its own grid would let labels of
// neighbouring cells overlap); Labels collects them while sigma renders, then, once the frame is drawn, places them by
// importance (forced ones first: the selection, a highlighted path; then by size on the chart) and draws only those
// that do not overlap a label already placed. So the most important names show at any zoom, and more appear as one
// zooms in, never on top of each other.
//
// Direction: a label whose first strong letter is right-to-left (Arabic) is drawn with direction "rtl", so that its
// digits and punctuation are ordered as an Arabic reader expects; a phone number or a Latin name is drawn "ltr"; in a
// mixed label ("around غسيل أموال · 2,701") the right-to-left runs are isolated (FSI…PDI) so numbers after them stay
// put. textAlign stays "left" either way so that the label starts just right of its node. A white halo keeps labels
// legible over links.
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import { labelText } from '../core/bidi/index';
import { isRTL } from '../core/style/index';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

interface Shaped {
  text: string;
  rtl: boolean;
  width: number;
}

/** At most this many labels on screen at once (beyond, the canvas is full of text anyway). */
const MAX_LABELS = 400;
const CELL = 64;

export class Labels {
  private shaped = new Map<string, Shaped>();
  private font = '';
  /** Candidates of the frame being drawn, by node (a renderer drawing twice before draw() keeps the latest). */
  private pending = new Map<string, { key: string; x: number; y: number; size: number; label: string; forced: boolean }>();
  private grid = new Map<number, number[]>();
  private boxes: number[] = [];
  /** Rank of each node for labels (0 first): set by the renderer from sizes; forced labels come before all. */
  rank = new Map<string, number>();
  /** How many labels the last frame drew (for tests and tuning). */
  drawn = 0;
  /** Rectangles [x0, y0, x1, y1] of the canvas covered by overlays: no label is placed under them. */
  blocked: number[][] = [];

  /** shape measures a label once per font (measuring text is the costly part of drawing labels). */
  private shape(ctx: CanvasRenderingContext2D, label: string): Shaped {
    let s = this.shaped.get(label);
    if (!s) {
      const rtl = isRTL(label);
      const text = labelText(label);
      ctx.direction = rtl ? 'rtl' : 'ltr';
      s = { text, rtl, width: ctx.measureText(text).width };
      ctx.direction = 'ltr';
      if (this.shaped.size > 50000) this.shaped.clear();
      this.shaped.set(label, s);
    }
    return s;
  }

  private setFont(ctx: CanvasRenderingContext2D, settings: Settings): void {
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    if (font !== this.font) {
      this.font = font;
      this.shaped.clear();
    }
    ctx.font = font;
  }

  /** reset starts a frame (sigma's beforeRender). */
  reset(): void {
    this.pending.clear();
  }

  /** collect is sigma's defaultDrawNodeLabel: it only remembers the candidate; draw() places and draws. */
  readonly collect = (_ctx: CanvasRenderingContext2D, data: LabelData): void => {
    if (!data.label) return;
    const key = data.key ?? data.label;
    this.pending.set(key, { key, x: data.x, y: data.y, size: data.size, label: data.label, forced: !!data.forceLabel });
  };

  private fits(x0: number, y0: number, x1: number, y1: number): boolean {
    const a = Math.floor(x0 / CELL), b = Math.floor(x1 / CELL), c = Math.floor(y0 / CELL), d = Math.floor(y1 / CELL);
    for (let i = a; i <= b; i++)
      for (let j = c; j <= d; j++) {
        const list = this.grid.get(i * 100003 + j);
        if (!list) continue;
        for (const k of list) {
          const bx = this.boxes;
          if (x0 < bx[k + 2]! && x1 > bx[k]! && y0 < bx[k + 3]! && y1 > bx[k + 1]!) return false;
        }
      }
    return true;
  }

  private take(x0: number, y0: number, x1: number, y1: number): void {
    const k = this.boxes.length;
    this.boxes.push(x0, y0, x1, y1);
    const a = Math.floor(x0 / CELL), b = Math.floor(x1 / CELL), c = Math.floor(y0 / CELL), d = Math.floor(y1 / CELL);
    for (let i = a; i <= b; i++)
      for (let j = c; j <= d; j++) {
        const key = i * 100003 + j;
        const list = this.grid.get(key);
        if (list) list.push(k);
        else this.grid.set(key, [k]);
      }
  }

  /** under: is the box under an overlay (a label there could not be read, forced or not)? */
  private under(x0: number, y0: number, x1: number, y1: number): boolean {
    return this.blocked.some(([a, b, c, d]) => x0 < c! && x1 > a! && y0 < d! && y1 > b!);
  }

  /** draw places the frame's candidates by priority and draws those that fit (sigma's afterRender). */
  draw(ctx: CanvasRenderingContext2D, settings: Settings, width: number, height: number): void {
    this.grid.clear();
    this.boxes = [];
    this.drawn = 0;
    if (!this.pending.size) return;
    for (const [x0, y0, x1, y1] of this.blocked) this.take(x0!, y0!, x1!, y1!);
    this.setFont(ctx, settings);
    const rank = this.rank;
    const list = [...this.pending.values()];
    this.pending.clear();
    list.sort((p, q) => +q.forced - +p.forced || (rank.get(p.key) ?? 1e9) - (rank.get(q.key) ?? 1e9) || q.size - p.size);
    const size = settings.labelSize;
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.textAlign = 'left';
    const colour = settings.labelColor.color ?? '#000';
    // At most one label per 5,000 square pixels (about 50 on a small chart, 170 on a large screen), and MAX_LABELS.
    const most = Math.min(MAX_LABELS, Math.round((width * height) / 5000));
    for (const c of list) {
      if (this.drawn >= most && !c.forced) break;
      const s = this.shape(ctx, c.label);
      const h = size + 4; // a pixel of air above and below each label
      // Right of the node, left of it, above, below, then a line higher or lower on either side: the first place
      // free and on the canvas. A forced label (selection, highlight) that finds none goes in the first place on the
      // canvas anyway.
      const r = c.x + c.size + 4, l = c.x - c.size - 4 - s.width, m = c.x - s.width / 2;
      const spots: [number, number][] = [
        [r, c.y], [l, c.y], [m, c.y - c.size - h / 2 - 1], [m, c.y + c.size + h / 2 + 1],
        [r, c.y - h - 1], [r, c.y + h + 1], [l, c.y - h - 1], [l, c.y + h + 1],
      ];
      if (c.forced) spots.push([r, c.y - 2 * h - 2], [r, c.y + 2 * h + 2], [l, c.y - 2 * h - 2], [l, c.y + 2 * h + 2], [m, c.y - c.size - 1.5 * h - 2], [m, c.y + c.size + 1.5 * h + 2]);
      let spot: [number, number] | null = null;
      let fallback: [number, number] | null = null;
      for (const [x, y] of spots) {
        if (x < 0 || x + s.width > width || y - h / 2 < 0 || y + h / 2 > height) continue;
        if (this.under(x, y - h / 2, x + s.width, y + h / 2)) continue;
        fallback ??= [x, y];
        if (this.fits(x - 2, y - h / 2, x + s.width + 2, y + h / 2)) {
          spot = [x, y];
          break;
        }
      }
      if (!spot) {
        if (!c.forced || !fallback) continue;
        spot = fallback;
      }
      const [x, y] = spot;
      const y0 = y - h / 2, y1 = y + h / 2;
      this.take(x - 2, y0, x + s.width + 2, y1);
      this.take(c.x - c.size, c.y - c.size, c.x + c.size, c.y + c.size); // nor over the node it names
      this.drawn++;
      ctx.direction = s.rtl ? 'rtl' : 'ltr';
      const ty = y + size / 3;
      ctx.strokeStyle = 'rgba(255,255,255,0.92)';
      ctx.strokeText(s.text, x, ty);
      ctx.fillStyle = colour;
      ctx.fillText(s.text, x, ty);
    }
    ctx.direction = 'ltr';
  }

  /** drawHover draws the hovered (or highlighted) node's label in a white box, on sigma's hover layer. */
  readonly drawHover = (ctx: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    this.setFont(ctx, settings);
    const size = settings.labelSize;
    ctx.fillStyle = '#fff';
    ctx.shadowOffsetX = 0;
    ctx.shadowOffsetY = 1;
    ctx.shadowBlur = 6;
    ctx.shadowColor = 'rgba(0,0,0,0.35)';
    const pad = 3;
    ctx.beginPath();
    ctx.arc(data.x, data.y, data.size + pad, 0, Math.PI * 2);
    ctx.fill();
    if (!data.label) {
      ctx.shadowBlur = 0;
      ctx.shadowOffsetY = 0;
      return;
    }
    const s = this.shape(ctx, data.label);
    const h = size + 2 * pad;
    const x = data.x + data.size + 2;
    ctx.beginPath();
    ctx.roundRect(x, data.y - h / 2, s.width + 2 * pad + 4, h, 3);
    ctx.fill();
    ctx.shadowBlur = 0;
    ctx.shadowOffsetY = 0;
    ctx.textAlign = 'left';
    ctx.direction = s.rtl ? 'rtl' : 'ltr';
    ctx.fillStyle = settings.labelColor.color ?? '#000';
    ctx.fillText(s.text, x + pad + 2, data.y + size / 3);
    ctx.direction = 'ltr';
  };
}
