# Kepu: one command per habit. `make run` serves the demo; `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV)/bin)
MANAGE := $(BIN)/python backend/manage.py
# The tests always use PostgreSQL and Redis (override to point elsewhere).
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/kepu
TEST_REDIS_URL ?= redis://127.0.0.1:6379/15

.PHONY: install frontend run seed test test-backend test-frontend lint bench api-types browser clean

install: $(VENV)/.installed frontend/node_modules/.installed

$(VENV)/.installed: backend/requirements.txt backend/requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r backend/requirements.txt -r backend/requirements-dev.txt
	touch $@

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

frontend: frontend/node_modules/.installed
	cd frontend && npm run build

run: install frontend
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	@echo "Kepu is starting at http://127.0.0.1:8000  (API docs: http://127.0.0.1:8000/api/docs/, admin: /admin/)"
	cd backend && $(BIN)/honcho -f ../Procfile -d . start

seed: install
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo

browser:
	@test -x /usr/bin/chromium || (echo "Installing Debian chromium and CJK fonts for the browser tests" && \
		(apt-get install -y -q chromium fonts-noto-cjk || (apt-get update -q && apt-get install -y -q chromium fonts-noto-cjk)))

lint: install
	cd backend && $(BIN)/ruff check . ../tests ../scripts
	cd backend && $(BIN)/ruff format --check . ../tests ../scripts
	cd backend && $(BIN)/lint-imports --no-cache --config pyproject.toml
	cd backend && DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/python manage.py spectacular --validate --fail-on-warn --file /dev/null
	cd backend && DJANGO_ENV=production DJANGO_SECRET_KEY=check-only-$$(head -c 32 /dev/urandom | base64 | tr -dc A-Za-z0-9) \
		DJANGO_ALLOWED_HOSTS=kepu.example.org $(BIN)/python manage.py check --deploy --fail-level WARNING

test-frontend: frontend/node_modules/.installed
	cd frontend && npm run lint && npm run typecheck && npm run test

test-backend: install frontend browser
	DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) CELERY_BROKER_URL=$(TEST_REDIS_URL) \
		$(BIN)/pytest -c backend/pyproject.toml $(PYTEST_ARGS)

test: lint test-frontend test-backend

bench: install
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(BIN)/python scripts/bench.py

api-types: frontend/node_modules/.installed
	cd frontend && npm run api-types

clean:
	rm -rf $(VENV) frontend/node_modules frontend/dist var
