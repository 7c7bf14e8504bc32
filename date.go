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

// DayNumber returns the days from 1970-01-01 to the date s, and whether s is a date in
// DateLayout: the integer time the money and temporal-path searches step in.
func DayNumber(s string) (int, bool) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}
