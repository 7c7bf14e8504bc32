// Time: dated links binned by month for the time bar, windows brushed on it, and stepping a window month by month.
import type { Link } from '../../api/types';
import type { TimeWindow } from '../chart/types';

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** month of a date "2025-11-02" is "2025-11" (null if it is not a date). */
export function month(date: string | undefined | null): string | null {
  const m = date ? DATE.exec(date) : null;
  return m ? `${m[1]}-${m[2]}` : null;
}

/** nextMonth("2025-12") is "2026-01". */
export function nextMonth(m: string): string {
  let y = Number(m.slice(0, 4));
  let mo = Number(m.slice(5, 7)) + 1;
  if (mo > 12) {
    mo = 1;
    y++;
  }
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}`;
}

/** monthRange lists every month from first to last inclusive (empty when last is before first). */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last && out.length < 1200; m = nextMonth(m)) out.push(m);
  return out;
}

/** lastDay of a month "2024-02" is "2024-02-29". */
export function lastDay(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  const d = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${m}-${String(d).padStart(2, '0')}`;
}

/** span is when a link was observed: its date (payments) or first_seen..last_seen; null if undated. */
export function span(l: Pick<Link, 'date' | 'first_seen' | 'last_seen'>): { from: string; to: string } | null {
  if (l.date && DATE.test(l.date)) return { from: l.date.slice(0, 10), to: l.date.slice(0, 10) };
  const a = l.first_seen && DATE.test(l.first_seen) ? l.first_seen.slice(0, 10) : null;
  const b = l.last_seen && DATE.test(l.last_seen) ? l.last_seen.slice(0, 10) : null;
  if (!a && !b) return null;
  const from = a ?? b!;
  const to = b ?? a!;
  return from <= to ? { from, to } : { from: to, to: from };
}

export interface Histogram {
  months: string[];
  counts: number[];
  /** Links with no date at all (shown apart: they are in every window). */
  undated: number;
}

/**
 * histogram counts, for each month from the earliest to the latest date on the chart, the links that start in it (a
 * payment's date, an association's first_seen). Counting every month a long association is active would flatten
 * the bar; its whole span still decides whether it is in a window (inWindow). Months with nothing stay in (as
 * zeros) so that the bar's scale is time.
 */
export function histogram(links: Iterable<Pick<Link, 'date' | 'first_seen' | 'last_seen'>>): Histogram {
  const spans: { from: string; to: string }[] = [];
  let undated = 0;
  for (const l of links) {
    const s = span(l);
    if (s) spans.push(s);
    else undated++;
  }
  if (spans.length === 0) return { months: [], counts: [], undated };
  let first = month(spans[0]!.from)!;
  let last = month(spans[0]!.to)!;
  for (const s of spans) {
    if (month(s.from)! < first) first = month(s.from)!;
    if (month(s.to)! > last) last = month(s.to)!;
  }
  const months = monthRange(first, last);
  const index = new Map(months.map((m, i) => [m, i]));
  const diff = new Array<number>(months.length + 1).fill(0);
  for (const s of spans) diff[index.get(month(s.from)!)!]!++;
  return { months, counts: diff.slice(0, months.length), undated };
}

/** brush turns a drag over months i..j (either order, clamped) into a window from the first to the last day. */
export function brush(months: string[], i: number, j: number): TimeWindow | null {
  if (months.length === 0) return null;
  const clamp = (k: number) => Math.max(0, Math.min(months.length - 1, Math.round(k)));
  const a = clamp(Math.min(i, j));
  const b = clamp(Math.max(i, j));
  return { from: `${months[a]}-01`, to: lastDay(months[b]!) };
}

/** windowMonths gives the indices of a window's first and last month on the bar (null if outside it). */
export function windowMonths(months: string[], w: TimeWindow | null): [number, number] | null {
  if (!w || months.length === 0) return null;
  const a = month(w.from)!;
  const b = month(w.to)!;
  let i = months.findIndex((m) => m >= a);
  let j = -1;
  for (let k = months.length - 1; k >= 0; k--) if (months[k]! <= b) { j = k; break; }
  if (i < 0 || j < 0 || i > j) return null;
  return [i, j];
}

/**
 * step moves a window one month later keeping its width in months (the play button); with no window it starts on
 * the first month; past the last month it returns null (playing stops).
 */
export function step(months: string[], w: TimeWindow | null): TimeWindow | null {
  if (months.length === 0) return null;
  const cur = windowMonths(months, w);
  if (!cur) return brush(months, 0, 0);
  const [i, j] = cur;
  if (j + 1 >= months.length) return null;
  return brush(months, i + 1, j + 1);
}

/** inWindow: was a link observed in the window? Undated links are in every window. */
export function inWindow(l: Pick<Link, 'date' | 'first_seen' | 'last_seen'>, w: TimeWindow | null): boolean {
  if (!w) return true;
  const s = span(l);
  if (!s) return true;
  return s.from <= w.to && s.to >= w.from;
}

/** describe writes a window for a reader: "Nov 2025 – Feb 2026". */
export function describe(w: TimeWindow | null): string {
  if (!w) return 'All time';
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const f = (d: string) => `${names[Number(d.slice(5, 7)) - 1] ?? '?'} ${d.slice(0, 4)}`;
  const a = f(w.from);
  const b = f(w.to);
  return a === b ? a : `${a} – ${b}`;
}
