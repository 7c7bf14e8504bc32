// JSON shapes of Ringleader's API (/api/v1), as api/openapi.json and the server answer them.

export type Kind = 'Person' | 'Organisation' | 'Shipment' | 'Case' | 'Account' | 'Phone' | 'Location' | 'Vehicle';

export interface Entity {
  id: string;
  kind: string;
  name: string;
  aliases?: string[];
  cases?: string[];
  sources?: string[];
  properties?: Record<string, unknown>;
  implicit?: boolean;
}

export interface Link {
  id?: string;
  type: string;
  source: string;
  target: string;
  subtype?: string;
  role?: string;
  weight?: number;
  amount?: number;
  currency?: string;
  date?: string;
  channel?: string;
  first_seen?: string;
  last_seen?: string;
  cases?: string[];
  sources?: string[];
  properties?: Record<string, unknown>;
}

/** Restriction is what an answer says of the grading restriction it applied (min_grade, confirmed_only). */
export interface Restriction {
  min_grade?: string;
  confirmed_only?: boolean;
  entities_left_out: number;
  links_left_out: number;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  problems?: { file?: string; line?: number; field?: string; reason: string }[];
}

export interface About {
  store: 'sqlite' | 'neo4j' | string;
  browser: { url: string; style_url: string } | null;
  token: { name: string; role: 'viewer' | 'analyst' | 'admin' | string; all_cases: boolean; cases: string[] };
  limits: { max_nodes: number; max_links: number };
}

export interface CaseInfo {
  id: string;
  name: string;
  type: string;
  status?: string;
  opened?: string;
  entities?: number;
}

export interface SummaryCommunity {
  id: string;
  size: number;
  label: string;
  kinds?: Record<string, number>;
  top?: { id: string; name: string }[];
}

export interface NetworkFull {
  restriction?: Restriction;
  summarised: false;
  entities: Entity[];
  links: Link[];
  counts?: { entities: number; links: number };
  dates?: { first?: string; last?: string };
}

export interface NetworkSummary {
  restriction?: Restriction;
  summarised: true;
  reason: string;
  communities: SummaryCommunity[];
  community_links: { source: string; target: string; count: number }[];
  counts?: { entities: number; links: number };
  dates?: { first?: string; last?: string };
}

export type Network = NetworkFull | NetworkSummary;

export interface Neighbourhood {
  id: string;
  depth: number;
  truncated?: boolean;
  entities: Entity[];
  links: Link[];
}

export interface Ref {
  id: string;
  name: string;
  kind: string;
}

export interface CentralityResult {
  restriction?: Restriction;
  measure: string;
  view: string;
  nodes: number;
  links: number;
  results: { rank: number; id: string; name: string; kind: string; score: number; explanation?: string }[];
}

export interface CommunitiesResult {
  restriction?: Restriction;
  modularity: number;
  count: number;
  communities: { id: number | string; size: number; label: string; core?: Ref[]; members: string[] }[];
}

export interface BrokerRoles {
  coordinator: number;
  consultant: number;
  gatekeeper: number;
  representative: number;
  liaison: number;
  total: number;
}

export interface Broker {
  rank: number;
  id: string;
  name: string;
  score: number;
  betweenness: number;
  constraint: number;
  roles: BrokerRoles;
  group?: string;
  bridges?: string[];
  explanation: string;
  largest_before?: number;
  largest_after?: number;
}

export interface BrokersResult {
  restriction?: Restriction;
  formula?: string;
  results: Broker[];
}

export interface KeyPlayersResult {
  restriction?: Restriction;
  k: number;
  measure: string;
  players: Ref[];
  score: number;
  before: number;
  explanation: string;
  nodes?: number;
}

export interface CaseLinks {
  case: { id: string; title: string; type: string };
  hops: number;
  links: {
    case: { id: string; title: string; type: string };
    distance: number;
    shared: Ref[];
    paths: PathResult[];
    explanation: string;
  }[];
  bridges: { id: string; name: string; kind: string; case_types: string[]; explanation: string }[];
}

export interface PathResult {
  length: number;
  entities: Ref[];
  hops: { from: string; to: string; links?: Link[]; link?: Link; date?: string; shared?: Ref[] }[];
  departure?: string;
  arrival?: string;
}

export interface PathsResult {
  restriction?: Restriction;
  paths: PathResult[];
  truncated?: boolean;
}

export interface Payment {
  id: string;
  from: string;
  to: string;
  amount: number;
  currency: string;
  date?: string;
  channel?: string;
}

export interface MoneyTrail {
  restriction?: Restriction;
  start: Ref;
  reached: (Ref & { hops: number; first?: string })[];
  paths: { parties: Ref[]; payments: Payment[]; total: { currency: string; amount: number }[] }[];
}

export interface MoneyCycles {
  restriction?: Restriction;
  cycles: { parties: Ref[]; payments: Payment[]; total: { currency: string; amount: number }[]; days?: number; explanation: string }[];
}

export interface HawalaHubs {
  restriction?: Restriction;
  hubs: (Ref & { registered: boolean; in: number; out: number; counterparties: number; explanation: string })[];
}

export interface Candidate {
  source: string;
  target: string;
  source_name: string;
  target_name: string;
  kind: string;
  score: number;
  reasons: { sign: string; text: string; weight: number }[];
  decision: string;
}

export interface ChartSummary {
  id: string;
  name: string;
  created_at: string;
  created_by: string;
  entities: number;
}

export interface ChartDoc {
  id: string;
  name: string;
  created_at: string;
  created_by: string;
  state: Record<string, unknown>;
}
