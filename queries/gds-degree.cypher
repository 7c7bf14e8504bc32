// gds-degree: each node's degree in the projected graph $graph: relationships out (orientation NATURAL), in
// (REVERSE) or both (UNDIRECTED), counted, or with relationshipWeightProperty in $config the sum of their weights
// (a strength). The caller divides by n-1. $config is the procedure's configuration.
// Parameters: $graph, $config.
CALL gds.degree.stream($graph, $config) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
RETURN n.id AS id, n.name AS name, n.kind AS kind, score
