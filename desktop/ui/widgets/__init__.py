"""UI parts that every feature shares, in one place: table views (``tables``), a
quiet timer and typing debounce (``debounce``), the non-blocking question
(``questions``), the search-and-pick list (``record_picker``) and the draft
keeper that autosaves a form (``draft_keeper``). Feature folders import these
from here, never from each other."""
