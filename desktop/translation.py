"""Marking text for translation outside Qt code.

``QT_TRANSLATE_NOOP("Context", "text")`` returns the text unchanged; Qt's
lupdate finds the call (it needs the context as a literal string) and puts
the text in the .ts files; the UI translates it with
``QCoreApplication.translate("Context", text)``.

``fill`` puts values in for ``%1``, ``%2``, … as Qt's ``arg()`` does, after the
text has been translated (never an f-string before it).
"""

from collections.abc import Iterable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def fill(text: str, values: Iterable[object]) -> str:
    """``text`` with ``%1``, ``%2``, … replaced by ``values`` in order (``%10`` before ``%1``)."""
    for number, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number}", str(value))
    return text
