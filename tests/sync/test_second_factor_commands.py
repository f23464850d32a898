"""``kentta login`` for an account with two-step verification: the code given with ``--code``
(a new laptop), refused without one, and told to set it up in the app when it has none yet."""

from __future__ import annotations

import time

import httpx
import pyotp

from sync.server.core.config import Settings
from tests.server.test_totp import _enrol_at_login
from tests.sync.test_commands import _password_file


def test_login_with_the_code_and_without_it(server, run_kentta, tmp_path, file_keyring):
    server.gate.app.state.settings = server.settings.model_copy(
        update={"totp_required_roles": Settings.model_fields["totp_required_roles"].default})
    manager = server.add_user("manager")
    folder = tmp_path / "laptop"
    common = ("--server", server.url, "--user", manager.username,
              "--password-file", _password_file(tmp_path), "--data-dir", str(folder), "--no-sync")
    first = run_kentta("login", *common)
    assert first.returncode != 0
    assert "set up two-step verification first" in first.stderr and not folder.exists()

    with httpx.Client(base_url=server.url, timeout=30) as http:
        secret, _codes, _tokens = _enrol_at_login(http, manager.username)
    without = run_kentta("login", *common)
    assert without.returncode != 0 and "second factor" in without.stderr
    assert not (folder / "profile.json").exists()  # a refused login leaves no empty profile
    code = pyotp.TOTP(secret).at(time.time() + 30)  # the step after the enrolment's
    done = run_kentta("login", *common, "--code", code)
    assert done.returncode == 0, done.stderr
    assert "Logged in" in done.stdout
