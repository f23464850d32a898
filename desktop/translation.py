"""Marking text for translation outside Qt code.

``QT_TRANSLATE_NOOP("Context", "text")`` returns the text unchanged; Qt's
lupdate finds the call (it needs the context as a literal string) and puts
the text in the .ts files; the UI translates it with
``QCoreApplication.translate("Context", text)``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
