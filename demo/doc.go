// Package demo generates the demo dataset that `ringleader demo` loads: a Captagon ring of about 300 people with a
// linked weapons case and a hawala money-laundering case, as a CSV bundle, deterministic for its fixed seed, and the
// ground truth of what was planted in it (brokers, a round trip, a split identity, namesakes) for the tests.
package demo
