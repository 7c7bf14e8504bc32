package insights

import (
	"reflect"
	"unsafe"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// The cache weighs what it keeps with these estimates: the capacity of every slice, the length of every string and
// the slots of every map (graph.MapBytes), without the allocator's rounding. TestNetworkBytes compares them with
// the heap a network really takes.

// networkBytes estimates the memory net holds. It walks the records directly rather than through sizeOf: at a
// million people and five million links reflection would take seconds.
func networkBytes(net *ringleader.Network) int64 {
	if net == nil {
		return 0
	}
	b := int64(unsafe.Sizeof(*net)) + int64(cap(net.Entities))*int64(unsafe.Sizeof(ringleader.Entity{})) +
		int64(cap(net.Links))*int64(unsafe.Sizeof(ringleader.Link{}))
	for i := range net.Entities {
		e := &net.Entities[i]
		b += int64(len(e.ID)+len(e.Kind)+len(e.Name)) + stringsBytes(e.Aliases) + stringsBytes(e.Cases) +
			stringsBytes(e.Sources) + nestedBytes(e.SourceCases) + propsBytes(e.Props)
	}
	for i := range net.Links {
		l := &net.Links[i]
		b += int64(len(l.ID)+len(l.Type)+len(l.Source)+len(l.Target)+len(l.Subtype)+len(l.Role)+len(l.Currency)+
			len(l.Date)+len(l.Channel)+len(l.FirstSeen)+len(l.LastSeen)) +
			stringsBytes(l.Cases) + stringsBytes(l.Sources) + nestedBytes(l.SourceCases) + propsBytes(l.Props) +
			int64(cap(l.Observations))*int64(unsafe.Sizeof(ringleader.Observation{}))
		for _, o := range l.Observations {
			b += int64(len(o.ID))
		}
	}
	return b
}

const stringHeader = int64(unsafe.Sizeof(""))

func stringsBytes(ss []string) int64 {
	b := int64(cap(ss)) * stringHeader
	for _, s := range ss {
		b += int64(len(s))
	}
	return b
}

func nestedBytes(sss [][]string) int64 {
	b := int64(cap(sss)) * int64(unsafe.Sizeof([]string(nil)))
	for _, ss := range sss {
		b += stringsBytes(ss)
	}
	return b
}

func propsBytes(m map[string]string) int64 {
	if m == nil {
		return 0
	}
	b := graph.MapBytes(len(m), 2*stringHeader)
	for k, v := range m {
		b += int64(len(k) + len(v))
	}
	return b
}

// projectionBytes estimates what p holds beyond its network: the graph and the index by id.
func projectionBytes(p *Projection) int64 {
	return int64(unsafe.Sizeof(*p)) + p.Graph.Bytes() + graph.MapBytes(len(p.byID), stringHeader+8)
}

// sizeOf estimates the memory v holds, for results whose types are many: it follows pointers, slices, maps and
// interfaces, counting each pointer and each slice's array once. What p holds (its network, its graph, the
// projection itself) is not counted: the cache weighs it under p's own entries. holdsP reports whether v refers
// to any of it, so that the cache keeps v only beside p.
func sizeOf(v any, p *Projection) (bytes int64, holdsP bool) {
	s := sizer{seen: map[uintptr]bool{}, shared: map[uintptr]bool{}}
	if p != nil {
		s.shared[uintptr(unsafe.Pointer(p))] = true
		s.shared[uintptr(unsafe.Pointer(p.Network))] = true
		s.shared[uintptr(unsafe.Pointer(p.Graph))] = true
		if p.Network != nil { // a streamed projection has none
			// Pointers into the network's arrays (an *Entity of byID) hold the whole array alive.
			ents, links := p.Network.Entities, p.Network.Links
			s.ranges = [][2]uintptr{
				{uintptr(unsafe.Pointer(unsafe.SliceData(ents))), uintptr(cap(ents)) * unsafe.Sizeof(ringleader.Entity{})},
				{uintptr(unsafe.Pointer(unsafe.SliceData(links))), uintptr(cap(links)) * unsafe.Sizeof(ringleader.Link{})},
			}
		}
	}
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return 0, false
	}
	b := int64(rv.Type().Size()) + s.inner(rv)
	return b, s.holds
}

type sizer struct {
	seen, shared map[uintptr]bool
	ranges       [][2]uintptr // start and length of p's arrays
	holds        bool
	// flat caches, per type, whether a value of it refers to no other memory.
	flat map[reflect.Type]bool
}

// inner returns the bytes v refers to outside its own Type().Size().
func (s *sizer) inner(v reflect.Value) int64 {
	switch v.Kind() {
	case reflect.String:
		return int64(v.Len())
	case reflect.Pointer:
		if v.IsNil() || s.visit(v.Pointer()) {
			return 0
		}
		return int64(v.Type().Elem().Size()) + s.inner(v.Elem())
	case reflect.Slice:
		if v.IsNil() || s.visit(v.Pointer()) {
			return 0
		}
		b := int64(v.Cap()) * int64(v.Type().Elem().Size())
		if !s.isFlat(v.Type().Elem()) {
			for i := range v.Len() {
				b += s.inner(v.Index(i))
			}
		}
		return b
	case reflect.Array:
		var b int64
		if !s.isFlat(v.Type().Elem()) {
			for i := range v.Len() {
				b += s.inner(v.Index(i))
			}
		}
		return b
	case reflect.Struct:
		var b int64
		for i := range v.NumField() {
			b += s.inner(v.Field(i))
		}
		return b
	case reflect.Map:
		if v.IsNil() || s.visit(v.Pointer()) {
			return 0
		}
		b := graph.MapBytes(v.Len(), int64(v.Type().Key().Size()+v.Type().Elem().Size()))
		if !s.isFlat(v.Type().Key()) || !s.isFlat(v.Type().Elem()) {
			for it := v.MapRange(); it.Next(); {
				b += s.inner(it.Key()) + s.inner(it.Value())
			}
		}
		return b
	case reflect.Interface:
		if v.IsNil() {
			return 0
		}
		e := v.Elem()
		return int64(e.Type().Size()) + s.inner(e)
	}
	return 0 // numbers, booleans; channels and functions are not data a result keeps
}

// visit reports whether the memory at addr was counted already, or is p's, and marks it counted.
func (s *sizer) visit(addr uintptr) bool {
	if s.shared[addr] {
		s.holds = true
		return true
	}
	for _, r := range s.ranges {
		if addr >= r[0] && addr < r[0]+r[1] {
			s.holds = true
			return true
		}
	}
	if s.seen[addr] {
		return true
	}
	s.seen[addr] = true
	return false
}

// isFlat reports whether values of t refer to no other memory (numbers, and arrays and structs of them).
func (s *sizer) isFlat(t reflect.Type) bool {
	if f, ok := s.flat[t]; ok {
		return f
	}
	var f bool
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint,
		reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr, reflect.Float32,
		reflect.Float64, reflect.Complex64, reflect.Complex128:
		f = true
	case reflect.Array:
		f = s.isFlat(t.Elem())
	case reflect.Struct:
		f = true
		for i := range t.NumField() {
			f = f && s.isFlat(t.Field(i).Type)
		}
	}
	if s.flat == nil {
		s.flat = map[reflect.Type]bool{}
	}
	s.flat[t] = f
	return f
}
