"""French titles of the shared workflows (ia.core domain and Plone's state menu)."""

from plone import api
from zope.i18n import translate
import pytest


@pytest.mark.parametrize(
    "msgid,french",
    [
        ("Proposed (level 2)", "Proposé (niveau 2)"),
        ("Send back to draft", "Renvoyer au brouillon"),
        ("In treatment", "En traitement"),
        ("Close the case", "Clôturer"),
        ("Archived", "Archivé"),
    ],
)
@pytest.mark.parametrize("domain", ["ia.core", "plone"])
def test_french(portal, msgid, french, domain):
    assert translate(msgid, domain=domain, target_language="fr") == french


def test_plone_own_translations_untouched(portal):
    assert translate("Published", domain="plone", target_language="fr") == "Publié"


@pytest.mark.parametrize(
    "workflow_id",
    ["ia_validation_workflow", "ia_case_workflow", "ia_publication_workflow"],
)
def test_every_title_translated(portal, workflow_id):
    workflow = api.portal.get_tool("portal_workflow")[workflow_id]
    titles = [workflow.title]
    titles += [s.title for s in workflow.states.objectValues()]
    titles += [t.title for t in workflow.transitions.objectValues()]
    missing = [
        t for t in titles if translate(t, domain="ia.core", target_language="fr") == t
    ]
    assert missing == []
