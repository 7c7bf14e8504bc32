package money

import "github.com/ringleader/ringleader"

// Party is a person, organisation or account that paid or was paid, described as the
// network holds it.
type Party struct {
	ID   string          `json:"id"`
	Name string          `json:"name"`
	Kind ringleader.Kind `json:"kind"`
}

// directory describes the parties of a network by id.
type directory map[string]*ringleader.Entity

func newDirectory(net *ringleader.Network) directory {
	d := make(directory, len(net.Entities))
	for i := range net.Entities {
		d[net.Entities[i].ID] = &net.Entities[i]
	}
	return d
}

// party describes the party id; one the network does not hold is described by its id
// alone.
func (d directory) party(id string) Party {
	if e := d[id]; e != nil {
		return Party{ID: e.ID, Name: e.Name, Kind: e.Kind}
	}
	return Party{ID: id, Name: id}
}

func (d directory) parties(ids []string) []Party {
	out := make([]Party, len(ids))
	for i, id := range ids {
		out[i] = d.party(id)
	}
	return out
}
