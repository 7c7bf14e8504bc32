// Package loaders turns investigators' records into validated ringleader entities and
// links and writes them through a ringleader.Writer.
//
// These inputs are read (DESIGN.md §3):
//
//   - the CSV bundle: a directory of UTF-8 CSV files with a header row, any subset of
//     cases.csv, organisations.csv, suspects.csv, shipments.csv, financial_links.csv and
//     associations.csv. `;` separates list values, dates are YYYY-MM-DD, enumerations
//     are matched ignoring case and stored in lower case, and columns outside a table's
//     own are kept as properties under their lower-case header name. Items of the
//     organisations and cases columns are "id" or "id:role", split at the last colon.
//   - JSON Lines (.jsonl or .ndjson): one entity or link per line, with the fields of
//     ringleader.Entity's or ringleader.Link's JSON; a line that has "source" is a link.
//     Other keys are kept as properties, like unknown columns.
//   - FollowTheMoney entity streams (.ftm.jsonl, or JSON Lines whose lines have "schema"): people, companies,
//     accounts, phones and the relations among them, mapped onto Ringleader's kinds and links (ftm.go).
//   - GraphML (.graphml) and GEXF (.gexf) files from Gephi, yEd or a Ringleader export: nodes become entities and
//     edges links, their attributes read as a JSON Lines record's keys (graphfile.go).
//
// A load limited to some cases (Options.Compartment) checks before it writes that every record lies inside them.
// A row longer than 1 MiB or a field longer than 64 KiB is refused with its file, line and field.
//
// Phones, accounts, vehicles and places named in the bundle's columns become implicit
// entities of their own (ids "phone:+963944123456", "account:SY21...", "vehicle:ABC123",
// "location:homs"), tied to the row's entity by HOLDS, PAID and the shipment links. They
// and every link a row derives carry the row's cases, so that need-to-know scopes see
// them exactly where they see the row. Besides DESIGN.md's columns, suspects.csv and
// shipments.csv take a `vehicles` column (plates: HOLDS and TRANSPORTED), and
// shipments.csv a `name` column (the shipment's name; its id otherwise).
//
// A load validates everything before it writes anything and reports every defect as
// "file:line: field: reason", the line being the physical line where the record starts
// (the header is line 1). References must name an entity of the load or of the store,
// of a kind the link allows (an association runs between persons). With
// Options.SkipInvalid the invalid rows, and the rows that depend on them, go to a
// rejects file instead and the rest is loaded.
//
// A row whose entity id or link key repeats an earlier row's is merged with it and
// counted as a duplicate: an entity takes the later fields; a link is observed again, its
// weights adding up and its dates widening (ringleader.MergeLink). Records are canonical
// and carry their "file:line" as provenance, and each link row its observation (the file's
// name and the row's content, numbered among identical rows of the file:
// ringleader.ObservationID), so loading the same bundle again leaves the store unchanged.
package loaders
