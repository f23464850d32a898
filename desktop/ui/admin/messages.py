"""The server's refusals of administration calls, in the UI's language.

A refusal (``sync.client.errors.AdminRefused``) has a code; ``invalid`` carries the field at
fault and the server's own English reason (the password rules explain themselves in English,
after a translated first sentence). Any other error is worded as the Sync page words it.
"""

from __future__ import annotations

from desktop.translation import QT_TRANSLATE_NOOP, fill
from desktop.ui.qt import QCoreApplication
from desktop.ui.sync.messages import exception_text

CONTEXT = "AdminErrors"

REFUSALS = {
    "forbidden": QT_TRANSLATE_NOOP("AdminErrors", "The server refused: your account may not do this "
                                   "(staff and devices need an administrator, a client's audit "
                                   "trail a project manager)."),
    "not_found": QT_TRANSLATE_NOOP("AdminErrors", "The server has no such account, device or client "
                                   "in your organisation: refresh the list."),
    "username_taken": QT_TRANSLATE_NOOP("AdminErrors", "This username is taken: choose another."),
    "last_admin": QT_TRANSLATE_NOOP("AdminErrors", "This is the organisation's last active "
                                    "administrator: add or reactivate another administrator first."),
    "conflict": QT_TRANSLATE_NOOP("AdminErrors", "The server refused the change: refresh the list "
                                  "and try again."),
}
INVALID = {
    "password": QT_TRANSLATE_NOOP("AdminErrors", "The password was not accepted: %1"),
    "username": QT_TRANSLATE_NOOP("AdminErrors", "The username was not accepted: %1"),
    "name": QT_TRANSLATE_NOOP("AdminErrors", "The name was not accepted: %1"),
}
INVALID_OTHER = QT_TRANSLATE_NOOP("AdminErrors", "The server did not accept this: %1")
# The sync's words ("sync again", "the changes wait on this laptop") do not fit here.
NOT_REACHED = {
    "unreachable": QT_TRANSLATE_NOOP("AdminErrors", "Cannot reach the server at %1: check the network "
                                     "connection, then press Refresh to see how things stand."),
    "server_busy": QT_TRANSLATE_NOOP("AdminErrors", "The server at %1 is busy or failing: press Refresh "
                                     "later to see how things stand."),
}


def admin_error_text(error: BaseException) -> str:
    code = getattr(error, "code", None)
    params = getattr(error, "params", {}) or {}
    if code in REFUSALS:
        return QCoreApplication.translate(CONTEXT, REFUSALS[code])
    if code in NOT_REACHED:
        return fill(QCoreApplication.translate(CONTEXT, NOT_REACHED[code]), [params.get("host", "")])
    if code == "invalid":
        text = INVALID.get(params.get("field", ""), INVALID_OTHER)
        return fill(QCoreApplication.translate(CONTEXT, text), [params.get("detail", "")])
    return exception_text(error)
