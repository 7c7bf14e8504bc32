package ringleader

import "time"

// DateLayout is the one date format of the data model: ISO 8601 calendar dates, which sort
// as strings.
const DateLayout = "2006-01-02"

// ValidDate reports whether s is a real calendar date in DateLayout.
func ValidDate(s string) bool {
	_, err := time.Parse(DateLayout, s)
	return err == nil
}
