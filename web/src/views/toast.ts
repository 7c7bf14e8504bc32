import { h, $ } from './dom';

/** toast shows a message (with problem entries "field: reason" under it) for a while; errors stay until closed. */
export function toast(message: string, kind: 'error' | 'info' = 'error', lines: string[] = []): void {
  const box = $('#toasts');
  const el = h(
    'div',
    { class: `toast ${kind}`, role: kind === 'error' ? 'alert' : 'status', testid: kind === 'error' ? 'toast-error' : 'toast-info' },
    h('div', { class: 'toast-text' }, h('p', {}, message), lines.length ? h('ul', {}, lines.slice(0, 8).map((l) => h('li', { dir: 'auto' }, l))) : null),
    h('button', { class: 'icon', 'aria-label': 'Dismiss', title: 'Dismiss', testid: 'toast-close', onclick: () => el.remove() }, '×'),
  );
  box.appendChild(el);
  while (box.children.length > 4) box.firstElementChild?.remove();
  window.setTimeout(() => el.remove(), kind === 'error' ? 15000 : 5000);
}
