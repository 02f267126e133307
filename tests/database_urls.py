"""The test database as a URL or connection arguments, for the servers and workers the tests start."""

from typing import Any
from urllib.parse import quote


def connection_kwargs(settings_dict: dict[str, Any], dbname: str | None = None) -> dict[str, Any]:
    """psycopg arguments for a database on the test server (TCP, or a Unix socket given in OPTIONS)."""
    options = settings_dict.get("OPTIONS", {})
    return {
        "host": options.get("host") or settings_dict["HOST"] or "127.0.0.1",
        "port": int(options.get("port") or settings_dict["PORT"] or 5432),
        "user": settings_dict["USER"],
        "password": settings_dict["PASSWORD"] or None,
        "dbname": dbname or settings_dict["NAME"],
    }


def database_url(settings_dict: dict[str, Any], dbname: str | None = None) -> str:
    """A DATABASE_URL for ``dbname`` (default: the settings' own database) on the same server."""
    kwargs = connection_kwargs(settings_dict, dbname)
    auth = quote(kwargs["user"]) + (f":{quote(kwargs['password'])}" if kwargs["password"] else "")
    if kwargs["host"].startswith("/"):
        return f"postgres://{auth}@/{kwargs['dbname']}?host={quote(kwargs['host'])}&port={kwargs['port']}"
    return f"postgres://{auth}@{kwargs['host']}:{kwargs['port']}/{kwargs['dbname']}"
