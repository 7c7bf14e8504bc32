// The page's fixed parts: top bar (search, case, who is signed in), the tools rail, dialogs, sign-in box.
import type { About, CaseInfo } from '../api/types';
import type { ColourBy, SizeBy } from '../core/chart/types';
import { MIN_GRADES, type Grades } from '../core/grading/index';
import type { ResultRow } from '../core/search/index';
import { KINDS } from '../core/style/index';
import { bidi, h, name, replace } from './dom';

export interface TopBar {
  search: HTMLInputElement;
  results: HTMLUListElement;
  caseSelect: HTMLSelectElement;
  who: HTMLElement;
  signOut: HTMLButtonElement;
}

export function buildTopBar(el: HTMLElement): TopBar {
  const search = h('input', { type: 'search', class: 'search-input', placeholder: 'Search names and aliases, any script  ( / )', 'aria-label': 'Search entities by name or alias', testid: 'search-input', autocomplete: 'off', spellcheck: 'false', dir: 'auto' });
  const results = h('ul', { class: 'search-results', role: 'listbox', testid: 'search-results', hidden: true });
  const caseSelect = h('select', { 'aria-label': 'Case', testid: 'case-select', class: 'case-select' }, h('option', { value: '' }, 'Whole network'));
  const who = h('div', { class: 'who', testid: 'whoami' });
  const signOut = h('button', { class: 'btn small', testid: 'sign-out', 'aria-label': 'Sign out' }, 'Sign out');
  replace(
    el,
    h('div', { class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }, '◈'), h('span', {}, 'Ringleader'), h('span', { class: 'muted' }, 'workbench')),
    h('div', { class: 'search' }, search, results),
    h('label', { class: 'case-pick' }, h('span', { class: 'muted' }, 'Case'), caseSelect),
    h('span', { class: 'spacer' }),
    who,
    signOut,
  );
  return { search, results, caseSelect, who, signOut };
}

export function renderWho(el: HTMLElement, about: About | null): void {
  if (!about) {
    replace(el, h('span', { class: 'muted' }, 'Signed in'));
    return;
  }
  const t = about.token;
  const cases = t.all_cases ? 'all cases' : t.cases.length ? t.cases.join(', ') : 'no case';
  replace(el, h('span', { class: 'who-name', testid: 'whoami-name' }, t.name), h('span', { class: `role role-${t.role}`, testid: 'whoami-role' }, t.role), h('span', { class: 'muted who-cases', testid: 'whoami-cases', title: cases }, cases), h('span', { class: 'muted store', title: 'Store' }, about.store));
}

export function renderCases(sel: HTMLSelectElement, cases: CaseInfo[], current: string | undefined): void {
  replace(
    sel,
    h('option', { value: '' }, 'Whole network'),
    // The title last: a count after an Arabic title would join its run (<option> text cannot hold a <bdi>).
    cases.map((c) => h('option', { value: c.id, title: c.name }, `${c.type.replace(/_/g, ' ')}${c.entities !== undefined ? ` · ${c.entities.toLocaleString('en')} entities` : ''} · ${c.name}`)),
  );
  sel.value = current ?? '';
}

export function renderResults(ul: HTMLUListElement, rows: ResultRow[] | string, cursor: number, choose: (id: string) => void, caseNames: Map<string, string> = new Map()): void {
  ul.hidden = false;
  if (typeof rows === 'string') {
    replace(ul, h('li', { class: 'muted empty', testid: 'search-empty', dir: 'ltr' }, bidi(rows)));
    return;
  }
  replace(
    ul,
    rows.map((r, i) =>
      h(
        'li',
        { role: 'option', class: `result${i === cursor ? ' cursor' : ''}`, 'aria-selected': i === cursor ? 'true' : 'false', testid: 'search-result', 'data-id': r.id, onmousedown: (e: Event) => { e.preventDefault(); choose(r.id); } },
        h('span', { class: 'kind-dot', 'data-kind': r.kind, title: r.kind }, KINDS[r.kind]?.glyph ?? '•'),
        h('span', { class: 'result-main' }, name(r.name), r.alias ? h('span', { class: 'alias muted' }, 'aka ', name(r.alias, 'alias-name')) : null),
        h('span', { class: 'result-meta muted', dir: 'ltr' }, r.kind, r.cases.length === 1 ? [' · ', h('bdi', {}, caseNames.get(r.cases[0]!) ?? r.cases[0]!)] : r.cases.length ? ` · ${r.cases.length} cases` : '', r.onChart ? ' · on chart' : ''),
      ),
    ),
  );
}

