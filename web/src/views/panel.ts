// The side panel for the selected entity: what it is, where it comes from, how central it is and why, who it may
// be the same as, and what to do next from it.
import type { Broker, Candidate, Entity } from '../api/types';
import { KINDS } from '../core/style/index';
import { isolated } from '../core/bidi/index';
import { GRADING_PROPS, LINE_STYLES, gradingText, gradingTooltip, type Confidence } from '../core/grading/index';
import { bidi, h, name, replace } from './dom';

export interface ScoreRow {
  measure: string;
  score: number | null;
  rank: number | null;
  of: number;
}

export interface PanelModel {
  entity: Entity;
  members?: number;
  onChart: { links: number; neighbours: number };
  scores: ScoreRow[] | 'loading' | string;
  broker: Broker | null;
  community: string | null;
  role: string | null;
  candidates: Candidate[] | 'loading' | string | null;
  neo4j: { open: string; style: string; styleCommand: string } | null;
  pathFrom: { id: string; name: string } | null;
  caseNames: Map<string, string>;
  canAnalyse: boolean;
  /** The entity's links on the chart, with their grading; hidden: left out by a filter or the grading restriction. */
  links: PanelLink[];
}

export interface PanelLink {
  key: string;
  other: { id: string; name: string };
  label: string;
  confidence: Confidence;
  properties: Record<string, unknown> | undefined;
  hidden: boolean;
}

/** How many of an entity's links the panel lists. */
const MAX_LINKS = 60;

export interface PanelActions {
  expand(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  trail(id: string): void;
  cycles(id: string): void;
  remove(id: string): void;
  openCommunity(id: string): void;
  focus(id: string): void;
  close(): void;
  select(id: string): void;
}

const MEASURE_NAMES: Record<string, string> = {
  betweenness: 'Betweenness', degree: 'Degree', closeness: 'Closeness', harmonic: 'Harmonic', eigenvector: 'Eigenvector', pagerank: 'PageRank',
};

function section(title: string, ...body: (Node | string | null | false)[]): HTMLElement {
  return h('section', { class: 'psec' }, h('h3', {}, title), ...body);
}

function fmtScore(v: number): string {
  if (v === 0) return '0';
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 1) return v.toFixed(2);
  return v.toPrecision(3);
}

export function renderEmptyPanel(el: HTMLElement, hint: string): void {
  replace(el, h('div', { class: 'panel-empty', testid: 'panel-empty' }, h('p', { class: 'muted' }, hint), h('ul', { class: 'hints' },
    h('li', {}, h('kbd', {}, '/'), ' search by any name or alias, in any script'),
    h('li', {}, 'Click a node to see it here; double-click to expand it'),
    h('li', {}, 'Drag across the time bar to look at a window'),
    h('li', {}, h('kbd', {}, 'Esc'), ' clears the selection'),
  )));
}

