"""The choice catalogue: every choice the API uses, labelled once, in the language the caller asks for."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from kepu.catalogue.selectors import CHOICES
from kepu.events.models import Audience

pytestmark = pytest.mark.django_db

URL = "/api/v1/meta/choices/"


def labels(response, kind: str) -> dict[str, str]:
    assert response.status_code == 200, response.content
    return {option["value"]: option["label"] for option in response.json()[kind]}


def test_labels_are_chinese_by_default_with_the_names_of_the_domain(api):
    response = api.get(URL)
    assert labels(response, "setting") == {
        "community": "进社区",
        "school": "进校园",
        "village": "进村户",
        "enterprise": "进企业",
        "agency": "进机关",
    }
    assert labels(response, "audience")["cadres"] == "领导干部和公务员"
    assert labels(response, "activity_type")["lecture"] == "科普讲座"
    assert labels(response, "activity_type")["show"] == "科教影视 / 科学秀"
    assert labels(response, "event_status")["completed"] == "已结束"
    assert labels(response, "registration_status")["confirmed"] == "已报名"


def test_accept_language_asks_for_english(api):
    response = api.get(URL, HTTP_ACCEPT_LANGUAGE="en")
    assert labels(response, "setting")["village"] == "Village"
    assert labels(response, "activity_type")["lecture"] == "Lecture"
    assert labels(response, "audience")["cadres"] == Audience.objects.get(key="cadres").name_en


def test_the_language_cookie_chooses_the_language_too(api, settings):
    api.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert labels(api.get(URL), "mode")["mixed"] == "Online and offline"


def test_every_kind_lists_every_value_in_order_labelled_in_both_languages(api):
    chinese, english = api.get(URL).json(), api.get(URL, HTTP_ACCEPT_LANGUAGE="en").json()
    for kind, choices in CHOICES.items():
        values = [value for value in choices.values if value != ""]
        assert [option["value"] for option in chinese[kind]] == values, kind
        assert [option["value"] for option in english[kind]] == values, kind
        for zh, en in zip(chinese[kind], english[kind], strict=True):
            assert zh["label"] and en["label"], (kind, zh["value"])
            # The Chinese label is a translation, not the English word left in place (languages are
            # named in themselves, the same in both).
            if kind != "language":
                assert zh["label"] != en["label"], (kind, zh["value"], zh["label"])
    assert [option["value"] for option in chinese["audience"]] == list(
        Audience.objects.order_by("ordering", "key").values_list("key", flat=True)
    )


def test_the_catalogue_is_the_label_the_models_give_everywhere_else(api):
    """One catalogue: the API's labels are the models' own, which admin, exports and messages use."""
    from kepu.events.models import ActivityType
    from kepu.places.models import Setting

    with translation.override("zh-hans"):
        assert labels(api.get(URL), "activity_type")["show"] == str(ActivityType.SHOW.label)
        assert labels(api.get(URL), "setting")["agency"] == str(Setting.AGENCY.label)


def test_the_answer_may_be_kept_an_hour_per_language_and_costs_one_query(api):
    with CaptureQueriesContext(connection) as ctx:
        response = api.get(URL)
    assert len(ctx.captured_queries) == 1
    assert "public" in response["Cache-Control"]
    assert "max-age=3600" in response["Cache-Control"]
    assert "Accept-Language" in response["Vary"]
    assert "Cookie" in response["Vary"]
