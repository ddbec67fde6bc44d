"""Advice types: parsing, save-time refusal, a bad line never breaks the item form."""

from ia.delib.advices.config import advice_types
from ia.delib.advices.config import parse_lines
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from tests.delib.advices_world import make_world
from tests.delib.advices_world import new_item
from zope.component import getUtility
from zope.i18n import translate
from zope.interface import Invalid
from zope.schema.interfaces import IVocabularyFactory
import pytest


RECORD = "ia.delib.advice_types"


def test_default_types(portal):
    assert [(t.id, t.delay, t.service_id) for t in advice_types()] == [
        ("finance", 10, "finances"),
        ("legal", 15, "secretariat"),
    ]


@pytest.mark.parametrize(
    "line,reason",
    [
        ("finance|Avis|10", "four fields"),
        ("finance|Avis|dix|finances", "whole number"),
        ("finance|Avis|-3|finances", "whole number"),
        ("|Avis|10|finances", "are required"),
        ("finance|Avis|10|", "are required"),
    ],
)
def test_bad_lines_reported(line, reason):
    types, errors = parse_lines(["legal|Avis juridique|15|secretariat", line])
    assert [t.id for t in types] == ["legal"]
    (error,) = errors
    message = translate(error)
    assert line in message and reason in message


def test_repeated_id_reported():
    types, errors = parse_lines(["a|A|1|s", "a|B|2|t"])
    assert [t.title for t in types] == ["A"]
    assert "already used" in translate(errors[0])


def test_bad_record_refused_on_save(portal):
    with pytest.raises(Invalid):
        api.portal.set_registry_record(RECORD, ["finance|Avis|dix|finances"])


def test_bad_line_never_breaks_the_item_form(portal, body):
    world = make_world(portal, body)
    item = new_item(world)
    registry = api.portal.get_tool("portal_registry")
    # The value is stored before the check refuses it (as an import would).
    with pytest.raises(Invalid):
        registry[RECORD] = ["finance|Avis|10|finances", "broken line"]
    assert registry[RECORD][-1] == "broken line"
    vocabulary = getUtility(IVocabularyFactory, "ia.delib.advice_types")(item)
    assert [term.value for term in vocabulary] == ["finance"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    html = item.restrictedTraverse("@@edit")()
    assert "advices_requested" in html
