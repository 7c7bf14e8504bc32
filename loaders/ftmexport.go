package loaders

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/ringleader/ringleader"
)

// FtMExport counts what WriteFtM wrote.
type FtMExport struct {
	// Lines is the number of FtM entities written, relations included.
	Lines int `json:"lines"`
	// Skipped counts, by kind or link type, the records FtM has no schema for: cases,
	// shipments and the links that name them, INVOLVED_IN and SAME_AS links, and phones
	// that no written entity holds. A held phone is written as its holder's phone.
	Skipped map[string]int `json:"skipped,omitempty"`
}

// ExportFtM writes net as a FollowTheMoney entity stream, one FtM entity a line, with the
// mapping that a load reads (see ftm.go): people, organisations, accounts, vehicles and
// places as entities; payments, memberships, holdings and associations as Payment,
// Ownership, Directorship, Membership, Associate and Family. Loading the stream gives
// back those records and links as they were, except for their cases and sources: FtM has
// no compartments, so a caller exports what a scope lets it see, and the load's sources
// are the stream's lines. Ids that FtM's syntax refuses ("location:homs") are written
// hex-encoded after "rlx-"; what FtM has no place for rides in a "ringleader" object.
func ExportFtM(w io.Writer, net *ringleader.Network) error {
	_, err := WriteFtM(w, net)
	return err
}

// WriteFtM is ExportFtM, and counts what it wrote and left out.
func WriteFtM(w io.Writer, net *ringleader.Network) (FtMExport, error) {
	var sum FtMExport
	skip := func(what string) {
		if sum.Skipped == nil {
			sum.Skipped = map[string]int{}
		}
		sum.Skipped[what]++
	}
	byID := make(map[string]*ringleader.Entity, len(net.Entities))
	fids := make(map[string]string, len(net.Entities)) // entities written: their FtM ids
	taken := make(map[string]bool, len(net.Entities)+len(net.Links))
	for i := range net.Entities {
		e := &net.Entities[i]
		byID[e.ID] = e
		if ftmDefaultSchema(e) != "" {
			fid := ftmID(e.ID)
			fids[e.ID], taken[fid] = fid, true
		}
	}
	phones := map[string][]string{} // holder → numbers
	carried := map[string]bool{}    // phones written as a holder's phone
	for i := range net.Links {
		k := &net.Links[i]
		if p, ok := ftmHeldPhone(k, byID, fids); ok {
			phones[k.Source] = append(phones[k.Source], p)
			carried[k.Target] = true
		}
	}

	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range net.Entities {
		e := &net.Entities[i]
		fid, ok := fids[e.ID]
		if !ok {
			if !carried[e.ID] {
				skip(string(e.Kind))
			}
			continue
		}
		line := ftmEntityLine(e, phones[e.ID])
		line.ID = fid
		if err := enc.Encode(line); err != nil {
			return sum, fmt.Errorf("loaders: export ftm: %w", err)
		}
		sum.Lines++
	}
	for i := range net.Links {
		k := &net.Links[i]
		line, ok := ftmRelationLine(k, byID, fids)
		if !ok {
			if _, held := ftmHeldPhone(k, byID, fids); !held {
				skip(string(k.Type))
			}
			continue
		}
		switch fid := ftmID(k.ID); {
		case k.ID == "":
			line.ID = ftmLinkID(*k)
		case !taken[fid]:
			line.ID = fid
		default:
			// FtM has one id space for entities and relations; Ringleader has two.
			line.ID = ftmHashID(k.Key())
			line.ext().ID = k.ID
		}
		taken[line.ID] = true
		if err := enc.Encode(line); err != nil {
			return sum, fmt.Errorf("loaders: export ftm: %w", err)
		}
		sum.Lines++
	}
	if err := bw.Flush(); err != nil {
		return sum, fmt.Errorf("loaders: export ftm: %w", err)
	}
	return sum, nil
}

// ftmLineOut is one line of an FtM stream as ExportFtM writes it.
type ftmLineOut struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
	Ext        *ftmExt             `json:"ringleader,omitempty"`
}

// add adds values to a property as a load reads them: trimmed, without empty values or
// repeats.
func (o *ftmLineOut) add(prop string, vs ...string) {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" && !slices.Contains(o.Properties[prop], v) {
			o.Properties[prop] = append(o.Properties[prop], v)
		}
	}
}

