"""What a window shows, and which of it is still English.

``shown_texts(window, where)`` collects every visible text of a window: labels, buttons, window
titles, group boxes, tabs, placeholders, combo box items, table headers and cells, menus and
tooltips, each as a ``Shown`` naming where it was (the page or dialog of the walk, the widget's
class and objectName). ``EnglishTexts`` decides which of them are English: a text whose source is
English in the app's .ts files (``resources/translations/kentta_en.ts``) or a literal of the code
(``desktop/``, ``sync/``: the messages the services and the store raise), or one of Qt's own texts
(``QT_TEXTS``), shown as it is written in English. A text that is the same in every language
(``SAME_IN_EVERY_LANGUAGE``, and any .ts entry that the language translates as the source
reads) is not English; user data that happens to match can be named there too.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu,
    QPlainTextEdit, QProgressBar, QTabBar, QTextEdit, QWidget,
)

from PySide6.QtCore import QAbstractListModel, QModelIndex

from desktop.ui.qt import QApplication, Qt

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
CODE = [ROOT / "desktop", ROOT / "sync"]
NOT_SHOWN = {"demo_vocabulary.py"}  # Finnish data, not English text

# Names and abbreviations written alike in Finnish, Swedish and English.
SAME_IN_EVERY_LANGUAGE = {
    "Kenttä", "ESF+", "PDF", "JSON", "CSV", "OK", "Suomi", "Svenska", "English", "https://", "—", "–",
}

# Qt's own texts (its dialogs and standard buttons) as written in English: qtbase's catalogs, or
# desktop/ui/qt_texts.py where they lack one, must give them in Finnish and Swedish.
QT_TEXTS = {
    "Look in:", "File name:", "File &name:", "Files of type:", "Back", "Forward", "Parent Directory",
    "Create New Folder", "List View", "Detail View", "Open", "&Open", "Save", "&Save", "Cancel", "&Cancel",
    "Close", "&Close", "Yes", "&Yes", "No", "&No", "Apply", "&Apply", "Reset", "Help", "Name", "Size", "Type",
    "Date Modified", "Kind", "Recent Places", "Computer", "My Computer", "Sidebar", "Choose", "&Choose",
    "Abort", "Retry", "Ignore", "Discard", "Restore Defaults", "Save All", "Yes to All", "No to All",
    "Drive", "File", "File Folder", "Folder", "Show hidden files", "&Show hidden files",
    "&Rename", "&Delete", "&New Folder", "Go back", "Go forward", "Go to the parent directory",
    "Create a New Folder", "Change to list view mode", "Change to detail view mode", "Folder", "Directory:",
    "&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All", "Copy &Link Location",
}

PLACEHOLDER = re.compile(r"%L?n|%L?\d+")
WORD = re.compile(r"[A-Za-z]{3,}")


@dataclass(frozen=True)
class Shown:
    where: str  # the page or dialog of the walk
    widget: str  # the widget's class
    name: str  # its objectName, or the nearest named ancestor's ("in name")
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.widget} {self.name or '(no name)'}: {self.text!r}"


def plain(text: str) -> str:
    """The text as a person reads it: no rich-text tags, no mnemonic '&', one space between words."""
    if re.search(r"</?[a-zA-Z][^>]*>", text):
        text = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&amp;", "&")
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return re.sub(r"[ \t]+", " ", text).strip()


def parts(text: str) -> list[str]:
    """The text and its pieces, as a text put together from several shows them."""
    found = [text]
    for piece in re.split(r"\n+| · | – ", text):
        piece = piece.strip()
        if piece and piece != text:
            found.append(piece)
    return found


def _pattern(source: str) -> str | None:
    """A regular expression for a source text with its placeholders (None: nothing English to see)."""
    literal = PLACEHOLDER.sub(" ", source)
    if not WORD.search(literal):
        return None
    pieces = PLACEHOLDER.split(plain(source))
    return ".+?".join(re.escape(piece) for piece in pieces)


def _messages_in_code(paths: Iterable[Path]) -> Iterator[str]:
    """The code's messages for people that no .ts file holds: the string literals of its ``raise``
    statements and ``FieldError`` calls (the services' and the store's refusals), f-strings with
    ``%1`` for their values."""
    for folder in paths:
        for path in sorted(folder.rglob("*.py")):
            if path.name in NOT_SHOWN:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            places = [node for node in ast.walk(tree) if isinstance(node, ast.Raise) or (
                isinstance(node, ast.Call) and getattr(node.func, "id", None) == "FieldError")]
            for place in places:
                inner: set[int] = set()
                for node in ast.walk(place):
                    if id(node) in inner:
                        continue
                    if isinstance(node, ast.JoinedStr):
                        text = "".join(v.value if isinstance(v, ast.Constant) else "%1" for v in node.values)
                        inner.update(id(v) for v in node.values)
                    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                        text = node.value
                    else:
                        continue
                    if " " in text.strip() and WORD.search(text):
                        yield text


def _alternatives(texts: Iterable[str]) -> re.Pattern:
    patterns = sorted({p for p in map(_pattern, texts) if p}, key=len, reverse=True)
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.DOTALL)


class EnglishTexts:
    """Decides whether a shown text is one of the app's (or Qt's) English texts."""

    def __init__(self, language: str, allowed: Iterable[str] = ()) -> None:
        self.language = language
        self.allowed = set(SAME_IN_EVERY_LANGUAGE) | set(allowed)

    @cached_property
    def sources(self) -> set[str]:
        """The .ts sources, less those the language writes as English does (names, terms)."""
        root = ElementTree.parse(TRANSLATIONS / f"kentta_{self.language}.ts").getroot()
        same = set()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if translation.get("type") != "unfinished" and all(form == source for form in forms):
                same.add(source)
        root = ElementTree.parse(TRANSLATIONS / "kentta_en.ts").getroot()
        return {message.findtext("source") or "" for message in root.iter("message")} - same

    @cached_property
    def matcher(self) -> re.Pattern:
        """The .ts sources and Qt's texts, each matching a whole text."""
        return _alternatives(self.sources | QT_TEXTS)

    @cached_property
    def code_matcher(self) -> re.Pattern:
        """The code's messages, matching anywhere in a text (a message may be put together)."""
        return _alternatives({m for m in _messages_in_code(CODE) if len(m.split()) >= 3})

    def is_english(self, text: str) -> bool:
        text = plain(text)
        if not text or text in self.allowed or not WORD.search(text):
            return False
        return any(piece not in self.allowed and (self.matcher.fullmatch(piece) or self.code_matcher.search(piece))
                   for piece in parts(text))

    def left(self, shown: Iterable[Shown]) -> list[Shown]:
        return sorted({s for s in shown if self.is_english(s.text)}, key=str)


