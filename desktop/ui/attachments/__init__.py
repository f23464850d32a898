"""Files attached to a client or an employer: the "Attachments" section, its add dialog and the
in-app preview (``desktop.services.attachments`` does the work, off the GUI thread)."""
