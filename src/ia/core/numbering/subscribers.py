"""Save-time validation of the numbering settings.

Setting a bad pattern (in the registry control panel, over REST or from a
profile) raises an error naming the problem, and the transaction is not
committed: nothing half-written.
"""

from ia.core.numbering.api import DEFAULT_PATTERN_RECORD
from ia.core.numbering.api import PATTERNS_RECORD
from ia.core.numbering.exceptions import NumberingError
from ia.core.numbering.patterns import parse_lines
from ia.core.numbering.patterns import validate_pattern
from zope.interface import Invalid


def on_record_modified(event):
    name = event.record.__name__
    try:
        if name == PATTERNS_RECORD:
            parse_lines(event.newValue)
        elif name == DEFAULT_PATTERN_RECORD and event.newValue:
            validate_pattern(event.newValue)
    except NumberingError as exc:
        raise Invalid(exc.message) from None
