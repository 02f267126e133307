"""Kepu settings: everything comes from the environment, read here and nowhere else.

With no environment at all the app runs for a demo: the private PostgreSQL that `make run` starts
under ``var/postgres`` (backend/localservices.py), a Celery broker on the filesystem, console
email and SMS. Set ``DJANGO_ENV=production`` and the secrets become
mandatory so that a misconfigured deployment fails at start.
"""

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import environ
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = BASE_DIR.parent

env = environ.Env()
if (REPO_DIR / ".env").exists():
    env.read_env(REPO_DIR / ".env")
VAR_DIR = Path(env.str("KEPU_VAR_DIR", default=str(REPO_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

KEPU_ENV = env.str("DJANGO_ENV", default="development")
PRODUCTION = KEPU_ENV == "production"

if PRODUCTION:
    SECRET_KEY = env.str("DJANGO_SECRET_KEY")
    ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
else:
    SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="kepu-development-only-not-secret")
    ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["*"])
DEBUG = env.bool("DJANGO_DEBUG", default=not PRODUCTION)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
CSRF_FAILURE_VIEW = "kepu.common.views.csrf_failure"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_celery_beat",
    "axes",
    "kepu.common",
    "kepu.accounts",
    "kepu.places",
    "kepu.events",
    "kepu.materials",
    "kepu.funding",
    "kepu.stats",
    "kepu.notifications",
    "kepu.people",
    "kepu.venues",
    "kepu.auditlog",
    "kepu.catalogue",
    "kepu.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "kepu.common.middleware.ServiceUnavailableMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Our versions of third-party pages (ReDoc without inline script).
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

if env.str("DATABASE_URL", default="") or PRODUCTION:
    DATABASES = {"default": env.db_url("DATABASE_URL")}
else:
    from localservices import database_url_for

    DATABASES = {"default": env.db_url_config(database_url_for(VAR_DIR / "postgres"))}
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured("Kepu runs on PostgreSQL only: DATABASE_URL must be a postgres:// URL.")
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Bounded waits: a lock or a query that waits longer answers a retryable error instead of hanging.
DATABASES["default"].setdefault("OPTIONS", {})
DATABASES["default"]["OPTIONS"]["options"] = (
    f"-c lock_timeout={env.int('DATABASE_LOCK_TIMEOUT_MS', default=5000)}"
    f" -c statement_timeout={env.int('DATABASE_STATEMENT_TIMEOUT_MS', default=30000)}"
)
DATABASES["default"]["OPTIONS"]["connect_timeout"] = env.int("DATABASE_CONNECT_TIMEOUT", default=3)
# A streaming replica for statistics and exports (kepu.common.replica); writes never go there.
if env.str("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = {
        **env.db_url("DATABASE_REPLICA_URL"),
        "CONN_MAX_AGE": DATABASES["default"]["CONN_MAX_AGE"],
        "CONN_HEALTH_CHECKS": True,
        "OPTIONS": dict(DATABASES["default"]["OPTIONS"]),
        "TEST": {"MIRROR": "default"},
    }
DATABASE_ROUTERS = ["kepu.common.replica.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "kepu.accounts.limits.SignInGuardBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = env.list(
    "DJANGO_PASSWORD_HASHERS",
    default=[
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    ],
)

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("Simplified Chinese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
FRONTEND_DIST = Path(env.str("KEPU_FRONTEND_DIST", default=str(REPO_DIR / "frontend" / "dist")))
# The single-page app is served at the site root; its hashed assets live under /assets/.
WHITENOISE_ROOT = FRONTEND_DIST if FRONTEND_DIST.exists() else None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Content-Security-Policy of every page (django-csp): only our own scripts run, so markup someone
# managed to inject cannot; uploads are served with a stricter, sandboxing policy of their own
# (kepu.common.uploads). Inline styles stay allowed: Element Plus and the admin set them.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],  # ReDoc starts its search worker from a blob
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
LANGUAGE_COOKIE_SAMESITE = "Lax"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("KEPU_MEDIA_ROOT", default=str(VAR_DIR / "media")))
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 2, "SOCKET_TIMEOUT": 2},
            "KEY_PREFIX": env.str("KEPU_CACHE_PREFIX", default="kepu"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

REST_FRAMEWORK = {
    # Token first: a request with neither credential is then answered 401 with `WWW-Authenticate: Token`
    # (the first class names the challenge; session authentication has none, which made it a 403).
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "kepu.common.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_FILTER_BACKENDS": ["kepu.common.filters.FilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "kepu.common.errors.exception_handler",
    "DEFAULT_PARSER_CLASSES": [
        "kepu.common.parsers.BoundedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "login": env.str("KEPU_THROTTLE_LOGIN", default="20/min"),
        "register": env.str("KEPU_THROTTLE_REGISTER", default="10/min"),
        "signup": env.str("KEPU_THROTTLE_SIGNUP", default="60/min"),
        "register_site": env.str("KEPU_THROTTLE_REGISTER_SITE", default="1000/hour"),
        # SMS verification codes (kepu.accounts.phone_codes): per number, per client address, site-wide.
        "sms_phone_resend": env.str("KEPU_THROTTLE_SMS_RESEND", default="1/min"),
        "sms_phone": env.str("KEPU_THROTTLE_SMS_PHONE", default="5/hour"),
        "sms": env.str("KEPU_THROTTLE_SMS_CLIENT", default="10/hour"),
        "sms_site": env.str("KEPU_THROTTLE_SMS_SITE", default="500/hour"),
    },
    # Client addresses (kepu.common.network): the proxies in front of the app whose X-Forwarded-For we trust.
    "NUM_PROXIES": env.int("KEPU_TRUSTED_PROXIES", default=0),
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Kepu API",
    "DESCRIPTION": "Science popularization events: areas, organizations, events, sign-up, "
    "materials, funding and statistics.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI and ReDoc from our own static files: the docs work offline and behind the Great Firewall.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "kepu.common.schema.document_errors",
        "kepu.common.schema.allow_blank_formatted_strings",
    ],
    "ENUM_NAME_OVERRIDES": {
        "EventStatusEnum": "kepu.events.models.EventStatus",
        "EventActionEnum": "kepu.events.lifecycle.EventAction",
        "SignUpStateEnum": "kepu.events.lifecycle.SignUpState",
        "RegistrationStatusEnum": "kepu.events.models.RegistrationStatus",
        "ReportStatusEnum": "kepu.events.models.ReportStatus",
        "EvidenceKindEnum": "kepu.events.models.EvidenceKind",
        "MaterialKindEnum": "kepu.materials.models.MaterialKind",
        "DistributionChannelEnum": "kepu.materials.models.DistributionChannel",
        "FundingSourceEnum": "kepu.funding.models.FundingSource",
        "FundingDirectionEnum": "kepu.funding.models.Direction",
        "SpendingCategoryEnum": "kepu.funding.models.SpendingCategory",
        "NotificationKindEnum": "kepu.notifications.models.NotificationKind",
        "NotificationStateEnum": "kepu.notifications.models.NotificationState",
        "DeliveryChannelEnum": "kepu.notifications.models.Channel",
        "DeliveryStateEnum": "kepu.notifications.models.DeliveryState",
        "NotificationChannelsEnum": "kepu.notifications.models.ChannelChoice",
        "PopularizerKindEnum": "kepu.people.models.PopularizerKind",
        "GenderEnum": "kepu.people.models.Gender",
        "VolunteerSignupStatusEnum": "kepu.people.models.VolunteerSignupStatus",
        "VenueKindEnum": "kepu.venues.models.VenueKind",
    },
}

# Celery: the database is the schedule, the broker only transport.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL or "filesystem://")
if CELERY_BROKER_URL.startswith("filesystem://"):
    _queue_dir = VAR_DIR / "celery-queue"
    _queue_dir.mkdir(parents=True, exist_ok=True)
    (VAR_DIR / "celery-processed").mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir),
        "data_folder_out": str(_queue_dir),
        "processed_folder": str(VAR_DIR / "celery-processed"),
        "control_folder": str(VAR_DIR / "celery-control"),
        "store_processed": False,
    }
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=600)}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# The periodic work runs on a queue of its own, served by its own worker (Procfile, docker-compose.yml):
# deliveries waiting on a slow mail server or SMS provider cannot hold up planning.
SWEEP_QUEUE = "sweep"
CELERY_TASK_ROUTES = {
    "notifications.sweep": {"queue": SWEEP_QUEUE},
    "events.complete_finished_events": {"queue": SWEEP_QUEUE},
    "accounts.anonymise_expired_personal_data": {"queue": SWEEP_QUEUE},
}
CELERY_BEAT_SCHEDULE = {
    "events-close-finished": {
        "task": "events.complete_finished_events",
        "schedule": timedelta(minutes=5),
    },
    "notifications-sweep": {
        "task": "notifications.sweep",
        "schedule": timedelta(minutes=1),
    },
    "accounts-anonymise-past-registrations": {
        "task": "accounts.anonymise_expired_personal_data",
        "schedule": crontab(hour=3, minute=30),
    },
}

