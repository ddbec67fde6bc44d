"""Guards of ``ia_validation_workflow``: how many validation levels apply.

The workflow definition has all three levels; the configuration chooses how
many a document passes. The number comes, in this order, from:

1. an :class:`~ia.core.workflows.interfaces.IValidationLevels` adapter of
   the document, when a product registers one (Delib items: their body);
2. the first responsible service of the document
   (``ia.core.orgchart.api.validation_levels(service_uid)``);
3. the registry record ``ia.core.validation_levels``;
4. ``1``.

The result is clamped to 1..3. The guards never block a document that is
already past the configured level (levels lowered while it was in review):
``validate`` is always possible at or above the last configured level.
"""

from ia.core.orgchart.api import validation_levels as service_levels
from ia.core.orgchart.storage import stored_value
from ia.core.workflows.facts import current_value
from ia.core.workflows.interfaces import IValidationLevels
from ia.core.workflows.states import LEVEL
from ia.core.workflows.states import MAX_LEVELS
from plone import api
import logging


logger = logging.getLogger(__name__)

REGISTRY_RECORD = "ia.core.validation_levels"


def _clamp(value) -> int | None:
    try:
        value = int(value)
    except (TypeError, ValueError):
        return None
    return min(max(value, 1), MAX_LEVELS)


def _service_levels(service_uid: str) -> int | None:
    try:
        return _clamp(service_levels(service_uid))
    except (LookupError, ValueError) as exc:
        logger.warning("No validation levels for service %s: %s", service_uid, exc)
        return None


def validation_levels(obj) -> int:
    """Number of validation levels (1 to 3) that ``obj`` passes."""
    decided = IValidationLevels(obj, None)
    if decided is not None:
        levels = _clamp(decided.levels())
        if levels is not None:
            return levels
    # The stored services: the field's default is the *current user's*.
    services = stored_value(obj, "responsible_services") or ()
    if services:
        levels = _service_levels(services[0])
        if levels is not None:
            return levels
    levels = _clamp(api.portal.get_registry_record(REGISTRY_RECORD, default=None))
    return levels if levels is not None else 1


def current_level(obj) -> int | None:
    """Validation level of the state ``obj`` is in (1 to 3), None outside them
    (state variable ``ia_level`` of its workflow's XML)."""
    level = current_value(obj, LEVEL)
    return level if isinstance(level, int) and level > 0 else None


def can_propose_to_level(obj, level: int) -> bool:
    """``obj`` is at ``level - 1`` and its service has at least ``level`` levels."""
    return current_level(obj) == level - 1 and validation_levels(obj) >= level


def can_validate(obj) -> bool:
    """``obj`` is at (or past) the last level configured for it."""
    level = current_level(obj)
    return level is not None and level >= validation_levels(obj)
