package loaders

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ringleader/ringleader"
)

// ftmRelation adds the links of a relation line (an FtM interval schema). A relation
// that names an entity of a skipped schema is skipped with it.
func (l *loader) ftmRelation(fi int32, c ftmClass, r *ftmRecord) {
	m := &ftmMapper{r: r}
	switch c {
	case ftmPayment:
		l.ftmPayment(fi, m)
	case ftmOwnership, ftmDirectorship, ftmMembership:
		l.ftmInterest(fi, c, m)
	case ftmAssociate, ftmFamily:
		l.ftmAssociation(fi, c, m)
	}
}

// ftmSkipRelation reports, and counts, a relation that names an entity of a skipped schema.
func (l *loader) ftmSkipRelation(fi int32, m *ftmMapper, ids ...string) bool {
	for _, id := range ids {
		if id != "" && l.ftmSkips(id) {
			l.ftm.skip(fi, m.r.schema)
			return true
		}
	}
	return false
}

// interval sets a relation's first and last seen dates from its startDate and endDate,
// or from its date when it has neither.
func (m *ftmMapper) interval(k *ringleader.Link) {
	k.FirstSeen, k.LastSeen = m.day("startDate"), m.day("endDate")
	if len(m.peek("startDate")) == 0 && len(m.peek("endDate")) == 0 {
		if d := m.day("date"); d != "" {
			k.FirstSeen, k.LastSeen = d, d
		}
	}
	if k.FirstSeen != "" && k.LastSeen != "" && k.LastSeen < k.FirstSeen {
		m.problem("endDate", fmt.Sprintf("%q is before startDate %q", k.LastSeen, k.FirstSeen))
	}
}

// ftmFinish gives k what every relation has: its id, the ringleader object's fields, the
// remaining properties; and reports the line's problems.
func (l *loader) ftmFinish(m *ftmMapper, k *ringleader.Link) {
	x := &m.r.ext
	if role := strings.ToLower(strings.TrimSpace(x.Role)); role != "" {
		k.Role = role
	}
	if ch := strings.TrimSpace(x.Channel); ch != "" {
		checked, reason := checkChannel(ch)
		if reason != "" {
			m.problem(ftmExtKey+".channel", reason)
		}
		k.Channel = checked
	}
	if x.Weight < 0 {
		m.problem(ftmExtKey+".weight", fmt.Sprintf("%q is negative", formatNumber(x.Weight)))
	}
	k.Weight = x.Weight
	m.rest()
	m.extProps()
	k.Props = m.props
	k.ID = m.r.id
	switch {
	case strings.TrimSpace(x.ID) != "":
		k.ID = strings.TrimSpace(x.ID)
		if reason := idProblem(k.ID); reason != "" {
			m.problem(ftmExtKey+".id", reason)
		}
	case k.ID == ftmLinkID(*k):
		k.ID = "" // a link that had no id before ExportFtM gave it one
	}
	for _, p := range m.probs {
		l.problem(p.field, p.reason)
	}
}

// ftmPayment adds a Payment as a PAID link.
func (l *loader) ftmPayment(fi int32, m *ftmMapper) {
	payer, payerAcc := m.ref("payer", false), m.ref("payerAccount", false)
	benef, benefAcc := m.ref("beneficiary", false), m.ref("beneficiaryAccount", false)
	if l.ftmSkipRelation(fi, m, payer, payerAcc, benef, benefAcc) {
		return
	}
	if len(m.peek("payer")) == 0 && len(m.peek("payerAccount")) == 0 {
		m.problem("payer", "required value is empty")
	}
	if len(m.peek("beneficiary")) == 0 && len(m.peek("beneficiaryAccount")) == 0 {
		m.problem("beneficiary", "required value is empty")
	}
	k := ringleader.Link{Type: ringleader.LinkPaid}
	amounts := m.take("amount")
	switch {
	case len(amounts) > 1:
		m.problem("amount", fmt.Sprintf("%d values; a payment has one", len(amounts)))
	case len(amounts) == 1:
		f, reason := parseNumber(amounts[0])
		switch {
		case reason != "":
			m.problem("amount", reason)
		case f < 0:
			m.problem("amount", fmt.Sprintf("%q is negative", amounts[0]))
		}
		k.Amount = f
	}
	switch currencies := m.take("currency"); {
	case len(currencies) > 1:
		m.problem("currency", fmt.Sprintf("%d values; a payment has one", len(currencies)))
	case len(currencies) == 1:
		checked, reason := checkCurrency(currencies[0])
		if reason != "" {
			m.problem("currency", reason)
		}
		k.Currency = checked
	case len(amounts) == 1:
		m.problem("currency", "required value is empty: the amount has no currency")
	}
	k.Date = m.day("date")
	k.FirstSeen, k.LastSeen = m.day("startDate"), m.day("endDate")
	// With accounts, the money runs account to account and each party holds its
	// account, as in the bundle's financial_links.csv.
	src, srcField := payer, "payer"
	if payerAcc != "" {
		src, srcField = payerAcc, "payerAccount"
		if payer != "" {
			l.link(ringleader.Link{Type: ringleader.LinkHolds, Source: payer, Target: payerAcc}, "payer", "payerAccount", false)
		}
	}
	dst, dstField := benef, "beneficiary"
	if benefAcc != "" {
		dst, dstField = benefAcc, "beneficiaryAccount"
		if benef != "" {
			l.link(ringleader.Link{Type: ringleader.LinkHolds, Source: benef, Target: benefAcc}, "beneficiary", "beneficiaryAccount", false)
		}
	}
	if src != "" && src == dst {
		m.problem(dstField, "same as "+srcField)
	}
	k.Source, k.Target = src, dst
	l.ftmFinish(m, &k)
	l.link(k, srcField, dstField, true)
}

