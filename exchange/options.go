package exchange

import (
	"io"

	"github.com/ringleader/ringleader"
)

// Options say what a writer adds to the network's own records.
type Options struct {
	// Title describes the export (GEXF's and GraphML's description, the ANX chart's summary).
	Title string
	// Restriction says what a grading filter left out; nil or inactive when nothing was restricted. Every
	// format says it in its own place (GEXF's description, a GraphML graph attribute, an ANX chart summary).
	Restriction *ringleader.Restriction
	// Sizes gives each entity's size (GEXF's viz:size), by id: a measure's scores, named by SizeMeasure.
	Sizes       map[string]float64
	SizeMeasure string
	// Communities gives each entity's community (GEXF's viz:color and a community attribute), by id.
	Communities map[string]int
}

// restriction is the text that says what was restricted, "" when nothing was.
func (o Options) restriction() string {
	if o.Restriction == nil || !o.Restriction.Active() {
		return ""
	}
	return o.Restriction.String()
}

// description is the title and the restriction in one line.
func (o Options) description() string {
	d := o.Title
	if r := o.restriction(); r != "" {
		if d != "" {
			d += "; "
		}
		d += "restricted to " + r
	}
	return d
}

// Formats are the formats Write writes, by name.
var Formats = []string{"anx", "gexf", "graphml", "matrix-csv", "matrix-xlsx"}

// ContentTypes are the media types of the formats.
var ContentTypes = map[string]string{
	"anx":         "application/xml",
	"gexf":        "application/xml",
	"graphml":     "application/xml",
	"matrix-csv":  "text/csv; charset=utf-8",
	"matrix-xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

// Extensions are the file name extensions of the formats.
var Extensions = map[string]string{"anx": ".anx", "gexf": ".gexf", "graphml": ".graphml", "matrix-csv": ".csv", "matrix-xlsx": ".xlsx"}

// Write writes net in the named format (one of Formats).
func Write(w io.Writer, format string, net *ringleader.Network, opt Options) error {
	switch format {
	case "anx":
		return WriteANX(w, net, opt)
	case "gexf":
		return WriteGEXF(w, net, opt)
	case "graphml":
		return WriteGraphML(w, net, opt)
	case "matrix-csv":
		return NewMatrix(net).WriteCSV(w)
	case "matrix-xlsx":
		return NewMatrix(net).WriteXLSX(w, opt.restriction())
	}
	return ringleader.Errorf(ringleader.EINVALID, "format: unknown format %q (one of %v)", format, Formats)
}
