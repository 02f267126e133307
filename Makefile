# Kepu: one command per habit. `make run` serves the demo; `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV)/bin)
MANAGE := $(BIN)/python backend/manage.py
# Runs a command with PostgreSQL (and Redis) when the environment names none: private servers
# under var/ that it starts and stops itself (backend/localservices.py).
SERVICES := $(BIN)/python backend/localservices.py
# The address gunicorn binds (config/gunicorn.py reads it too) and the folder of local data
# (the private PostgreSQL, the task queue, uploads; settings read it too).
KEPU_BIND ?= 127.0.0.1:8000
KEPU_VAR_DIR ?= $(abspath var)
export KEPU_BIND KEPU_VAR_DIR
FRONTEND_SOURCES := $(shell find frontend/src frontend/public -type f 2>/dev/null) \
	$(wildcard frontend/*.ts frontend/*.json frontend/index.html)
# Running servers for the tests (CI sets both); empty: private ones under var/.
TEST_DATABASE_URL ?=
TEST_REDIS_URL ?=
# Test processes (pytest-xdist): each has its own test database and Redis database (tests/conftest.py).
PYTEST_WORKERS ?= 2

.PHONY: install frontend run serve seed seed-here test test-backend test-frontend test-deps lint lock bench api-types clean

install: $(VENV)/.installed frontend/node_modules/.installed

$(VENV)/.installed: backend/requirements.txt backend/requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r backend/requirements.txt -r backend/requirements-dev.txt
	touch $@

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

frontend: frontend/dist/index.html

frontend/dist/index.html: frontend/node_modules/.installed $(FRONTEND_SOURCES)
	cd frontend && npm run build

run: install frontend
	$(SERVICES) --postgres $(KEPU_VAR_DIR)/postgres -- $(MAKE) --no-print-directory serve

# The whole stack on the database DATABASE_URL names (make run provides one).
serve:
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	@echo "Kepu is starting at http://$(KEPU_BIND)  (API docs: /api/docs/, admin: /admin/; Ctrl-C stops it)"
	cd backend && $(BIN)/honcho -f ../Procfile -d . start

seed: install
	$(SERVICES) --postgres $(KEPU_VAR_DIR)/postgres -- $(MAKE) --no-print-directory seed-here

seed-here:
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo

# What the tests need from the system: Debian's Chromium, CJK fonts and redis-server (needs root and apt).
test-deps:
	@missing=""; test -x /usr/bin/chromium || missing="chromium fonts-noto-cjk"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	if [ -n "$$missing" ]; then echo "Installing Debian packages for the tests:$$missing"; \
		apt-get install -y -q $$missing || (apt-get update -q && apt-get install -y -q $$missing); fi

lint: install
	cd backend && $(BIN)/ruff check . ../tests ../scripts
	cd backend && $(BIN)/ruff format --check . ../tests ../scripts
	cd backend && $(BIN)/lint-imports --no-cache --config pyproject.toml
	cd backend && $(BIN)/mypy .
	cd backend && $(BIN)/python manage.py spectacular --validate --fail-on-warn --file /dev/null
	cd backend && DJANGO_ENV=production DJANGO_SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
		DJANGO_ALLOWED_HOSTS=kepu.example.org DATABASE_URL=postgres://check@127.0.0.1/check \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

test-frontend: frontend/node_modules/.installed
	cd frontend && npm run lint && npm run typecheck && npm run test

test-backend: install frontend test-deps
	DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) CELERY_BROKER_URL=$(TEST_REDIS_URL) \
		$(SERVICES) --postgres $(KEPU_VAR_DIR)/test-postgres --fast --redis $(KEPU_VAR_DIR)/test-redis -- \
		$(BIN)/pytest -c backend/pyproject.toml --rootdir=. -n $(PYTEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

test: lint test-frontend test-backend

bench: install
	$(SERVICES) --postgres $(KEPU_VAR_DIR)/bench-postgres -- $(BIN)/python scripts/bench.py

# Recompile the pinned requirements after editing a requirements*.in file.
lock: install
	cd backend && $(BIN)/pip-compile -q --no-emit-index-url --no-emit-find-links --strip-extras requirements.in
	cd backend && $(BIN)/pip-compile -q --no-emit-index-url --no-emit-find-links --strip-extras requirements-dev.in

api-types: frontend/node_modules/.installed
	cd frontend && npm run api-types

clean:
	rm -rf $(VENV) frontend/node_modules frontend/dist var
