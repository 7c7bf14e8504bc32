// Sign-in state: the token arrives in the URL fragment (#token=...), moves to sessionStorage at once and leaves the
// address bar; it is never put in a query string or logged.

/** The part of sessionStorage the session uses (so that tests can pass a Map-backed fake). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const TOKEN_KEY = 'ringleader.token';

/** Fragment is what the page reads from location.hash. */
export interface Fragment {
  token?: string;
  chart?: string;
  /** Other parameters, kept in order so that nothing the page does not know is lost. */
  rest: [string, string][];
}

/** parseFragment reads "#token=...&chart=..." (leading "#" optional, values URL-decoded, empty values ignored). */
export function parseFragment(hash: string): Fragment {
  const out: Fragment = { rest: [] };
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!body) return out;
  for (const part of body.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawVal = eq < 0 ? '' : part.slice(eq + 1);
    let key: string, val: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      val = decodeURIComponent(rawVal.replace(/\+/g, ' '));
    } catch {
      continue; // a malformed escape is ignored rather than trusted
    }
    if (key === 'token') {
      if (val) out.token = val;
    } else if (key === 'chart') {
      if (val) out.chart = val;
    } else out.rest.push([key, val]);
  }
  return out;
}

/** formatFragment writes a fragment back, without the token: the address bar never shows it. */
export function formatFragment(f: { chart?: string; rest?: [string, string][] }): string {
  const parts: string[] = [];
  if (f.chart) parts.push(`chart=${encodeURIComponent(f.chart)}`);
  for (const [k, v] of f.rest ?? []) parts.push(v === '' ? encodeURIComponent(k) : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** Start is what the page does on load: which token to use, which chart to open, what the address bar becomes. */
export interface Start {
  token: string | null;
  chart: string | null;
  /** The fragment to put in the address bar with history.replaceState (the token removed), or null to leave it. */
  replaceHash: string | null;
}

/**
 * startSession takes the token from the fragment when there is one (storing it, replacing any older one) or from
 * storage otherwise; a fragment with a token is always rewritten without it.
 */
export function startSession(hash: string, store: KeyValueStore): Start {
  const f = parseFragment(hash);
  if (f.token) {
    store.setItem(TOKEN_KEY, f.token);
  }
  const token = f.token ?? store.getItem(TOKEN_KEY);
  const replaceHash = f.token ? formatFragment(f) : null;
  return { token: token || null, chart: f.chart ?? null, replaceHash };
}

/** signIn stores a token typed into the sign-in box (trimmed; a pasted "#token=..." URL works too). */
export function signIn(input: string, store: KeyValueStore): string | null {
  let t = input.trim();
  const m = /[#&]token=([^&\s]+)/.exec(t);
  if (m && m[1]) t = decodeURIComponent(m[1]);
  if (!/^[A-Za-z0-9_\-.~+/=]{8,}$/.test(t)) return null;
  store.setItem(TOKEN_KEY, t);
  return t;
}

/** endSession forgets the token (sign-out, or a 401 from any call). */
export function endSession(store: KeyValueStore): void {
  store.removeItem(TOKEN_KEY);
}
