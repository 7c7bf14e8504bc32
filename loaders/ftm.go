package loaders

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/ringleader/ringleader"
)

// FollowTheMoney (FtM, followthemoney.tech) is the entity model of Aleph and OpenSanctions.
// An FtM stream holds one entity a line: {"id", "schema", "properties": {name: [values]}}.
// Relations are entities too ("interval" schemas such as Ownership), whose properties name
// the entities they join. A load reads a file as FtM when its name ends in .ftm.json,
// .ftm.jsonl or .ftm.ndjson, or when it is a .jsonl/.ndjson file whose first line has a
// "schema" and no "kind".
//
// What each schema becomes (ExportFtM writes the same mapping back):
//
//	Person                            Person        name, alias, weakAlias, previousName -> name and aliases;
//	                                                birthDate -> birth_date; nationality; status (when one of
//	                                                Ringleader's); position -> role; address; passportNumber,
//	                                                idNumber -> id_numbers (passport:N;national:N)
//	Organization, Company,            Organisation  Company -> type company; classification -> type (when one
//	LegalEntity, PublicBody                         of Ringleader's); country; address
//	  (Person and these)              phone         each number a Phone "phone:+N" that the entity HOLDS
//	BankAccount                       Account       accountNumber (or iban, name) -> name
//	Vehicle, Vessel                   Vehicle       registrationNumber -> registration_number; owner -> HOLDS
//	Address                           Location      full -> name; country
//	Payment                           PAID          payer|payerAccount -> beneficiary|beneficiaryAccount; amount,
//	                                                currency, date; a party with an account also HOLDS it
//	Ownership                         MEMBER_OF     role "owner", when the asset is an organisation (or not an
//	                                                entity of the load); percentage
//	Ownership                         HOLDS         when the asset is a BankAccount, a Vehicle or a Vessel
//	Directorship                      MEMBER_OF     role "director"
//	Membership                        MEMBER_OF     role = the membership's role
//	Associate                         ASSOCIATE     subtype = relationship when it is one of Ringleader's, else
//	                                                "associate"
//	Family                            ASSOCIATE     subtype "family"
//
// Ownership becomes MEMBER_OF, the data model's tie of a party to an organisation, rather
// than an association: ASSOCIATE joins two people, while an owner is mostly a company and
// the asset always an organisation or a thing, and an owner belongs to the asset's
// organisation the way a member or a director does (the people view ties co-owners as it
// ties co-members). Owning an account or a vehicle is what HOLDS means. Unlike the CSV
// bundle's MEMBER_OF, these may run from an organisation (a parent company, a corporate
// director). A company that owns its own shares keeps that self-loop; other relations
// with one party on both ends are problems.
//
// Interval dates (startDate, endDate; or date alone) become first_seen and last_seen; a
// payment's date its date. Relations keep their FtM id as the link's id, so that an
// owner who is also a director keeps both ties. Properties without a counterpart are kept
// as "ftm_<property>"; a value that is coarser than a day ("1975", "1975-03") is kept that
// way too. More than one value is kept as a JSON list. Where an entity's schema is not the
// one ExportFtM would choose for it, "ftm_schema" keeps it.
//
// Entities of other schemas, and relations that name one, are skipped and counted in the
// file's summary, not reported as problems. A line that is not an FtM entity (no id, no
// schema, properties that are not lists of strings, a date that is not a date, an amount
// that is not a number) is a problem like any other, and nothing is written.
//
// An optional "ringleader" object on a line carries what FtM has no place for (a payment's
// channel, a weight, an implicit record, properties without an FtM counterpart), so that
// Ringleader's own exports load back as they were; FtM tools keep such keys as context.

// ftmClass is what an FtM schema becomes.
type ftmClass uint8

const (
	ftmSkip ftmClass = iota // no Ringleader counterpart
	ftmPerson
	ftmOrganisation
	ftmAccount
	ftmVehicle
	ftmLocation
	ftmPayment
	ftmOwnership
	ftmDirectorship
	ftmMembership
	ftmAssociate
	ftmFamily
)

