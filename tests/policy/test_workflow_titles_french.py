"""French first: every title of the suite's workflows (state menu, history,
dashboards) has a French translation in Plone's domain.

The titles are read from the profiles' workflow definitions; the catalogs
are those the policy layer registers (its ZCML includes every product)."""

from pathlib import Path
from zope.i18n import translate
import re


SRC = Path(__file__).resolve().parents[2] / "src" / "ia"
TITLE = re.compile(r'\btitle="([^"]+)"')


def _titles():
    for definition in sorted(SRC.glob("*/profiles/default/workflows/*/definition.xml")):
        for title in TITLE.findall(definition.read_text(encoding="utf-8")):
            yield definition.parent.name, title


def test_every_ia_workflow_title_is_french(portal):
    found = list(_titles())
    workflows = {workflow for workflow, _title in found}
    assert {"ia_incoming_mail_workflow", "ia_delib_item_workflow"} <= workflows
    missing = sorted(
        {
            f"{workflow}: {title}"
            for workflow, title in found
            if translate(title, domain="plone", target_language="fr") == title
        }
    )
    assert not missing, missing
