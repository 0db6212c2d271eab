"""`xunshi backup DEST`: a consistent copy of the database and the stored files.

The SQLite copy uses the online backup API, so the server can keep running. Stored files
are already sealed at rest and identity columns encrypted, so the backup holds no
plaintext identity; the keys are NOT copied: keep them (DATA_DIR/keys) apart.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection

from xunshi.intake.storage import attachment_root


class BackupError(RuntimeError):
    pass


@dataclass(frozen=True)
class BackupReport:
    database: Path
    files: int


def backup_to(dest: Path) -> BackupReport:
    if connection.vendor != "sqlite":
        raise BackupError("PostgreSQL 数据库请用 pg_dump 备份；本命令只复制 SQLite 数据库和附件目录")
    dest.mkdir(parents=True, exist_ok=True)
    source_path = Path(str(settings.DATABASES["default"]["NAME"]))
    target = dest / "xunshi.sqlite3"
    if target.exists():
        raise BackupError(f"{target} 已存在，请换一个空目录")
    source = sqlite3.connect(source_path)
    copy = sqlite3.connect(target)
    try:
        with copy:
            source.backup(copy)
    finally:
        copy.close()
        source.close()
    files = 0
    root = attachment_root()
    if root.exists():
        for path in sorted(root.glob("??/*")):
            if path.name.startswith("."):
                continue
            out = dest / "attachments" / path.parent.name / path.name
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, out)
            files += 1
    return BackupReport(database=target, files=files)
