from django.urls import path

from . import apis

urlpatterns = [
    path("stats/summary/", apis.SummaryApi.as_view(), name="stats-summary"),
    path("stats/timeseries/", apis.TimeseriesApi.as_view(), name="stats-timeseries"),
    path("stats/breakdown/", apis.BreakdownApi.as_view(), name="stats-breakdown"),
    path("stats/per-capita/", apis.PerCapitaApi.as_view(), name="stats-per-capita"),
    path("stats/scorecard/", apis.ScorecardApi.as_view(), name="stats-scorecard"),
    path("stats/public/", apis.PublicSummaryApi.as_view(), name="stats-public"),
    path("stats/export/", apis.ExportApi.as_view(), name="stats-export"),
    path("reports/annual/<int:year>/", apis.AnnualReportApi.as_view(), name="reports-annual"),
    path("reports/annual/<int:year>/tables/", apis.AnnualReportTablesApi.as_view(), name="reports-annual-tables"),
]
