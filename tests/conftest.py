"""Shared fixtures: real SQLCipher profiles in temporary folders, a keyring
supplied through keyring's own backend mechanism, and a way to run the real
``kentta`` command in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop.services import setup
from desktop.store.profile import create_profile
from tests.support.keyring_file import FileKeyring

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery"


def pytest_runtest_teardown(item, nextitem):
    """Once a UI test has moved the cyclic collector onto a GUI-thread timer
    (desktop.ui.collector), the tests that run no event loop get their garbage
    collected too: here, between tests, on the main thread."""
    collector = sys.modules.get("desktop.ui.collector")
    if collector is not None:
        collector.collect_due()


@pytest.fixture
def file_keyring(tmp_path, monkeypatch):
    """A working keyring (a JSON file), in this process and in subprocesses."""
    monkeypatch.setenv("KENTTA_TEST_KEYRING", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.keyring_file.FileKeyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield tmp_path / "keyring.json"
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch):
    """No usable keyring, as on a machine without a desktop session."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def store(tmp_path, file_keyring):
    """An open, set-up profile whose key is in the (file) keyring."""
    opened = create_profile(tmp_path / "profile")
    yield opened
    opened.close()


@pytest.fixture
def actor(store):
    return setup.set_up_profile(
        store,
        user_name="Testi Valmentaja",
        role="career_coach",
        organisation_name="Testihanke",
        localities=["Oulu", "Raahe", "Haapavesi", "Ylivieska"],
    )


@pytest.fixture
def kone(store, actor):
    """An employer to visit, with one contact already known, and another employer."""
    from desktop.services import employers

    employer = employers.create_employer(store, actor=actor, data={
        "name": "Kempeleen Kone Oy", "business_id": "1234567-1", "municipality": "Kempele"})
    employers.add_contact(store, actor=actor, employer_id=employer.id,
                          data={"name": "Maija Mallikas", "title": "HR-päällikkö"})
    employers.create_employer(store, actor=actor, data={"name": "Oulun Leipomo Oy", "municipality": "Oulu"})
    return employer


@pytest.fixture
def run_kentta(tmp_path):
    """Run ``python -m desktop`` as a person would run ``kentta``."""

    def run(*args: str, input: str | None = None, env: dict | None = None, timeout: float = 300):
        full_env = os.environ.copy()
        full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
        full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
        full_env.update(env or {})
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            input=input,
            capture_output=True,
            text=True,
            env=full_env,
            timeout=timeout,
            cwd=ROOT,
        )

    return run
