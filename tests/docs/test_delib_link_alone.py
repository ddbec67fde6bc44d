"""iA.Docs alone (its own layer, no ia.delib profile): no action, the pages
(named to run before the SUITE-layer modules of this directory)
work, sending is refused with a clear message."""

from ia.core.workflows.testing import set_state
from ia.docs.delib_link import api as delib_link
from plone import api
from plone.app.testing import login
from zope.component.hooks import setSite
from zope.i18n import translate
import pytest


# Sibling layers share one ZODB stack in a process: with iA.Delib's layer up,
# this portal would have iA.Delib. A pytest process of its own (make test).
pytestmark = pytest.mark.alone


def test_no_delib_action_without_delib(portal, registered):
    setSite(portal)  # this layer's site, even after a SUITE module ran
    mail = registered(assigned_agent="agent1")
    set_state(mail, "in_treatment")
    login(portal, "agent1")
    assert not delib_link.delib_available()
    actions = api.portal.get_tool("portal_actions").listFilteredActionsFor(mail)
    assert "ia_send_to_delib" not in [a["id"] for a in actions["object_buttons"]]
    assert mail.restrictedTraverse("@@ia-can-send-to-delib")() is False
    with pytest.raises(delib_link.DelibLinkError) as info:
        delib_link.send_to_delib(mail)
    assert "iA.Delib" in translate(info.value.message, target_language="fr")
    assert "Points de délibération" not in mail.restrictedTraverse("@@ia-view")()
