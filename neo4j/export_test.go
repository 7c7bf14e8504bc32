package neo4j

// LinkColumns and EntityColumns let the statement tests build the create statements' parameters as the store does.
var (
	LinkColumns   = linkColumns
	EntityColumns = entityColumns
)