func (o *ftmLineOut) ext() *ftmExt {
	if o.Ext == nil {
		o.Ext = &ftmExt{}
	}
	return o.Ext
}

func (o *ftmLineOut) extProp(k, v string) {
	x := o.ext()
	if x.Props == nil {
		x.Props = map[string]string{}
	}
	x.Props[k] = v
}

// ftmProps writes the ftm_ properties that a load kept, except where the mapping already
// wrote the property: those go into the ringleader object, which a load applies last.
func (o *ftmLineOut) ftmProps(props map[string]string) {
	mapped := slices.Collect(maps.Keys(o.Properties))
	for _, k := range slices.Sorted(maps.Keys(props)) {
		p, ok := strings.CutPrefix(k, ftmPropPrefix)
		if !ok || k == ftmSchemaProp {
			continue
		}
		if p == "" || slices.Contains(mapped, p) {
			o.extProp(k, props[k])
			continue
		}
		o.add(p, ftmSplit(props[k])...)
	}
}

// ftmEntityProps are the entity properties with an FtM counterpart of their own, by kind.
var ftmEntityProps = map[ringleader.Kind]map[string]string{
	ringleader.KindPerson: {"birth_date": "birthDate", "nationality": "nationality", "status": "status",
		"role": "position", "address": "address"},
	ringleader.KindOrganisation: {"type": "classification", "country": "country", "address": "address"},
	ringleader.KindVehicle:      {"registration_number": "registrationNumber"},
	ringleader.KindLocation:     {"country": "country"},
}

// ftmEntityLine writes an entity with the mapping a load reads, then asks that mapping what
// it would make of the line, and puts whatever would not come back as it was into the
// ringleader object.
func ftmEntityLine(e *ringleader.Entity, phones []string) ftmLineOut {
	schema := ftmDefaultSchema(e)
	if s := e.Props[ftmSchemaProp]; s != "" && ftmSchemas[s].kind() == e.Kind {
		schema = s
	}
	o := ftmLineOut{Schema: schema, Properties: map[string][]string{}}
	mapped := ftmEntityProps[e.Kind]
	for _, k := range slices.Sorted(maps.Keys(e.Props)) {
		v := e.Props[k]
		switch {
		case k == "type" && v == "company" && schema == "Company":
			// the schema says it
		case mapped[k] != "":
			o.add(mapped[k], ftmSplit(v)...)
		case k == "id_numbers" && e.Kind == ringleader.KindPerson:
			for item := range listItems(v) {
				if n, ok := strings.CutPrefix(item, "passport:"); ok {
					o.add("passportNumber", n)
				} else if n, ok := strings.CutPrefix(item, "national:"); ok {
					o.add("idNumber", n)
				}
			}
		}
	}
	switch e.Kind {
	case ringleader.KindPerson, ringleader.KindOrganisation, ringleader.KindVehicle:
		o.add("name", e.Name)
		o.add("alias", e.Aliases...)
	case ringleader.KindAccount:
		o.add("alias", e.Aliases...)
	case ringleader.KindLocation:
		if e.Name != e.ID {
			o.add("full", e.Name)
		}
	}
	if e.Kind == ringleader.KindPerson || e.Kind == ringleader.KindOrganisation {
		o.add("phone", phones...)
	}
	o.ftmProps(e.Props)
	if e.Kind == ringleader.KindAccount && e.Name != e.ID {
		named := slices.Contains(o.Properties["accountNumber"], e.Name) || slices.Contains(o.Properties["iban"], e.Name) ||
			slices.Contains(o.Properties["name"], e.Name)
		if !named {
			o.Properties["accountNumber"] = append([]string{e.Name}, o.Properties["accountNumber"]...)
		}
	}

	rec := &ftmRecord{id: e.ID, schema: schema, props: o.Properties, used: map[string]bool{}}
	back, _ := mapFTMEntity(ftmSchemas[schema], rec)
	for _, k := range slices.Sorted(maps.Keys(e.Props)) {
		if back.e.Props[k] != e.Props[k] {
			o.extProp(k, e.Props[k])
		}
	}
	if back.e.Name != e.Name {
		o.ext().Name = e.Name
	}
	for _, a := range e.Aliases {
		if !slices.Contains(back.e.Aliases, a) {
			o.ext().Aliases = append(o.ext().Aliases, a)
		}
	}
	if e.Implicit {
		o.ext().Implicit = true
	}
	return o
}