# --- collecting ---------------------------------------------------------------------------

ROWS_READ = 25  # rows of a table read for their texts


def _name(widget: QWidget) -> str:
    if widget.objectName():
        return widget.objectName()
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return f"in {parent.objectName()}" if parent is not None else ""


def _columns(model) -> int:
    if isinstance(model, QAbstractListModel):
        return 1  # its columnCount() is private to Python
    return model.columnCount(QModelIndex())


def _view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    columns = [c for c in range(_columns(model)) if not getattr(view, "isColumnHidden", lambda _c: False)(c)]
    header = getattr(view, "horizontalHeader", lambda: None)()
    if header is not None and header.isVisible():
        for column in columns:
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield model.headerData(column, Qt.Orientation.Horizontal, role)
    for row in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
        for column in columns:
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield model.data(index, role)


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        yield action.toolTip() if action.toolTip() != plain(action.text()) else ""
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def widget_texts(widget: QWidget) -> Iterator[str]:
    """The texts one widget shows (not its children's)."""
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
        menu = getattr(widget, "menu", lambda: None)()
        if menu is not None:
            yield from _menu_texts(menu)
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield widget.text()
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield widget.toPlainText()
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield widget.itemText(index)
        if widget.lineEdit() is not None:
            yield widget.lineEdit().placeholderText()
    elif isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        yield getattr(widget, "prefix", lambda: "")()
        yield getattr(widget, "suffix", lambda: "")()
    elif isinstance(widget, QProgressBar):
        yield widget.text()
    elif isinstance(widget, QAbstractItemView):
        yield from _view_texts(widget)
    elif isinstance(widget, QMenu):
        yield from _menu_texts(widget)
    if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
        for action in widget.actions():
            yield action.text()


def shown_texts(window: QWidget, where: str) -> list[Shown]:
    """Every text that ``window`` shows now, its visible widgets' and its own."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for text in widget_texts(widget):
            if isinstance(text, str) and text.strip():
                found.append(Shown(where, type(widget).__name__, _name(widget), text))
    return found


def open_windows() -> list[QWidget]:
    """The app's top-level windows on screen now (dialogs, message boxes, the main window)."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
