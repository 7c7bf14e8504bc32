package insights

import (
	"errors"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// invalid names param, as the API and CLI call it, in a kernel's *graph.InputError and
// makes it EINVALID; any other error (a cancellation, a bug) is returned as it is.
func invalid(param string, err error) error {
	var ie *graph.InputError
	if errors.As(err, &ie) {
		return ringleader.Errorf(ringleader.EINVALID, "%s: %s", param, ie.Error())
	}
	return err
}
