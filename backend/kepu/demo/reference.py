"""Reference data of the demo district, written with natural keys so that a second run changes nothing.

Areas by statistical code, population by area and year, organizations by name within their area,
people by phone number, materials by name, targets by area and year.
"""

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.db import transaction

from kepu.accounts.models import Role, User
from kepu.funding.models import Target
from kepu.materials.models import Material
from kepu.places.models import Area, AreaLevel, Membership, Organization, Population, Setting
from kepu.places.services import area_save

from . import district as d

POPULATION_SOURCE = "年末常住人口（演示数据，按第七次全国人口普查 787,681 人分配）"

DEMO_PHONES = {
    "admin": "18900000000",
    "district_staff": "18900000001",
    "subdistrict_staff": "18900000002",
    "organizer": "18900000003",
    "resident": "18900000004",
}
TOWNSHIP_STAFF_PHONE = "189000010{:02d}"
ORGANIZER_PHONE = "18900002{:03d}"


@dataclass(frozen=True)
class OrgInfo:
    id: int
    name: str
    setting: str
    area_id: int
    township: int  # index into Reference.townships, -1 for district-wide bodies
    place: str  # short name used in addresses
    organizer_id: int


@dataclass
class Reference:
    district: Area
    townships: list[Area]
    leaves_by_township: list[list[Area]]
    population: dict[int, int]  # area id -> residents this year
    orgs: list[OrgInfo]
    materials: list[tuple[int, str]]  # (id, kind)
    township_staff: list[int]  # user id reviewing each township's events
    password_hash: str = ""
    logins: dict[str, User] = field(default_factory=dict)
    demo_org_ids: tuple[int, ...] = ()

    @property
    def leaves(self) -> list[Area]:
        return [leaf for leaves in self.leaves_by_township for leaf in leaves]


