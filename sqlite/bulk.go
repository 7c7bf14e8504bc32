package sqlite

import (
	"context"
	"database/sql"
	"strings"
)

// rowsPerInsert is how many rows one multi-row INSERT carries: enough to spread the cost
// of a statement over many rows, few enough to stay far below SQLite's limit of 32,766
// bound parameters at the widest table (17 columns).
const rowsPerInsert = 64

// bulkInsert buffers rows for one table and inserts them rowsPerInsert at a time through
// one prepared statement, the remainder on flush. The SQL text holds this package's table
// and column names and placeholders only; every value is bound.
type bulkInsert struct {
	tx      *sql.Tx
	insert  string // INSERT [OR IGNORE] INTO table
	columns string
	width   int // number of columns

	full *sql.Stmt // prepared on first use, for rowsPerInsert rows
	args []any
}

// add buffers one row of b.width values, inserting a full buffer.
func (b *bulkInsert) add(ctx context.Context, values ...any) error {
	b.args = append(b.args, values...)
	if len(b.args) < rowsPerInsert*b.width {
		return nil
	}
	if b.full == nil {
		stmt, err := b.tx.PrepareContext(ctx, b.statement(rowsPerInsert))
		if err != nil {
			return err
		}
		b.full = stmt
	}
	_, err := b.full.ExecContext(ctx, b.args...)
	b.args = b.args[:0]
	return err
}

// flush inserts the buffered rows.
func (b *bulkInsert) flush(ctx context.Context) error {
	if len(b.args) == 0 {
		return nil
	}
	_, err := b.tx.ExecContext(ctx, b.statement(len(b.args)/b.width), b.args...)
	b.args = b.args[:0]
	return err
}

func (b *bulkInsert) close() {
	if b.full != nil {
		b.full.Close()
	}
}

// statement is the INSERT of n rows.
func (b *bulkInsert) statement(n int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", b.width), ", ") + ")"
	var sb strings.Builder
	sb.WriteString(b.insert + " (" + b.columns + ") VALUES ")
	for i := range n {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(row)
	}
	return sb.String()
}
