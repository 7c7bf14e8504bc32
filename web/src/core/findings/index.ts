// Analyses that answer with entities and links to highlight (paths, money trails, round trips, case links, key
// players): what to add to the chart so the answer is visible, and which nodes and links to light up.
import type { CaseLinks, Entity, Link, MoneyCycles, MoneyTrail, Payment, PathResult, Ref } from '../../api/types';
import type { Highlight } from '../chart/types';
import { linkKey } from '../chart/index';

/** Finding is what an analysis adds to the chart and highlights on it. */
export interface Finding {
  entities: Entity[];
  links: Link[];
  highlight: Highlight;
}

function refEntity(r: Ref): Entity {
  return { id: r.id, kind: r.kind, name: r.name };
}

function uniqueEntities(refs: Ref[]): Entity[] {
  const seen = new Map<string, Entity>();
  for (const r of refs) if (!seen.has(r.id)) seen.set(r.id, refEntity(r));
  return [...seen.values()];
}

/** paymentLink: a payment of a money answer as a PAID link (same key as the network's, its id). */
export function paymentLink(p: Payment): Link {
  const l: Link = { id: p.id, type: 'PAID', source: p.from, target: p.to, amount: p.amount, currency: p.currency };
  if (p.date) l.date = p.date;
  if (p.channel) l.channel = p.channel;
  return l;
}

/** pathsFinding: every entity and link on the paths (derived ties through shared entities add those too). */
export function pathsFinding(paths: PathResult[], label: string): Finding {
  const refs: Ref[] = [];
  const links: Link[] = [];
  for (const p of paths) {
    refs.push(...p.entities);
    for (const h of p.hops) {
      if (h.links) links.push(...h.links);
      if (h.link) links.push(h.link);
      if (h.shared) refs.push(...h.shared);
    }
  }
  const entities = uniqueEntities(refs);
  const keys = [...new Set(links.map(linkKey))];
  return { entities, links, highlight: { label, nodes: entities.map((e) => e.id), links: keys } };
}

/** trailFinding: the parties and payments of a money trail. */
export function trailFinding(t: MoneyTrail): Finding {
  const refs: Ref[] = [t.start];
  const links: Link[] = [];
  for (const p of t.paths) {
    refs.push(...p.parties);
    links.push(...p.payments.map(paymentLink));
  }
  const entities = uniqueEntities(refs);
  return {
    entities,
    links,
    highlight: { label: `Money trail from ${t.start.name}: ${t.reached.length} parties reached`, nodes: entities.map((e) => e.id), links: [...new Set(links.map(linkKey))] },
  };
}

/** cyclesFinding: the round trips (all, or the i-th only). */
export function cyclesFinding(c: MoneyCycles, only?: number): Finding {
  const list = only === undefined ? c.cycles : c.cycles.slice(only, only + 1);
  const refs: Ref[] = [];
  const links: Link[] = [];
  for (const cy of list) {
    refs.push(...cy.parties);
    links.push(...cy.payments.map(paymentLink));
  }
  const entities = uniqueEntities(refs);
  const label = only === undefined ? `${c.cycles.length} money round trip${c.cycles.length === 1 ? '' : 's'}` : (list[0]?.explanation ?? 'Round trip');
  return { entities, links, highlight: { label, nodes: entities.map((e) => e.id), links: [...new Set(links.map(linkKey))] } };
}

/**
 * caseLinksFinding: shared entities, cross-case bridges and connecting paths of a case. Bridges are the people who
 * appear in cases of more than one type; the server also lists people of one case type who broker between types,
 * often dozens: those stay in the card's list but are not highlighted (the chart would be lit all over).
 */
export function caseLinksFinding(c: CaseLinks): Finding {
  const refs: Ref[] = [];
  const links: Link[] = [];
  for (const l of c.links) {
    refs.push(...l.shared);
    const f = pathsFinding(l.paths ?? [], '');
    refs.push(...f.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind })));
    links.push(...f.links);
  }
  for (const b of c.bridges ?? []) if ((b.case_types ?? []).length > 1) refs.push(b);
  const entities = uniqueEntities(refs);
  const n = c.links.length;
  return {
    entities,
    links,
    highlight: {
      label: `${c.case.title}: tied to ${n} other case${n === 1 ? '' : 's'} by ${entities.length} entities`,
      nodes: entities.map((e) => e.id),
      links: [...new Set(links.map(linkKey))],
    },
  };
}
