import { bidi, h, $ } from './dom';

/**
 * toast shows a message (with problem entries "field: reason" under it) for a while; errors stay until closed. Names
 * in it (given, or right-to-left runs found on their own) are isolated, see bidi.
 */
export function toast(message: string, kind: 'error' | 'info' = 'error', lines: string[] = [], names: string[] = []): void {
  const box = $('#toasts');
  const el = h(
    'div',
    { class: `toast ${kind}`, role: kind === 'error' ? 'alert' : 'status', testid: kind === 'error' ? 'toast-error' : 'toast-info' },
    h('div', { class: 'toast-text' }, h('p', { dir: 'ltr' }, bidi(message, names)), lines.length ? h('ul', {}, lines.slice(0, 8).map((l) => h('li', { dir: 'ltr' }, bidi(l)))) : null),
    h('button', { class: 'icon', 'aria-label': 'Dismiss', title: 'Dismiss', testid: 'toast-close', onclick: () => el.remove() }, '×'),
  );
  box.appendChild(el);
  while (box.children.length > 4) box.firstElementChild?.remove();
  window.setTimeout(() => el.remove(), kind === 'error' ? 15000 : 5000);
}
