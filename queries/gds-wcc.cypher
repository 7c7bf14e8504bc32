// gds-wcc: the weakly connected components of the projected graph $graph (arcs followed either way), as a component
// label per node. $config is the procedure's configuration.
// Parameters: $graph, $config.
CALL gds.wcc.stream($graph, $config) YIELD nodeId, componentId
WITH gds.util.asNode(nodeId) AS n, componentId
RETURN n.id AS id, n.name AS name, n.kind AS kind, componentId AS group
