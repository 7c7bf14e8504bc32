package neo4j

import (
	"fmt"

	"github.com/ringleader/ringleader"
)

// linkColumns turns links-create rows (linkCreate) into the statement's columns, finding the endpoints' element
// ids by eid.
func linkColumns(rows []any, eid func(string) string) (map[string]any, error) {
	a, b, types := make([]string, len(rows)), make([]string, len(rows)), make([]string, len(rows))
	for i, r := range rows {
		row := r.(map[string]any)
		src, dst := row["source"].(string), row["target"].(string)
		if a[i], b[i] = eid(src), eid(dst); a[i] == "" || b[i] == "" {
			return nil, fmt.Errorf("links-create: no element id for %q or %q", src, dst)
		}
		types[i] = row["type"].(string)
	}
	params := propColumns(rows, linkFieldNames, linkFields)
	params["a"], params["b"], params["type"] = a, b, types
	return params, nil
}

// entityColumns turns entities-create rows into the statement's columns.
func entityColumns(rows []any) map[string]any {
	kinds := make([]string, len(rows))
	for i, r := range rows {
		kinds[i] = r.(map[string]any)["kind"].(string)
	}
	params := propColumns(rows, entityFieldNames, entityFields)
	params["label"] = kinds
	return params
}

// propColumns splits the property maps of new records' rows (row["props"]) into one column per field the store
// owns and a column "extra" of maps of the other properties (null for a row without any). A column without a
// value is sent empty: the create statements read an index past its end as null, and set no null property.
func propColumns(rows []any, fields []string, owned map[string]bool) map[string]any {
	cols := make(map[string][]any, len(fields)+1)
	column := func(name string) []any {
		c := cols[name]
		if c == nil {
			c = make([]any, len(rows))
			cols[name] = c
		}
		return c
	}
	for i, r := range rows {
		var extra map[string]any
		for k, v := range r.(map[string]any)["props"].(map[string]any) {
			switch {
			case v == nil: // a new record has no property to remove
			case owned[k]:
				column(k)[i] = v
			default:
				if extra == nil {
					extra = make(map[string]any)
				}
				extra[k] = v
			}
		}
		if extra != nil {
			column("extra")[i] = extra
		}
	}
	params := make(map[string]any, len(fields)+4)
	for _, name := range fields {
		params[name] = orEmpty(cols[name])
	}
	params["extra"] = orEmpty(cols["extra"])
	return params
}

func orEmpty(col []any) []any {
	if col == nil {
		return []any{}
	}
	return col
}

// linkCreate is the links-create row of l (linkColumns puts it in the statement's columns).
func linkCreate(l *ringleader.Link, props map[string]any) map[string]any {
	return map[string]any{"type": string(l.Type), "source": l.Source, "target": l.Target, "props": props}
}
