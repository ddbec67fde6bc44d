"""Numbering API: sequences per (register, year), corrections, settings."""

from ia.core.numbering import api as numbering
from ia.core.numbering.exceptions import NumberingError
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.interface import Invalid
import pytest


@pytest.fixture
def site(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    api.portal.set_registry_record(
        numbering.PATTERNS_RECORD,
        ["E|E/{year}/{number:05d}|creation", "PU|PU/{yy}-{number:03d}|deposit"],
    )
    return portal


def test_sequential_and_pattern_applied(site):
    assert numbering.allocate("E", 2026) == "E/2026/00001"
    assert numbering.allocate("E", 2026) == "E/2026/00002"
    assert numbering.allocate("PU", 2026) == "PU/26-001"
    assert numbering.current("E", 2026) == 2
    assert numbering.current("PU", 2026) == 1


def test_default_pattern_for_unconfigured_register(site):
    assert numbering.allocate("Other", 2026) == "Other/2026/00001"


def test_year_rollover_restarts(site):
    numbering.allocate("E", 2025)
    numbering.allocate("E", 2025)
    assert numbering.allocate("E", 2026) == "E/2026/00001"
    assert numbering.allocate("E", 2025) == "E/2025/00003"
    assert numbering.years("E") == [2025, 2026]


def test_default_year_is_current(site):
    from datetime import date

    year = date.today().year
    assert numbering.allocate("E") == f"E/{year}/00001"
    assert numbering.current("E") == 1


def test_set_next_forward_only(site):
    numbering.allocate("E", 2026)
    numbering.allocate("E", 2026)
    numbering.set_next("E", 2026, 100)
    assert numbering.allocate("E", 2026) == "E/2026/00100"
    for backward in (100, 50, 1):
        with pytest.raises(NumberingError) as info:
            numbering.set_next("E", 2026, backward)
        assert info.value.message == "msg_next_backward"
    assert numbering.allocate("E", 2026) == "E/2026/00101"


def test_set_next_after_last_is_allowed(site):
    numbering.allocate("E", 2026)
    numbering.set_next("E", 2026, 2)
    assert numbering.allocate("E", 2026) == "E/2026/00002"


@pytest.mark.parametrize(
    "register,year,number,msgid",
    [
        ("Nope", 2026, 5, "msg_register_unknown"),
        ("E", 2026, 0, "msg_next_invalid"),
        ("E", 2026, "7", "msg_next_invalid"),
        ("E", 2026, True, "msg_next_invalid"),
        ("E", 1500, 5, "msg_year_invalid"),
        ("E", "2026", 5, "msg_year_invalid"),
    ],
)
def test_set_next_errors_change_nothing(site, register, year, number, msgid):
    with pytest.raises(NumberingError) as info:
        numbering.set_next(register, year, number)
    assert info.value.message == msgid
    assert numbering.current("E", 2026) == 0


def test_registers_lists_configured_typed_and_used(site):
    numbering.allocate("Adhoc", 2026)
    names = numbering.registers()
    assert {
        "E",
        "PU",
        "Adhoc",
        "IaTestDocument",
        "IaTestCase",
        "IaTestPublication",
    } <= set(names)
    assert names == sorted(names)


def test_type_mapping(site):
    api.portal.set_registry_record(
        numbering.TYPE_REGISTERS_RECORD, ["IaTestDocument|E"]
    )
    assert numbering.register_for_type("IaTestDocument") == "E"
    assert numbering.register_for_type("IaTestCase") == "IaTestCase"
    assert "IaTestDocument" not in numbering.registers()


def test_info(site):
    numbering.allocate("E", 2026)
    assert numbering.info("E", 2026) == {
        "register": "E",
        "pattern": "E/{year}/{number:05d}",
        "moment": "creation",
        "year": 2026,
        "last": 1,
        "next": 2,
        "last_reference": "E/2026/00001",
        "next_reference": "E/2026/00002",
    }


def test_bad_pattern_rejected_at_save_time(site):
    before = api.portal.get_registry_record(numbering.PATTERNS_RECORD)
    with pytest.raises(Invalid):
        api.portal.set_registry_record(
            numbering.PATTERNS_RECORD, ["E|E/{year}/{nummer}"]
        )
    with pytest.raises(Invalid):
        api.portal.set_registry_record(
            numbering.DEFAULT_PATTERN_RECORD, "{register}/{number}"
        )
    # the subscriber runs after the value is set: the transaction must be
    # aborted (the publisher does it); the error is what the admin sees.
    assert before == [
        "E|E/{year}/{number:05d}|creation",
        "PU|PU/{yy}-{number:03d}|deposit",
    ]


def test_invalid_register_name(site):
    with pytest.raises(NumberingError):
        numbering.allocate("", 2026)
    with pytest.raises(NumberingError):
        numbering.allocate("a|b", 2026)


def test_errors_are_translated_to_french(site):
    from zope.i18n import translate

    numbering.allocate("E", 2026)
    with pytest.raises(NumberingError) as info:
        numbering.set_next("E", 2026, 1)
    text = translate(info.value.message, target_language="fr")
    assert "jamais réutilisé" in text and "E 2026" in text
