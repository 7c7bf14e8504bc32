// gds-betweenness: each node's betweenness centrality in the projected graph $graph (Brandes, exact: every node a
// source), not normalised; with relationshipWeightProperty in $config, path lengths add up that property. The caller
// normalises. $config is the procedure's configuration.
// Parameters: $graph, $config.
CALL gds.betweenness.stream($graph, $config) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
RETURN n.id AS id, n.name AS name, n.kind AS kind, score
