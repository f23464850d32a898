"""The handover form (lopettamis-/siirtolomake): a document model built from the
records (``model``), its fixed texts in three languages (``texts``), the
organisation's branding (``branding``) and the reportlab renderer (``render``).

Nothing here touches the database or Qt; ``desktop.services.handover`` reads
the records and records what was made.
"""

from desktop.handover.model import (  # noqa: F401
    ConsentRequired,
    HandoverDocument,
    HandoverTexts,
    build_handover,
)