// ftmInterest adds an Ownership, Directorship or Membership: a MEMBER_OF link, or HOLDS
// for an Ownership of an account or a vehicle.
func (l *loader) ftmInterest(fi int32, c ftmClass, m *ftmMapper) {
	srcProp, dstProp := "member", "organization"
	switch c {
	case ftmOwnership:
		srcProp, dstProp = "owner", "asset"
	case ftmDirectorship:
		srcProp = "director"
	}
	src, dst := m.ref(srcProp, true), m.ref(dstProp, true)
	if l.ftmSkipRelation(fi, m, src, dst) {
		return
	}
	k := ringleader.Link{Type: ringleader.LinkMemberOf, Source: src, Target: dst}
	m.interval(&k)
	switch c {
	case ftmOwnership:
		if ac := l.ftm.classes[dst]; ac == ftmAccount || ac == ftmVehicle {
			k.Type = ringleader.LinkHolds
		} else {
			k.Role = "owner"
		}
		if ps := m.peek("percentage"); len(ps) == 1 {
			if p, ok := ftmPercent(ps[0]); ok {
				m.take("percentage")
				m.set("percentage", p)
			}
		}
	case ftmDirectorship:
		k.Role = "director"
	case ftmMembership:
		if roles := m.peek("role"); len(roles) == 1 {
			k.Role = strings.ToLower(m.take("role")[0])
		}
	}
	// A company may hold its own shares; nobody directs or joins himself.
	if c != ftmOwnership && src != "" && src == dst {
		m.problem(dstProp, "same as "+srcProp)
	}
	l.ftmFinish(m, &k)
	if k.Type == ringleader.LinkHolds {
		l.link(k, srcProp, dstProp, true)
		return
	}
	// FtM's owners, directors and members are legal entities, people or companies, so the
	// endpoints are checked here rather than by MEMBER_OF's person → organisation.
	l.link(k, "", "", true)
	if src != "" {
		l.ref(src, srcProp, kindsOf(ringleader.KindPerson, ringleader.KindOrganisation))
	}
	if dst != "" {
		l.ref(dst, dstProp, kindsOf(ringleader.KindOrganisation))
	}
}

// ftmAssociation adds an Associate or a Family relation as an ASSOCIATE link.
func (l *loader) ftmAssociation(fi int32, c ftmClass, m *ftmMapper) {
	other := "associate"
	if c == ftmFamily {
		other = "relative"
	}
	src, dst := m.ref("person", true), m.ref(other, true)
	if l.ftmSkipRelation(fi, m, src, dst) {
		return
	}
	k := ringleader.Link{Type: ringleader.LinkAssociate, Source: src, Target: dst, Subtype: ringleader.AssocAssociate}
	if c == ftmFamily {
		k.Subtype = ringleader.AssocFamily
	} else if rels := m.peek("relationship"); len(rels) == 1 {
		if s := strings.ToLower(rels[0]); slices.Contains(ringleader.AssociationSubtypes, s) {
			m.take("relationship")
			k.Subtype = s
		}
	}
	m.interval(&k)
	if src != "" && src == dst {
		m.problem(other, "same as person")
	}
	l.ftmFinish(m, &k)
	l.link(k, "person", other, true)
}
