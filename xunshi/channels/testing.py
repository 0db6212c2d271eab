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


def start_dovecot(root: Path) -> Dovecot:
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
ssl = no
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
    port = 0
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
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
