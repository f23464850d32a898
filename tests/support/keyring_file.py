"""A keyring backend for tests: secrets in a JSON file named by KENTTA_TEST_KEYRING.

Selected the way keyring selects any backend: ``keyring.set_keyring`` in
process, or ``PYTHON_KEYRING_BACKEND=tests.support.keyring_file.FileKeyring``
for a subprocess. Being a file, it is shared between the test and the
``kentta`` processes it starts.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1

    @property
    def _path(self) -> Path:
        return Path(os.environ["KENTTA_TEST_KEYRING"])

    def _load(self) -> dict:
        try:
            return json.loads(self._path.read_text())
        except FileNotFoundError:
            return {}

    def _save(self, data: dict) -> None:
        self._path.write_text(json.dumps(data))

    def get_password(self, service, username):
        return self._load().get(f"{service}\x00{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}\x00{username}"] = password
        self._save(data)

    def delete_password(self, service, username):
        data = self._load()
        if data.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError("no such entry")
        self._save(data)
