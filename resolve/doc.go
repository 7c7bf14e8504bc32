// Package resolve finds records that name one person or organisation twice, the way
// case files of different agencies do: "أبو خليل" in a weapons case, "Abu Khaleel" in a
// drugs case, with the same phone.
//
// Candidates proposes pairs of records that share an identifier (passport, national id,
// phone, account, vehicle) or a name key (see names.Keys), and scores each pair as a
// Fellegi–Sunter record linkage does (Fellegi and Sunter, "A Theory for Record
// Linkage", JASA 1969): every piece of evidence adds its log-likelihood ratio, for or
// against, to a prior, and the score is the resulting probability. Each piece of
// evidence is also a Reason a person can read, so that a reviewer sees why two records
// were linked ("same phone +963944123456 +", "birth dates differ !").
//
// A pair scoring at least Options.AutoThreshold is linked automatically; the others
// wait for a person, who confirms or rejects them with Decide. Both become SAME_AS links
// that a Writer stores; analyses merge auto and confirmed links into one identity when
// asked to (ProjectionOptions.Resolved), never rejected ones.
package resolve
