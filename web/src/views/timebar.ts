// The time bar: dated links per month, a window brushed by dragging, play month by month, clear.
import type { TimeWindow } from '../core/chart/types';
import { brush, describe, windowMonths, type Histogram } from '../core/time/index';
import { h, replace } from './dom';

export interface TimeBarActions {
  setWindow(w: TimeWindow | null): void;
  togglePlay(): void;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export class TimeBar {
  private hist: Histogram = { months: [], counts: [], undated: 0 };
  private window: TimeWindow | null = null;
  private drag: { start: number; end: number } | null = null;
  private bars: HTMLElement;
  private label: HTMLElement;
  private play: HTMLButtonElement;
  private clear: HTMLButtonElement;

  constructor(el: HTMLElement, private readonly actions: TimeBarActions) {
    this.bars = h('div', { class: 'bars', testid: 'timebar-bars', role: 'slider', 'aria-label': 'Time window: drag across months', tabindex: '0' });
    this.label = h('div', { class: 'window-label', testid: 'timebar-window' }, 'All time');
    this.play = h('button', { class: 'btn small', testid: 'timebar-play', 'aria-label': 'Play month by month', title: 'Play: step the window month by month', onclick: () => actions.togglePlay() }, '▶ Play');
    this.clear = h('button', { class: 'btn small', testid: 'timebar-clear', 'aria-label': 'Clear time window', title: 'Show all time', onclick: () => actions.setWindow(null) }, 'Clear');
    replace(el, h('div', { class: 'timebar-head' }, h('span', { class: 'timebar-title' }, 'Time'), this.label, h('span', { class: 'spacer' }), this.play, this.clear), this.bars);
    this.bars.addEventListener('pointerdown', (e) => this.down(e));
    this.bars.addEventListener('pointermove', (e) => this.move(e));
    this.bars.addEventListener('pointerup', (e) => this.up(e));
    this.bars.addEventListener('keydown', (e) => this.key(e));
  }

  update(hist: Histogram, window: TimeWindow | null, playing: boolean): void {
    this.hist = hist;
    this.window = window;
    this.play.textContent = playing ? '❚❚ Pause' : '▶ Play';
    this.play.setAttribute('aria-label', playing ? 'Pause' : 'Play month by month');
    this.play.disabled = hist.months.length === 0;
    this.clear.disabled = !window;
    this.label.textContent = `${describe(window)}${hist.undated ? ` · ${hist.undated} undated links always shown` : ''}`;
    this.draw();
  }

  private draw(): void {
    const { months, counts } = this.hist;
    if (months.length === 0) {
      replace(this.bars, h('div', { class: 'timebar-empty' }, 'No dated links on the chart.'));
      return;
    }
    const max = Math.max(...counts, 1);
    const sel = this.drag ? [Math.min(this.drag.start, this.drag.end), Math.max(this.drag.start, this.drag.end)] : windowMonths(months, this.window);
    const cols = months.map((m, i) => {
      const inSel = sel ? i >= sel[0]! && i <= sel[1]! : false;
      const yearStart = m.endsWith('-01') || i === 0;
      const tick = yearStart ? (i === 0 && !m.endsWith('-01') ? `${MONTHS[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}` : m.slice(0, 4)) : months.length <= 30 && i > 1 ? MONTHS[Number(m.slice(5)) - 1]!.charAt(0) : '';
      const col = h(
        'div',
        { class: `col${inSel ? ' on' : ''}${sel && !inSel ? ' off' : ''}${yearStart ? ' year' : ''}`, 'data-month': m, title: `${MONTHS[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}: ${counts[i]} links` },
        h('div', { class: 'bar' }),
        h('div', { class: `tick${yearStart ? ' major' : ''}` }, tick),
      );
      (col.firstElementChild as HTMLElement).style.height = `${Math.round((counts[i]! / max) * 100)}%`;
      return col;
    });
    replace(this.bars, cols);
  }

  private indexAt(e: PointerEvent): number {
    const r = this.bars.getBoundingClientRect();
    const n = this.hist.months.length;
    return Math.max(0, Math.min(n - 1, Math.floor(((e.clientX - r.left) / Math.max(r.width, 1)) * n)));
  }

  private down(e: PointerEvent): void {
    if (this.hist.months.length === 0) return;
    this.bars.setPointerCapture(e.pointerId);
    const i = this.indexAt(e);
    this.drag = { start: i, end: i };
    this.draw();
  }

  private move(e: PointerEvent): void {
    if (!this.drag) return;
    const i = this.indexAt(e);
    if (i !== this.drag.end) {
      this.drag.end = i;
      this.draw();
    }
  }

  private up(e: PointerEvent): void {
    if (!this.drag) return;
    this.drag.end = this.indexAt(e);
    const w = brush(this.hist.months, this.drag.start, this.drag.end);
    this.drag = null;
    this.actions.setWindow(w);
  }

  private key(e: KeyboardEvent): void {
    const months = this.hist.months;
    if (!months.length) return;
    const cur = windowMonths(months, this.window) ?? [0, 0];
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const d = e.key === 'ArrowRight' ? 1 : -1;
      const w = cur[1] - cur[0];
      const a = Math.max(0, Math.min(months.length - 1 - w, cur[0] + d));
      this.actions.setWindow(brush(months, a, a + w));
      e.preventDefault();
    }
  }
}
