"""A nationwide end-of-day: Locust through nginx (TLS) in front of N server processes.

``python -m benchmarks.load --processes N`` creates its own PostgreSQL database, seeds
organisations, staff and one device per simulated laptop, starts N ``kentta-server serve``
processes and nginx in front of them, runs Locust headless (each simulated laptop pushes its
day and pulls once), checks every receipt against the database, prints the figures and drops
the database. See ``benchmarks/load/__main__.py`` for the options and docs/scaling.md.
"""
