// A network too large to draw comes back as communities: each becomes one big node labelled with its size, and
// links between communities carry how many links they stand for.
import type { Entity, Link, NetworkSummary } from '../../api/types';

export const SUMMARY_PREFIX = 'community:';

/** isSummary: is this chart node a community standing for its members? */
export function isSummary(id: string): boolean {
  return id.startsWith(SUMMARY_PREFIX);
}

/** communityOf gives the community id of a summary node ("community:3" → "3"). */
export function communityOf(id: string): string | null {
  return isSummary(id) ? id.slice(SUMMARY_PREFIX.length) : null;
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** summaryElements turns a summarised network into drawable entities and links. */
export function summaryElements(net: NetworkSummary): { entities: Entity[]; links: Link[]; members: Map<string, number> } {
  const members = new Map<string, number>();
  const entities: Entity[] = net.communities.map((c) => {
    const id = SUMMARY_PREFIX + c.id;
    members.set(id, c.size);
    const kinds = Object.entries(c.kinds ?? {})
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${thousands(v)} ${k}`)
      .join(', ');
    return {
      id,
      kind: 'Community',
      name: `${c.label} · ${thousands(c.size)}`,
      properties: { community: c.id, size: c.size, kinds, top: (c.top ?? []).map((t) => t.name).join('; ') },
    };
  });
  const links: Link[] = net.community_links.map((l) => ({
    id: `${SUMMARY_PREFIX}${l.source}->${l.target}`,
    type: 'COMMUNITY_LINK',
    source: SUMMARY_PREFIX + l.source,
    target: SUMMARY_PREFIX + l.target,
    weight: l.count,
  }));
  return { entities, links, members };
}
