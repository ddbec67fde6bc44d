"""Mail types parsed from ``id|Title|delay_days|ack`` lines."""

from ia.docs.mailtypes import MailType
from ia.docs.mailtypes import get_mail_type
from ia.docs.mailtypes import get_mail_types
from ia.docs.mailtypes import parse_line
from plone import api
import pytest


@pytest.mark.parametrize(
    "line,expected",
    [
        ("letter|Lettre|30|0", MailType("letter", "Lettre", 30, False)),
        (" complaint | Plainte | 15 | 1 ", MailType("complaint", "Plainte", 15, True)),
        ("info|Information||oui", MailType("info", "Information", None, True)),
        ("invoice", MailType("invoice", "invoice", None, False)),
        ("x|X|-3|no", MailType("x", "X", None, False)),
        ("", None),
        ("  |  ", None),
    ],
)
def test_parse_line(line, expected):
    assert parse_line(line) == expected


def test_repeated_ids_first_wins(portal):
    api.portal.set_registry_record(
        "ia.docs.mail_types", ["letter|Lettre|30|0", "letter|Autre|5|1", ""]
    )
    assert get_mail_types() == [MailType("letter", "Lettre", 30, False)]
    assert get_mail_type("letter").delay_days == 30
    assert get_mail_type("unknown") is None
    assert get_mail_type(None) is None