def split(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` with the largest-remainder rule: parts add up exactly."""
    scale = total / sum(weights)
    raw = [w * scale for w in weights]
    parts = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def person_name(rng: random.Random) -> str:
    if rng.random() < 0.06:
        return rng.choice(d.MONGOLIAN_NAMES)
    given = rng.choice(d.GIVEN_CHARACTERS)
    if rng.random() < 0.7:
        given += rng.choice(d.GIVEN_CHARACTERS)
    return rng.choice(d.SURNAMES) + given


def _area(*, name: str, level: str, parent: Area | None, code: str, urban_rural_code: str = "") -> Area:
    """The area with this statistical code, created or brought up to date through ``area_save``."""
    area = Area.objects.filter(code=code).first()
    if area is None:
        area = Area.objects.filter(parent=parent, name=name).first() or Area(name=name, parent=parent)
    wanted = {
        "name": name,
        "level": level,
        "parent_id": parent.pk if parent else None,
        "code": code,
        "urban_rural_code": urban_rural_code,
    }
    if area.pk and all(getattr(area, key) == value for key, value in wanted.items()):
        return area
    for key, value in wanted.items():
        setattr(area, key, value)
    return area_save(area=area)


def _populations(
    rng: random.Random, district: Area, townships: list[Area], leaves: list[list[Area]], year: int
) -> dict[int, int]:
    """Leaf populations that add up exactly to their township's and the district's, for two years."""
    this_year: dict[int, int] = {}
    last_year: dict[int, int] = {}
    per_township = split(d.DISTRICT_POPULATION, [t.weight for t in d.TOWNSHIPS])
    for township, total, children in zip(townships, per_township, leaves, strict=True):
        parts = split(total, [rng.uniform(0.7, 1.3) for _ in children])
        for leaf, residents in zip(children, parts, strict=True):
            this_year[leaf.pk] = residents
            last_year[leaf.pk] = round(residents * rng.uniform(*d.LAST_YEAR_FACTOR))
        this_year[township.pk] = total
        last_year[township.pk] = sum(last_year[leaf.pk] for leaf in children)
    this_year[district.pk] = sum(this_year[t.pk] for t in townships)
    last_year[district.pk] = sum(last_year[t.pk] for t in townships)
    for figures, figure_year in ((this_year, year), (last_year, year - 1)):
        for area_id, residents in figures.items():
            Population.objects.update_or_create(
                area_id=area_id, year=figure_year, defaults={"residents": residents, "source": POPULATION_SOURCE}
            )
    return this_year


def _user(
    *,
    phone: str,
    name: str,
    password: str,
    role: str = Role.RESIDENT,
    staff_area: Area | None = None,
    superuser: bool = False,
) -> User:
    """The person with this phone; the password is set only when the account is new."""
    defaults = {"name": name, "role": role, "staff_area": staff_area, "is_staff": superuser, "is_superuser": superuser}
    user, _ = User.objects.update_or_create(
        phone=phone, defaults=defaults, create_defaults={**defaults, "password": password}
    )
    return user


def _organization(*, name: str, setting: str, area: Area, address: str = "") -> Organization:
    org, _ = Organization.objects.update_or_create(
        area=area, name=name, defaults={"setting": setting, "address": address, "is_active": True}
    )
    return org


@transaction.atomic
def seed_reference(*, rng: random.Random, year: int, password: str) -> Reference:
    """Areas, population, organizations, staff, organizers, demo logins, materials and targets."""
    password_hash = make_password(password)
    district = _area(name=d.DISTRICT_NAME, level=AreaLevel.DISTRICT, parent=None, code=d.DISTRICT_CODE)
    townships: list[Area] = []
    leaves: list[list[Area]] = []
    for spec in d.TOWNSHIPS:
        township = _area(
            name=spec.name,
            level=AreaLevel.TOWN if spec.is_town else AreaLevel.SUBDISTRICT,
            parent=district,
            code=spec.code,
        )
        townships.append(township)
        children = []
        for number, child in enumerate(spec.children, start=1):
            if spec.is_town:
                # Villages take codes from 200 up, like the statistical code tables do.
                code, level, klass = f"{spec.code}{200 + number:03d}", AreaLevel.VILLAGE, d.VILLAGE_CLASS
            else:
                code, level, klass = f"{spec.code}{number:03d}", AreaLevel.COMMUNITY, d.URBAN_COMMUNITY_CLASS
            children.append(_area(name=child, level=level, parent=township, code=code, urban_rural_code=klass))
        leaves.append(children)
    population = _populations(rng, district, townships, leaves, year)

    logins = {
        "admin": _user(
            phone=DEMO_PHONES["admin"], name="系统管理员", password=password_hash, role=Role.ADMIN, superuser=True
        ),
        "district_staff": _user(
            phone=DEMO_PHONES["district_staff"],
            name="区科协 刘晓燕",
            password=password_hash,
            role=Role.STAFF,
            staff_area=district,
        ),
    }
    demo_township = next(i for i, spec in enumerate(d.TOWNSHIPS) if spec.name == d.DEMO_TOWNSHIP)
    township_staff = []
    for index, township in enumerate(townships):
        if index == demo_township:
            staff = _user(
                phone=DEMO_PHONES["subdistrict_staff"],
                name=f"{township.name}科协 张宏伟",
                password=password_hash,
                role=Role.STAFF,
                staff_area=township,
            )
            logins["subdistrict_staff"] = staff
        else:
            staff = _user(
                phone=TOWNSHIP_STAFF_PHONE.format(index),
                name=f"{township.name}科协 {person_name(rng)}",
                password=password_hash,
                role=Role.STAFF,
                staff_area=township,
            )
        township_staff.append(staff.pk)

    # Organizations: every community's residents' committee, every village's committee, schools,
    # companies and research bodies, the district's agencies and each township's office.
    specs: list[tuple[str, str, Area, int, str]] = []
    for index, (spec, township) in enumerate(zip(d.TOWNSHIPS, townships, strict=True)):
        for leaf in leaves[index]:
            if leaf.level == AreaLevel.VILLAGE:
                committee = "嘎查村民委员会" if leaf.name.endswith("嘎查") else "村民委员会"
                specs.append((f"{leaf.name.removesuffix('村')}{committee}", Setting.VILLAGE, leaf, index, leaf.name))
            else:
                specs.append((f"{leaf.name}居民委员会", Setting.COMMUNITY, leaf, index, leaf.name))
        short = spec.name.removesuffix("街道").removesuffix("镇")
        office = "人民政府" if spec.is_town else "办事处"
        specs.append((f"{spec.name}{office}", Setting.AGENCY, township, index, spec.name))
        if spec.is_town:
            specs.append((f"昆都仑区{short}镇中心学校", Setting.SCHOOL, township, index, f"{short}镇中心学校"))
            continue
        for numeral in d.CHINESE_NUMERALS[:2]:
            school_name = f"昆都仑区{short}第{numeral}小学"
            specs.append((school_name, Setting.SCHOOL, township, index, school_name.removeprefix("昆都仑区")))
        if index < len(d.MIDDLE_SCHOOL_NUMBERS):
            school = f"包头市第{d.MIDDLE_SCHOOL_NUMBERS[index]}中学"
            specs.append((school, Setting.SCHOOL, township, index, school.removeprefix("包头市")))
    township_index = {spec.name: i for i, spec in enumerate(d.TOWNSHIPS)}
    for name, township_name, _kind in d.ENTERPRISES:
        index = township_index[township_name]
        specs.append(
            (
                name,
                Setting.ENTERPRISE,
                townships[index],
                index,
                name.removesuffix("有限责任公司").removesuffix("股份有限公司").removesuffix("有限公司"),
            )
        )
    for name, short in d.DISTRICT_AGENCIES:
        specs.append((name, Setting.AGENCY, district, -1, short))

    orgs: list[OrgInfo] = []
    for number, (name, setting, area, township_of_org, place) in enumerate(specs, start=1):
        org = _organization(name=name, setting=setting, area=area)
        organizer = _user(
            phone=ORGANIZER_PHONE.format(number), name=person_name(rng), password=password_hash, role=Role.ORGANIZER
        )
        Membership.objects.get_or_create(organization=org, user=organizer)
        orgs.append(OrgInfo(org.pk, name, setting, area.pk, township_of_org, place, organizer.pk))

    demo_community = next(o for o in orgs if o.name == f"{d.DEMO_COMMUNITY}居民委员会")
    demo_school = next(o for o in orgs if o.township == demo_township and o.setting == Setting.SCHOOL)
    organizer = _user(
        phone=DEMO_PHONES["organizer"], name="少先一社区 李建国", password=password_hash, role=Role.ORGANIZER
    )
    for info in (demo_community, demo_school):
        Membership.objects.get_or_create(organization_id=info.id, user=organizer)
    logins["organizer"] = organizer
    logins["resident"] = _user(phone=DEMO_PHONES["resident"], name="王小梅", password=password_hash)

    materials = []
    for name, kind, unit, description in d.MATERIALS:
        material, _ = Material.objects.update_or_create(
            name=name, defaults={"kind": kind, "unit": unit, "description": description, "is_active": True}
        )
        materials.append((material.pk, kind))

    for target_year in (year - 1, year):
        Target.objects.update_or_create(
            area=district,
            year=target_year,
            defaults={"per_capita_funding": Decimal("1.50"), "events": 650, "participants": 60000, "materials": 90000},
        )
        for township in townships:
            Target.objects.update_or_create(
                area=township,
                year=target_year,
                defaults={"per_capita_funding": Decimal("1.50"), "events": 36, "participants": 3500},
            )

    return Reference(
        district=district,
        townships=townships,
        leaves_by_township=leaves,
        population=population,
        orgs=orgs,
        materials=materials,
        township_staff=township_staff,
        password_hash=password_hash,
        logins=logins,
        demo_org_ids=(demo_community.id, demo_school.id),
    )
