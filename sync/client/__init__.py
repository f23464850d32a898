"""The client sync engine: pure Python and httpx, no Qt, no ``desktop`` import.

The engine (``engine.SyncEngine``) talks to the server through ``transport.Transport`` and to
the device's data through a ``replica.LocalReplica`` that the application implements over its
own store. Everything it decides without I/O (coalescing the outbox, merging a pulled change
with unsent local edits) is a pure function in ``coalesce`` and ``rebase``.
"""
