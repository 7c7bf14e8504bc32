// meta-tick: one step of the version for a transaction that writes while another transaction of the same write
// holds the metadata lock (neo4j/bulk.go), with the last Seq it gave to new entities ($seq, null when none).
// Creating a node of its own takes no lock that anyone waits for. meta-version counts the ticks, and the next
// meta-lock folds them into the version and the Seq.
// Parameters: $seq.
CREATE (:RingleaderTick {seq: $seq})
