// Package money follows the money in a network: it reads the PAID links as payments, with
// their amounts, currencies, dates and channels, and answers what an investigator of
// money laundering asks of them — the flows between parties (Flows), where one party's
// money went (Trail), how much of it can have reached another and which payments would
// have stopped it (MaxFlow), round trips (Cycles), many payments into or out of one party
// in a short window (FanPatterns) and parties acting as hawala operators (HawalaHubs).
//
// The analyses read the PAID links of a network directly rather than a projection
// (package graph): a projection merges parallel payments into one edge and forgets
// amounts, currencies and dates, which are exactly what a money trail is made of.
//
// Results are plain data with their JSON names; the API and the CLI return them as they
// are, under the header and with the explanations in words that package insights adds.
package money
