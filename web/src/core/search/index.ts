// Search results as the list shows them: in the server's order (it ranks across scripts, so "Mohammed al-Ahmad"
// finds "محمد الأحمد"), each with the alias that matched when the name itself does not contain the query.
import type { Entity } from '../../api/types';

export interface ResultRow {
  id: string;
  name: string;
  kind: string;
  /** The alias that matched, shown as "aka ...", when the name does not contain the query. */
  alias: string | null;
  cases: string[];
  onChart: boolean;
}

/** fold folds case and Latin diacritics for a loose "does it contain" check (the server does the real matching). */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function resultRows(results: Entity[], query: string, drawn: Set<string>): ResultRow[] {
  const q = fold(query.trim());
  return results.map((e) => {
    let alias: string | null = null;
    if (q && !fold(e.name).includes(q)) alias = (e.aliases ?? []).find((a) => fold(a).includes(q)) ?? null;
    return { id: e.id, name: e.name, kind: e.kind, alias, cases: e.cases ?? [], onChart: drawn.has(e.id) };
  });
}

/** moveCursor moves the keyboard highlight in the result list (wrapping; -1 is the box itself). */
export function moveCursor(current: number, delta: number, count: number): number {
  if (count === 0) return -1;
  let next = current + delta;
  if (next < -1) next = count - 1;
  if (next >= count) next = -1;
  return next;
}
