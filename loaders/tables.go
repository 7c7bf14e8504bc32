package loaders

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ringleader/ringleader"
)

// table is one file of the CSV bundle (DESIGN.md §3).
type table struct {
	name     string   // file name, "suspects.csv"
	required []string // columns marked *
	columns  []string // every column with a meaning of its own; the others are properties
	parse    func(r *csvRow)
}

// tables lists the bundle's files in the order a bundle is read.
var tables = []*table{
	{name: "cases.csv", required: []string{"id", "title", "type"},
		columns: []string{"id", "title", "type", "agency", "opened", "status"}, parse: parseCase},
	{name: "organisations.csv", required: []string{"id", "name"},
		columns: []string{"id", "name", "type", "country", "cases"}, parse: parseOrganisation},
	{name: "suspects.csv", required: []string{"id", "name"},
		columns: []string{"id", "name", "aliases", "nationality", "birth_date", "id_numbers", "phones",
			"organisations", "cases", "role", "status", "vehicles"}, parse: parseSuspect},
	{name: "shipments.csv", required: []string{"id", "commodity"},
		columns: []string{"id", "name", "commodity", "quantity", "unit", "weight_kg", "date", "origin",
			"destination", "route", "concealment", "status", "seized_at", "organised_by", "transported_by",
			"vehicles", "cases"}, parse: parseShipment},
	{name: "financial_links.csv", required: []string{"from", "to", "amount", "currency"},
		columns: []string{"id", "from", "to", "amount", "currency", "date", "channel", "from_account",
			"to_account", "cases"}, parse: parsePayment},
	{name: "associations.csv", required: []string{"source", "target", "type"},
		columns: []string{"source", "target", "type", "weight", "first_seen", "last_seen", "cases"},
		parse:   parseAssociation},
}

// tableNamed returns the table a file name stands for, ignoring case.
func tableNamed(name string) *table {
	for _, t := range tables {
		if strings.EqualFold(t.name, name) {
			return t
		}
	}
	return nil
}

func tableNames() string {
	names := make([]string, len(tables))
	for i, t := range tables {
		names[i] = t.name
	}
	return strings.Join(names, ", ")
}

// ruleProps checks the kind's formatted properties in their columns and adds them to p.
func (r *csvRow) ruleProps(k ringleader.Kind, p *map[string]string) {
	for _, rule := range entityRules[k] {
		setProp(p, rule.name, r.checked(rule.name, rule.required, rule.check))
	}
}

// caseIDs returns the ids of a cases column, which become the cases of every record
// the row makes.
func caseIDs(refs []roleRef) []string {
	cases := make([]string, len(refs))
	for i, c := range refs {
		cases[i] = c.id
	}
	return sortedSet(cases)
}

// involvedIn adds the INVOLVED_IN links of entity id to the cases of its row.
func (r *csvRow) involvedIn(id string, refs []roleRef, cases []string) {
	for _, c := range refs {
		r.l.link(ringleader.Link{Type: ringleader.LinkInvolvedIn, Source: id, Target: c.id, Role: c.role, Cases: cases},
			"", "cases", false)
	}
}

// linkCases returns the case ids of a links file's cases column; each must be a case.
func (r *csvRow) linkCases() []string {
	var cases []string
	for c := range r.roleItems("cases") {
		r.l.ref(c.id, "cases", kindsOf(ringleader.KindCase))
		cases = append(cases, c.id)
	}
	return sortedSet(cases)
}

func parseCase(r *csvRow) {
	id := r.id("id", true)
	title := r.value("title", true)
	p := r.props()
	r.ruleProps(ringleader.KindCase, &p)
	setProp(&p, "agency", r.value("agency", false))
	setProp(&p, "status", r.value("status", false))
	if id == "" {
		return
	}
	// A case is in itself, so that a scope limited to it sees it.
	r.l.entity(ringleader.Entity{ID: id, Kind: ringleader.KindCase, Name: title, Cases: []string{id}, Props: p}, "id", true)
}

