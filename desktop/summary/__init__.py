"""The client summary sheet: one A4 page of the client's service, consent, transitions,
next steps and due dates, and never the assessment's or the notes' text.

``model`` builds the sheet as data from the records (pure), ``texts`` holds its
words in Finnish, Swedish and English, ``render`` prints it on one page with the
handover form's fonts, branding and header (``desktop.handover``). Nothing here
touches the database or Qt; ``desktop.services.summary_sheet`` reads the records
and audits what is made.
"""

from desktop.summary.model import SummaryDocument, build_summary  # noqa: F401
