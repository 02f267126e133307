"""Labels of figures and categories in both product languages.

Headers and titles live here keyed by language; categories take the models' own labels (gettext).
``language_of`` picks the request's language (Chinese unless it is English).
"""

from django.db import models
from django.utils import translation
from django.utils.translation import get_language

from kepu.events.models import ActivityType, Mode
from kepu.funding.models import FundingSource, SpendingCategory
from kepu.materials.models import MaterialKind
from kepu.places.models import Setting

ZH, EN = "zh-hans", "en"


def language_of(request=None) -> str:
    code = (getattr(request, "LANGUAGE_CODE", None) or get_language() or ZH).lower()
    return EN if code.startswith("en") else ZH


# Categories are labelled as the models label them (the apps' gettext catalogues), the one
# wording the API's choice catalogue, admin and exports share.
CATEGORY_CHOICES: dict[str, type[models.Choices]] = {
    "setting": Setting,
    "activity_type": ActivityType,
    "mode": Mode,
    "material_kind": MaterialKind,
    "source": FundingSource,
    "category": SpendingCategory,
}

UNSPECIFIED = ("未指定", "Unspecified")
ROOT_ITSELF = ("本级", "The area itself")


def category_label(dimension: str, key, language: str) -> str:
    if key in (None, ""):
        return UNSPECIFIED[1] if language == EN else UNSPECIFIED[0]
    choices = CATEGORY_CHOICES.get(dimension)
    if choices is None or key not in choices.values:
        return str(key)
    with translation.override(language):
        return str(choices(key).label)


HEADERS: dict[str, tuple[str, str]] = {
    "key": ("代码", "Key"),
    "label": ("名称", "Name"),
    "figure": ("指标", "Figure"),
    "value": ("数值", "Value"),
    "events": ("活动场次(次)", "Events held (sessions)"),
    "events_offline": ("线下场次(次)", "Offline sessions"),
    "events_online": ("线上场次(次)", "Online sessions"),
    "events_mixed": ("线上线下结合场次(次)", "Mixed sessions"),
    "large_scale": ("大型活动(次)", "Large-scale events"),
    "checked_in": ("签到人数", "Checked in"),
    "walk_ins": ("现场参加人数", "Walk-ins"),
    "attendance": ("参加人次", "Attendance (person-times)"),
    "attendance_offline": ("线下参加人次", "Offline attendance"),
    "attendance_online": ("线上参加人次", "Online attendance"),
    "attendance_mixed": ("线上线下结合参加人次", "Mixed attendance"),
    "registrations": ("报名数", "Registrations"),
    "confirmed": ("确认报名数", "Confirmed"),
    "waitlisted": ("候补数", "Waitlisted"),
    "cancelled": ("取消数", "Cancelled"),
    "attended": ("报名且签到数", "Attended (checked in)"),
    "no_show_rate": ("爽约率", "No-show rate"),
    "unique_participants": ("参与居民数", "Unique participants"),
    "repeat_participants": ("多次参与居民数", "Repeat participants"),
    "materials": ("发放科普资料(份)", "Materials distributed (copies)"),
    "quantity": ("数量(份)", "Quantity (copies)"),
    "unit": ("单位", "Unit"),
    "raised": ("经费筹集额(元)", "Funding raised (yuan)"),
    "special": ("其中:科普专项经费(元)", "Of which special funds (yuan)"),
    "spent": ("经费使用额(元)", "Funding spent (yuan)"),
    "population": ("年末常住人口", "Year-end population"),
    "per_capita": ("人均科普经费(元)", "Per-capita funding (yuan)"),
    "per_capita_special": ("人均科普专项经费(元)", "Per-capita special funding (yuan)"),
    "target": ("人均目标(元)", "Per-capita target (yuan)"),
    "percent_of_target": ("完成目标比例", "Percent of target"),
    "missing_yuan": ("距目标尚差(元)", "Yuan still missing"),
    "projected": ("年末预计筹集额(元)", "Projected year-end funding (yuan)"),
    "line": ("统计项目", "Statistics line"),
    "sessions_offline": ("线下举办次数(次)", "Sessions offline"),
    "sessions_online": ("线上举办次数(次)", "Sessions online"),
    "person_times_offline": ("线下参加人次", "Person-times offline"),
    "person_times_online": ("线上参加人次", "Person-times online"),
    "amount": ("金额(元)", "Amount (yuan)"),
    "period": ("统计期间", "Period"),
    "area": ("地区", "Area"),
    "summary": ("汇总", "Summary"),
    "activities": ("科普活动", "Activities"),
    "funding": ("科普经费", "Funding"),
    "government": ("政府拨款", "Government appropriation"),
    "donation": ("捐赠", "Donation"),
    "self_raised": ("自筹", "Self-raised"),
    "other": ("其他", "Other"),
    "month": ("月份", "Month"),
    "official": ("正式数据(仅含已审核总结)", "Official (accepted reports only)"),
    "provisional": ("临时数据(含未审核总结)", "Provisional (includes reports not yet accepted)"),
    "missing_population": ("缺少人口数据", "Population missing"),
}

BREAKDOWN_TITLES: dict[str, tuple[str, str]] = {
    "setting": ("按进入领域", "By setting"),
    "area": ("按地区", "By area"),
    "activity_type": ("按活动类型", "By activity type"),
    "audience": ("按对象人群", "By audience"),
    "organization": ("按组织", "By organization"),
    "mode": ("按线上线下", "By mode"),
    "material": ("按资料", "By material"),
    "material_kind": ("按资料类型", "By material kind"),
    "source": ("按经费来源", "By funding source"),
    "category": ("按支出类别", "By spending category"),
}


def header(key: str, language: str) -> str:
    pair = HEADERS.get(key) or BREAKDOWN_TITLES.get(key) or (key, key)
    return pair[1] if language == EN else pair[0]


def title(dimension: str, language: str) -> str:
    pair = BREAKDOWN_TITLES[dimension]
    return pair[1] if language == EN else pair[0]
