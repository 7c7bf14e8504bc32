// Shortest paths between two suspects: every shortest chain of links (of any type, in either direction, up to
// 8 hops) that ties one entity to another. In Browser:
//   :param from => 'p1'
//   :param to => 'p5'
// Parameters: $from, $to.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..8]-(b))
RETURN p
