// gds-closeness: each node's closeness centrality in the projected graph $graph, unweighted; on a directed graph
// over the distances into the node, as networkx measures them. useWassermanFaust in $config scales by the share of
// nodes that reach it. $config is the procedure's configuration.
// Parameters: $graph, $config.
CALL gds.closeness.stream($graph, $config) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
RETURN n.id AS id, n.name AS name, n.kind AS kind, score
