import { CONFIDENCES, LINE_STYLES } from '../core/grading/index';
import type { LegendItem } from '../core/style/index';
import { bidi, h, replace } from './dom';

const LINE_HELP: Record<string, string> = {
  confirmed: 'Confirmed: the tie is established (also links that state no confidence)',
  unconfirmed: 'Unconfirmed: reported, not yet corroborated',
  tentative: 'Tentative: suspected or inferred',
};

/**
 * renderLegend draws the legend, folded to its title or not; toggle() is called when the reader folds or unfolds it.
 * lines: explain the line styles of link confidence (when some link on the chart is not confirmed).
 */
export function renderLegend(el: HTMLElement, title: string, items: LegendItem[], sizeNote: string, linkItems: { label: string; colour: string }[], folded: boolean, toggle: () => void, lines = false): void {
  el.classList.toggle('folded', folded);
  const button = h('button', { class: 'icon', testid: 'legend-toggle', 'aria-label': 'Fold or unfold the legend', 'aria-expanded': String(!folded), title: 'Fold / unfold', onclick: toggle }, folded ? '▸' : '▾');
  replace(
    el,
    h('div', { class: 'legend-head' }, h('div', { class: 'legend-title' }, title), button),
    h(
      'ul',
      { class: 'legend-items' },
      items.map((i) =>
        h('li', { 'data-key': i.key, testid: 'legend-item' }, h('span', { class: 'swatch', 'data-colour': i.colour }), h('span', { class: 'legend-label', dir: 'auto', title: i.label }, bidi(i.label)), h('span', { class: 'count' }, String(i.count))),
      ),
    ),
    linkItems.length ? h('div', { class: 'legend-title small' }, 'Links') : null,
    linkItems.length ? h('ul', { class: 'legend-items links' }, linkItems.map((i) => h('li', {}, h('span', { class: 'line', 'data-colour': i.colour }), h('span', { class: 'legend-label' }, i.label)))) : null,
    lines ? h('div', { class: 'legend-title small' }, 'Confidence (drawn as in i2)') : null,
    lines ? h('ul', { class: 'legend-items links', testid: 'legend-lines' }, CONFIDENCES.map((c) => h('li', { title: LINE_HELP[c], 'data-confidence': c }, h('span', { class: `line ${LINE_STYLES[c].css}` }), h('span', { class: 'legend-label' }, LINE_STYLES[c].label)))) : null,
    h('div', { class: 'legend-note' }, sizeNote),
  );
  // Colours come from data: set them from script (allowed by the CSP), never as style attributes in HTML.
  el.querySelectorAll<HTMLElement>('[data-colour]').forEach((s) => {
    if (s.classList.contains('line')) s.style.borderTopColor = s.dataset.colour!;
    else s.style.background = s.dataset.colour!;
  });
}
