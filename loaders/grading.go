package loaders

import (
	"maps"

	"github.com/ringleader/ringleader"
)

// gradingChecks check the grading properties (grading.go at the root), which every file format may give a record.
var gradingChecks = map[string]func(string) (string, string){
	ringleader.PropSourceGrade: ringleader.ParseSourceGrade,
	ringleader.PropInfoGrade:   ringleader.ParseInfoGrade,
	ringleader.PropHandling:    ringleader.ParseHandling,
	ringleader.PropConfidence:  ringleader.ParseConfidence,
}

// checkGrading reports the malformed grading properties of the current row's props, puts the others in canonical
// form ("b" is "B"), and returns the grading props holds (nil when none).
func (l *loader) checkGrading(props map[string]string) map[string]string {
	var grade map[string]string
	for _, k := range ringleader.GradingProps {
		v, ok := props[k]
		if !ok {
			continue
		}
		out, reason := gradingChecks[k](v)
		if reason != "" {
			l.problem(k, reason)
			continue
		}
		props[k] = out
		if grade == nil {
			grade = make(map[string]string, len(ringleader.GradingProps))
		}
		grade[k] = out
	}
	return grade
}

// graded returns the properties of a record of the current row with their grading checked and the row's grading
// added where the record gives none. A confidence grades a tie: a row's confidence goes to the links it makes, not
// to its entities, and an entity given one by itself (a JSON Lines record) is a problem.
func (l *loader) graded(props map[string]string, link bool) map[string]string {
	own := l.checkGrading(props)
	if !link && own[ringleader.PropConfidence] != "" {
		if l.rowGrade[ringleader.PropConfidence] == "" {
			l.problem(ringleader.PropConfidence, "a confidence grades a link, not an entity")
		}
		props = maps.Clone(props)
		delete(props, ringleader.PropConfidence)
	}
	cloned := false
	for _, k := range ringleader.GradingProps {
		v := l.rowGrade[k]
		if v == "" || props[k] != "" || (!link && k == ringleader.PropConfidence) {
			continue
		}
		if !cloned { // a row's records may share one map
			props, cloned = maps.Clone(props), true
			if props == nil {
				props = make(map[string]string, len(ringleader.GradingProps))
			}
		}
		props[k] = v
	}
	return props
}