export function renderPanel(el: HTMLElement, m: PanelModel, a: PanelActions): void {
  const e = m.entity;
  const kind = KINDS[e.kind];
  const isSummary = m.members !== undefined;
  const head = h(
    'div',
    { class: 'panel-head' },
    h('span', { class: 'kind-badge', 'data-kind': e.kind, testid: 'panel-kind' }, `${kind?.glyph ?? '•'} ${kind?.label ?? e.kind}`),
    h('button', { class: 'icon close', 'aria-label': 'Close panel (Esc)', title: 'Close (Esc)', testid: 'panel-close', onclick: () => a.close() }, '×'),
    h('h2', { dir: 'auto', testid: 'panel-name' }, bidi(e.name)),
    h('div', { class: 'muted id', testid: 'panel-id' }, e.id),
  );
  const actions = isSummary
    ? h('div', { class: 'actions' }, h('button', { class: 'btn primary', testid: 'panel-open-community', onclick: () => a.openCommunity(e.id) }, `Open this community (${m.members} entities)`))
    : h(
        'div',
        { class: 'actions' },
        h('button', { class: 'btn primary', testid: 'panel-expand', title: 'Show its links by type, then add the ones you choose', onclick: () => a.expand(e.id) }, 'Expand…'),
        h('button', { class: 'btn', testid: 'panel-path-from', title: 'Start a path here', onclick: () => a.pathFrom(e.id) }, 'Path from here'),
        h('button', { class: 'btn', testid: 'panel-path-to', disabled: !m.pathFrom || m.pathFrom.id === e.id, title: m.pathFrom ? `Shortest and time-respecting paths from ${isolated(m.pathFrom.name, [m.pathFrom.name])}` : 'Choose "Path from here" on another entity first', onclick: () => a.pathTo(e.id) }, 'Path to here'),
        m.canAnalyse ? h('button', { class: 'btn', testid: 'panel-money-trail', title: 'Follow the money out of this party', onclick: () => a.trail(e.id) }, 'Money trail') : null,
        m.canAnalyse ? h('button', { class: 'btn', testid: 'panel-money-cycles', title: 'Round trips of money through this party', onclick: () => a.cycles(e.id) }, 'Round trips') : null,
        h('button', { class: 'btn', testid: 'panel-focus', onclick: () => a.focus(e.id) }, 'Centre'),
        h('button', { class: 'btn danger', testid: 'panel-remove', onclick: () => a.remove(e.id) }, 'Remove'),
      );
  const pathNote = m.pathFrom && !isSummary ? h('p', { class: 'note', testid: 'panel-path-note' }, 'Path from: ', name(m.pathFrom.name)) : null;

  const props: [string, string][] = [];
  const aliases = e.aliases?.length ? h('dd', { dir: 'ltr' }, e.aliases.map((x, i) => [i ? ' · ' : '', h('bdi', {}, x)])) : null;
  for (const [k, v] of Object.entries(e.properties ?? {})) {
    if (v === null || v === undefined || v === '' || GRADING_PROPS.includes(k)) continue;
    props.push([k.replace(/_/g, ' '), typeof v === 'object' ? JSON.stringify(v) : String(v)]);
  }
  if (e.implicit) props.push(['Note', 'named in another record, not loaded on its own']);
  const propList = h('dl', { class: 'props', testid: 'panel-properties' }, aliases ? [h('dt', {}, 'Aliases'), aliases] : null, props.flatMap(([k, v]) => [h('dt', {}, k), h('dd', { dir: 'auto' }, bidi(v))]));

  // The entity's own grading, in a line with what the codes mean as its tooltip.
  const gtext = gradingText(e.properties);
  const grading = gtext ? h('p', { class: 'grading', testid: 'panel-grading', title: gradingTooltip(e.properties) }, gtext) : null;
  // Its links on the chart with their grading, the weakest first: they are what an analyst checks before relying on them.
  const rank: Record<Confidence, number> = { tentative: 0, unconfirmed: 1, confirmed: 2 };
  const sorted = [...m.links].sort((x, y) => rank[x.confidence] - rank[y.confidence] || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  const linkList = sorted.length
    ? h('div', {},
        h('ul', { class: 'plinks', testid: 'panel-links' }, sorted.slice(0, MAX_LINKS).map((l) => h('li', { testid: 'panel-link', 'data-key': l.key, 'data-confidence': l.confidence, class: l.hidden ? 'left-out' : '' },
          h('span', { class: `line ${LINE_STYLES[l.confidence].css}`, 'aria-hidden': 'true' }),
          h('span', { dir: 'ltr' }, `${l.label} `, h('button', { class: 'link', onclick: () => a.select(l.other.id) }, name(l.other.name)),
            h('br', {}), h('span', { class: 'muted grading', title: gradingTooltip(l.properties, true), testid: 'panel-link-grading' }, gradingText(l.properties, true)), l.hidden ? h('span', { class: 'muted' }, ' · not shown') : null)))),
        sorted.length > MAX_LINKS ? h('p', { class: 'muted small' }, `and ${sorted.length - MAX_LINKS} more`) : null)
    : null;

  const cases = e.cases?.length
    ? h('ul', { class: 'chips', testid: 'panel-cases' }, e.cases.map((c) => h('li', { class: 'chip', title: c, dir: 'auto' }, m.caseNames.get(c) ?? c)))
    : h('p', { class: 'muted' }, 'No case.');
  const sources = e.sources?.length ? h('ul', { class: 'sources', testid: 'panel-sources' }, e.sources.map((s) => h('li', {}, h('code', {}, s)))) : h('p', { class: 'muted' }, 'No source recorded.');

  let scores: Node;
  if (m.scores === 'loading') scores = h('p', { class: 'muted' }, 'Computing scores…');
  else if (typeof m.scores === 'string') scores = h('p', { class: 'muted' }, m.scores);
  else
    scores = h(
      'table',
      { class: 'scores', testid: 'panel-scores' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Measure'), h('th', {}, 'Score'), h('th', {}, 'Rank'))),
      h('tbody', {}, m.scores.map((s) => h('tr', {}, h('td', {}, MEASURE_NAMES[s.measure] ?? s.measure), h('td', { class: 'num' }, s.score === null ? '–' : fmtScore(s.score)), h('td', { class: 'num' }, s.rank === null ? '–' : `${s.rank} of ${s.of}`)))),
    );

  const broker = m.broker
    ? h('div', { class: 'broker', testid: 'panel-broker' }, h('p', { dir: 'ltr' }, bidi(m.broker.explanation, [e.name])), h('p', { class: 'muted' }, `Broker rank ${m.broker.rank} · score ${m.broker.score.toFixed(2)}${m.role && m.role !== 'none' ? ` · mostly ${m.role}` : ''}`))
    : e.kind === 'Person' && m.canAnalyse ? h('p', { class: 'muted' }, 'Not among the brokers.') : null;

  let cands: Node | null = null;
  if (m.candidates === 'loading') cands = h('p', { class: 'muted' }, 'Looking for possible duplicates…');
  else if (typeof m.candidates === 'string') cands = h('p', { class: 'muted' }, m.candidates);
  else if (m.candidates)
    cands = m.candidates.length
      ? h('ul', { class: 'cands', testid: 'panel-candidates' }, m.candidates.map((c) => {
          const other = c.source === e.id ? { id: c.target, name: c.target_name } : { id: c.source, name: c.source_name };
          return h('li', {},
            h('div', { class: 'cand-head' }, h('button', { class: 'link', onclick: () => a.select(other.id), title: 'Select it (if drawn)' }, name(other.name)), h('span', { class: `score ${c.decision}` }, `${Math.round(c.score * 100)}% · ${c.decision}`)),
            h('ul', { class: 'reasons' }, c.reasons.map((r) => h('li', { class: `sign-${r.sign === '+' ? 'plus' : r.sign === '!' || r.sign === '-' ? 'minus' : 'weak'}`, dir: 'ltr' }, `${r.sign} `, bidi(r.text, [c.source_name, c.target_name])))));
        }))
      : h('p', { class: 'muted' }, 'No likely duplicates.');

  const neo = m.neo4j
    ? section('Neo4j Browser',
        h('p', {}, h('a', { href: m.neo4j.open, target: '_blank', rel: 'noopener noreferrer', testid: 'panel-neo4j-link' }, 'Open this neighbourhood in Neo4j Browser ↗')),
        h('p', { class: 'muted' }, 'For Ringleader\'s colours and captions, run once in Browser: ', h('code', { testid: 'panel-neo4j-style' }, m.neo4j.styleCommand), ' ', h('a', { href: m.neo4j.style, target: '_blank', rel: 'noopener noreferrer' }, '(put it in the editor)')))
    : null;

  replace(
    el,
    head,
    actions,
    pathNote,
    h('p', { class: 'muted onchart' }, `On the chart: ${m.onChart.neighbours} neighbours, ${m.onChart.links} links${m.community ? ` · community ${m.community}` : ''}`),
    isSummary ? section('Community', propList) : null,
    !isSummary && m.canAnalyse ? section('Scores and ranks (full network)', scores) : null,
    !isSummary && broker ? section('As a broker', broker) : null,
    !isSummary ? section('Properties', grading, propList) : null,
    !isSummary ? section('Cases', cases) : null,
    !isSummary ? section('Provenance', sources) : null,
    !isSummary && linkList ? section('Links on the chart, with their grading', linkList) : null,
    !isSummary && cands ? section('Possibly the same as', cands) : null,
    neo,
  );
}
