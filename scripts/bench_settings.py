"""Settings for the benchmarks: the app's settings, routed through the URLconf that adds the baselines.

DJANGO_SETTINGS_MODULE=bench_settings PYTHONPATH=scripts   (scripts/loadtest.py sets both)
"""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "kepu.demo.bench_urls"
