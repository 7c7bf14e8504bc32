// Deterministic layouts computed without the worker: circle by community (the groups on a large circle, each
// group's members on a sunflower around its centre, larger groups first).
import type { Point } from '../chart/types';
import { around } from '../chart/index';

/**
 * circleByCommunity places every id: ids of one group together, groups spread on a circle large enough that their
 * discs do not overlap. groupOf gives an id's group (ids without one share a group of their own, drawn last).
 */
export function circleByCommunity(ids: string[], groupOf: (id: string) => string | null | undefined, gap = 1): Map<string, Point> {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const g = groupOf(id) ?? '\uffff';
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(id);
  }
  const order = [...groups.entries()].sort((a, b) => {
    if (a[0] === '\uffff') return 1;
    if (b[0] === '\uffff') return -1;
    return b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1);
  });
  const radius = (n: number) => gap * (1 + 0.8 * Math.sqrt(n + 1));
  const out = new Map<string, Point>();
  if (order.length === 1) {
    const members = order[0]![1];
    around({ x: 0, y: 0 }, members.length, gap).forEach((p, i) => out.set(members[i]!, p));
    return out;
  }
  const total = order.reduce((s, [, m]) => s + 2 * radius(m.length) + gap * 2, 0);
  const R = total / (2 * Math.PI);
  let angle = 0;
  for (const [, members] of order) {
    const r = radius(members.length);
    const share = ((2 * r + gap * 2) / total) * 2 * Math.PI;
    const a = angle + share / 2;
    const c = { x: R * Math.cos(a), y: R * Math.sin(a) };
    angle += share;
    const spots = around(c, members.length, gap * 0.9);
    members.forEach((id, i) => out.set(id, i === 0 && members.length > 1 ? c : spots[i]!));
  }
  return out;
}
