// gds-pagerank: each node's PageRank in the projected graph $graph in GDS's form, (1-d) plus d times the rank that
// flows in, which a dangling node does not pass on; the caller scales the scores to sum to 1. $config is the
// procedure's configuration.
// Parameters: $graph, $config.
CALL gds.pageRank.stream($graph, $config) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
RETURN n.id AS id, n.name AS name, n.kind AS kind, score
