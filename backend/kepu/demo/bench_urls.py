"""The benchmarks' URLconf: the baseline views under ``/bench/``, then every route of the app.

Only ``scripts/bench_settings.py`` points ``ROOT_URLCONF`` here; ``config.urls`` never mounts them.
"""

from django.urls import include, path

urlpatterns = [path("bench/", include("kepu.demo.baselines")), path("", include("config.urls"))]
