"""The deployment files (installer/server/) and readiness, as people run the server.

The nginx site is checked with Debian's nginx (``nginx -t``) and then run, unprivileged on free
ports with a self-signed certificate made here, in front of a real server: body limits, the
request id, HTTP to HTTPS. Those tests skip only when nginx is not installed.
"""

from __future__ import annotations

import os
import re
import shutil
import ssl
import subprocess
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sync.server.app import create_app
from sync.server.core.config import Settings
from sync.server.core.db import make_engine, migrate
from tests.server.live import free_port, serving

SITE = Path(__file__).resolve().parents[2] / "installer" / "server"
NGINX = shutil.which("nginx") or next(
    (p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)
needs_nginx = pytest.mark.skipif(NGINX is None, reason="nginx is not installed "
                                 "(apt-get install nginx); the site cannot be checked")


def _certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "fullchain.pem", folder / "privkey.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return cert, key


def nginx_config(folder: Path, *, http_port: int = 80, https_port: int = 443,
                 upstreams: list[str] | None = None) -> Path:
    """A main nginx.conf in ``folder`` that includes the site, its certificate and ports
    replaced; ``upstreams`` (``host:port``) replace the site's server lines."""
    cert, key = _certificate(folder)
    site = (SITE / "kentta.conf").read_text(encoding="utf-8")
    site = site.replace("/etc/kentta/tls/fullchain.pem", str(cert))
    site = site.replace("/etc/kentta/tls/privkey.pem", str(key))
    site = re.sub(r"listen (\[::\]:)?80;", lambda m: f"listen {m.group(1) or ''}{http_port};"
                  if not m.group(1) else "", site)
    site = re.sub(r"listen (\[::\]:)?443 ssl http2;", lambda m: f"listen {https_port} ssl http2;"
                  if not m.group(1) else "", site)
    site = site.replace("return 308 https://$host$request_uri;",
                        f"return 308 https://$host:{https_port}$request_uri;")
    if upstreams is not None:
        lines = "\n".join(f"    server {u} max_fails=3 fail_timeout=10s;" for u in upstreams)
        site = re.sub(r"(    server 127\.0\.0\.1:\d+ [^\n]*\n)+", lines + "\n", site, count=1)
    (folder / "kentta.conf").write_text(site, encoding="utf-8")
    main = folder / "nginx.conf"
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers write the tmp_path temp files
    main.write_text(
        f"{user}pid {folder / 'nginx.pid'};\nerror_log {folder / 'error.log'} warn;\n"
        "daemon off;\nworker_processes 1;\nevents { worker_connections 256; }\n"
        "http {\n"
        f"  client_body_temp_path {folder / 'body'};\n  proxy_temp_path {folder / 'proxy'};\n"
        f"  fastcgi_temp_path {folder / 'fcgi'};\n  uwsgi_temp_path {folder / 'uwsgi'};\n"
        f"  scgi_temp_path {folder / 'scgi'};\n"
        f"  include {folder / 'kentta.conf'};\n}}\n",
        encoding="utf-8",
    )
    return main


@needs_nginx
def test_the_nginx_site_passes_nginx_t(tmp_path):
    main = nginx_config(tmp_path, http_port=18080, https_port=18443)
    done = subprocess.run([NGINX, "-t", "-c", str(main), "-p", str(tmp_path)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "test is successful" in done.stderr


def test_the_site_limits_match_the_servers_defaults():
    site = (SITE / "kentta.conf").read_text(encoding="utf-8")
    settings = Settings(database_url="sqlite://")
    sizes = [int(m) * 1024 * 1024 for m in re.findall(r"client_max_body_size (\d+)m;", site)]
    assert sizes == [settings.max_request_bytes, settings.max_file_bytes]
    files = site.split("location /v1/files/", 1)[1].split("}", 1)[0]
    assert "proxy_request_buffering off;" in files
    env = (SITE / "server.env.example").read_text(encoding="utf-8")
    assert f"KENTTA_MAX_REQUEST_BYTES={settings.max_request_bytes}" in env
    assert f"KENTTA_MAX_FILE_BYTES={settings.max_file_bytes}" in env


def test_the_unit_is_hardened_and_runs_one_process_per_instance():
    unit = (SITE / "kentta-server@.service").read_text(encoding="utf-8")
    for line in ("EnvironmentFile=/etc/kentta/server.env", "NoNewPrivileges=yes",
                 "ProtectSystem=strict", "PrivateTmp=yes", "ReadWritePaths=/var/lib/kentta",
                 "Restart=on-failure", "User=kentta"):
        assert line in unit.splitlines(), line
    assert "serve --host 127.0.0.1 --port %i" in unit
    assert "/health/ready" in unit


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_accepts_the_units(tmp_path):
    units = [str(SITE / name) for name in ("kentta-server@.service", "kentta-purge.timer")]
    done = subprocess.run(["systemd-analyze", "verify", *units], capture_output=True, text=True)
    # Missing binaries on this machine (/opt/kentta) are not the unit's fault.
    errors = [line for line in done.stderr.splitlines()
              if line and "/opt/kentta" not in line and "Command" not in line]
    assert not errors, done.stderr


def test_ready_when_migrated_not_before_and_not_while_shutting_down(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 's.sqlite3'}")
    app = create_app(Settings(database_url=str(engine.url)), engine=engine)
    with TestClient(app) as http:
        pending = http.get("/health/ready")
        assert pending.status_code == 503
        assert pending.json()["status"] == "migrations_pending"
        migrate(engine)
        ready = http.get("/health/ready")
        assert ready.status_code == 200 and ready.json()["status"] == "ready"
        app.state.shutting_down = True  # what SIGTERM sets (cli.py, Server.handle_exit)
        assert http.get("/health/ready").status_code == 503
    engine.dispose()


def test_not_ready_when_the_database_is_gone(tmp_path):
    engine = make_engine("postgresql://nobody@127.0.0.1:1/none")
    app = create_app(Settings(database_url=str(engine.url)), engine=engine)
    with TestClient(app) as http:
        answer = http.get("/health/ready")
    assert answer.status_code == 503 and answer.json()["database"] == "unreachable"


@needs_nginx
def test_the_site_in_front_of_a_server(app, tmp_path):
    """nginx as configured, on free ports, before a real server: TLS, redirect, readiness,
    the request id passed through, the body limit of pushes and of file uploads."""
    import httpx

    http_port, https_port = free_port(), free_port()
    with serving(app) as base:
        upstream = base.removeprefix("http://")
        main = nginx_config(tmp_path, http_port=http_port, https_port=https_port,
                            upstreams=[upstream])
        nginx = subprocess.Popen([NGINX, "-c", str(main), "-p", str(tmp_path)],
                                 stderr=subprocess.PIPE, text=True)
        try:
            trust = ssl.create_default_context(cafile=str(tmp_path / "fullchain.pem"))
            with httpx.Client(verify=trust, timeout=30) as http:
                url = f"https://localhost:{https_port}"
                for _ in range(100):
                    try:
                        ready = http.get(f"{url}/health/ready")
                        break
                    except httpx.ConnectError:
                        time.sleep(0.05)
                assert ready.status_code == 200 and ready.json()["status"] == "ready"
                assert ready.headers["strict-transport-security"].startswith("max-age=")
                assert len(ready.headers["x-request-id"]) == 32  # nginx's $request_id
                given = http.get(f"{url}/health", headers={"X-Request-ID": "lb-0123456789"})
                assert given.headers["x-request-id"] == "lb-0123456789"
                moved = http.get(f"http://localhost:{http_port}/v1/sync/pull",
                                 follow_redirects=False)
                assert moved.status_code == 308
                assert moved.headers["location"].startswith(f"https://localhost:{https_port}/")
                limit = Settings().max_request_bytes
                too_big = http.post(f"{url}/v1/sync/push", content=b"x" * (limit + 1),
                                    headers={"Content-Type": "application/json"})
                assert too_big.status_code == 413
                at_limit = http.post(f"{url}/v1/sync/push", content=b"x" * limit,
                                     headers={"Content-Type": "application/json"})
                assert at_limit.status_code != 413  # the server's answer (no token: 401)
                file_url = f"{url}/v1/files/{'0' * 64}"
                upload = http.put(file_url, content=b"x" * (limit + 1))
                assert upload.status_code != 413  # the file limit is larger
        finally:
            nginx.terminate()
            nginx.wait(timeout=20)
