"""Sync errors and the server's refusals in the UI's language.

``sync/client`` has no Qt: its errors carry a stable ``code`` and ``params``
(``sync/client/errors.py``), and a refused change carries the server's reason,
"code: English message", with the field errors of an invalid record. Here each
code has its English source text, translated in the context ``SyncErrors`` or
``SyncRefusals``; a field error is worded by the form's table
(``desktop/ui/forms/errors.py``), beside the field's name. A code not known
here shows the English message it came with.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.errors import FieldError, KenttaError
from desktop.i18n import error_message
from desktop.translation import QT_TRANSLATE_NOOP, fill
from desktop.ui.forms.errors import message_for
from desktop.ui.qt import QCoreApplication
from desktop.ui.sync.labels import field_label

ERRORS = "SyncErrors"
REFUSALS = "SyncRefusals"

# code -> (English text, the params put in as %1, %2, … in this order)
ERROR_TEXTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "sync_failed": (QT_TRANSLATE_NOOP("SyncErrors", "The sync could not be done. Nothing was lost; "
                                      "the changes wait on this laptop."), ()),
    "address_missing": (QT_TRANSLATE_NOOP("SyncErrors", "Give the server address, for example "
                                          "https://kentta.example.fi."), ()),
    "address_no_scheme": (QT_TRANSLATE_NOOP("SyncErrors", "The server address %1 does not start with "
                                            "https://: write it, for example, as https://kentta.example.fi."),
                          ("address",)),
    "address_invalid": (QT_TRANSLATE_NOOP("SyncErrors", "%1 is not a valid server address: it must start "
                                          "with https://."), ("address",)),
    "address_userinfo": (QT_TRANSLATE_NOOP("SyncErrors", "Do not put a username or password in the server "
                                           "address; log in with the form."), ()),
    "address_plain_http": (QT_TRANSLATE_NOOP("SyncErrors", "Refused to connect to %1 over plain http: a server "
                                             "that is not on this computer must use https with a valid "
                                             "certificate. Ask your administrator for the https:// address."),
                           ("host",)),
    "certificate": (QT_TRANSLATE_NOOP("SyncErrors", "The certificate of %1 could not be verified, so nothing "
                                      "was sent. The address may be wrong, or someone may be intercepting "
                                      "the connection. Ask your administrator."), ("host",)),
    "unreachable": (QT_TRANSLATE_NOOP("SyncErrors", "Cannot reach the server at %1: check the network "
                                      "connection and the server address, then sync again. Nothing was "
                                      "lost; the changes wait on this laptop."), ("host",)),
    "server_busy": (QT_TRANSLATE_NOOP("SyncErrors", "The server at %1 is busy or failing: try again later. "
                                      "Nothing was lost; the changes wait on this laptop."), ("host",)),
    "login_failed": (QT_TRANSLATE_NOOP("SyncErrors", "Wrong username or password, or the account is closed. "
                                       "Check them and try again."), ()),
    "login_throttled": (QT_TRANSLATE_NOOP("SyncErrors", "Too many failed logins: wait about %1 min and try "
                                          "again."), ("minutes",)),
    # The second factor (sync.protocol's TOTP_* codes and PASSWORD_WRONG)
    "totp_required": (QT_TRANSLATE_NOOP("SyncErrors", "This account uses two-step verification: type the "
                                        "6-digit code that the authenticator app on your phone shows "
                                        "now."), ()),
    "totp_invalid": (QT_TRANSLATE_NOOP("SyncErrors", "The code is wrong. Type the code the authenticator "
                                       "app shows now, or one of your recovery codes, and try again."), ()),
    "totp_reused": (QT_TRANSLATE_NOOP("SyncErrors", "This code was used already: wait for the next code "
                                      "in the authenticator app and type it."), ()),
    "totp_enrolment_required": (QT_TRANSLATE_NOOP("SyncErrors", "Your account must use two-step "
                                                  "verification: set up an authenticator app on your "
                                                  "phone to continue."), ()),
    "totp_mandatory": (QT_TRANSLATE_NOOP("SyncErrors", "Your account must use two-step verification: it "
                                         "cannot be switched off."), ()),
    "totp_not_started": (QT_TRANSLATE_NOOP("SyncErrors", "The setup had expired: start it again."), ()),
    "password_wrong": (QT_TRANSLATE_NOOP("SyncErrors", "The password is wrong: type it again."), ()),
    "session_ended": (QT_TRANSLATE_NOOP("SyncErrors", "The session with the server has ended: log in again."),
                      ()),
    "not_logged_in": (QT_TRANSLATE_NOOP("SyncErrors", "Not logged in to the server: log in first."), ()),
    "device_refused": (QT_TRANSLATE_NOOP("SyncErrors", "The server no longer accepts this laptop: log in "
                                         "again."), ()),
    "device_revoked": (QT_TRANSLATE_NOOP("SyncErrors", "This device has been revoked: an administrator "
                                         "has stopped it from syncing. The profile and its data have been "
                                         "deleted from this computer. Contact your administrator."), ()),
    "protocol_mismatch": (QT_TRANSLATE_NOOP("SyncErrors", "This app and the server use different versions "
                                            "of the sync protocol: update the app, or ask your "
                                            "administrator."), ()),
    "server_behind": (QT_TRANSLATE_NOOP("SyncErrors", "The server's data is older than this laptop's: "
                                        "it was put back from a backup in a way that would lose "
                                        "changes. Nothing was lost here; tell your administrator "
                                        "(kentta-server restore)."), ()),
    "server_restored": (QT_TRANSLATE_NOOP("SyncErrors", "The server was restored from a backup: this "
                                          "laptop takes the server's data again before it sends "
                                          "anything. Nothing was lost here; sync again."), ()),
    "server_rejected": (QT_TRANSLATE_NOOP("SyncErrors", "The server refused the request (%1). Nothing was "
                                          "lost; if this happens again, tell your administrator."),
                        ("status",)),
    "cancelled": (QT_TRANSLATE_NOOP("SyncErrors", "Sync cancelled. What was sent or received so far is "
                                    "kept."), ()),
    "sync_running": (QT_TRANSLATE_NOOP("SyncErrors", "A sync is already running for this profile; wait for "
                                       "it to end."), ()),
    # desktop.services.sync_session's own errors: OtherServer by its code, NotLoggedIn by its class name
    "other_server": (QT_TRANSLATE_NOOP("SyncErrors", "This profile syncs with %1. To use %2, log in on a new "
                                       "profile (another data folder); this one keeps its data."),
                     ("previous", "server")),
    "NotLoggedIn": (QT_TRANSLATE_NOOP("SyncErrors", "This profile has no sync server yet: log in first."), ()),
}

# reason code -> English text (the server's codes: sync/server/push.py, client_scope.py;
# "unreadable" and "refused": this laptop's, sync/client/engine.py and desktop/sync/replica.py)
REFUSAL_TEXTS: dict[str, str] = {
    "unknown_kind": QT_TRANSLATE_NOOP("SyncRefusals", "The server does not know this kind of record: "
                                      "update the app."),
    "not_permitted": QT_TRANSLATE_NOOP("SyncRefusals", "You may not change this record."),
    "not_permitted.role": QT_TRANSLATE_NOOP("SyncRefusals", "Your role may not change records of this kind."),
    "not_permitted.own_organisation": QT_TRANSLATE_NOOP("SyncRefusals",
                                                        "You may change your own organisation only."),
    "not_permitted.move": QT_TRANSLATE_NOOP("SyncRefusals", "A record cannot move to another organisation."),
    "unknown_field": QT_TRANSLATE_NOOP("SyncRefusals", "The record has fields the server does not know: "
                                       "update the app."),
    "purged": QT_TRANSLATE_NOOP("SyncRefusals", "This record was purged under the retention rules."),
    "unknown_base": QT_TRANSLATE_NOOP("SyncRefusals", "The server does not have the version of this record "
                                      "that was edited here."),
    "append_only": QT_TRANSLATE_NOOP("SyncRefusals", "Audit events cannot be changed."),
    "unknown_client": QT_TRANSLATE_NOOP("SyncRefusals", "The client of this record is not on the server."),
    "client_deleted": QT_TRANSLATE_NOOP("SyncRefusals", "The client of this record has been deleted."),
    "not_assigned": QT_TRANSLATE_NOOP("SyncRefusals", "A new client must list you among its assigned staff."),
    "invalid": QT_TRANSLATE_NOOP("SyncRefusals", "Some values are not valid: open the record and correct them."),
    "unreadable": QT_TRANSLATE_NOOP("SyncRefusals", "The record could not be sent as it is: open it and "
                                    "correct it."),
    "refused": QT_TRANSLATE_NOOP("SyncRefusals", "The server refused the record."),
}

# Cases of one reason code, told apart by words of the server's English message.
REFUSAL_CASES: dict[str, tuple[tuple[str, str], ...]] = {
    # "No such record, or not yours" has no case: the server words both alike (no oracle).
    "not_permitted": (("role may not", "role"), ("own organisation only", "own_organisation"),
                      ("cannot move", "move")),
}


def error_text(code: str | None, params: Mapping[str, Any] | None = None, english: str | None = None) -> str:
    """A sync error's text in the UI's language; the English message for a code not known here."""
    entry = ERROR_TEXTS.get(code or "")
    if entry is None:
        return english or QCoreApplication.translate(ERRORS, ERROR_TEXTS["sync_failed"][0])
    text, names = entry
    params = params or {}
    return fill(QCoreApplication.translate(ERRORS, text), [str(params.get(name, "")) for name in names])


def exception_text(error: BaseException) -> str:
    """An error from a sync or a login, as the Sync page shows it."""
    code = getattr(error, "code", None)
    if code is None and isinstance(error, KenttaError) and type(error).__name__ in ERROR_TEXTS:
        code = type(error).__name__
    return error_text(code, getattr(error, "params", None), error_message(error))


def refusal_key(reason: str) -> str:
    """The entry of ``REFUSAL_TEXTS`` for a reason "code: message": its code, or ``code.case``."""
    code, _, message = reason.partition(":")
    code = code.strip()
    for words, case in REFUSAL_CASES.get(code, ()):
        if words in message:
            return f"{code}.{case}"
    return code


def refusal_text(reason: str, field_errors: list[dict] | None = None) -> str:
    """Why a record was refused, in the UI's language: each invalid field by its name, else the
    reason's code; the server's English message for a code not known here."""
    lines = []
    for item in field_errors or []:
        error = FieldError.from_wire(item)
        text = message_for(error)
        lines.append(f"{field_label(error.name)}: {text}" if error.name else text)
    if lines:
        return "\n".join(lines)
    text = REFUSAL_TEXTS.get(refusal_key(reason))
    if text is None:
        return reason.partition(":")[2].strip() or reason
    return QCoreApplication.translate(REFUSALS, text)