export interface RailHandles {
  sizeBy: HTMLSelectElement;
  colourBy: HTMLSelectElement;
  layout: HTMLButtonElement;
  undo: HTMLButtonElement;
  types: HTMLElement;
  kpK: HTMLInputElement;
  analystOnly: HTMLElement[];
  stats: HTMLElement;
  confirmedOnly: HTMLInputElement;
  minGrade: HTMLSelectElement;
  gradingNote: HTMLElement;
}

export interface RailActions {
  sizeBy(v: SizeBy): void;
  colourBy(v: ColourBy): void;
  layout(): void;
  circle(): void;
  fit(): void;
  undo(): void;
  keyPlayers(k: number): void;
  cycles(): void;
  hawala(): void;
  save(): void;
  open(): void;
  exportAs(f: 'png' | 'gexf' | 'graphml' | 'csv'): void;
  exportServer(f: 'anx' | 'matrix-xlsx'): void;
  clearChart(): void;
  grades(g: Grades): void;
}

function group(title: string, ...body: (Node | null)[]): HTMLElement {
  return h('section', { class: 'rail-group' }, h('h2', {}, title), ...body);
}

export function buildRail(el: HTMLElement, a: RailActions): RailHandles {
  const sizeBy = h('select', { testid: 'size-by', 'aria-label': 'Size nodes by', onchange: () => a.sizeBy(sizeBy.value as SizeBy) },
    h('option', { value: 'none' }, 'Same size'), h('option', { value: 'betweenness' }, 'Betweenness'), h('option', { value: 'degree' }, 'Degree'), h('option', { value: 'closeness' }, 'Closeness'),
    h('option', { value: 'harmonic' }, 'Harmonic'), h('option', { value: 'eigenvector' }, 'Eigenvector'), h('option', { value: 'pagerank' }, 'PageRank'));
  const colourBy = h('select', { testid: 'colour-by', 'aria-label': 'Colour nodes by', onchange: () => a.colourBy(colourBy.value as ColourBy) },
    h('option', { value: 'kind' }, 'Kind'), h('option', { value: 'community' }, 'Community'), h('option', { value: 'case' }, 'Case'), h('option', { value: 'role' }, 'Brokerage role'));
  const layout = h('button', { class: 'btn', testid: 'layout-fa2', onclick: () => a.layout() }, 'Run ForceAtlas2');
  const undo = h('button', { class: 'btn', testid: 'undo', 'aria-label': 'Undo (Ctrl+Z)', title: 'Undo (Ctrl+Z)', onclick: () => a.undo() }, '↶ Undo');
  const types = h('div', { class: 'types', testid: 'link-types' });
  const kpK = h('input', { type: 'number', min: '1', max: '50', value: '3', 'aria-label': 'How many key players', testid: 'keyplayers-k', class: 'num-input' });
  const analysis = group('Key players',
    h('div', { class: 'row' }, h('label', {}, 'k ', kpK), h('button', { class: 'btn', testid: 'keyplayers-run', onclick: () => a.keyPlayers(Math.max(1, Math.min(50, Number(kpK.value) || 3))) }, 'Find')),
    h('p', { class: 'muted small' }, 'The k people whose arrest fragments the ring most (Borgatti).'));
  const money = group('Money',
    h('div', { class: 'row wrap' }, h('button', { class: 'btn', testid: 'money-cycles', onclick: () => a.cycles() }, 'Round trips'), h('button', { class: 'btn', testid: 'money-hawala', onclick: () => a.hawala() }, 'Hawala hubs')),
    h('p', { class: 'muted small' }, 'Trails start from a selected party (panel).'));
  const stats = h('div', { class: 'stats muted', testid: 'chart-stats' });
  const gradeTip = 'Source grade (A most reliable; X or E untested) and information grade (1 surest): B2 keeps sources A or B with information 1 or 2. Entities without a grade stay; links without one are left out.';
  const changed = () => a.grades({ minGrade: minGrade.value, confirmedOnly: confirmedOnly.checked });
  const confirmedOnly = h('input', { type: 'checkbox', testid: 'grading-confirmed', onchange: changed });
  const minGrade = h('select', { testid: 'grading-min', 'aria-label': 'Minimum grade', title: gradeTip, onchange: changed },
    MIN_GRADES.map((g) => h('option', { value: g }, g === '' ? 'Any' : g.length === 1 ? `${g} (any information)` : `${g} or better`)));
  const gradingNote = h('p', { class: 'muted small grading-note', testid: 'grading-note', role: 'status' });
  const grading = group('Intelligence grading',
    h('label', { class: 'check', title: 'Leave out links graded unconfirmed (dashed) or tentative (dotted), as i2 draws them' }, confirmedOnly, 'Confirmed links only'),
    h('label', { class: 'field' }, h('span', {}, 'Min. grade'), minGrade),
    gradingNote);
  replace(
    el,
    group('Chart', stats, h('div', { class: 'row wrap' }, undo, h('button', { class: 'btn', testid: 'zoom-fit', onclick: () => a.fit() }, 'Fit'), h('button', { class: 'btn', testid: 'chart-clear', onclick: () => a.clearChart() }, 'Clear'))),
    group('Style', h('label', { class: 'field' }, h('span', {}, 'Size by'), sizeBy), h('label', { class: 'field' }, h('span', {}, 'Colour by'), colourBy)),
    grading,
    group('Layout', h('div', { class: 'row wrap' }, layout, h('button', { class: 'btn', testid: 'layout-circle', onclick: () => a.circle() }, 'Circle by community'))),
    analysis,
    money,
    group('Links shown', types),
    group('Saved charts', h('div', { class: 'row wrap' }, h('button', { class: 'btn', testid: 'chart-save', onclick: () => a.save() }, 'Save…'), h('button', { class: 'btn', testid: 'chart-open', onclick: () => a.open() }, 'Open…'))),
    group('Export', h('div', { class: 'row wrap' },
      h('button', { class: 'btn', testid: 'export-png', onclick: () => a.exportAs('png') }, 'PNG'),
      h('button', { class: 'btn', testid: 'export-gexf', onclick: () => a.exportAs('gexf') }, 'GEXF'),
      h('button', { class: 'btn', testid: 'export-graphml', onclick: () => a.exportAs('graphml') }, 'GraphML'),
      h('button', { class: 'btn', testid: 'export-csv', onclick: () => a.exportAs('csv') }, 'CSV')),
      h('div', { class: 'row wrap' },
        h('button', { class: 'btn', testid: 'export-anx', title: 'i2 Analyst\'s Notebook chart of the whole case (or network), graded and restricted as the chart is', onclick: () => a.exportServer('anx') }, 'i2 ANX'),
        h('button', { class: 'btn', testid: 'export-matrix', title: 'Association matrix of the whole case (or network): links per type between every two entities', onclick: () => a.exportServer('matrix-xlsx') }, 'Matrix (XLSX)'))),
  );
  return { sizeBy, colourBy, layout, undo, types, kpK, analystOnly: [analysis, money], stats, confirmedOnly, minGrade, gradingNote };
}