func parseOrganisation(r *csvRow) {
	id := r.id("id", true)
	name := r.value("name", true)
	p := r.props()
	r.ruleProps(ringleader.KindOrganisation, &p)
	setProp(&p, "country", r.value("country", false))
	refs := r.roleList("cases")
	if id == "" {
		return
	}
	cases := caseIDs(refs)
	r.l.entity(ringleader.Entity{ID: id, Kind: ringleader.KindOrganisation, Name: name, Cases: cases, Props: p}, "id", true)
	r.involvedIn(id, refs, cases)
}

func parseSuspect(r *csvRow) {
	id := r.id("id", true)
	name := r.value("name", true)
	p := r.props()
	r.ruleProps(ringleader.KindPerson, &p)
	setProp(&p, "nationality", r.value("nationality", false))
	setProp(&p, "role", r.value("role", false))
	setProp(&p, "id_numbers", strings.Join(r.list("id_numbers"), ";"))
	aliases := r.list("aliases")
	orgs := r.roleList("organisations")
	caseRefs := r.roleList("cases")
	phones := r.list("phones")
	plates := r.list("vehicles")
	if id == "" {
		return
	}
	cases := caseIDs(caseRefs)
	r.l.entity(ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: name, Aliases: aliases, Cases: cases, Props: p}, "id", true)
	for _, o := range orgs {
		r.l.link(ringleader.Link{Type: ringleader.LinkMemberOf, Source: id, Target: o.id, Role: o.role, Cases: cases},
			"", "organisations", false)
	}
	r.involvedIn(id, caseRefs, cases)
	for _, v := range phones {
		r.l.link(ringleader.Link{Type: ringleader.LinkHolds, Source: id, Target: r.phone(v, cases), Cases: cases}, "", "", false)
	}
	for _, v := range plates {
		r.l.link(ringleader.Link{Type: ringleader.LinkHolds, Source: id, Target: r.vehicle(v, cases), Cases: cases}, "", "", false)
	}
}

// phone adds the implicit phone named in the phones column and returns its id, "" when
// it is not a number (a problem).
func (r *csvRow) phone(v string, cases []string) string {
	n, ok := phoneNumber(v)
	if !ok {
		r.l.problem("phones", fmt.Sprintf("%q is not a phone number", v))
		return ""
	}
	id := "phone:" + n
	r.l.entity(ringleader.Entity{ID: id, Kind: ringleader.KindPhone, Name: n, Cases: cases, Implicit: true}, "phones", false)
	return id
}

// vehicle adds the implicit vehicle of a plate in the vehicles column.
func (r *csvRow) vehicle(v string, cases []string) string {
	n := plate(v)
	if n == "" {
		r.l.problem("vehicles", fmt.Sprintf("%q is not a plate", v))
		return ""
	}
	id := "vehicle:" + n
	r.l.entity(ringleader.Entity{ID: id, Kind: ringleader.KindVehicle, Name: n, Cases: cases, Implicit: true}, "vehicles", false)
	return id
}

// account adds the implicit account named in col.
func (r *csvRow) account(col, v string, cases []string) string {
	n := accountNumber(v)
	id := "account:" + n
	r.l.entity(ringleader.Entity{ID: id, Kind: ringleader.KindAccount, Name: n, Cases: cases, Implicit: true}, col, false)
	return id
}

// location adds the implicit place named in col, under its name as first written.
func (r *csvRow) location(col, name string, cases []string) string {
	s := slug(name)
	if s == "" {
		r.l.problem(col, fmt.Sprintf("%q is not a place name", name))
		return ""
	}
	id := "location:" + s
	r.l.entity(ringleader.Entity{ID: id, Kind: ringleader.KindLocation, Name: name, Cases: cases, Implicit: true}, col, false)
	return id
}

