"""Vocabulary of the classification codes, read from the registry."""

from ia.core import _
from ia.core.behaviors.classification import CODES_RECORD
from ia.core.registrylines import pairs_vocabulary
from ia.core.registrylines import parse_pairs
from ia.core.registrylines import split_pair
from plone import api
from zope.interface import Invalid
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory


def parse_codes(lines):
    """``[(code, label)]`` from ``code|label`` lines; raise ``Invalid`` on bad ones."""
    codes = []
    seen = set()
    for line in lines or ():
        if not (line or "").strip():
            continue
        code, label = split_pair(line)
        if not code or not label:
            raise Invalid(
                _(
                    "msg_classification_line",
                    default='Invalid classification line "${line}": expected '
                    "code|label.",
                    mapping={"line": line},
                )
            )
        if code in seen:
            raise Invalid(
                _(
                    "msg_classification_duplicate",
                    default="The classification code ${code} is listed twice.",
                    mapping={"code": code},
                )
            )
        seen.add(code)
        codes.append((code, label))
    return codes


def _safe_codes(lines):
    try:
        return parse_codes(lines)
    except Invalid:
        # A malformed record (rejected at save time): keep its code|label lines.
        return parse_pairs(
            line for line in lines or () if split_pair(line)[1] is not None
        )


def _token(code):
    return code if code.isascii() and " " not in code else code.encode("utf-8").hex()


@provider(IVocabularyFactory)
def classification_codes(context):
    lines = api.portal.get_registry_record(CODES_RECORD, default=None) or []
    return pairs_vocabulary(
        ((code, f"{code} – {label}") for code, label in _safe_codes(lines)),
        token=_token,
    )


def on_record_modified(event):
    if event.record.__name__ == CODES_RECORD:
        parse_codes(event.newValue)
