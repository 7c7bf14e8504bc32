package exchange

import "github.com/ringleader/ringleader"

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