func parseShipment(r *csvRow) {
	id := r.id("id", true)
	name := r.value("name", false)
	p := r.props()
	r.ruleProps(ringleader.KindShipment, &p)
	setProp(&p, "unit", r.value("unit", false))
	setProp(&p, "concealment", r.value("concealment", false))
	date := p["date"]
	origin := r.value("origin", false)
	destination := r.value("destination", false)
	seizedAt := r.value("seized_at", false)
	route := r.list("route")
	organisers := r.idList("organised_by")
	carriers := r.idList("transported_by")
	plates := r.list("vehicles")
	caseRefs := r.roleList("cases")
	if id == "" {
		return
	}
	if name == "" {
		name = id
	}
	cases := caseIDs(caseRefs)
	r.l.entity(ringleader.Entity{ID: id, Kind: ringleader.KindShipment, Name: name, Cases: cases, Props: p}, "id", true)
	// Shipment links are dated by the shipment, so that a time-filtered projection sees
	// who organised and carried what when.
	add := func(t ringleader.LinkType, from, to, fromField, toField string, props map[string]string) {
		r.l.link(ringleader.Link{Type: t, Source: from, Target: to, FirstSeen: date, LastSeen: date, Cases: cases, Props: props},
			fromField, toField, false)
	}
	place := func(t ringleader.LinkType, col, v string) {
		if v != "" {
			add(t, id, r.location(col, v, cases), "", "", nil)
		}
	}
	place(ringleader.LinkOrigin, "origin", origin)
	place(ringleader.LinkDestination, "destination", destination)
	place(ringleader.LinkSeizedAt, "seized_at", seizedAt)
	for i, v := range route {
		if loc := r.location("route", v, cases); loc != "" {
			add(ringleader.LinkRoutedVia, id, loc, "", "", map[string]string{"order": strconv.Itoa(i + 1)})
		}
	}
	for _, o := range organisers {
		add(ringleader.LinkOrganised, o, id, "organised_by", "", nil)
	}
	for _, c := range carriers {
		add(ringleader.LinkTransported, c, id, "transported_by", "", nil)
	}
	for _, v := range plates {
		add(ringleader.LinkTransported, r.vehicle(v, cases), id, "", "", nil)
	}
	r.involvedIn(id, caseRefs, cases)
}

func parsePayment(r *csvRow) {
	id := r.id("id", false)
	from := r.id("from", true)
	to := r.id("to", true)
	amount, _ := r.num("amount", true, checkNonNegative)
	curr := r.checked("currency", true, checkCurrency)
	date := r.checked("date", false, checkDate)
	channel := r.checked("channel", false, checkChannel)
	fromAcc := r.value("from_account", false)
	toAcc := r.value("to_account", false)
	cases := r.linkCases()
	p := r.props()
	if from == "" || to == "" {
		return
	}
	// With accounts, the money runs account to account and each party holds its account.
	src, srcField := from, "from"
	if fromAcc != "" {
		src, srcField = r.account("from_account", fromAcc, cases), ""
		r.l.link(ringleader.Link{Type: ringleader.LinkHolds, Source: from, Target: src, Cases: cases}, "from", "", false)
	}
	dst, dstField := to, "to"
	if toAcc != "" {
		dst, dstField = r.account("to_account", toAcc, cases), ""
		r.l.link(ringleader.Link{Type: ringleader.LinkHolds, Source: to, Target: dst, Cases: cases}, "to", "", false)
	}
	if src == dst {
		r.l.problem("to", "same as from")
		return
	}
	if id == "" {
		id = paymentID(from, to, accountNumber(fromAcc), accountNumber(toAcc), date, formatNumber(amount), curr, channel)
	}
	r.l.link(ringleader.Link{ID: id, Type: ringleader.LinkPaid, Source: src, Target: dst, Amount: amount, Currency: curr,
		Date: date, Channel: channel, Cases: cases, Props: p}, srcField, dstField, true)
}

func parseAssociation(r *csvRow) {
	src := r.id("source", true)
	dst := r.id("target", true)
	typ := r.checked("type", true, checkAssocType)
	weight, ok := r.num("weight", false, checkPositive)
	if !ok {
		weight = 1
	}
	first := r.checked("first_seen", false, checkDate)
	last := r.checked("last_seen", false, checkDate)
	if first != "" && last != "" && last < first {
		r.l.problem("last_seen", fmt.Sprintf("%q is before first_seen %q", last, first))
	}
	cases := r.linkCases()
	p := r.props()
	if src != "" && src == dst {
		r.l.problem("target", "same as source")
		return
	}
	r.l.link(ringleader.Link{Type: ringleader.LinkAssociate, Subtype: typ, Source: src, Target: dst, Weight: weight,
		FirstSeen: first, LastSeen: last, Cases: cases, Props: p}, "source", "target", true)
}
