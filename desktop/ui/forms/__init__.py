"""What every form shares: error messages by code (``errors``), Finnish date
fields (``dates``), the dialog that saves in the background (``dialog``) and
small widget helpers (``widgets``)."""
