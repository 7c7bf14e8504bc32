package loadbench

import (
	"os"
	"strings"
)

// WriteSection replaces the section of the Markdown page at path that starts at the line heading ("## Load into
// Neo4j"), up to the next "## " heading or the end, with text; without one it appends text at the end. The rest of
// the page is someone else's and stays as it is.
func WriteSection(path, heading, text string) error {
	b, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	page := string(b)
	if i := strings.Index(page, "\n"+heading+"\n"); i >= 0 {
		rest := page[i+1+len(heading):]
		tail := ""
		if j := strings.Index(rest, "\n## "); j >= 0 {
			tail = "\n" + rest[j+1:]
		}
		page = page[:i+1] + text + tail
	} else if page != "" {
		page = strings.TrimRight(page, "\n") + "\n\n" + text
	} else {
		page = text
	}
	return os.WriteFile(path, []byte(page), 0o644)
}
