"""Django settings. Every value comes from the environment through typed helpers
(see `.env.example`); secrets come from files in the data directory, never from code."""

from __future__ import annotations

from pathlib import Path

import dj_database_url

from xunshi.core.env import data_dir, env_bool, env_int, env_list, env_str
from xunshi.core.keys import django_secret_key

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()

DEBUG = env_bool("XUNSHI_DEBUG", False)
SECRET_KEY = django_secret_key(DATA_DIR)
ALLOWED_HOSTS = env_list("XUNSHI_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("XUNSHI_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "xunshi.core",
    "xunshi.audit",
    "xunshi.accounts",
    "xunshi.rounds",
    "xunshi.intake",
    "xunshi.roster",
    "xunshi.workbench",
    "xunshi.portal",
    "xunshi.channels",
    "xunshi.security",
    "xunshi.fieldwork",
    "xunshi.triage",
    "xunshi.matching",
    "xunshi.casework",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # Staff who have not passed two-factor (or whose session went idle) reach nothing else.
    "xunshi.security.middleware.StaffSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "xunshi.core.middleware.SecurityHeadersMiddleware",
]

ROOT_URLCONF = "xunshi.urls"
WSGI_APPLICATION = "xunshi.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "xunshi.workbench.context.workbench_nav",
            ],
        },
    },
]


def _database() -> dict[str, object]:
    url = env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'xunshi.sqlite3'}")
    config: dict[str, object] = dict(dj_database_url.parse(url, conn_max_age=60))
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL + synchronous=FULL: an acknowledged item survives a power cut.
        # IMMEDIATE transactions take the write lock up front, so concurrent
        # writers queue on busy_timeout instead of failing with "database is locked".
        config["CONN_MAX_AGE"] = 0 if env_bool("XUNSHI_SQLITE_NO_PERSIST", False) else 600
        config["OPTIONS"] = {
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;"
            ),
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
        }
        # Tests use a real file, not :memory:, so they exercise WAL, locking and what lands on disk.
        config["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}
    return config


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
LOGIN_URL = "workbench:login"
LOGIN_REDIRECT_URL = "workbench:item_list"
LOGOUT_REDIRECT_URL = "workbench:login"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise expects it even before collectstatic
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("XUNSHI_SESSION_SECONDS", 8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_SECURE = env_bool("XUNSHI_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
CSRF_COOKIE_HTTPONLY = True
# Idle staff sessions end after this long; SESSION_COOKIE_AGE caps a session from login.
XUNSHI_SESSION_IDLE_SECONDS = env_int("XUNSHI_SESSION_IDLE_SECONDS", 30 * 60)
OTP_TOTP_ISSUER = "巡视信访受理"
# Login throttling: failed attempts per user name, and for the whole site, per window.
XUNSHI_LOGIN_FAILURES_PER_USER = env_int("XUNSHI_LOGIN_FAILURES_PER_USER", 5)
XUNSHI_LOGIN_FAILURES_OVERALL = env_int("XUNSHI_LOGIN_FAILURES_OVERALL", 100)
XUNSHI_LOGIN_WINDOW_SECONDS = env_int("XUNSHI_LOGIN_WINDOW_SECONDS", 15 * 60)
# Portal defences (xunshi/security/portal.py): proof-of-work difficulty in bits (0 turns it
# off), rate limits on/off, and the request header that carries the client address when a
# reverse proxy of ours sits in front (empty: use the socket address).
XUNSHI_PORTAL_POW_BITS = env_int("XUNSHI_PORTAL_POW_BITS", 16)
XUNSHI_PORTAL_THROTTLE = env_bool("XUNSHI_PORTAL_THROTTLE", True)
XUNSHI_CLIENT_IP_HEADER = env_str("XUNSHI_CLIENT_IP_HEADER", "")
# Retention at round end: "seal" keeps identity encrypted under a sealed key only the
# retention command can use; "purge" erases it. A round's own setting wins.
XUNSHI_RETENTION_POLICY = env_str("XUNSHI_RETENTION_POLICY", "purge")
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Intake limits, shown to the public on the form.
XUNSHI_MAX_TEXT_CHARS = env_int("XUNSHI_MAX_TEXT_CHARS", 20000)
XUNSHI_MAX_ATTACHMENTS = env_int("XUNSHI_MAX_ATTACHMENTS", 10)
XUNSHI_MAX_ATTACHMENT_BYTES = env_int("XUNSHI_MAX_ATTACHMENT_BYTES", 20 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = XUNSHI_MAX_ATTACHMENTS + 5

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("XUNSHI_LOG_LEVEL", "WARNING")},
}
