"""``kentta-server check-config``: exit 0 for a usable configuration, 1 with each reason."""

from __future__ import annotations

import json

import pytest

from sync.server.cli import main
from sync.server.core.db import make_engine
from sync.server.totp import new_key_text

GOOD_ENV = {"KENTTA_TOTP_KEY": new_key_text(), "KENTTA_ARGON2_MEMORY_KIB": "65536"}


@pytest.fixture
def env(monkeypatch, tmp_path):
    for name, value in GOOD_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("KENTTA_TOTP_KEY_FILE", str(tmp_path / "totp.key"))
    return monkeypatch


def _findings(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_migrated_database_with_good_settings_passes(env, database_url, capsys):
    assert main(["check-config", "--database-url", database_url]) == 0
    assert "The configuration is usable." in capsys.readouterr().out


def test_an_unreachable_database_fails(env, capsys):
    code = main(["check-config", "--json",
                 "--database-url", "postgresql://nobody@127.0.0.1:1/none"])
    assert code == 1
    assert [f["setting"] for f in _findings(capsys) if f["level"] == "error"] == [
        "KENTTA_DATABASE_URL"]


def test_pending_migrations_fail_on_postgres(env, tmp_path, capsys, pg_database_url):
    from sqlalchemy import text

    engine = make_engine(pg_database_url)
    with engine.begin() as connection:
        head = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        connection.execute(text("UPDATE alembic_version SET version_num = '0001_initial'"))
    try:
        assert main(["check-config", "--json", "--database-url", pg_database_url]) == 1
        schema = [f for f in _findings(capsys) if f["setting"] == "schema"]
        assert schema[0]["level"] == "error" and "kentta-server migrate" in schema[0]["message"]
    finally:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head})
        engine.dispose()


@pytest.mark.parametrize(("name", "value", "setting"), [
    ("KENTTA_TOTP_KEY", "bGlpYW4gbHloeXQ=", "KENTTA_TOTP_KEY"),  # not 32 bytes
    ("KENTTA_TOTP_KEY", "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=", "KENTTA_TOTP_KEY"),  # all "A"
    # A phrase, not random bytes (the tests' own fixed key is one).
    ("KENTTA_TOTP_KEY", "a2VudHTkLXRlc3RpLWF2YWluLTMyLXRhdnVhLXh4eHg=", "KENTTA_TOTP_KEY"),
    ("KENTTA_LOGIN_MAX_DELAY_SECONDS", "1", None),  # equal to the delay: fine
    ("KENTTA_ACCESS_TOKEN_MINUTES", "50000", "KENTTA_ACCESS_TOKEN_MINUTES"),
    ("KENTTA_TOTP_REQUIRED_ROLES", '["manager", "admin", "boss"]', "KENTTA_TOTP_REQUIRED_ROLES"),
])
def test_wrong_settings_are_named(env, tmp_path, capsys, name, value, setting, sqlite_template):
    env.setenv(name, value)
    code = main(["check-config", "--json", "--database-url", f"sqlite:///{sqlite_template}"])
    errors = [f["setting"] for f in _findings(capsys) if f["level"] == "error"]
    assert errors == ([setting] if setting else [])
    assert code == (1 if setting else 0)


def test_a_remote_database_without_tls_is_an_error(env, capsys):
    main(["check-config", "--json",
          "--database-url", "postgresql://kentta:pw@db.example.invalid/kentta"])
    messages = [f["message"] for f in _findings(capsys) if f["level"] == "error"]
    assert any("sslmode" in m for m in messages)
    assert not any("pw" in m.split() for m in messages)  # the password is never shown


def test_limits_inconsistent_with_each_other_warn(env, capsys, sqlite_template):
    env.setenv("KENTTA_MAX_FILE_BYTES", str(1024 * 1024))
    assert main(["check-config", "--json", "--database-url", f"sqlite:///{sqlite_template}"]) == 0
    warned = [f["setting"] for f in _findings(capsys) if f["level"] == "warning"]
    assert warned.count("KENTTA_MAX_FILE_BYTES") == 2


def test_a_key_file_readable_by_others_is_an_error(env, tmp_path, capsys, sqlite_template):
    env.delenv("KENTTA_TOTP_KEY")
    key = tmp_path / "totp.key"
    key.write_text(new_key_text() + "\n", encoding="ascii")
    key.chmod(0o644)
    assert main(["check-config", "--json", "--database-url", f"sqlite:///{sqlite_template}"]) == 1
    assert [f["setting"] for f in _findings(capsys) if f["level"] == "error"] == [
        "KENTTA_TOTP_KEY_FILE"]
    key.chmod(0o600)
    assert main(["check-config", "--database-url", f"sqlite:///{sqlite_template}"]) == 0
