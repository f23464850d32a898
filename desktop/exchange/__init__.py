"""Data in and out of a profile: full exports (JSON, CSV) and the employer-list import."""
