package api

import (
	"errors"
	"io"
	"net/http"
	"path"
	"testing/fstest"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// handleLoad loads a bundle sent as multipart/form-data, one part per file (suspects.csv,
// associations.csv, ... or *.jsonl), named by the part's file name. As on the command line,
// everything is validated first and invalid input writes nothing; there is no
// --skip-invalid here, because the rejects would land on the server.
func handleLoad(store ringleader.Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := parseQuery(c).err(); err != nil {
			fail(c, err)
			return
		}
		c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, maxLoadBody)
		mr, err := c.Request.MultipartReader()
		if err != nil {
			fail(c, ringleader.Errorf(ringleader.EINVALID, "send the bundle as multipart/form-data, one part per file"))
			return
		}
		bundle := fstest.MapFS{}
		for {
			part, err := mr.NextPart()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				fail(c, bodyError(err))
				return
			}
			name := path.Base(part.FileName())
			if part.FileName() == "" || name == "." || name == "/" {
				fail(c, ringleader.Errorf(ringleader.EINVALID, "part %q has no file name", part.FormName()))
				return
			}
			if _, dup := bundle[name]; dup {
				fail(c, ringleader.Errorf(ringleader.EINVALID, "file %s sent twice", name))
				return
			}
			data, err := io.ReadAll(part)
			if err != nil {
				fail(c, bodyError(err))
				return
			}
			bundle[name] = &fstest.MapFile{Data: data, Mode: 0o444}
		}
		if len(bundle) == 0 {
			fail(c, ringleader.Errorf(ringleader.EINVALID, "the request holds no files"))
			return
		}
		sum, err := loaders.LoadFS(c.Request.Context(), store, bundle, loaders.Options{})
		if err != nil {
			fail(c, err)
			return
		}
		c.JSON(http.StatusOK, sum)
	}
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

func handleAudit(log ringleader.AuditLog) gin.HandlerFunc {
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
		recs, err := log.Audit(c.Request.Context(), aq)
		if err != nil {
			fail(c, err)
			return
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
