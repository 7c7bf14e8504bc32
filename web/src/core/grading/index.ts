// Intelligence grading (grading.go at the root): a record's source and information grades and handling code, a
// link's confidence, how i2 draws each confidence, and the restriction an analyst applies to trust only some of it.
// Pure functions, no DOM.
import type { Restriction } from '../../api/types';

export type Confidence = 'confirmed' | 'unconfirmed' | 'tentative';

/** CONFIDENCES lists the link confidences, surest first, as ringleader.Confidences. */
export const CONFIDENCES: Confidence[] = ['confirmed', 'unconfirmed', 'tentative'];

/** LINE_STYLES: how i2's Analyst's Notebook, and so the chart, draws each confidence. */
export const LINE_STYLES: Record<Confidence, { dash: number; css: 'solid' | 'dashed' | 'dotted'; label: string }> = {
  confirmed: { dash: 0, css: 'solid', label: 'confirmed' },
  unconfirmed: { dash: 1, css: 'dashed', label: 'unconfirmed' },
  tentative: { dash: 2, css: 'dotted', label: 'tentative' },
};

type Props = Record<string, unknown> | undefined;

function prop(p: Props, key: string): string {
  const v = p?.[key];
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** confidenceOf is a link's confidence: a link that states none is confirmed, as i2 draws it solid. */
export function confidenceOf(p: Props): Confidence {
  const c = prop(p, 'confidence').toLowerCase();
  return (CONFIDENCES as string[]).includes(c) ? (c as Confidence) : 'confirmed';
}

/** Grades is the restriction the analyst chose: a minimum grade ("B2", "B", "" for any) and confirmed links only. */
export interface Grades {
  minGrade: string;
  confirmedOnly: boolean;
}

export const NO_GRADES: Grades = { minGrade: '', confirmedOnly: false };

/** MIN_GRADES are the choices the page offers: any, a source grade alone, or source and information. */
export const MIN_GRADES = ['', 'A', 'B', 'C', 'A1', 'A2', 'B1', 'B2', 'B3', 'C3'];

export function active(g: Grades): boolean {
  return g.minGrade !== '' || g.confirmedOnly;
}

/** params are the query parameters every analytic route takes for g (none when g restricts nothing). */
export function params(g: Grades): { min_grade?: string; confirmed_only?: boolean } {
  const out: { min_grade?: string; confirmed_only?: boolean } = {};
  if (g.minGrade) out.min_grade = g.minGrade;
  if (g.confirmedOnly) out.confirmed_only = true;
  return out;
}

/** key names g in cache keys. */
export function key(g: Grades): string {
  return `${g.minGrade}|${g.confirmedOnly ? 'c' : ''}`;
}

/** parseGrades reads a saved setting, keeping only what the page offers. */
export function parseGrades(raw: unknown): Grades {
  if (!raw || typeof raw !== 'object') return { ...NO_GRADES };
  const r = raw as Record<string, unknown>;
  const min = typeof r.minGrade === 'string' ? r.minGrade.toUpperCase() : '';
  return { minGrade: MIN_GRADES.includes(min) ? min : '', confirmedOnly: r.confirmedOnly === true };
}

// Source grades, most reliable first; X (4×4, cannot be judged) and E (5×5×5, untested) rank last, as in grading.go.
const SOURCE_RANK: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, X: 5 };

/**
 * meets reports whether a record's grading reaches minGrade ("B2": source A or B, information 1 or 2; "B": any
 * information; "2": any source), and whether it lacks a grade the bar asks about (ringleader.GradeFilter.meets).
 */
export function meets(minGrade: string, p: Props): { ok: boolean; ungraded: boolean } {
  if (!minGrade) return { ok: true, ungraded: false };
  let minSrc = '';
  let minInfo = minGrade;
  if (/^[A-Z]/.test(minGrade)) {
    minSrc = minGrade.slice(0, 1);
    minInfo = minGrade.slice(1);
  }
  const s = prop(p, 'source_grade').toUpperCase();
  const i = prop(p, 'info_grade');
  if ((minSrc && !s) || (minInfo && !i)) return { ok: false, ungraded: true };
  if (minSrc && (SOURCE_RANK[s] ?? 99) > SOURCE_RANK[minSrc]!) return { ok: false, ungraded: false };
  if (minInfo && i > minInfo) return { ok: false, ungraded: false };
  return { ok: true, ungraded: false };
}

/** keepsEntity: an entity graded below the bar is left out; one without a grade stays (it is the ties that are contested). */
export function keepsEntity(g: Grades, p: Props): boolean {
  const m = meets(g.minGrade, p);
  return m.ok || m.ungraded;
}

/** keepsLink: a link not confirmed (with confirmed only), or without a grade, or graded below the bar, is left out. */
export function keepsLink(g: Grades, p: Props): boolean {
  if (g.confirmedOnly && confidenceOf(p) !== 'confirmed') return false;
  return meets(g.minGrade, p).ok;
}

