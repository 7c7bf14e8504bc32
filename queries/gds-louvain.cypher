// gds-louvain: Louvain communities of the projected graph $graph: gds.louvain.mutate stores each node's community
// as the graph property $config.mutateProperty and reports the modularity of the final level, then the property is
// streamed. One row per node, each with the same modularity. $config is the procedure's configuration.
// Parameters: $graph, $config.
CALL gds.louvain.mutate($graph, $config) YIELD modularity
CALL gds.graph.nodeProperty.stream($graph, $config.mutateProperty) YIELD nodeId, propertyValue
WITH gds.util.asNode(nodeId) AS n, propertyValue, modularity
RETURN n.id AS id, n.name AS name, n.kind AS kind, propertyValue AS group, modularity
