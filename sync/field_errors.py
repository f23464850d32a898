"""One shape for a problem with one field, from the shared record schemas to the screen.

The server's refusals (``sync.protocol.FieldError`` on the wire: ``field``, ``type``,
``message``) and the desktop's ``InvalidInput`` carry the same ``FieldError``: a stable
``code``, an English ``message`` and the field named by its path, written as pydantic writes a
location (``name``; ``positions.1.title`` for a field of an item of a list; empty for the whole
record). ``from_validation_error`` is the one converter from a pydantic ``ValidationError``;
both ends use it. Nothing parses a field's name with a pattern: ``path`` gives its parts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only named here: the desktop's start-up does not load pydantic for it
    from pydantic import ValidationError

PathPart = str | int


def path_name(parts: Iterable[PathPart]) -> str:
    """A path written as a field's name: ``("positions", 1, "title")`` → ``positions.1.title``."""
    return ".".join(str(part) for part in parts)


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: ``code`` is stable, ``message`` is English; ``typed`` is
    what was typed, where a form knows it, for the messages that quote it."""

    field: str
    code: str
    message: str
    typed: str = ""

    @property
    def path(self) -> tuple[PathPart, ...]:
        """The field's path, list positions as numbers: ``("positions", 1, "title")``."""
        if not self.field:
            return ()
        return tuple(int(part) if part.isdigit() else part for part in self.field.split("."))

    @property
    def name(self) -> str:
        """The top-level field the path starts from (the form's field; "" for the record)."""
        path = self.path
        return str(path[0]) if path else ""

    def under(self, *prefix: PathPart) -> FieldError:
        """The same error inside ``prefix``: a position's ``title`` as ``positions.1.title``."""
        return FieldError(path_name((*prefix, *self.path)), self.code, self.message, self.typed)

    def to_wire(self) -> dict[str, Any]:
        """As ``sync.protocol.FieldError`` holds it."""
        return {"field": self.field or None, "type": self.code, "message": self.message}

    @classmethod
    def from_wire(cls, data: Mapping[str, Any] | Any) -> FieldError:
        """From ``sync.protocol.FieldError`` or its JSON (as a refusal is kept on the laptop)."""
        if not isinstance(data, Mapping):
            data = data.model_dump()
        return cls(str(data.get("field") or ""), str(data.get("type") or ""), str(data.get("message") or ""))


def from_validation_error(error: ValidationError) -> list[FieldError]:
    """Pydantic's errors, each named by its location (or by the ``field`` a model validator
    puts in its context)."""
    found = []
    for item in error.errors(include_url=False):
        location = tuple(item.get("loc") or ())
        context = item.get("ctx") or {}
        name = path_name(location) if location else str(context.get("field") or "")
        found.append(FieldError(name, str(item.get("type") or "invalid"), str(item.get("msg") or "")))
    return found
