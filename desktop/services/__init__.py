"""Use cases, one module per area. No Qt here: services run in any thread
that has its own session, and are tested with plain pytest."""
