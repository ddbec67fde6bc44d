"""Public API of the numbering registers.

    from ia.core.numbering import api as numbering

    numbering.allocate("IaIncomingMail")          # 'E/2026/00042'
    numbering.current("IaIncomingMail", 2026)     # 42
    numbering.set_next("IaIncomingMail", 2026, 100)

A register is named; by default a document uses the register named after
its portal_type (``ia.core.reference_type_registers`` can map several types
to one register). Its pattern and the moment of allocation come from
``ia.core.reference_patterns`` (see ``ia.core.numbering.patterns``).
Numbers are never reused: deleting a document does not give its number
back, and ``set_next`` only moves a counter forward.
"""

from datetime import date
from ia.core import _
from ia.core import logger
from ia.core.numbering import storage
from ia.core.numbering.exceptions import NumberingError
from ia.core.numbering.patterns import CREATION
from ia.core.numbering.patterns import DEFAULT_PATTERN
from ia.core.numbering.patterns import RegisterConfig
from ia.core.numbering.patterns import format_reference
from ia.core.numbering.patterns import parse_lines
from ia.core.numbering.patterns import validate_pattern
from ia.core.numbering.patterns import validate_register
from ia.core.registrylines import split_pair
from plone import api


PATTERNS_RECORD = "ia.core.reference_patterns"
DEFAULT_PATTERN_RECORD = "ia.core.reference_default_pattern"
TYPE_REGISTERS_RECORD = "ia.core.reference_type_registers"
BEHAVIOR_NAMES = ("ia.reference", "ia.core.behaviors.reference.IReferenceNumber")
MIN_YEAR, MAX_YEAR = 1900, 2999


def _record(name, default):
    value = api.portal.get_registry_record(name, default=None)
    return default if value is None else value


def configured():
    """``{register: RegisterConfig}`` from the registry (raises on a bad line)."""
    return parse_lines(_record(PATTERNS_RECORD, []))


def default_pattern():
    return validate_pattern(
        _record(DEFAULT_PATTERN_RECORD, DEFAULT_PATTERN) or DEFAULT_PATTERN
    )


def config(register):
    """The ``RegisterConfig`` of ``register`` (the default one if not configured)."""
    validate_register(register)
    found = configured().get(register)
    return found or RegisterConfig(register, default_pattern(), CREATION)


def register_for(obj):
    """The register of a document: its portal_type unless mapped otherwise."""
    return register_for_type(obj.portal_type)


def _type_registers():
    """``(portal_type, register)`` of each well-formed ``type|register`` line."""
    for line in _record(TYPE_REGISTERS_RECORD, []):
        type_name, register = split_pair(line)
        if type_name and register:
            yield type_name, register


def register_for_type(portal_type):
    """The register of a portal_type (``ia.core.reference_type_registers``)."""
    return dict(_type_registers()).get(portal_type, portal_type)


def check_year(year):
    if year is None:
        return date.today().year
    if (
        isinstance(year, bool)
        or not isinstance(year, int)
        or not MIN_YEAR <= year <= MAX_YEAR
    ):
        raise NumberingError(
            _(
                "msg_year_invalid",
                default='Invalid year "${year}": expected a number between 1900 and '
                "2999.",
                mapping={"year": str(year)},
            )
        )
    return year


def allocate(register, year=None, *, portal=None):
    """Allocate the next number of (register, year) and return the formatted "
    "reference."""
    year = check_year(year)
    pattern = config(register).pattern
    portal = portal if portal is not None else api.portal.get()
    counter = storage.get_counter(portal, register, year, create=True)
    return format_reference(pattern, register, year, counter.take())


def current(register, year=None, *, portal=None):
    """The last number allocated in (register, year); 0 if none yet."""
    year = check_year(year)
    validate_register(register)
    portal = portal if portal is not None else api.portal.get()
    counter = storage.get_counter(portal, register, year)
    return counter.last if counter is not None else 0


def set_next(register, year, number, *, portal=None):
    """Make ``number`` the next number of (register, year); only forward."""
    year = check_year(year)
    if register not in registers(portal=portal):
        raise NumberingError(
            _(
                "msg_register_unknown",
                default='Unknown register "${register}".',
                mapping={"register": str(register)},
            )
        )
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise NumberingError(
            _(
                "msg_next_invalid",
                default='Invalid next number "${number}": expected a positive whole '
                "number.",
                mapping={"number": str(number)},
            )
        )
    last = current(register, year, portal=portal)
    if number <= last:
        raise NumberingError(
            _(
                "msg_next_backward",
                default="The next number of ${register} ${year} must be greater than "
                "${last}, "
                "the last number allocated: numbers are never reused.",
                mapping={"register": register, "year": str(year), "last": str(last)},
            )
        )
    portal = portal if portal is not None else api.portal.get()
    counter = storage.get_counter(portal, register, year, create=True)
    counter.set_last(number - 1)
    logger.info(
        "Register %s %s: next number set to %s (was %s)",
        register,
        year,
        number,
        last + 1,
    )
    return counter.last


def registers(*, portal=None):
    """Names of the known registers, sorted.

    Configured registers, registers of the types that use ``ia.reference``
    and registers that already hold counters.
    """
    portal = portal if portal is not None else api.portal.get()
    names = set(configured())
    names.update(register for _type, register in _type_registers())
    portal_types = api.portal.get_tool("portal_types")
    for fti in portal_types.objectValues():
        behaviors = getattr(fti, "behaviors", ()) or ()
        if any(name in behaviors for name in BEHAVIOR_NAMES):
            names.add(register_for_type(fti.getId()))
    tree = storage.counters(portal, create=False)
    if tree is not None:
        names.update(register for register, _year in tree.keys())
    return sorted(names)


def years(register, *, portal=None):
    """Years that hold a counter for ``register``, sorted."""
    portal = portal if portal is not None else api.portal.get()
    tree = storage.counters(portal, create=False)
    if tree is None:
        return []
    return sorted(year for name, year in tree.keys() if name == register)


def info(register, year=None, *, portal=None):
    """A JSON-friendly description of (register, year) for listings."""
    year = check_year(year)
    cfg = config(register)
    last = current(register, year, portal=portal)
    return {
        "register": register,
        "pattern": cfg.pattern,
        "moment": cfg.moment,
        "year": year,
        "last": last,
        "next": last + 1,
        "last_reference": format_reference(cfg.pattern, register, year, last)
        if last
        else None,
        "next_reference": format_reference(cfg.pattern, register, year, last + 1),
    }