/** describe names a restriction: "Grade B2 or better, confirmed links only". */
export function describe(g: { minGrade?: string; min_grade?: string; confirmedOnly?: boolean; confirmed_only?: boolean }): string {
  const min = g.minGrade ?? g.min_grade ?? '';
  const parts: string[] = [];
  if (min) parts.push(`${/^[A-Z]$/.test(min) ? 'Source grade' : /^\d$/.test(min) ? 'Information grade' : 'Grade'} ${min} or better`);
  if (g.confirmedOnly ?? g.confirmed_only) parts.push(parts.length ? 'confirmed links only' : 'Confirmed links only');
  return parts.join(', ');
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** restrictionNote says what a server's answer left out: "Grade B2 or better, confirmed links only: 380 links left out". */
export function restrictionNote(r: Restriction): string {
  const out: string[] = [];
  if (r.links_left_out) out.push(plural(r.links_left_out, 'link', 'links'));
  if (r.entities_left_out) out.push(plural(r.entities_left_out, 'entity', 'entities'));
  return `${describe(r)}: ${out.length ? `${out.join(' and ')} left out` : 'nothing left out'}`;
}

/** system guesses which grading system a record uses: 5×5×5 when it has a handling code or a grade only it has. */
export function system(p: Props): '4x4' | '5x5x5' | 'either' {
  const s = prop(p, 'source_grade').toUpperCase();
  const i = prop(p, 'info_grade');
  if (s === 'X') return '4x4';
  if (prop(p, 'handling') || s === 'D' || s === 'E' || i === '5') return '5x5x5';
  return 'either';
}

/** gradingText is a record's grading in a line: "Source B · Information 2 · Handling 2 · unconfirmed" ("" when none). */
export function gradingText(p: Props, link = false): string {
  const parts: string[] = [];
  const s = prop(p, 'source_grade').toUpperCase();
  const i = prop(p, 'info_grade');
  const hc = prop(p, 'handling');
  if (s) parts.push(`Source ${s}`);
  if (i) parts.push(`Information ${i}`);
  if (hc) parts.push(`Handling ${hc}`);
  if (link) parts.push(confidenceOf(p));
  return parts.join(' · ');
}

// What the codes mean. The EU 4×4 (Europol's evaluation of source and information) and the UK 5×5×5 (the National
// Intelligence Model's source, intelligence and handling codes).
const SOURCE_4X4: Record<string, string> = {
  A: 'no doubt of its authenticity, trustworthiness and competence, or always reliable',
  B: 'in most instances reliable',
  C: 'in most instances unreliable',
  X: 'reliability cannot be assessed',
};
const SOURCE_5X5X5: Record<string, string> = {
  A: 'always reliable', B: 'mostly reliable', C: 'sometimes reliable', D: 'unreliable', E: 'untested source',
};
const INFO_4X4: Record<string, string> = {
  '1': 'accuracy not in doubt',
  '2': 'known personally to the source, not to the officer passing it on',
  '3': 'not known personally to the source, but corroborated',
  '4': 'not known personally to the source, and cannot be corroborated',
};
const INFO_5X5X5: Record<string, string> = {
  '1': 'known to be true without reservation',
  '2': 'known personally to the source, not to the officer',
  '3': 'not known personally to the source, but corroborated',
  '4': 'cannot be judged',
  '5': 'suspected to be false or malicious',
};
const HANDLING: Record<string, string> = {
  '1': 'may go to UK and EU law enforcement and prosecutors',
  '2': 'may go to UK non-prosecuting parties',
  '3': 'may go to non-EU law enforcement',
  '4': 'within the originating agency only',
  '5': 'no further dissemination: ask the originator',
};
const CONFIDENCE_TEXT: Record<Confidence, string> = {
  confirmed: 'the tie is established (drawn solid)',
  unconfirmed: 'reported, not yet corroborated (drawn dashed)',
  tentative: 'suspected or inferred (drawn dotted)',
};

function meaning(code: string, sys: '4x4' | '5x5x5' | 'either', eu: Record<string, string>, uk: Record<string, string>): string {
  const a = eu[code], b = uk[code];
  if (sys === '4x4' || !b) return a ? `${a} (4×4)` : '';
  if (sys === '5x5x5' || !a) return `${b} (5×5×5)`;
  return a === b ? `${a} (4×4, 5×5×5)` : `${a} (4×4); ${b} (5×5×5)`;
}

/** gradingTooltip says what each code of a record's grading means, in the system it seems to use (or both). */
export function gradingTooltip(p: Props, link = false): string {
  const sys = system(p);
  const s = prop(p, 'source_grade').toUpperCase();
  const i = prop(p, 'info_grade');
  const hc = prop(p, 'handling');
  const lines: string[] = [];
  if (s) lines.push(`Source ${s}: ${meaning(s, sys, SOURCE_4X4, SOURCE_5X5X5)}`);
  if (i) lines.push(`Information ${i}: ${meaning(i, sys, INFO_4X4, INFO_5X5X5)}`);
  if (hc) lines.push(`Handling ${hc}: ${HANDLING[hc] ?? ''} (5×5×5)`);
  if (link) lines.push(`${confidenceOf(p)}: ${CONFIDENCE_TEXT[confidenceOf(p)]}`);
  lines.push('EU 4×4: source A, B, C, X; information 1–4. UK 5×5×5: source A–E; information 1–5; handling 1–5.');
  return lines.join('\n');
}

/** GRADING_PROPS are shown as the grading line, not among the other properties. */
export const GRADING_PROPS = ['source_grade', 'info_grade', 'handling', 'confidence'];
