"""The Administration page: staff accounts and devices (administrators), a client's audit trail
(managers), read from and changed on the sync server."""
