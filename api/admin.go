package api

import (
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path"
	"path/filepath"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// handleLoad loads a bundle sent as multipart/form-data, one part per file (suspects.csv,
// associations.csv, ... or *.jsonl), named by the part's file name. The parts are streamed to a
// temporary directory, never held whole in memory, and read from there as a bundle directory. As
// on the command line, everything is validated first and invalid input writes nothing; there is
// no --skip-invalid here, because the rejects would land on the server. A token limited to some
// cases loads only inside them (loaders.Options.Compartment).
func handleLoad(store ringleader.Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := parseQuery(c).err(); err != nil {
			fail(c, err)
			return
		}
		mr, err := c.Request.MultipartReader()
		if err != nil {
			fail(c, ringleader.Errorf(ringleader.EINVALID, "send the bundle as multipart/form-data, one part per file"))
			return
		}
		dir, err := os.MkdirTemp("", "ringleader-load-")
		if err != nil {
			fail(c, ringleader.WrapError(ringleader.EINTERNAL, err, "temporary directory"))
			return
		}
		defer os.RemoveAll(dir)
		if err := receiveBundle(mr, dir); err != nil {
			fail(c, err)
			return
		}
		opt := loaders.Options{}
		if sc := scope(c); !sc.All() {
			opt.Compartment = &sc
		}
		sum, err := loaders.Load(c.Request.Context(), store, []string{dir}, opt)
		if err != nil {
			fail(c, err)
			return
		}
		c.JSON(http.StatusOK, sum)
	}
}

// receiveBundle writes each part of a multipart body to a file of dir named after the part's file name.
func receiveBundle(mr *multipart.Reader, dir string) error {
	seen := map[string]bool{}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return bodyError(err)
		}
		name := path.Base(part.FileName())
		if part.FileName() == "" || name == "." || name == "/" || name == ".." {
			return ringleader.Errorf(ringleader.EINVALID, "part %q has no file name", part.FormName())
		}
		if seen[name] {
			return ringleader.Errorf(ringleader.EINVALID, "file %s sent twice", name)
		}
		seen[name] = true
		f, err := os.OpenFile(filepath.Join(dir, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return ringleader.WrapError(ringleader.EINTERNAL, err, "store part %s", name)
		}
		_, err = io.Copy(f, part)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return bodyError(err)
		}
	}
	if len(seen) == 0 {
		return ringleader.Errorf(ringleader.EINVALID, "the request holds no files")
	}
	return nil
}

// bodyError says a body was too large, or could not be read.
func bodyError(err error) error {
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return ringleader.Errorf(ringleader.ETOOLARGE, "the request body exceeds %d bytes", tooLarge.Limit)
	}
	return ringleader.WrapError(ringleader.EINVALID, err, "unreadable request body")
}

// maxAudit bounds one audit read.
const maxAudit = 10000

// handleAudit answers the audit trail. An admin limited to some cases reads only the records of requests
// answered inside them, with every id in a path or parameter that it cannot see replaced by "(hidden)"; an
// all-cases admin reads every record.
func handleAudit(log ringleader.AuditLog, store ringleader.Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		q := parseQuery(c, "token", "limit")
		aq := ringleader.AuditQuery{Token: q.str("token"), Limit: q.integer("limit", 100, 1, maxAudit)}
		if err := q.err(); err != nil {
			fail(c, err)
			return
		}
		if log == nil {
			fail(c, ringleader.Errorf(ringleader.ENOTFOUND, "this server keeps no audit trail"))
			return
		}
		sc := scope(c)
		aq.Within = &sc
		recs, err := log.Audit(c.Request.Context(), aq)
		if err != nil {
			fail(c, err)
			return
		}
		if !sc.All() {
			if recs, err = redactAudit(c.Request.Context(), store, sc, recs); err != nil {
				fail(c, err)
				return
			}
		}
		if recs == nil {
			recs = []ringleader.AuditRecord{}
		}
		c.JSON(http.StatusOK, gin.H{"count": len(recs), "records": recs})
	}
}

func handleMetrics(reg *prometheus.Registry) gin.HandlerFunc {
	h := promhttp.HandlerFor(reg, promhttp.HandlerOpts{})
	return func(c *gin.Context) {
		if err := parseQuery(c).err(); err != nil {
			fail(c, err)
			return
		}
		h.ServeHTTP(c.Writer, c.Request)
	}
}
