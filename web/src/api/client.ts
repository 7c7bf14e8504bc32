// The only module that talks to /api/v1: it adds the bearer token, turns problem+json answers into ApiError with a
// readable message, and ends the session on a 401 from any call.
import { problemLines, problemMessage, type Subject } from '../core/problem/index';
import { endSession, TOKEN_KEY } from '../core/session/index';
import type {
  About, BrokersResult, CaseInfo, CaseLinks, CentralityResult, ChartDoc, ChartSummary, CommunitiesResult, Candidate,
  Entity, HawalaHubs, KeyPlayersResult, MoneyCycles, MoneyTrail, Neighbourhood, Network, PathsResult, Problem,
} from './types';

/** ApiError is a failed call: status 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    message: string,
    readonly lines: string[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;

let onUnauthorised: (message: string) => void = () => {};

/** setUnauthorisedHandler names what the page does when the token stops working. */
export function setUnauthorisedHandler(fn: (message: string) => void): void {
  onUnauthorised = fn;
}

function token(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** url builds a same-origin path with its query (empty and undefined values left out). */
export function url(path: string, q: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

async function call<T>(method: 'GET' | 'POST', path: string, q: Query = {}, body?: unknown, subject: Subject = 'other', signal?: AbortSignal,
  read: (res: Response) => Promise<T> = (res) => res.json() as Promise<T>): Promise<T> {
  const t = token();
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (t) headers.Authorization = `Bearer ${t}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url(path, q), { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit', cache: 'no-store', signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, null, problemMessage(0, null), []);
  }
  if (res.ok) return read(res);
  let problem: Problem | null = null;
  try {
    problem = (await res.json()) as Problem;
  } catch {
    problem = null;
  }
  const message = problemMessage(res.status, problem, subject);
  if (res.status === 401) {
    try {
      endSession(sessionStorage);
    } catch {
      /* storage unavailable: nothing to forget */
    }
    onUnauthorised(message);
  }
  throw new ApiError(res.status, problem, message, problemLines(problem));
}

/**
 * filled gives a network answer its empty lists: the server leaves out "entities" and "links" (or "communities")
 * when there are none (an empty store, a case with nothing visible to the reader).
 */
export function filled(n: Network): Network {
  if (n.summarised) return { ...n, communities: n.communities ?? [], community_links: n.community_links ?? [] };
  return { ...n, entities: n.entities ?? [], links: n.links ?? [] };
}

export interface Projection {
  view?: 'full' | 'people';
  case?: string;
  from?: string;
  to?: string;
  types?: string;
  /** Grading restriction (core/grading's params): every analytic, path and money route takes it. */
  min_grade?: string;
  confirmed_only?: boolean;
}

/** Graded is the grading part of a projection, for the routes that take nothing else of it (paths, money). */
export type Graded = Pick<Projection, 'min_grade' | 'confirmed_only'>;

/** ServerFormat is an exchange format the server writes (api/export.go). */
export type ServerFormat = 'anx' | 'matrix-xlsx';

/** ExportFile is an exported file and the restriction the server says it applied ("" or null when none). */
export interface ExportFile {
  blob: Blob;
  restriction: string | null;
}

const grading = (p: Graded) => ({ min_grade: p.min_grade, confirmed_only: p.confirmed_only || undefined });

export const api = {
  about: () => call<About>('GET', '/about'),
  cases: () => call<{ count: number; cases: CaseInfo[] }>('GET', '/cases'),
  search: (q: string, signal?: AbortSignal) => call<{ query: string; count: number; results: Entity[] }>('GET', '/entities', { q, limit: 20 }, undefined, 'other', signal).then((r) => ({ ...r, results: r.results ?? [] })),
  entity: (id: string) => call<Entity>('GET', `/entities/${encodeURIComponent(id)}`, {}, undefined, 'entity'),
  neighbourhood: (id: string, depth = 1) => call<Neighbourhood>('GET', `/entities/${encodeURIComponent(id)}/neighbourhood`, { depth }, undefined, 'entity'),
  network: (p: Projection & { community?: string }) => call<Network>('GET', '/network', { view: p.view ?? 'full', case: p.case, from: p.from, to: p.to, types: p.types, community: p.community, ...grading(p) }).then(filled),
  centrality: (measure: string, p: Projection) => call<CentralityResult>('GET', '/insights/centrality', { measure, view: p.view ?? 'full', top: 0, case: p.case, from: p.from, to: p.to, types: p.types, ...grading(p) }).then((r) => ({ ...r, results: r.results ?? [] })),
  communities: (p: Projection) => call<CommunitiesResult>('GET', '/insights/communities', { view: p.view ?? 'full', case: p.case, from: p.from, to: p.to, types: p.types, ...grading(p) }).then((r) => ({ ...r, communities: (r.communities ?? []).map((c) => ({ ...c, members: c.members ?? [] })) })),
  brokers: (p: Projection) => call<BrokersResult>('GET', '/insights/brokers', { top: 10000, case: p.case, from: p.from, to: p.to, ...grading(p) }).then((r) => ({ ...r, results: r.results ?? [] })),
  keyPlayers: (k: number, p: Projection) => call<KeyPlayersResult>('GET', '/insights/key-players', { k, case: p.case, from: p.from, to: p.to, ...grading(p) }),
  caseLinks: (id: string, g: Graded = {}) => call<CaseLinks>('GET', `/cases/${encodeURIComponent(id)}/links`, grading(g), undefined, 'case').then((c) => ({ ...c, links: (c.links ?? []).map((l) => ({ ...l, shared: l.shared ?? [], paths: l.paths ?? [] })), bridges: c.bridges ?? [] })),
  paths: (from: string, to: string, g: Graded = {}) => call<PathsResult>('GET', '/paths', { from, to, k: 3, view: 'full', ...grading(g) }),
  timePaths: (from: string, to: string, g: Graded = {}) => call<PathsResult>('GET', '/paths/time', { from, to, k: 3, view: 'full', ...grading(g) }),
  // From an account, its payments are followed as the account's (accounts=true); by default the server counts a
  // single-holder account's payments as its holder's, and a trail from the account itself would find nothing.
  moneyTrail: (from: string, accounts = false, g: Graded = {}) => call<MoneyTrail>('GET', '/money/trail', { from, limit: 200, accounts: accounts || undefined, ...grading(g) }).then((t) => ({ ...t, reached: t.reached ?? [], paths: t.paths ?? [] })),
  moneyCycles: (from?: string, accounts = false, g: Graded = {}) => call<MoneyCycles>('GET', '/money/cycles', { from, limit: 100, accounts: accounts || undefined, ...grading(g) }).then((c) => ({ ...c, cycles: c.cycles ?? [] })),
  hawala: (g: Graded = {}) => call<HawalaHubs>('GET', '/money/hawala', grading(g)).then((r) => ({ ...r, hubs: r.hubs ?? [] })),
  /**
   * exportFile asks the server for what the reader may see of the network (of one case with p.case) in an exchange
   * format the page cannot write itself (i2 ANX, the association matrix), under the chart's grading restriction.
   */
  exportFile: (format: ServerFormat, p: Projection) => call<ExportFile>('GET', '/export', { format, case: p.case, ...grading(p) }, undefined, 'other', undefined,
    async (res) => ({ blob: await res.blob(), restriction: res.headers.get('X-Ringleader-Restriction') })),
  candidates: (entity: string) => call<{ candidates: Candidate[]; count: number }>('GET', '/resolution/candidates', { entity }),
  charts: () => call<{ count: number; charts: ChartSummary[] }>('GET', '/charts').then((r) => ({ ...r, charts: r.charts ?? [] })),
  chart: (id: string) => call<ChartDoc>('GET', `/charts/${encodeURIComponent(id)}`, {}, undefined, 'chart'),
  saveChart: (name: string, state: unknown) => call<ChartSummary>('POST', '/charts', {}, { name, state }),
};
