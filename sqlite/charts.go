package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	sqlitedrv "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/ringleader/ringleader"
)

var _ ringleader.ChartStore = (*Store)(nil)

// SaveChart stores a workbench chart; ECONFLICT when its id is taken.
func (s *Store) SaveChart(ctx context.Context, c ringleader.Chart) error {
	_, err := s.write.ExecContext(ctx, `INSERT INTO charts (id, name, created_at, created_by, all_cases, cases, entities,
		state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, c.ID, c.Name, c.CreatedAt.UTC().Format(time.RFC3339Nano), c.CreatedBy,
		c.AllCases, jsonArray(c.Cases), jsonArray(c.Entities), string(c.State))
	var se *sqlitedrv.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT { // the primary key
		return ringleader.Errorf(ringleader.ECONFLICT, "a chart with id %q exists", c.ID)
	}
	return wrapOrNil(err, "save chart")
}

// Chart returns the chart with the given id, with its state; ENOTFOUND when none.
func (s *Store) Chart(ctx context.Context, id string) (ringleader.Chart, error) {
	c, err := scanChart(s.read.QueryRowContext(ctx, `SELECT `+chartColumns+`, state FROM charts WHERE id = ?`, id), true)
	if errors.Is(err, sql.ErrNoRows) {
		return ringleader.Chart{}, ringleader.Errorf(ringleader.ENOTFOUND, "no chart %q", id)
	}
	return c, wrapOrNil(err, "read chart")
}

// Charts lists every chart, newest first, without their states.
func (s *Store) Charts(ctx context.Context) ([]ringleader.Chart, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+chartColumns+` FROM charts ORDER BY created_at DESC, id`)
	if err != nil {
		return nil, wrap(err, "list charts")
	}
	defer rows.Close()
	var out []ringleader.Chart
	for rows.Next() {
		c, err := scanChart(rows, false)
		if err != nil {
			return nil, wrap(err, "list charts")
		}
		out = append(out, c)
	}
	return out, wrapOrNil(rows.Err(), "list charts")
}

const chartColumns = `id, name, created_at, created_by, all_cases, cases, entities`

func scanChart(r scanner, withState bool) (ringleader.Chart, error) {
	var c ringleader.Chart
	var created, cases, entities, state string
	dest := []any{&c.ID, &c.Name, &created, &c.CreatedBy, &c.AllCases, &cases, &entities}
	if withState {
		dest = append(dest, &state)
	}
	if err := r.Scan(dest...); err != nil {
		return c, err
	}
	var err1, err2, err3 error
	c.CreatedAt, err1 = time.Parse(time.RFC3339Nano, created)
	c.Cases, err2 = decodeList([]byte(cases))
	c.Entities, err3 = decodeList([]byte(entities))
	if withState {
		c.State = []byte(state)
	}
	return c, errors.Join(err1, err2, err3)
}
