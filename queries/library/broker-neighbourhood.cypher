// A broker's neighbourhood with communities: the people tied to $broker directly or through one intermediary
// (an organisation, a shipment, a phone, an account or another person; not a case, which would tie everyone in
// it), each with the community analysis put them in (rl_community, written by `ringleader analyze --write`; null
// before) and how many communities the broker's neighbourhood reaches. In Browser:
//   :param broker => 'p1'
// Parameters: $broker.
MATCH (b:Entity {id: $broker})
MATCH p = (b)-[*1..2]-(x:Person)
WHERE x <> b AND none(n IN nodes(p)[1..-1] WHERE n:Case)
WITH b, x, min(length(p)) AS hops
WITH b, collect({person: x, hops: hops}) AS near, collect(DISTINCT x.rl_community) AS communities
UNWIND near AS n
WITH b, n.person AS person, n.hops AS hops, size(communities) AS communities_reached
RETURN b AS broker, person, hops, person.rl_community AS community, communities_reached
ORDER BY hops, community, person.name, person.id
