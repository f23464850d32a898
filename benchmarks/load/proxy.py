"""nginx in front of the server processes: a config made from the production site, and its process.

``site_for_test`` keeps the site's TLS, body-size, timeout and proxy settings and changes only
what differs on this machine: the listen port (127.0.0.1, non-root, TLS), the certificate paths
(a self-signed certificate made by ``self_signed``), the upstream servers, and log paths (into
the run's own folder). Plain-HTTP server blocks (the redirect to HTTPS on port 80) are dropped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PRODUCTION_SITE = HERE.parents[1] / "installer" / "server" / "kentta.conf"


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (str(p) for p in (Path("/usr/sbin/nginx"), Path("/usr/local/sbin/nginx")) if p.exists()),
        None)


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A throwaway certificate for 127.0.0.1, made with ``openssl req -x509``."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True)
    return cert, key


def _server_blocks(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each top-level ``server { ... }`` and ``upstream x { ... }`` block."""
    spans = []
    for match in re.finditer(r"(?m)^[ \t]*(server|upstream[ \t]+\S+)[ \t]*\{", text):
        depth, index = 0, match.end() - 1
        while index < len(text):
            if text[index] == "{":
                depth += 1
            elif text[index] == "}":
                depth -= 1
                if depth == 0:
                    break
            index += 1
        spans.append((match.start(), index + 1))
    return spans


def site_for_test(site: str, *, port: int, cert: Path, key: Path, upstreams: list[str],
                  logs: Path) -> str:
    """The production site rewritten for this run (see the module's docstring)."""
    text = re.sub(r"(?m)#.*$", "", site)
    kept = []
    for start, end in _server_blocks(text):
        block = text[start:end]
        head = block.split("{", 1)[0].strip()
        if head.startswith("upstream"):
            lines = block.splitlines()[1:-1]
            first = next((line for line in lines if re.match(r"\s*server\s", line)), "")
            # the production servers' parameters (max_fails=..., fail_timeout=...) stay
            parameters = " ".join(first.strip().rstrip(";").split()[2:])
            body_lines = [line for line in lines if not re.match(r"\s*server\s", line)]
            servers = "".join(f"    server {address} {parameters};\n".replace(" ;", ";")
                              for address in upstreams)
            block = block.splitlines()[0] + "\n" + servers + "\n".join(body_lines) + "\n}"
        else:
            if not re.search(r"(?m)^\s*listen\s+[^;]*\bssl\b", block):
                continue  # the port-80 redirect
            block = re.sub(r"(?m)^[ \t]*listen\s+\[::\][^;]*;\n?", "", block)
            block = re.sub(r"(?m)^([ \t]*)listen\s+\S+((?:\s+\w+)*);",
                           rf"\g<1>listen 127.0.0.1:{port}\g<2>;", block)  # ssl, http2 stay
        block = re.sub(r"(?m)^(\s*)ssl_certificate\s+[^;]*;", rf"\g<1>ssl_certificate {cert};", block)
        block = re.sub(r"(?m)^(\s*)ssl_certificate_key\s+[^;]*;",
                       rf"\g<1>ssl_certificate_key {key};", block)
        block = re.sub(r"(?m)^(\s*)ssl_(trusted_certificate|stapling\S*|dhparam)\s+[^;]*;\n?", "", block)
        block = re.sub(r"(?m)^(\s*)access_log\s+(?!off;)[^;]*;", rf"\g<1>access_log {logs / 'access.log'};",
                       block)
        block = re.sub(r"(?m)^(\s*)error_log\s+[^;]*;", rf"\g<1>error_log {logs / 'error.log'};",
                       block)
        block = re.sub(r"(?m)^(\s*)include\s+[^;]*;\n?", "", block)  # snippets not on this machine
        kept.append(block)
    # Directives outside blocks (limit_req_zone, map ...) stay, in their order.
    outside = text
    for start, end in reversed(_server_blocks(text)):
        outside = outside[:start] + outside[end:]
    outside = "\n".join(line for line in outside.splitlines() if line.strip())
    return outside + "\n\n" + "\n\n".join(kept) + "\n"


def main_config(folder: Path, site: str) -> str:
    """nginx.conf for ``nginx -p folder``: everything under the run's folder, no root paths."""
    temp = folder / "temp"
    temp.mkdir(exist_ok=True)
    return f"""worker_processes 1;
pid {folder / 'nginx.pid'};
error_log {folder / 'error.log'} warn;
events {{ worker_connections 4096; }}
http {{
    default_type application/octet-stream;
    client_body_temp_path {temp / 'body'};
    proxy_temp_path {temp / 'proxy'};
    fastcgi_temp_path {temp / 'fastcgi'};
    uwsgi_temp_path {temp / 'uwsgi'};
    scgi_temp_path {temp / 'scgi'};
    access_log off;
{site}
}}
"""


def start_nginx(folder: Path, config_text: str) -> subprocess.Popen:
    binary = nginx_binary()
    if binary is None:
        raise RuntimeError("nginx is not installed (apt-get install nginx)")
    config = folder / "nginx.conf"
    config.write_text(config_text, encoding="utf-8")
    check = subprocess.run([binary, "-t", "-p", str(folder), "-c", str(config),
                            "-e", str(folder / "error.log")], capture_output=True, text=True)
    if check.returncode != 0:
        raise RuntimeError(f"nginx -t refused the config:\n{check.stderr}\n{config_text}")
    process = subprocess.Popen([binary, "-p", str(folder), "-c", str(config),
                                "-e", str(folder / "error.log"), "-g", "daemon off;"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(0.3)
    if process.poll() is not None:
        raise RuntimeError(f"nginx stopped: {process.stderr.read().decode()}")
    return process
