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
    "walk_ins": ("现场未报名参加人次", "Walk-ins (not signed up)"),
    "online_attendance": ("线上参与人次(总结填报)", "Online headcount (reported)"),
    "person_times_offline_all": ("现场参加人次", "Person-times at the venue"),
    "person_times_online_all": ("线上参加人次", "Person-times online"),
    "attendance": ("参加人次", "Attendance (person-times)"),
    "attendance_offline": ("线下活动参加人次", "Attendance of offline events"),
    "attendance_online": ("线上活动参加人次", "Attendance of online events"),
    "attendance_mixed": ("线上线下结合活动参加人次", "Attendance of mixed events"),
    "registrations": ("报名数", "Registrations"),
    "confirmed": ("确认报名数", "Confirmed"),
    "waitlisted": ("候补数", "Waitlisted"),
    "cancelled": ("取消数", "Cancelled"),
    "attended": ("报名且签到数", "Attended (checked in)"),
    "no_show_rate": ("爽约率", "No-show rate"),
    "unique_participants": ("参与居民数", "Unique participants"),
    "repeat_participants": ("多次参与居民数", "Repeat participants"),
    "materials": ("发放科普资料合计", "Materials distributed (all kinds)"),
    "materials_printed": ("发放科普读物和资料(份)", "Printed materials distributed (copies)"),
    "audio_visual": ("科普音像制品", "Audio-visual items"),
    "kits": ("科普器材包", "Kits"),
    "other_materials": ("其他资料", "Other materials"),
    "kind": ("资料类型", "Kind"),
    "printed": ("计入读物和资料(份)", "Counted as printed"),
    "quantity": ("数量(份)", "Quantity (copies)"),
    "unit": ("单位", "Unit"),
    "raised": ("经费筹集额(元)", "Funding raised (yuan)"),
    "special": ("其中:科普专项经费(元)", "Of which special funds (yuan)"),
    "spent": ("经费使用额(元)", "Funding spent (yuan)"),
    "population": ("年末常住人口", "Year-end population"),
    "population_year": ("人口数据年份", "Population of year"),
    "projected_per_capita": ("年末预计人均(元)", "Projected per-capita (yuan)"),
    "projected_percent": ("年末预计完成比例", "Projected percent of target"),
    "per_capita_of_year": ("人均科普经费", "Per-capita funding"),
    "per_capita": ("人均科普经费(元)", "Per-capita funding (yuan)"),
    "per_capita_special": ("人均科普专项经费(元)", "Per-capita special funding (yuan)"),
    "target": ("人均目标(元)", "Per-capita target (yuan)"),
    "percent_of_target": ("完成目标比例", "Percent of target"),
    "missing_yuan": ("距目标尚差(元)", "Yuan still missing"),
    "projected": ("年末预计筹集额(元)", "Projected year-end funding (yuan)"),
    "line": ("统计项目", "Statistics line"),
    "measure": ("计量", "Measured in"),
    "count": ("次数/个数", "Sessions / groups / units"),
    "sessions": ("举办次数(次)", "Sessions"),
    "person_times": ("参加人次", "Person-times"),
    "large_scale_line": ("重大科普活动", "Major popularization events"),
    "activities_total": ("科普活动合计(各类型,每场计一次)", "All activities (each event once)"),
    "reach": ("覆盖人次(可重叠)", "Reach, person-times (overlapping)"),
    "events_targeting": ("面向该人群的活动(次,可重叠)", "Events targeting the group (overlapping)"),
    "attendance_by_audience": ("参加人次(按人群归属,可加总)", "Person-times credited (adds up)"),
    "walk_ins_by_audience": ("其中:现场未报名", "Of which walk-ins"),
    "registrants_by_audience": ("其中:报名者自报人群", "Of which registrants who declared it"),
    "year": ("年度", "Year"),
    "slice": ("统计切片", "Slice"),
    "basis": ("数据口径", "Figures"),
    "funding_scope": ("经费口径", "Funding covers"),
    "generated_at": ("生成时间", "Generated at"),
    "page": ("第 %(page)d 页 / 共 %(pages)d 页", "Page %(page)d of %(pages)d"),
    "months": ("按月", "By month"),
    "per_capita_table": ("人均科普经费", "Per-capita funding"),
    "scorecard": ("示范社区考核", "Demonstration-community scorecard"),
    "on_track": ("达标", "On track"),
    "lectures": ("讲座培训咨询(次)", "Lectures, trainings, consultations"),
    "participation": ("居民参与率", "Participation rate"),
    "funding_per_resident": ("人均经费(元)", "Funding per resident (yuan)"),
    "materials_table": ("科普资料", "Materials"),
    "annual_title": ("科普统计年报", "Yearly science popularization return"),
    "export_title": ("科普活动统计", "Science popularization statistics"),
    "scope_area": ("本地区及下级地区全部经费", "All money of the area and its sub-areas"),
    "scope_events": (
        "仅含本切片所统计活动的经费(人均经费只按整个地区计算)",
        "Only the money tied to the events of this slice (per-capita figures are for whole areas only)",
    ),
    "whole_area": ("全部(未切片)", "Whole area (no slice)"),
    "all_areas": ("全部地区", "All areas"),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    "sessions_unit": ("次", "sessions"),
    "groups_unit": ("个(小组)", "groups"),
    "units_unit": ("个(单位)", "units opened"),
    "sessions_offline": ("线下举办次数(次)", "Sessions offline"),
    "sessions_online": ("线上举办次数(次)", "Sessions online"),
    "person_times_offline": ("线下参加人次", "Person-times offline"),
    "person_times_online": ("线上参加人次", "Person-times online"),
    "amount": ("金额(元)", "Amount (yuan)"),
    "period": ("统计期间", "Period"),
    "area": ("地区", "Area"),
    "setting": ("进入领域", "Setting"),
    "activity_type": ("活动类型", "Activity type"),
    "audience": ("对象人群", "Audience"),
    "organization": ("举办单位", "Organization"),
    "mode": ("活动形式", "Mode"),
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
