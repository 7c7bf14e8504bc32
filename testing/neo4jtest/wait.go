package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// waitBolt waits until the server at uri accepts a connection authenticated as user, for at most timeout. A refused
// login ends the wait at once: retrying a wrong password would only trip Neo4j's rate limit.
func waitBolt(ctx context.Context, uri, user, password string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	d, err := neo4jdrv.NewDriverWithContext(uri, neo4jdrv.BasicAuth(user, password, ""), func(c *config.Config) {
		c.SocketConnectTimeout = 2 * time.Second
	})
	if err != nil {
		return fmt.Errorf("driver for %s: %w", uri, err)
	}
	defer d.Close(context.WithoutCancel(ctx))
	for {
		attempt, cancelAttempt := context.WithTimeout(ctx, 5*time.Second)
		err = d.VerifyConnectivity(attempt)
		cancelAttempt()
		if err == nil {
			return nil
		}
		var neoErr *neo4jdrv.Neo4jError
		if errors.As(err, &neoErr) && neoErr.Code == "Neo.ClientError.Security.Unauthorized" {
			return fmt.Errorf("bolt %s refused the credentials: %w", uri, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("bolt %s not ready within %v: %w", uri, timeout, err)
		case <-time.After(250 * time.Millisecond):
		}
	}
}
