package api_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"net/http"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/api"
	"github.com/ringleader/ringleader/exchange"
)

// TestExportCompartment exports the demo in every format with a token cleared for the Captagon case: each file
// answers 200 with its type, and the GraphML holds exactly the entities and links of the visible subgraph.
func TestExportCompartment(t *testing.T) {
	c := newCompartment(t)
	for _, f := range exchange.Formats {
		t.Run(f, func(t *testing.T) {
			status, h, body := c.full.do(t, http.MethodGet, "/api/v1/export?format="+f, c.drugsToken, nil, "")
			if status != http.StatusOK || h.Get("Content-Type") != exchange.ContentTypes[f] || len(body) == 0 {
				t.Fatalf("%d %s: %.300s", status, h.Get("Content-Type"), body)
			}
			if h.Get(api.RestrictionHeader) != "" {
				t.Errorf("restriction %q without one asked", h.Get(api.RestrictionHeader))
			}
		})
	}
	_, _, body := c.full.do(t, http.MethodGet, "/api/v1/export?format=graphml", c.drugsToken, nil, "")
	var doc struct {
		Nodes []struct {
			ID string `xml:"id,attr"`
		} `xml:"graph>node"`
		Edges []struct{} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	visible, err := c.visibleOnly.store.Network(context.Background(), ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Nodes) != len(visible.Entities) || len(doc.Edges) != len(visible.Links) {
		t.Errorf("the export holds %d entities and %d links; the token sees %d and %d",
			len(doc.Nodes), len(doc.Edges), len(visible.Entities), len(visible.Links))
	}
	for _, id := range c.truth.WeaponsOnly {
		if bytes.Contains(body, []byte(`"`+id+`"`)) {
			t.Errorf("the export names %s, outside the token's cases", id)
		}
	}
}

// TestExportRestriction asks for a graded export: the header and the file say what was left out, and a bad
// grade is a 400 naming min_grade.
func TestExportRestriction(t *testing.T) {
	c := newCompartment(t)
	status, h, body := c.full.do(t, http.MethodGet, "/api/v1/export?format=gexf&min_grade=B2&confirmed_only=true", c.drugsToken, nil, "")
	if status != http.StatusOK {
		t.Fatalf("%d: %.300s", status, body)
	}
	r := h.Get(api.RestrictionHeader)
	if !strings.HasPrefix(r, "grade B2 or better, confirmed links only: ") || !bytes.Contains(body, []byte(r)) {
		t.Errorf("restriction %q, file says %q", r, body[:min(len(body), 600)])
	}
	status, _, body = c.full.do(t, http.MethodGet, "/api/v1/export?format=anx&min_grade=Q9", c.drugsToken, nil, "")
	if status != http.StatusBadRequest || !bytes.Contains(body, []byte("min_grade")) {
		t.Errorf("bad grade: %d %s", status, body)
	}
	status, _, _ = c.full.do(t, http.MethodGet, "/api/v1/export?format=pdf", c.drugsToken, nil, "")
	if status != http.StatusBadRequest {
		t.Errorf("unknown format: %d", status)
	}
}
