"""Every msgid of iA.Tech has its French translation (the suite's scanner,
tests/policy/test_locales.py, on the package's folder), workflow titles
included."""

from babel.messages.pofile import read_po
from lxml import etree
from pathlib import Path
from tests.policy.test_locales import all_msgids
from tests.policy.test_locales import missing
import pytest


ROOT = Path(__file__).resolve().parents[2] / "src" / "ia" / "tech"
PO = ROOT / "locales" / "fr" / "LC_MESSAGES" / "ia.tech.po"
WORKFLOWS = sorted(
    (ROOT / "profiles" / "default" / "workflows").glob("*/definition.xml")
)


def test_every_msgid_has_a_french_translation():
    found = {msgid for domain, msgid, where in all_msgids([ROOT])}
    assert {"Work request", "To plan", "Open311: unknown service_code."} <= found
    assert missing(roots=[ROOT]) == []


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.parent.name)
def test_workflow_titles_translated(path):
    with PO.open("rb") as handle:
        french = {m.id: m.string for m in read_po(handle) if m.id and m.string}
    root = etree.parse(str(path)).getroot()
    titles = {root.get("title")}
    titles |= {e.get("title") for e in root.iter("state", "transition")}
    assert sorted(t for t in titles if t not in french) == []
