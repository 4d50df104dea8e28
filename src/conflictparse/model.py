"""Value types shared by every parser: spans, quantities and their qualifiers."""

from __future__ import annotations

import datetime
import enum
from typing import Generic, TypeVar

import attrs

__all__ = [
    "Actor",
    "ActorType",
    "Area",
    "Calendar",
    "Casualty",
    "CasualtyKind",
    "DateSource",
    "EventType",
    "Match",
    "ParsedDate",
    "Part",
    "Place",
    "PlaceKind",
    "Precision",
    "Qualifier",
    "Quantity",
    "TerritoryStat",
    "Unresolved",
]

T = TypeVar("T")
Number = int | float


@attrs.frozen(slots=True, kw_only=True)
class Match(Generic[T]):
    """One thing found in a text, with its span in the *original* string.

    ``original[m.start:m.end] == m.text`` always holds, whatever normalisation
    happened underneath.
    """

    start: int
    end: int
    text: str
    value: T


class Qualifier(enum.StrEnum):
    """How a stated quantity relates to the true count."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"
    VAGUE = "vague"


def _check_bounds(
    instance: Quantity, _attribute: attrs.Attribute[Number | None], _value: Number | None
) -> None:
    if instance.low is not None and instance.high is not None and instance.low > instance.high:
        msg = f"low ({instance.low}) must not exceed high ({instance.high})"
        raise ValueError(msg)


@attrs.frozen(slots=True, kw_only=True)
class Quantity:
    """A stated amount and how sure the text is about it.

    ``value`` is the figure the text gives (None for ranges and vague words),
    ``low``/``high`` the bounds it implies, ``qualifier`` how to read them.
    ``unit`` is ``"percent"`` for percentages and None for plain counts.

    >>> Quantity.exact(96)
    Quantity(value=96, low=96, high=96, qualifier=<Qualifier.EXACT: 'exact'>, unit=None)
    """

    value: Number | None
    low: Number | None = None
    high: Number | None = attrs.field(default=None, validator=_check_bounds)
    qualifier: Qualifier = Qualifier.EXACT
    unit: str | None = None

    @classmethod
    def exact(cls, value: Number, unit: str | None = None) -> Quantity:
        """«96» → value, low and high all 96."""
        return cls(value=value, low=value, high=value, qualifier=Qualifier.EXACT, unit=unit)

    @classmethod
    def approx(cls, value: Number, unit: str | None = None) -> Quantity:
        """«نحو 100» → value 100, no bounds."""
        return cls(value=value, low=None, high=None, qualifier=Qualifier.APPROX, unit=unit)

    @classmethod
    def at_least(cls, value: Number, unit: str | None = None) -> Quantity:
        """«ما لا يقل عن 96» → value 96, low 96 (inclusive)."""
        return cls(value=value, low=value, high=None, qualifier=Qualifier.AT_LEAST, unit=unit)

    @classmethod
    def more_than(cls, value: Number, unit: str | None = None) -> Quantity:
        """«أكثر من 30» → value 30, low 30 (exclusive)."""
        return cls(value=value, low=value, high=None, qualifier=Qualifier.MORE_THAN, unit=unit)

    @classmethod
    def at_most(cls, value: Number, unit: str | None = None) -> Quantity:
        """«ما لا يزيد عن 40» → value 40, high 40 (inclusive)."""
        return cls(value=value, low=None, high=value, qualifier=Qualifier.AT_MOST, unit=unit)

    @classmethod
    def less_than(cls, value: Number, unit: str | None = None) -> Quantity:
        """«أقل من 10» → value 10, high 10 (exclusive)."""
        return cls(value=value, low=None, high=value, qualifier=Qualifier.LESS_THAN, unit=unit)

    @classmethod
    def between(cls, low: Number, high: Number, unit: str | None = None) -> Quantity:
        """«بين 20 و30» → no value, low 20, high 30."""
        return cls(value=None, low=low, high=high, qualifier=Qualifier.RANGE, unit=unit)

    @classmethod
    def vague(cls, low: Number, high: Number, unit: str | None = None) -> Quantity:
        """«عشرات» → no value, low 20, high 99."""
        return cls(value=None, low=low, high=high, qualifier=Qualifier.VAGUE, unit=unit)

    @property
    def negative(self) -> bool:
        """Whether the value or a bound is below zero: a signed figure, never a count or an area.

        >>> Quantity.exact(-5).negative, Quantity.between(0, 5).negative
        (True, False)
        """
        return any(bound is not None and bound < 0 for bound in (self.value, self.low, self.high))

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form: plain numbers and the qualifier's value."""
        return {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier.value,
            "unit": self.unit,
        }


