// "Discover links" before expanding a node (as in Aleph): how many links of each type, and how many entities not
// yet drawn each type would add, so the analyst picks what to bring in.
import type { Entity, Link, Neighbourhood } from '../../api/types';
import { linkKey, typeKey } from '../chart/index';

/** Group is one checkbox of the expand dialog. */
export interface Group {
  key: string;
  type: string;
  subtype?: string;
  /** Links of this type in the neighbourhood not yet drawn. */
  links: number;
  /** Entities not yet drawn that a link of this type ties to the expanded node. */
  newEntities: number;
}

export interface Offer {
  centre: string;
  groups: Group[];
  /** Entities not yet drawn, whichever type reaches them. */
  newEntities: number;
  truncated: boolean;
}

function label(key: string): string {
  return key;
}

/** offer summarises a neighbourhood against what is drawn (ids of drawn entities and keys of drawn links). */
export function offer(n: Neighbourhood, drawnNodes: Set<string>, drawnLinks: Set<string>): Offer {
  const groups = new Map<string, Group & { reach: Set<string> }>();
  const allNew = new Set<string>();
  const known = new Set(n.entities.map((e) => e.id));
  for (const l of n.links) {
    if (!known.has(l.source) || !known.has(l.target)) continue;
    const key = typeKey(l);
    let g = groups.get(key);
    if (!g) {
      g = { key: label(key), type: l.type, links: 0, newEntities: 0, reach: new Set() };
      if (l.type === 'ASSOCIATE' && l.subtype) g.subtype = l.subtype;
      groups.set(key, g);
    }
    if (!drawnLinks.has(linkKey(l))) g.links++;
    const other = l.source === n.id ? l.target : l.target === n.id ? l.source : null;
    if (other && !drawnNodes.has(other)) {
      g.reach.add(other);
      allNew.add(other);
    }
  }
  const list = [...groups.values()]
    .map(({ reach, ...g }) => ({ ...g, newEntities: reach.size }))
    .filter((g) => g.links > 0 || g.newEntities > 0)
    .sort((a, b) => b.newEntities - a.newEntities || b.links - a.links || (a.key < b.key ? -1 : 1));
  return { centre: n.id, groups: list, newEntities: allNew.size, truncated: !!n.truncated };
}

/**
 * choose picks what to add for the chosen groups: the entities their links tie to the expanded node, and every
 * link of a chosen type whose two ends will then be drawn.
 */
export function choose(n: Neighbourhood, chosen: Set<string>, drawnNodes: Set<string>): { entities: Entity[]; links: Link[] } {
  const byId = new Map(n.entities.map((e) => [e.id, e]));
  const add = new Set<string>();
  for (const l of n.links) {
    if (!chosen.has(typeKey(l))) continue;
    const other = l.source === n.id ? l.target : l.target === n.id ? l.source : null;
    if (other && !drawnNodes.has(other) && byId.has(other)) add.add(other);
  }
  const after = new Set([...drawnNodes, ...add, n.id]);
  const links = n.links.filter((l) => chosen.has(typeKey(l)) && after.has(l.source) && after.has(l.target));
  const entities = [...add].map((id) => byId.get(id)!);
  const centre = byId.get(n.id);
  if (centre && !drawnNodes.has(n.id)) entities.unshift(centre);
  return { entities, links };
}

/** describeGroup: "call (ASSOCIATE)" reads better than "ASSOCIATE/call". */
export function describeGroup(g: Pick<Group, 'type' | 'subtype'>): string {
  const names: Record<string, string> = {
    ASSOCIATE: 'association', MEMBER_OF: 'member of', INVOLVED_IN: 'involved in case', ORGANISED: 'organised',
    TRANSPORTED: 'transported', ORIGIN: 'origin', DESTINATION: 'destination', ROUTED_VIA: 'routed via',
    SEIZED_AT: 'seized at', PAID: 'payment', HOLDS: 'holds (phone, account, vehicle)', SAME_AS: 'same as',
    COMMUNITY_LINK: 'links between communities',
  };
  if (g.type === 'ASSOCIATE' && g.subtype) return g.subtype;
  return names[g.type] ?? g.type.toLowerCase();
}
