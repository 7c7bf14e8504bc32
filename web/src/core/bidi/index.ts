// Bidirectional text: server sentences and lists mix Arabic names, Latin words and numbers. Inside a left-to-right
// sentence, digits that follow Arabic letters join the Arabic run ("+963993476931" after an Arabic name shows as
// "963993476931+"), so every name or right-to-left run is isolated: in the DOM as its own <bdi>, in plain strings
// (canvas labels, <option> text) between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. Pure functions, no DOM.

/** Segment is a piece of a sentence: isolate marks a name or a right-to-left run that gets its own direction. */
export interface Segment {
  text: string;
  isolate: boolean;
}

const RTL_RANGES = '\\u0590-\\u08ff\\ufb1d-\\ufdff\\ufe70-\\ufefc\\u{10800}-\\u{10fff}\\u{1e800}-\\u{1efff}';
/** A word with at least one right-to-left letter; letters, marks, digits and in-word joiners around it belong to it. */
const WORD = `[\\p{L}\\p{M}\\p{N}_'’\\-\\u0640]*[${RTL_RANGES}][\\p{L}\\p{M}\\p{N}_'’\\-\\u0640]*`;
/** Right-to-left words separated by spaces make one run; a word without a right-to-left letter ends it. */
const RUN = new RegExp(`${WORD}(?:[ \\u00a0]+${WORD})*`, 'gu');
const RTL_CHAR = new RegExp(`[${RTL_RANGES}]`, 'u');

/** hasRTL: does the text hold any right-to-left letter? */
export function hasRTL(text: string): boolean {
  return RTL_CHAR.test(text);
}

function push(out: Segment[], text: string, isolate: boolean): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (!isolate && last && !last.isolate) last.text += text;
  else out.push({ text, isolate });
}

/** rtlRuns splits text where no known name was found: right-to-left runs isolated, the rest as is. */
function rtlRuns(text: string, out: Segment[]): void {
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    push(out, text.slice(at, m.index), false);
    push(out, m[0], true);
    at = m.index! + m[0].length;
  }
  push(out, text.slice(at), false);
}

const WORDCHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * segments splits a sentence into plain text and isolated pieces: each occurrence of a known name (longest first,
 * whole words only), then, in what is left, each run of right-to-left words. Names are isolated whatever their
 * script, so that a phone number or a Latin name next to Arabic keeps its own order.
 */
export function segments(text: string, names: Iterable<string> = []): Segment[] {
  const list = [...new Set([...names].map((n) => n.trim()).filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  for (const n of list) {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
      const end = i + n.length;
      if (taken.some(([a, b]) => i < b && end > a)) continue;
      const before = text.slice(Math.max(0, i - 2), i);
      const after = text.slice(end, end + 2);
      if ((before && WORDCHAR.test([...before].pop()!)) || (after && WORDCHAR.test([...after][0]!))) continue;
      taken.push([i, end]);
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const [a, b] of taken) {
    rtlRuns(text.slice(at, a), out);
    push(out, text.slice(a, b), true);
    at = b;
  }
  rtlRuns(text.slice(at), out);
  return out;
}

export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * isolated writes a sentence as one plain string with its names and right-to-left runs between FSI and PDI, for
 * places that only take text (canvas labels). A string with nothing to isolate comes back unchanged.
 */
export function isolated(text: string, names: Iterable<string> = []): string {
  const segs = segments(text, names);
  if (segs.length === 1 && (!segs[0]!.isolate || segs[0]!.text === text)) return text;
  return segs.map((s) => (s.isolate ? FSI + s.text + PDI : s.text)).join('');
}

/**
 * labelText is what a canvas label draws: a label that is one name (or has no right-to-left letter) unchanged, a
 * mixed one ("around غسيل أموال · 2,701") with its right-to-left runs isolated so that numbers after them stay put.
 */
export function labelText(label: string): string {
  if (!hasRTL(label)) return label;
  const segs = segments(label);
  if (segs.length === 1) return label;
  return segs.map((s) => (s.isolate ? FSI + s.text + PDI : s.text)).join('');
}
