package loaders_test

import (
	"context"
	"fmt"
	"testing/fstest"

	"github.com/ringleader/ringleader/loaders"
)

func ExampleReadBundle() {
	bundle := fstest.MapFS{
		"cases.csv":        {Data: []byte("id,title,type\nc1,Operation Desert Pill,drugs\n")},
		"suspects.csv":     {Data: []byte("id,name,phones,cases\np1,Abu Khalil,+963 944 123 456,c1:suspect\np2,محمد العلي,,c1\n")},
		"associations.csv": {Data: []byte("source,target,type,weight\np1,p2,call,14\n")},
	}
	batch, sum, _, err := loaders.ReadBundle(context.Background(), bundle, nil, loaders.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range batch.Entities {
		fmt.Println(e.Kind, e.ID, e.Name, e.Cases, e.Sources)
	}
	for _, l := range batch.Links {
		fmt.Println(l.Type, l.Subtype, l.Role, l.Source, "->", l.Target, l.Cases)
	}
	fmt.Println(len(sum.Files), "files")
	// Output:
	// Case c1 Operation Desert Pill [c1] [cases.csv:2]
	// Person p1 Abu Khalil [c1] [suspects.csv:2]
	// Phone phone:+963944123456 +963944123456 [c1] [suspects.csv:2]
	// Person p2 محمد العلي [c1] [suspects.csv:3]
	// INVOLVED_IN  suspect p1 -> c1 [c1]
	// HOLDS   p1 -> phone:+963944123456 [c1]
	// INVOLVED_IN   p2 -> c1 [c1]
	// ASSOCIATE call  p1 -> p2 []
	// 3 files
}

func ExampleReadBundle_invalid() {
	bundle := fstest.MapFS{
		"suspects.csv":     {Data: []byte("id,name,birth_date\np1,Abu Khalil,2026-13-40\np2,,\n")},
		"associations.csv": {Data: []byte("source,target,type\np1,p9,call\n")},
	}
	_, _, _, err := loaders.ReadBundle(context.Background(), bundle, nil, loaders.Options{})
	fmt.Println(err)
	// Output:
	// invalid input: 3 problems
	// suspects.csv:2: birth_date: "2026-13-40" is not a date (YYYY-MM-DD)
	// suspects.csv:3: name: required value is empty
	// associations.csv:2: target: "p9" is not defined in this load or in the store
}
