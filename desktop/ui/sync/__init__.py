"""The Sync page, its background runner and the status-bar widget."""
