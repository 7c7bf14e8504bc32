// A very small view layer: elements built with h(), text always set as text (entity names are data, never HTML).
import { segments } from '../core/bidi/index';

type Child = Node | string | number | null | undefined | false;
/** Kids are children as h() takes them: nested arrays are flattened. */
export type Kids = Child | Kids[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Kids[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v as EventListener);
    else if (k === 'class') el.className = String(v);
    else if (k === 'testid') el.setAttribute('data-testid', String(v));
    else if (k === 'value' && 'value' in el) (el as HTMLInputElement).value = String(v);
    else if (k === 'checked' && 'checked' in el) (el as HTMLInputElement).checked = !!v;
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el: Node, children: Kids[]): void {
  for (const c of children) {
    if (Array.isArray(c)) append(el, c);
    else if (c === null || c === undefined || c === false) continue;
    else if (typeof c === 'string' || typeof c === 'number') el.appendChild(document.createTextNode(String(c)));
    else el.appendChild(c);
  }
}

/** replace empties a container and fills it again. */
export function replace(el: Element, ...children: Kids[]): void {
  el.replaceChildren();
  append(el, children);
}

/** name renders an entity name with dir="auto" so that Arabic reads right to left inside Latin text. */
export function name(text: string, cls = 'name'): HTMLSpanElement {
  return h('span', { class: cls, dir: 'auto' }, bidi(text));
}

/**
 * bidi renders a server sentence or a list with each known name, and each right-to-left run, in its own <bdi>, so
 * that a phone number after an Arabic name keeps its order ("…, أبو خليل, +963993476931"). Put it in an element with
 * dir="ltr" (a sentence in English) or dir="auto" (a name).
 */
export function bidi(text: string, names: Iterable<string> = []): (Node | string)[] {
  return segments(text, names).map((s) => (s.isolate ? h('bdi', {}, s.text) : s.text));
}

export function $(sel: string, root: ParentNode = document): HTMLElement {
  const el = root.querySelector(sel);
  if (!el) throw new Error(`missing element ${sel}`);
  return el as HTMLElement;
}

/** download saves text or a blob as a file (built in the page; nothing goes to the server). */
export function download(filename: string, data: string | Blob, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, class: 'hidden' });
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}
