"""Reference patterns: parsing, validation and formatting.

A pattern is a ``str.format`` template with these placeholders only:

``{register}``  the register name (``IaIncomingMail``, ``E``...)
``{year}``      the year of the register, four digits (``2026``)
``{yy}``        the year on two digits (``26``)
``{number}``    the sequence number in the (register, year) counter; a
                format spec pads it: ``{number:05d}`` gives ``00042``

``{number}`` and one of ``{year}``/``{yy}`` are mandatory: the counters
restart every year, so a pattern without a year would repeat references.

The registry record ``ia.core.reference_patterns`` holds one line per
register: ``register|pattern|moment`` where *moment* is ``creation``
(default when omitted) or the id of the workflow transition that allocates
the number, e.g. ``E|E/{year}/{number:05d}|creation``.
"""

from dataclasses import dataclass
from ia.core import _
from ia.core.numbering.exceptions import NumberingError
from ia.core.registrylines import split_fields
import re
import string


DEFAULT_PATTERN = "{register}/{year}/{number:05d}"
CREATION = "creation"
PLACEHOLDERS = ("register", "year", "yy", "number")
_MOMENT_RE = re.compile(r"^[A-Za-z0-9_.-]+$")
_REGISTER_RE = re.compile(r"^[^|\s][^|]*$")


@dataclass(frozen=True)
class RegisterConfig:
    register: str
    pattern: str = DEFAULT_PATTERN
    moment: str = CREATION


def validate_pattern(pattern):
    """Raise ``NumberingError`` if ``pattern`` is not a usable reference pattern."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise NumberingError(
            _("msg_pattern_empty", default="The reference pattern is empty.")
        )
    if "|" in pattern:
        raise NumberingError(
            _(
                "msg_pattern_pipe",
                default="The reference pattern ${pattern} may not contain '|'.",
                mapping={"pattern": pattern},
            )
        )
    try:
        fields = [
            item for item in string.Formatter().parse(pattern) if item[1] is not None
        ]
    except ValueError:
        raise NumberingError(
            _(
                "msg_pattern_syntax",
                default="The reference pattern ${pattern} is malformed (unbalanced "
                "braces).",
                mapping={"pattern": pattern},
            )
        ) from None
    names = set()
    for _literal, name, _spec, conversion in fields:
        if name not in PLACEHOLDERS or conversion:
            raise NumberingError(
                _(
                    "msg_pattern_placeholder",
                    default="Unknown placeholder {${name}} in the reference pattern "
                    "${pattern}; "
                    "allowed: {register}, {year}, {yy}, {number}.",
                    mapping={"name": name, "pattern": pattern},
                )
            )
        names.add(name)
    if "number" not in names or not names & {"year", "yy"}:
        raise NumberingError(
            _(
                "msg_pattern_required",
                default="The reference pattern ${pattern} must contain {number} and "
                "{year} (or {yy}).",
                mapping={"pattern": pattern},
            )
        )
    try:
        format_reference(pattern, "R", 2026, 1)
    except (ValueError, TypeError):
        raise NumberingError(
            _(
                "msg_pattern_format",
                default="The reference pattern ${pattern} has an invalid format "
                "specification.",
                mapping={"pattern": pattern},
            )
        ) from None
    return pattern


def format_reference(pattern, register, year, number):
    """Apply ``pattern`` to one allocated number."""
    return pattern.format(
        register=register, year=year, yy=f"{year % 100:02d}", number=number
    )


def parse_line(line):
    """Parse one ``register|pattern|moment`` line into a ``RegisterConfig``."""
    parts = split_fields(line)
    if len(parts) < 2 or len(parts) > 3:
        raise NumberingError(
            _(
                "msg_pattern_line",
                default='Invalid numbering line "${line}": expected '
                "register|pattern|moment.",
                mapping={"line": line},
            )
        )
    register, pattern = parts[0], parts[1]
    moment = parts[2] if len(parts) == 3 and parts[2] else CREATION
    validate_register(register)
    validate_pattern(pattern)
    if not _MOMENT_RE.match(moment):
        raise NumberingError(
            _(
                "msg_pattern_moment",
                default='Invalid moment "${moment}": use "creation" or a transition '
                "id.",
                mapping={"moment": moment},
            )
        )
    return RegisterConfig(register, pattern, moment)


def parse_lines(lines):
    """Parse the registry lines into ``{register: RegisterConfig}``; no duplicates."""
    configs = {}
    for line in lines or ():
        if not (line or "").strip():
            continue
        config = parse_line(line)
        if config.register in configs:
            raise NumberingError(
                _(
                    "msg_pattern_duplicate",
                    default="The register ${register} is configured twice.",
                    mapping={"register": config.register},
                )
            )
        configs[config.register] = config
    return configs


def validate_register(register):
    """A register name is a non-empty string without ``|`` nor surrounding spaces."""
    if (
        not isinstance(register, str)
        or not _REGISTER_RE.match(register)
        or register != register.strip()
    ):
        raise NumberingError(
            _(
                "msg_register_invalid",
                default='Invalid register name "${register}".',
                mapping={"register": str(register)},
            )
        )
    return register