// ftmSchemas are the schemas a load reads; the others are skipped.
var ftmSchemas = map[string]ftmClass{
	"Person":       ftmPerson,
	"Organization": ftmOrganisation,
	"Company":      ftmOrganisation,
	"LegalEntity":  ftmOrganisation,
	"PublicBody":   ftmOrganisation,
	"BankAccount":  ftmAccount,
	"Vehicle":      ftmVehicle,
	"Vessel":       ftmVehicle,
	"Address":      ftmLocation,
	"Payment":      ftmPayment,
	"Ownership":    ftmOwnership,
	"Directorship": ftmDirectorship,
	"Membership":   ftmMembership,
	"Associate":    ftmAssociate,
	"Family":       ftmFamily,
}

// kind is the entity kind of an entity class, "" for relations and skipped schemas.
func (c ftmClass) kind() ringleader.Kind {
	switch c {
	case ftmPerson:
		return ringleader.KindPerson
	case ftmOrganisation:
		return ringleader.KindOrganisation
	case ftmAccount:
		return ringleader.KindAccount
	case ftmVehicle:
		return ringleader.KindVehicle
	case ftmLocation:
		return ringleader.KindLocation
	}
	return ""
}

// ftmDefaultSchema is the schema ExportFtM writes an entity as when it keeps no
// ftm_schema: "" for kinds that FtM has no schema for.
func ftmDefaultSchema(e *ringleader.Entity) string {
	switch e.Kind {
	case ringleader.KindPerson:
		return "Person"
	case ringleader.KindOrganisation:
		if t := e.Props["type"]; t == "company" || t == "front_company" {
			return "Company"
		}
		return "Organization"
	case ringleader.KindAccount:
		return "BankAccount"
	case ringleader.KindVehicle:
		return "Vehicle"
	case ringleader.KindLocation:
		return "Address"
	}
	return ""
}

const (
	ftmPropPrefix = "ftm_"       // properties kept from FtM under their own name
	ftmSchemaProp = "ftm_schema" // the schema, when it is not the kind's default
	ftmExtKey     = "ringleader" // the line's key for what FtM has no place for
	ftmIDEscape   = "rlx-"       // an id outside FtM's id syntax, hex-encoded
	ftmLinkIDHead = "rl-"        // the FtM id of a link that has none of its own
)

// ftmExt is a line's "ringleader" object. ID is a link's own id where its FtM id could
// not carry it (it is also an entity's id).
type ftmExt struct {
	ID       string            `json:"id,omitempty"`
	Name     string            `json:"name,omitempty"`
	Aliases  []string          `json:"aliases,omitempty"`
	Implicit bool              `json:"implicit,omitempty"`
	Role     string            `json:"role,omitempty"`
	Channel  string            `json:"channel,omitempty"`
	Weight   float64           `json:"weight,omitempty"`
	Props    map[string]string `json:"properties,omitempty"`
}

// ftmID returns id as an FtM entity id, which allows only letters, digits, dots and
// dashes: itself when it fits, else "rlx-" and its bytes in hex, which decodeFTMID
// reverses ("location:homs" is "rlx-6c6f636174696f6e3a686f6d73").
func ftmID(id string) string {
	if validFTMID(id) && !strings.HasPrefix(id, ftmIDEscape) {
		return id
	}
	return ftmIDEscape + hex.EncodeToString([]byte(id))
}

// decodeFTMID reverses ftmID. An id that ftmID cannot have written (such as "rlx-41",
// which would stand for "A", an id ftmID leaves alone) is returned as it is.
func decodeFTMID(s string) string {
	if rest, ok := strings.CutPrefix(s, ftmIDEscape); ok {
		if b, err := hex.DecodeString(rest); err == nil && len(b) > 0 && utf8.Valid(b) && ftmID(string(b)) == s {
			return string(b)
		}
	}
	return s
}

