// Package names turns people's and places' names into search keys, so that a search for
// "Muller" finds "Müller" and a search for "ابو خليل" finds "أبو خليل".
//
// Investigators type names as they hear or read them: without accents, with or without
// hamza, with taa marbuta written as haa, with tashkeel copied from one source and not
// another. Fold removes those differences and nothing else; it is the stable base that
// every store and the entity resolution compare names with. Transliteration between
// scripts (Abu Khalil ↔ أبو خليل) belongs on top of it, not inside it, so that the keys
// already stored stay valid when it arrives.
package names
