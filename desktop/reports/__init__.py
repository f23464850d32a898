"""Figures for managers and funders, computed in SQL over the encrypted store,
and their exports (JSON, CSV, PDF). No Qt here: the Reports page and the
``kentta report`` command both build on this package."""