// validFTMID reports whether s matches FtM's entity id syntax,
// ^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$ (followthemoney/types/entity.py).
func validFTMID(s string) bool {
	alnum := func(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	if s == "" || !alnum(s[0]) || !alnum(s[len(s)-1]) {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		if c := s[i]; !alnum(c) && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

// ftmLinkID is the FtM id that ExportFtM gives a link without an id of its own: "rl-" and
// 16 hex digits of a SHA-256 of its key. A load that meets it gives the link no id again,
// so that the link keeps its identity (type and endpoints) through an export.
func ftmLinkID(k ringleader.Link) string {
	k.ID = ""
	return ftmHashID(k.Key())
}

// ftmHashID is "rl-" and 16 hex digits of a SHA-256 of key.
func ftmHashID(key string) string {
	h := sha256.Sum256([]byte(key))
	return ftmLinkIDHead + hex.EncodeToString(h[:8])
}

// ftmText is a property's values as the text of a Ringleader property: a single value as
// it is, several as a JSON list. A single value that reads as a JSON list of strings is
// written as a list of one, so that ftmSplit gives it back.
func ftmText(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	if len(vs) == 1 && !jsonStringList(vs[0]) {
		return vs[0]
	}
	b, _ := json.Marshal(vs)
	return string(b)
}

// ftmSplit reverses ftmText.
func ftmSplit(v string) []string {
	if v == "" {
		return nil
	}
	var vs []string
	if v[0] == '[' && json.Unmarshal([]byte(v), &vs) == nil && len(vs) > 0 {
		return vs
	}
	return []string{v}
}

// jsonStringList reports whether v reads as a JSON list of strings.
func jsonStringList(v string) bool {
	var vs []string
	return strings.HasPrefix(v, "[") && json.Unmarshal([]byte(v), &vs) == nil
}

// ftmState is what a load knows of its FtM inputs.
type ftmState struct {
	// classes maps each id that a line of the load's FtM inputs declares to the class of
	// its schema, so that an Ownership knows what its asset is before the asset's line.
	classes map[string]ftmClass
	// skipped counts the lines left out, by input file and schema.
	skipped map[int32]map[string]int
}

func (s *ftmState) skip(fi int32, schema string) {
	if s.skipped[fi] == nil {
		s.skipped[fi] = map[string]int{}
	}
	s.skipped[fi][schema]++
}

// ftmSkipped returns the counts of skipped lines of input file fi, nil when none.
func (l *loader) ftmSkipped(fi int32) map[string]int {
	if l.ftm == nil {
		return nil
	}
	return l.ftm.skipped[fi]
}

// isFTMFile reports whether a .json, .jsonl or .ndjson file is an FtM stream: by its name
// (.ftm.json, .ftm.jsonl, .ftm.ndjson), or for JSON Lines by its first line, which has a
// "schema" and no "kind" (an entity of Ringleader's JSON Lines has a kind, a link a source).
func isFTMFile(fsys fs.FS, name string) bool {
	lower := strings.ToLower(path.Base(name))
	for _, ext := range []string{".ftm.json", ".ftm.jsonl", ".ftm.ndjson"} {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	if strings.HasSuffix(lower, ".json") {
		return false
	}
	f, err := fsys.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	found := false
	_ = eachLine(bufio.NewReader(io.LimitReader(f, 1<<20)), 0, func(_ int, _, _ int64, text []byte) error {
		var fields map[string]json.RawMessage
		if json.Unmarshal(bytes.TrimPrefix(text, bom), &fields) == nil {
			_, schema := fields["schema"]
			_, kind := fields["kind"]
			_, source := fields["source"]
			found = schema && !kind && !source
		}
		return io.EOF
	})
	return found
}

// eachLine calls fn with each non-blank line of br, trimmed, its 1-based number and the
// byte offsets of its text (from offset, where br starts). A line longer than maxRowBytes
// is read to its end but not kept: fn gets it as nil text. fn returning io.EOF stops
// early without an error.
func eachLine(br *bufio.Reader, offset int64, fn func(line int, start, end int64, text []byte) error) error {
	var buf []byte
	for line := 1; ; line++ {
		buf = buf[:0]
		var rerr error
		var n int64
		tooLong := false
		for {
			chunk, err := br.ReadSlice('\n')
			n += int64(len(chunk))
			if tooLong = tooLong || len(buf)+len(chunk) > maxRowBytes; !tooLong {
				buf = append(buf, chunk...)
			}
			if err != bufio.ErrBufferFull {
				rerr = err
				break
			}
		}
		if rerr != nil && rerr != io.EOF {
			return rerr
		}
		start := offset
		offset += n
		if tooLong {
			if err := fn(line, start, offset, nil); err == io.EOF {
				return nil
			} else if err != nil {
				return err
			}
		} else if text := bytes.TrimSpace(buf); len(text) > 0 {
			if err := fn(line, start, offset, text); err == io.EOF {
				return nil
			} else if err != nil {
				return err
			}
		}
		if rerr == io.EOF {
			return nil
		}
	}
}

// scanFTM reads the ids and schemas of every line of the load's FtM inputs before the
// load proper, since a relation may come before the entities it names.
func (l *loader) scanFTM(inputs []input) error {
	for _, in := range inputs {
		if !in.ftm || in.problem != "" {
			continue
		}
		if l.ftm == nil {
			l.ftm = &ftmState{classes: map[string]ftmClass{}, skipped: map[int32]map[string]int{}}
		}
		f, err := in.fsys.Open(in.name)
		if err != nil {
			return fmt.Errorf("loaders: %w", err)
		}
		var ctxErr error
		err = eachLine(bufio.NewReaderSize(f, 64<<10), 0, func(line int, _, _ int64, text []byte) error {
			if ctxErr = l.checkCtx(line); ctxErr != nil {
				return ctxErr
			}
			var head struct {
				ID     string `json:"id"`
				Schema string `json:"schema"`
			}
			// A line that does not decode is reported by the load proper.
			_ = json.Unmarshal(bytes.TrimPrefix(text, bom), &head)
			if id := decodeFTMID(strings.TrimSpace(head.ID)); id != "" {
				if _, seen := l.ftm.classes[id]; !seen {
					l.ftm.classes[id] = ftmSchemas[head.Schema]
				}
			}
			return nil
		})
		f.Close()
		switch {
		case ctxErr != nil:
			return ctxErr
		case err != nil:
			return fmt.Errorf("loaders: %s: %w", in.label, err)
		}
	}
	return nil
}

// readFTM reads one FtM stream.
func (l *loader) readFTM(fi int32) error {
	f := &l.files[fi]
	br, closer, err := l.openText(fi)
	if err != nil {
		return err
	}
	defer closer.Close()
	var ctxErr error
	err = eachLine(br, f.bom, func(line int, start, end int64, text []byte) error {
		if ctxErr = l.checkCtx(line); ctxErr != nil {
			return ctxErr
		}
		l.beginRow(fi, line, start, end, 0)
		if text == nil {
			l.problem("", rowTooLong)
			return nil
		}
		l.ftmLine(fi, text)
		return nil
	})
	switch {
	case ctxErr != nil:
		return ctxErr
	case err != nil:
		return fmt.Errorf("loaders: %s: %w", f.label, err)
	}
	return nil
}

// ftmLine reads one line of an FtM stream.
func (l *loader) ftmLine(fi int32, text []byte) {
	r, probs := parseFTM(text)
	for _, p := range probs {
		l.problem(p.field, p.reason)
	}
	if r == nil {
		return
	}
	c, ok := ftmSchemas[r.schema]
	if !ok {
		l.ftm.skip(fi, r.schema)
		return
	}
	for _, p := range r.parseBody() {
		l.problem(p.field, p.reason)
	}
	if c.kind() != "" {
		l.ftmEntity(c, r)
		return
	}
	l.ftmRelation(fi, c, r)
}
