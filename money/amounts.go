package money

import (
	"cmp"
	"math"
	"slices"
)

// Money is an amount in one currency. Amounts in different currencies are never added:
// Ringleader holds no exchange rates, and a hawala ledger kept in Syrian pounds cannot be
// summed with dollar transfers without one. Totals are therefore lists of Money, one per
// currency, in currency order.
type Money struct {
	Currency string  `json:"currency"`
	Amount   float64 `json:"amount"`
}

// addMoney adds amount in currency to totals, keeping one entry per currency in
// currency order.
func addMoney(totals []Money, currency string, amount float64) []Money {
	i, found := slices.BinarySearchFunc(totals, currency, func(m Money, c string) int { return cmp.Compare(m.Currency, c) })
	if found {
		totals[i].Amount += amount
		return totals
	}
	return slices.Insert(totals, i, Money{Currency: currency, Amount: amount})
}

func totalsOf(ps []Payment) []Money {
	t := []Money{}
	for _, p := range ps {
		t = addMoney(t, p.Currency, p.Amount)
	}
	return t
}

// roundAmount rounds away the float dust that sums of amounts leave (a flow of
// 149999.99999999997), at a hundred-millionth: the smallest unit of bitcoin, finer than
// any currency's.
func roundAmount(x float64) float64 { return math.Round(x*1e8) / 1e8 }
