package graph

import "fmt"

// InputError is the error a kernel returns for input outside what it takes: an unknown
// measure, k larger than the network, eps outside (0, 1). Its message speaks of the
// kernel's own arguments; a caller that knows what its user called them (insights, the
// API's parameters) names them and chooses the error code.
type InputError struct{ msg string }

func (e *InputError) Error() string { return e.msg }

func inputError(format string, args ...any) error {
	return &InputError{msg: fmt.Sprintf(format, args...)}
}
