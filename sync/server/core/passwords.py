"""What a new password must be: long enough, not too long, and hard to guess.

Strength is estimated by zxcvbn (Dropbox's estimator, its Python port): it knows common and
breached passwords, names, keyboard patterns, dates, repeats and l33t substitutions. A password
needs a score of at least ``MIN_PASSWORD_SCORE`` = 3 on zxcvbn's scale of 0 to 4 (3: an
estimated 10^8 guesses or more, "safely unguessable" online, where logins are throttled). The username (and the person's name, where given)
count as known words, and a password equal to or containing the username is refused outright.
Every path that sets a password (``add-staff``, ``set-password``, ``POST /v1/auth/password``)
checks here; the length limit is the login model's (``sync.protocol.MAX_PASSWORD_LENGTH``).
"""

from __future__ import annotations

from collections.abc import Iterable

from zxcvbn import zxcvbn

from sync.protocol import MAX_PASSWORD_LENGTH

MIN_PASSWORD_LENGTH = 8
MIN_PASSWORD_SCORE = 3
# zxcvbn's own limit (its cost grows fast with length); a longer password is judged by its start.
_STRENGTH_WINDOW = 72
# A username this short would refuse too much as a part of a password; it is refused only equal.
_MIN_CONTAINED_USERNAME = 3


class PasswordRejected(ValueError):
    """The new password is not acceptable; the message says why and what to do."""


def check_new_password(password: str, *, username: str, known_words: Iterable[str] = ()) -> None:
    """Raise ``PasswordRejected`` if ``password`` may not be set for ``username``."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordRejected(
            f"The password must have at least {MIN_PASSWORD_LENGTH} characters: choose a "
            "passphrase of three or four unrelated words, long and easy to remember."
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise PasswordRejected(
            f"The password must have at most {MAX_PASSWORD_LENGTH} characters "
            f"(this one has {len(password)}): choose a shorter one."
        )
    if "\x00" in password:
        raise PasswordRejected("The password must not contain NUL characters.")
    folded, name = password.casefold(), username.strip().casefold()
    if name and (folded == name or (len(name) >= _MIN_CONTAINED_USERNAME and name in folded)):
        raise PasswordRejected(
            "The password must not be or contain the username: choose one that has nothing "
            "to do with the account."
        )
    words = [username, *(word for word in known_words if word)]
    result = zxcvbn(password[:_STRENGTH_WINDOW], user_inputs=words)
    if result["score"] < MIN_PASSWORD_SCORE:
        feedback = result["feedback"]
        reasons = " ".join(
            part.strip() for part in [feedback.get("warning") or "", *feedback.get("suggestions", [])]
            if part.strip()
        )
        raise PasswordRejected(
            "The password is too easy to guess"
            + (f" ({reasons.rstrip('.')})" if reasons else "")
            + ": choose a longer one, for example three or four unrelated words."
        )
