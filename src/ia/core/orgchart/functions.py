"""The configurable list of functions (registry record ``ia.core.functions``).

One ``id|Title|Role`` line per function, e.g. ``encoder|Encodeur|IaEncoder``.
"""

from dataclasses import dataclass
from functools import lru_cache
from ia.core.orgchart.errors import InvalidFunctions
from ia.core.registrylines import split_fields
from plone import api
import re


FUNCTIONS_RECORD = "ia.core.functions"
VALIDATION_LEVELS_RECORD = "ia.core.validation_levels"

FUNCTION_ID = re.compile(r"^[a-z][a-z0-9]*$")
ROLE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9 ]*$")


@dataclass(frozen=True)
class Function:
    id: str
    title: str
    role: str

    def as_dict(self):
        return {"id": self.id, "title": self.title, "role": self.role}


def _error(msgid, **mapping):
    return InvalidFunctions(msgid, **mapping)


@lru_cache(maxsize=16)
def _parse(lines):
    functions = []
    seen = set()
    for number, raw in enumerate(lines, start=1):
        line = (raw or "").strip()
        if not line:
            continue
        parts = split_fields(line)
        if len(parts) != 3:
            raise _error(
                "Function line ${number} (${line}) must have the form id|Title|Role.",
                number=number,
                line=line,
            )
        fid, title, role = parts
        if not FUNCTION_ID.match(fid):
            raise _error(
                "Function line ${number}: the id '${id}' must be lower-case "
                "letters and digits, starting with a letter.",
                number=number,
                id=fid,
            )
        if fid in seen:
            raise _error(
                "Function line ${number}: the id '${id}' is used twice.",
                number=number,
                id=fid,
            )
        if not title:
            raise _error("Function line ${number}: the title is empty.", number=number)
        if not ROLE_NAME.match(role):
            raise _error(
                "Function line ${number}: '${role}' is not a valid role name.",
                number=number,
                role=role,
            )
        seen.add(fid)
        functions.append(Function(fid, title, role))
    return tuple(functions)


def parse_functions(lines, valid_roles=None):
    """Parse ``id|Title|Role`` lines into a tuple of :class:`Function`.

    Raises :class:`InvalidFunctions` with a French message for a malformed
    line, a duplicate id, or (when ``valid_roles`` is given) an unknown role.
    """
    functions = _parse(tuple(lines or ()))
    if valid_roles is not None:
        for function in functions:
            if function.role not in valid_roles:
                raise _error(
                    "Function '${id}': the role '${role}' does not exist on this site.",
                    id=function.id,
                    role=function.role,
                )
    return functions


def get_functions():
    """The functions configured on the current site, in their configured order."""
    lines = api.portal.get_registry_record(FUNCTIONS_RECORD, default=None) or ()
    return parse_functions(lines)


def default_validation_levels():
    value = api.portal.get_registry_record(VALIDATION_LEVELS_RECORD, default=None)
    return value or 1