/** modal opens a dialog; it is removed from the page when closed. */
export function modal(title: string, testid: string, body: (Node | null)[], buttons: HTMLButtonElement[]): HTMLDialogElement {
  const d = h('dialog', { class: 'modal', testid, 'aria-label': title },
    h('div', { class: 'modal-head' }, h('h2', {}, title), h('button', { class: 'icon', 'aria-label': 'Close', testid: `${testid}-close`, onclick: () => d.close() }, '×')),
    h('div', { class: 'modal-body' }, ...body),
    h('div', { class: 'modal-foot' }, ...buttons));
  d.addEventListener('close', () => d.remove());
  document.body.appendChild(d);
  d.showModal();
  return d;
}

export function signInBox(message: string | null, submit: (token: string) => string | null): void {
  const input = h('input', { type: 'password', class: 'token-input', placeholder: 'rl_…', 'aria-label': 'API token', testid: 'signin-token', autocomplete: 'off' });
  const err = h('p', { class: 'error', testid: 'signin-error', role: 'alert' }, message ?? '');
  const go = () => {
    const problem = submit(input.value);
    if (problem) err.textContent = problem;
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') go();
  });
  const box = h('div', { class: 'signin', testid: 'signin' },
    h('div', { class: 'signin-card' },
      h('div', { class: 'brand big' }, h('span', { class: 'logo' }, '◈'), ' Ringleader'),
      h('p', {}, 'Sign in with your API token. ', h('span', { class: 'muted' }, '`ringleader demo` prints a link with one; `ringleader token create` makes one.')),
      input,
      err,
      h('button', { class: 'btn primary', testid: 'signin-submit', onclick: go }, 'Sign in'),
      h('p', { class: 'muted small' }, 'The token stays in this browser tab only (sessionStorage) and is sent to this server alone.')));
  document.body.appendChild(box);
  input.focus();
}
