"""Throwaway real components for the channel tests and benchmarks: a private Dovecot IMAP
server on 127.0.0.1 with a one-user mailbox in a temporary directory (components.md §6.2).
Runs as root (Dovecot drops to `nobody` for mail access)."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class ComponentMissing(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Dovecot:
    host: str
    port: int
    user: str
    password: str
    password_file: Path
    root: Path
    process: subprocess.Popen[bytes]
    tls_port: int | None = None
    ca_file: Path | None = None

    def client(self) -> Any:
        from imapclient import IMAPClient

        client = IMAPClient(self.host, port=self.port, ssl=False)
        client.login(self.user, self.password)
        return client

    def append(self, messages: list[bytes], folder: str = "INBOX") -> None:
        client = self.client()
        try:
            for raw in messages:
                client.append(folder, raw)
        finally:
            client.logout()

    def settings(self) -> dict[str, object]:
        return {
            "host": self.host,
            "port": self.port,
            "user": self.user,
            "password_file": str(self.password_file),
            "security": "plain",
            "mailbox": "INBOX",
        }


def self_signed_cert(directory: Path, host: str = "127.0.0.1") -> tuple[Path, Path]:
    """A certificate for `host` (as an IP SAN) and its key, for a TLS test server."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = dt.datetime.now(tz=dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "server.crt", directory / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


def start_dovecot(root: Path, *, tls: bool = False) -> Dovecot:
    if shutil.which("dovecot") is None:
        raise ComponentMissing("dovecot is not installed (Debian package dovecot-imapd)")
    root.mkdir(parents=True, exist_ok=True)
    # Dovecot drops to `nobody` for mail access: the tree must be traversable by it.
    for path in [root, *root.parents]:
        if path == Path("/"):
            break
        path.chmod(path.stat().st_mode | 0o011)
    (root / "home").mkdir(exist_ok=True)
    os.chown(root / "home", 65534, 65534)
    port = free_port()
    tls_port = free_port() if tls else 0
    ssl_lines = "ssl = no"
    ca_file = None
    if tls:
        ca_file, key_file = self_signed_cert(root)
        ssl_lines = f"ssl = yes\nssl_cert = <{ca_file}\nssl_key = <{key_file}"
    password = secrets.token_hex(12)
    (root / "passwd").write_text(f"desk:{{PLAIN}}{password}:65534:65534::{root}/home/desk::\n")
    password_file = root / "imap-password"
    password_file.write_text(password + "\n")
    (root / "dovecot.conf").write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
{ssl_lines}
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
default_internal_user = nobody
default_internal_group = nogroup
default_login_user = nobody
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
passdb {{
  driver = passwd-file
  args = {root}/passwd
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={root}/home/%u
}}
""")
    dovecot = shutil.which("dovecot") or "dovecot"
    process = subprocess.Popen(  # noqa: S603 - the tool found above, our own config file
        [dovecot, "-F", "-c", str(root / "dovecot.conf")], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"dovecot exited: {err}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.05)
    else:
        process.terminate()
        raise RuntimeError("dovecot did not start")
    return Dovecot(
        host="127.0.0.1",
        port=port,
        user="desk",
        password=password,
        password_file=password_file,
        root=root,
        process=process,
        tls_port=tls_port or None,
        ca_file=ca_file,
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
