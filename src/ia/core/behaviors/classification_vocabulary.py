"""Vocabulary of the classification codes, read from the registry."""

from ia.core import _
from ia.core.behaviors.classification import CODES_RECORD
from plone import api
from zope.interface import Invalid
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def parse_codes(lines):
    """``[(code, label)]`` from ``code|label`` lines; raise ``Invalid`` on bad ones."""
    codes = []
    seen = set()
    for line in lines or ():
        if not (line or "").strip():
            continue
        code, sep, label = line.partition("|")
        code, label = code.strip(), label.strip()
        if not sep or not code or not label:
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
        return [
            (c.strip(), lbl.strip())
            for c, s, lbl in (li.partition("|") for li in lines or ())
            if s and c.strip()
        ]


@provider(IVocabularyFactory)
def classification_codes(context):
    lines = api.portal.get_registry_record(CODES_RECORD, default=None) or []
    terms = []
    seen = set()
    for code, label in _safe_codes(lines):
        if code in seen:
            continue
        seen.add(code)
        token = (
            code if code.isascii() and " " not in code else code.encode("utf-8").hex()
        )
        terms.append(SimpleTerm(value=code, token=token, title=f"{code} – {label}"))
    return SimpleVocabulary(terms)


def on_record_modified(event):
    if event.record.__name__ == CODES_RECORD:
        parse_codes(event.newValue)