class Precision(enum.StrEnum):
    """How much of the calendar a date covers."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


class Calendar(enum.StrEnum):
    """The calendar a date was written in (``start``/``end`` are always Gregorian)."""

    GREGORIAN = "gregorian"
    HIJRI = "hijri"


class Part(enum.StrEnum):
    """The part of a month or a year a date names: «مطلع», «منتصف», «أواخر»."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"


def _part(value: Part | str | None) -> Part | None:
    return None if value is None else Part(value)


def _check_order(
    instance: ParsedDate, _attribute: attrs.Attribute[datetime.date | None], _value: object
) -> None:
    if instance.start is not None and instance.end is not None and instance.start > instance.end:
        msg = f"start ({instance.start}) must not be after end ({instance.end})"
        raise ValueError(msg)


@attrs.frozen(slots=True, kw_only=True)
class ParsedDate:
    """A date expression resolved to an inclusive Gregorian span.

    ``start``/``end`` are None only for a relative expression («أمس») read
    without a reference date; ``relative`` then keeps what it says.

    ``part`` is :class:`Part` ``EARLY``, ``MID`` or ``LATE`` for «مطلع», «منتصف»
    and «أواخر» a month or a year: ``start``/``end`` still cover the whole period.
    ``tolerance_days`` is 1 for a Hijri day converted by the Umm al-Qura
    calendar without a Gregorian twin to confirm it (local sighting may differ
    by a day).  ``agrees`` is True or False when the text gives two cues that
    can be checked against each other (a weekday and a date, «أمس» and a
    date, a Hijri date and its Gregorian twin), and None otherwise.  ``hijri``
    is the Hijri (year, month, day) as written, day 0 for a whole month.

    Examples:
        >>> import datetime
        >>> day = datetime.date(2018, 3, 13)
        >>> d = ParsedDate(start=day, end=day, precision=Precision.DAY)
        >>> d.precision.value
        'day'
    """

    start: datetime.date | None
    end: datetime.date | None = attrs.field(validator=_check_order)
    precision: Precision
    calendar: Calendar = Calendar.GREGORIAN
    relative: str | None = None
    part: Part | None = attrs.field(default=None, converter=_part)
    tolerance_days: int = 0
    agrees: bool | None = None
    hijri: tuple[int, int, int] | None = None

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form: ISO dates (``start_date``/``end_date``) and enum values.

        The keys leave ``start``/``end`` free for the span of a match.
        """
        return {
            "start_date": self.start.isoformat() if self.start else None,
            "end_date": self.end.isoformat() if self.end else None,
            "precision": self.precision.value,
            "calendar": self.calendar.value,
            "relative": self.relative,
            "part": self.part.value if self.part else None,
            "tolerance_days": self.tolerance_days,
            "agrees": self.agrees,
            "hijri": list(self.hijri) if self.hijri else None,
        }


class ActorType(enum.StrEnum):
    """An actor's type, in the spirit of ACLED's actor types."""

    STATE_FORCES = "state_forces"
    REBEL_GROUP = "rebel_group"
    POLITICAL_MILITIA = "political_militia"
    IDENTITY_MILITIA = "identity_militia"
    MILITIA = "militia"
    EXTERNAL_FORCES = "external_forces"
    CIVILIANS = "civilians"
    OTHER = "other"


@attrs.frozen(slots=True, kw_only=True)
class Actor:
    """A named armed actor or organisation, keyed by a stable ``id``.

    ``country`` is the ISO 3166-1 alpha-2 code of where it mainly operates
    («SY», «YE» …), empty for international bodies.

    Examples:
        >>> Actor(id="islamic_state", name="Islamic State", type=ActorType.REBEL_GROUP).id
        'islamic_state'
    """

    id: str
    name: str
    type: ActorType
    country: str = ""

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form."""
        return {"id": self.id, "name": self.name, "type": self.type.value, "country": self.country}


class CasualtyKind(enum.StrEnum):
    """What happened to the people a casualty count counts."""

    KILLED = "killed"
    WOUNDED = "wounded"
    MISSING = "missing"
    CAPTURED = "captured"
    KILLED_OR_WOUNDED = "killed_or_wounded"


