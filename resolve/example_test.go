package resolve_test

import (
	"fmt"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/resolve"
)

func ExampleCandidates() {
	net := &ringleader.Network{
		Entities: []ringleader.Entity{
			{ID: "w-1", Kind: ringleader.KindPerson, Name: "أبو خليل", Cases: []string{"weapons"}},
			{ID: "d-7", Kind: ringleader.KindPerson, Name: "Abu Khaleel", Cases: []string{"drugs"}},
			{ID: "phone:+963944123456", Kind: ringleader.KindPhone, Name: "+963944123456"},
		},
		Links: []ringleader.Link{
			{Type: ringleader.LinkHolds, Source: "w-1", Target: "phone:+963944123456"},
			{Type: ringleader.LinkHolds, Source: "d-7", Target: "phone:+963944123456"},
		},
	}
	for _, c := range resolve.Candidates(net, resolve.Options{}) {
		fmt.Printf("%s ~ %s: %.2f %s\n", c.Source, c.Target, c.Score, c.Decision)
		for _, r := range c.Reasons {
			fmt.Println(" ", r)
		}
	}
	// Output:
	// d-7 ~ w-1: 0.99 auto
	//   same phone +963944123456 +
	//   names match after transliteration: Abu Khaleel ~ أبو خليل (name keys abu kll) +
	//   the name is only a kunya, a nom de guerre that many men share ~
}