// ftmHeldPhone returns the number of the phone that k, a HOLDS link of a written entity,
// holds: it is written as the holder's phone property.
func ftmHeldPhone(k *ringleader.Link, byID map[string]*ringleader.Entity, fids map[string]string) (string, bool) {
	t := byID[k.Target]
	if k.Type != ringleader.LinkHolds || t == nil || t.Kind != ringleader.KindPhone {
		return "", false
	}
	if s := byID[k.Source]; s == nil || fids[s.ID] == "" ||
		(s.Kind != ringleader.KindPerson && s.Kind != ringleader.KindOrganisation) {
		return "", false
	}
	if n, ok := phoneNumber(strings.TrimPrefix(t.ID, "phone:")); ok && "phone:"+n == t.ID {
		return n, true
	}
	return phoneNumber(t.Name)
}

// ftmRelationLine writes a link as an FtM relation; false for a link FtM has no schema
// for, or one that names an entity not written.
func ftmRelationLine(k *ringleader.Link, byID map[string]*ringleader.Entity, fids map[string]string) (ftmLineOut, bool) {
	src, okSrc := fids[k.Source]
	dst, okDst := fids[k.Target]
	if !okSrc || !okDst {
		return ftmLineOut{}, false
	}
	o := ftmLineOut{Properties: map[string][]string{}}
	switch k.Type {
	case ringleader.LinkPaid:
		o.Schema = "Payment"
		if byID[k.Source].Kind == ringleader.KindAccount {
			o.add("payerAccount", src)
		} else {
			o.add("payer", src)
		}
		if byID[k.Target].Kind == ringleader.KindAccount {
			o.add("beneficiaryAccount", dst)
		} else {
			o.add("beneficiary", dst)
		}
		if k.Amount != 0 || k.Currency != "" {
			o.add("amount", formatNumber(k.Amount))
		}
		o.add("currency", k.Currency)
		o.add("date", k.Date)
	case ringleader.LinkMemberOf:
		switch k.Role {
		case "owner":
			o.Schema = "Ownership"
			o.add("owner", src)
			o.add("asset", dst)
		case "director":
			o.Schema = "Directorship"
			o.add("director", src)
			o.add("organization", dst)
		default:
			o.Schema = "Membership"
			o.add("member", src)
			o.add("organization", dst)
			o.add("role", k.Role)
		}
	case ringleader.LinkHolds:
		if kind := byID[k.Target].Kind; kind != ringleader.KindAccount && kind != ringleader.KindVehicle {
			return ftmLineOut{}, false
		}
		o.Schema = "Ownership"
		o.add("owner", src)
		o.add("asset", dst)
	case ringleader.LinkAssociate:
		if k.Subtype == ringleader.AssocFamily {
			o.Schema = "Family"
			o.add("person", src)
			o.add("relative", dst)
		} else {
			o.Schema = "Associate"
			o.add("person", src)
			o.add("associate", dst)
			if k.Subtype != ringleader.AssocAssociate {
				o.add("relationship", k.Subtype)
			}
		}
	default:
		return ftmLineOut{}, false
	}
	o.add("startDate", k.FirstSeen)
	o.add("endDate", k.LastSeen)
	if k.Type == ringleader.LinkPaid || k.Type == ringleader.LinkHolds || k.Type == ringleader.LinkAssociate {
		if k.Role != "" {
			o.ext().Role = k.Role
		}
	}
	if k.Channel != "" {
		o.ext().Channel = k.Channel
	}
	if k.W() != 1 {
		o.ext().Weight = k.Weight
	}
	for _, p := range slices.Sorted(maps.Keys(k.Props)) {
		v := k.Props[p]
		if p == "percentage" && o.Schema == "Ownership" {
			if pct, ok := ftmPercent(v); ok && pct == v {
				o.add("percentage", v)
				continue
			}
		}
		if !strings.HasPrefix(p, ftmPropPrefix) {
			o.extProp(p, v)
		}
	}
	o.ftmProps(k.Props)
	return o, true
}
