"""The mail workflows' ball reaches the catalog (``ia_ball``) for the dashboards."""

from plone import api
from plone.app.testing import login
from Products.CMFCore.indexing import processQueue


def _ball(mail):
    """The ``ia_ball`` keys under which the catalog finds ``mail``."""
    processQueue()  # reindexing is queued until a search or the commit
    catalog = api.portal.get_tool("portal_catalog")
    index = catalog._catalog.getIndex("ia_ball")
    rid = catalog.getrid("/".join(mail.getPhysicalPath()))
    return set(index.getEntryForObject(rid, default=()) or ())


def test_incoming_ball_follows_the_state(portal, services, registered):
    travaux = services["travaux"]
    mail = registered()
    assert _ball(mail) == {f"{travaux}:IaEncoder"}
    api.content.transition(obj=mail, transition="propose_to_manager")
    assert _ball(mail) == {f"{travaux}:IaServiceManager"}
    login(portal, "chef")
    mail.assigned_agent = "agent1"
    mail.reindexObject()
    api.content.transition(obj=mail, transition="propose_to_agent")
    assert _ball(mail) == {f"{travaux}:IaAgent"}
    login(portal, "agent1")
    api.content.transition(obj=mail, transition="treat")
    api.content.transition(obj=mail, transition="close")
    assert _ball(mail) == set()