@attrs.frozen(slots=True, kw_only=True)
class Casualty:
    """One reported count of people killed, wounded, missing or captured.

    ``who`` is the victims as written («عنصر من قوات النظام»), ``actor`` their
    side when it is named.  ``total`` marks a running total («ارتفع عدد القتلى
    إلى 96»), which replaces an earlier toll for the same event instead of
    adding to it; ``breakdown`` marks a sub-count («بينهم 5 أطفال») that is
    part of the count before it and must not be added to it.
    """

    kind: CasualtyKind
    count: Quantity
    who: str | None = None
    actor: Actor | None = None
    total: bool = False
    breakdown: bool = False

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form."""
        return {
            "kind": self.kind.value,
            "count": self.count.to_dict(),
            "who": self.who,
            "actor": self.actor.to_dict() if self.actor else None,
            "total": self.total,
            "breakdown": self.breakdown,
        }


@attrs.frozen(slots=True, kw_only=True)
class Area:
    """An area figure converted to square kilometres.

    ``unit`` is the unit as written («كلم مربع», «دونم»); ``share_pct`` a share
    of a country stated with it («بنسبة نحو 2.9%»).  When the country is
    known, ``country`` holds its code and ``consistent`` says whether the area
    and the share agree within the precision the text gives.
    """

    km2: Quantity
    unit: str
    share_pct: Quantity | None = None
    country: str | None = None
    consistent: bool | None = None

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form."""
        return {
            "km2": self.km2.to_dict(),
            "unit": self.unit,
            "share_pct": self.share_pct.to_dict() if self.share_pct else None,
            "country": self.country,
            "consistent": self.consistent,
        }


class PlaceKind(enum.StrEnum):
    """What kind of place a name is, from the broadest to the narrowest."""

    GOVERNORATE = "governorate"  # any first-level unit: muhafaza, wilaya, shabiya, state
    REGION = "region"  # an area with no administrative border: «الغوطة الشرقية», «ريف حلب»
    CITY = "city"
    DISTRICT = "district"  # a lower unit («مديرية»), or a part of a city larger than a quarter
    TOWN = "town"
    VILLAGE = "village"
    CROSSING = "crossing"
    NEIGHBOURHOOD = "neighbourhood"
    CAMP = "camp"


@attrs.frozen(slots=True, kw_only=True)
class Place:
    """A named place from the packaged gazetteer.

    ``kind`` is a :class:`PlaceKind`; ``admin1`` is the governorate (province,
    state) it lies in, ``admin2`` the district when known. ``latitude`` and
    ``longitude`` (WGS 84 degrees) and ``geonameid`` come from GeoNames when the
    gazetteer has them; ``coordinates_from_admin1`` says the point is only the
    centroid of the governorate (a place GeoNames does not know).

    Examples:
        >>> Place(id="sy_douma", name="Douma", kind="city", country="SY", admin1="Rif Dimashq").kind
        <PlaceKind.CITY: 'city'>
    """

    id: str
    name: str
    kind: PlaceKind = attrs.field(converter=PlaceKind)
    country: str
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    coordinates_from_admin1: bool = False

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geonameid": self.geonameid,
            "coordinates_from_admin1": self.coordinates_from_admin1,
        }


class EventType(enum.StrEnum):
    """An event's type on the ACLED scheme, read from the wording of its clause."""

    BATTLES = "battles"
    EXPLOSIONS_REMOTE_VIOLENCE = "explosions_remote_violence"
    VIOLENCE_AGAINST_CIVILIANS = "violence_against_civilians"
    STRATEGIC_DEVELOPMENTS = "strategic_developments"
    PROTESTS = "protests"
    RIOTS = "riots"


@attrs.frozen(slots=True, kw_only=True)
class TerritoryStat:
    """An area an actor holds (or lost), as of a date.

    «بات التنظيم يسيطر على نحو 5400 كلم مربع»: ``start``/``end`` span the area
    figure in the original text.
    """

    actor: Actor | None
    area: Area
    as_of: ParsedDate | None
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form."""
        return {
            "actor": self.actor.to_dict() if self.actor else None,
            "area": self.area.to_dict(),
            "as_of": self.as_of.to_dict() if self.as_of else None,
            "start": self.start,
            "end": self.end,
        }


@attrs.frozen(slots=True, kw_only=True)
class Unresolved:
    """Something the report cannot resolve, with where it is and why.

    A relative date with no publication date, a count with no casualty word,
    two calendars that disagree, a source that contradicts itself.
    """

    start: int
    end: int
    text: str
    reason: str

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form."""
        return {"start": self.start, "end": self.end, "text": self.text, "reason": self.reason}


class DateSource(enum.StrEnum):
    """Where an event's date comes from: its own text, or the report's publication date."""

    TEXT = "text"
    PUBLISHED = "published"
