"""The production image installs backend/requirements.txt only: no app module may need a dev tool."""

import subprocess
import sys
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[2] / "backend"
DEV_ONLY = ["factory", "pytest", "time_machine", "schemathesis", "playwright", "yaml", "hypothesis"]

PROBE = f"""
import importlib, os, pkgutil, sys
for name in {DEV_ONLY!r}:
    sys.modules[name] = None  # importing it now raises ImportError
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
import django
django.setup()
import kepu
for module in pkgutil.walk_packages(kepu.__path__, "kepu."):
    if module.name in ("kepu.demo.factories", "kepu.demo.bench_urls"):  # tests and benchmarks only
        continue
    importlib.import_module(module.name)
print("imported")
"""


def test_every_app_module_imports_without_development_packages(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=BACKEND,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "KEPU_VAR_DIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "imported" in result.stdout