EMAIL_BACKEND = env.str("DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_USE_SSL = env.bool("EMAIL_USE_SSL", default=False)
# Seconds any wait on the mail server may take (connect, each reply): a server that stops answering fails
# the attempt, which is retried, instead of holding a worker for ever.
EMAIL_TIMEOUT = env.float("EMAIL_TIMEOUT", default=10.0)
# Where django.core.mail.backends.filebased.EmailBackend writes messages.
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default=str(VAR_DIR / "mail"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="kepu@localhost")

AXES_FAILURE_LIMIT = env.int("KEPU_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("KEPU_LOGIN_COOLOFF_MINUTES", default=15))
# Lock the pair account + address: whoever guesses locks out only themselves. The account as a whole
# slows down by progressive delays and the site by a ceiling on failures (kepu.accounts.limits).
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "kepu.common.network.client_address"
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_USERNAME_FORM_FIELD = "phone"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLED = env.bool("KEPU_AXES_ENABLED", default=True)
# Locked-out sign-ins answer 429 in the API's error shape; admin's form counts against the same account.
AXES_LOCKOUT_CALLABLE = "kepu.accounts.lockout.axes_lockout_response"
AXES_USERNAME_CALLABLE = "kepu.accounts.lockout.axes_username"

# Domain settings (docs/domain.md): defaults users can change through the environment.
KEPU = {
    # The site's address as printed in posters' QR codes (empty: the address the request came to).
    "PUBLIC_URL": env.str("KEPU_PUBLIC_URL", default=""),
    "LARGE_EVENT_THRESHOLD": env.int("KEPU_LARGE_EVENT_THRESHOLD", default=1000),
    "PER_CAPITA_TARGET": Decimal(env.str("KEPU_PER_CAPITA_TARGET", default="1.50")),
    "REMINDER_HOURS": env.list("KEPU_REMINDER_HOURS", cast=int, default=[24, 2]),
    "RETENTION_DAYS": env.int("KEPU_RETENTION_DAYS", default=365),
    "MAX_PAGE_SIZE": 100,
    # The event list counts at most this many rows and pages no further (narrow the filters instead).
    "LIST_COUNT_LIMIT": env.int("KEPU_LIST_COUNT_LIMIT", default=10_000),
    # Anonymous event list pages 1..EVENT_LIST_CACHE_PAGES are served from the cache for at most
    # EVENT_LIST_CACHE_SECONDS: the longest a visitor sees a stale "seats left" (0 switches it off).
    "EVENT_LIST_CACHE_SECONDS": env.int("KEPU_EVENT_LIST_CACHE_SECONDS", default=10),
    "EVENT_LIST_CACHE_PAGES": env.int("KEPU_EVENT_LIST_CACHE_PAGES", default=3),
    # Statistics read from DATABASE_REPLICA_URL while it is at most this far behind the primary; its lag
    # is measured at most every REPLICA_CHECK_SECONDS per process.
    "REPLICA_MAX_LAG_SECONDS": env.float("KEPU_REPLICA_MAX_LAG_SECONDS", default=30.0),
    "REPLICA_CHECK_SECONDS": env.float("KEPU_REPLICA_CHECK_SECONDS", default=1.0),
    "MAX_EXPORT_ROWS": env.int("KEPU_MAX_EXPORT_ROWS", default=50000),
    "SMS_GATEWAY": env.str("KEPU_SMS_GATEWAY", default="kepu.notifications.gateways.ConsoleSmsGateway"),
    "SMS_HTTP_URL": env.str("KEPU_SMS_HTTP_URL", default=""),
    "SMS_HTTP_TOKEN": env.str("KEPU_SMS_HTTP_TOKEN", default=""),
    # Local (Asia/Shanghai) hours with no SMS: (start, end); equal hours switch quiet hours off.
    "QUIET_HOURS": tuple(env.list("KEPU_QUIET_HOURS", cast=int, default=[22, 8])),
    "SMS_HTTP_TIMEOUT": env.float("KEPU_SMS_HTTP_TIMEOUT", default=5.0),
    # SMS verification codes: minutes a code stays valid, wrong tries before it is void.
    "SMS_CODE_MINUTES": env.int("KEPU_SMS_CODE_MINUTES", default=5),
    "SMS_CODE_TRIES": env.int("KEPU_SMS_CODE_TRIES", default=5),
    "NOTIFICATION_MAX_ATTEMPTS": env.int("KEPU_NOTIFICATION_MAX_ATTEMPTS", default=5),
    "NOTIFICATION_RETRY_SECONDS": env.float("KEPU_NOTIFICATION_RETRY_SECONDS", default=60.0),
    "NOTIFICATION_CLAIM_TIMEOUT": env.float("KEPU_NOTIFICATION_CLAIM_TIMEOUT", default=300.0),
    "NOTIFICATION_TASK_TIME_LIMIT": env.int("KEPU_NOTIFICATION_TASK_TIME_LIMIT", default=120),
    "EVIDENCE_MAX_BYTES": env.int("KEPU_EVIDENCE_MAX_BYTES", default=5 * 1024 * 1024),
    "TRUSTED_PROXIES": env.int("KEPU_TRUSTED_PROXIES", default=0),
    "LOGIN_GLOBAL_FAILURES": env.str("KEPU_LOGIN_GLOBAL_FAILURES", default="600/hour"),
    # JSON request bodies (kepu.common.parsers): larger or deeper ones answer 400.
    "JSON_MAX_BYTES": env.int("KEPU_JSON_MAX_BYTES", default=2 * 1024 * 1024),
    "JSON_MAX_DEPTH": env.int("KEPU_JSON_MAX_DEPTH", default=20),
    # Demonstration-community rules (docs/domain.md): local standards differ, so every threshold is configurable.
    "SCORECARD": {
        "EVENTS_PER_YEAR": env.int("KEPU_SCORECARD_EVENTS", default=4),
        "LECTURES_PER_YEAR": env.int("KEPU_SCORECARD_LECTURES", default=6),
        "LECTURE_TYPES": ("lecture", "training", "consultation"),
        "PARTICIPATION_RATE": Decimal(env.str("KEPU_SCORECARD_PARTICIPATION", default="0.20")),
        "GALLERY_REFRESHES_PER_YEAR": env.int("KEPU_SCORECARD_GALLERY_REFRESHES", default=6),
        # A fixed place (community activity room or rural site) and a volunteer team of some size.
        "ACTIVITY_SITES": env.int("KEPU_SCORECARD_ACTIVITY_SITES", default=1),
        "VOLUNTEERS": env.int("KEPU_SCORECARD_VOLUNTEERS", default=10),
        "FUNDING_PER_RESIDENT": Decimal(env.str("KEPU_SCORECARD_FUNDING_PER_RESIDENT", default="1.50")),
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
        },
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json" if PRODUCTION else "plain"},
    },
    "root": {"handlers": ["console"], "level": env.str("KEPU_LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    X_FRAME_OPTIONS = "DENY"
