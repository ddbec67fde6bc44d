"""iA.Docs alone (its own layer, no ia.delib profile): the mail offers no
iA.Delib hand-over and refuses one by id; the reply is still offered.
(Named to run before the SUITE-layer modules of this directory.)"""

from ia.core.errors import IaError
from ia.core.handovers import api as handovers
from ia.core.workflows.testing import set_state
from plone import api
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from zope.component.hooks import setSite
import pytest


# Sibling layers share one ZODB stack in a process: with iA.Delib's layer up,
# this portal would have iA.Delib. A pytest process of its own (make test).
pytestmark = pytest.mark.alone


def test_no_delib_handover_without_delib(portal, registered):
    setSite(portal)  # this layer's site, even after a SUITE module ran
    mail = registered(assigned_agent="agent1")
    login(portal, TEST_USER_NAME)
    set_state(mail, "in_treatment")
    login(portal, "agent1")
    offered = [h.id for h in handovers.available(source=mail)]
    assert "ia.delib.item_from_document" not in offered
    assert "ia.docs.reply" in offered
    with pytest.raises(IaError):
        handovers.hand_over(source=mail, handover="ia.delib.item_from_document")
    assert not api.content.find(portal_type="IaDelibItem", unrestricted=True)
    assert "Points de délibération" not in mail.restrictedTraverse("@@ia-view")()
