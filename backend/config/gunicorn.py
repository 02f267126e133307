"""Gunicorn settings, read from the environment like everything else."""

import os

from config.gunicorn_errors import install as install_json_errors

bind = os.environ.get("KEPU_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
threads = int(os.environ.get("WEB_THREADS", "2"))
timeout = int(os.environ.get("WEB_TIMEOUT", "30"))
graceful_timeout = 20
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Requests gunicorn refuses itself (request line over limit_request_line, 4094 bytes) answer in JSON.
install_json_errors()
