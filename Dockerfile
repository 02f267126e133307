# One image for web, worker, beat and the migrate job (docker-compose.yml runs it four ways).

# -- Stage 1: build the single-page app ------------------------------------------------------------
FROM node:20-bookworm-slim AS frontend
WORKDIR /app/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

# -- Stage 2: the Django app with the built SPA ----------------------------------------------------
FROM python:3.11-slim AS app
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_ENV=production \
    KEPU_VAR_DIR=/var/lib/kepu \
    KEPU_MEDIA_ROOT=/var/lib/kepu/media \
    KEPU_FRONTEND_DIST=/app/frontend/dist \
    KEPU_BIND=0.0.0.0:8000
WORKDIR /app/backend

COPY backend/requirements.txt ./
RUN pip install -r requirements.txt

COPY backend/ ./
COPY --from=frontend /app/frontend/dist /app/frontend/dist

# Static files with hashed names are baked into the image; only uploaded evidence lives in a volume.
RUN DJANGO_SECRET_KEY=collectstatic-only-not-used-at-runtime DJANGO_ALLOWED_HOSTS=localhost \
        python manage.py collectstatic --noinput -v0 \
    && useradd --system --uid 10001 --home-dir /var/lib/kepu kepu \
    && mkdir -p /var/lib/kepu/media \
    && chown kepu /var/lib/kepu && chown -R kepu /var/lib/kepu/media

USER kepu
EXPOSE 8000
CMD ["gunicorn", "config.wsgi", "-c", "config/gunicorn.py"]
