"""Every msgid of iA.Example has its French translation (the suite's
scanner, tests/policy/test_locales.py, on the example's folder)."""

from pathlib import Path
from tests.policy.test_locales import all_msgids
from tests.policy.test_locales import missing


ROOT = Path(__file__).resolve().parent / "ia_example"


def test_every_msgid_has_a_french_translation():
    found = {msgid for domain, msgid, where in all_msgids([ROOT])}
    assert {"label_topic", "Example request", "Requests in treatment"} <= found
    assert missing(roots=[ROOT]) == []
