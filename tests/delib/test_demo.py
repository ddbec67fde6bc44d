"""The iA.Delib demo (``ia.delib.demo``) on a site made from profiles/demo.toml."""

from dataclasses import replace
from datetime import date
from datetime import timedelta
from ia.core.dashboard import principal
from ia.core.dashboard.interfaces import IDashboardList
from ia.core.links import api as links
from ia.delib import api as delib
from ia.delib import demo
from ia.delib import publication
from ia.delib.advices.asking import advices_of
from ia.delib.session import votes
from ia.policy.apply import apply_municipality
from ia.policy.municipality import load
from plone import api
from plone.app.testing import logout
from tests.delib.demo_layer import PROFILE
from tests.delib.demo_layer import delib_only
from tests.delib.demo_layer import on_demo_layer
from zope.component import getUtility
import pytest


# Every product installed: a pytest process of its own (make test).
pytestmark = pytest.mark.suite


# The demo layer, kept up for this module (tests/delib/demo_layer.py).
globals().update(on_demo_layer())


def state(obj):
    return api.content.get_state(obj)


def day(offset):
    return (date.today() + timedelta(days=offset)).isoformat()


@pytest.fixture
def bodies(portal):
    folder = portal["deliberations"]
    return folder["college"], folder["conseil"]


def meeting(body, offset):
    return body[f"seance-{day(offset)}"]


def counts(portal):
    catalog = api.portal.get_tool("portal_catalog")
    kinds = ("IaDelibItem", "IaDelibMeeting", "IaDelibAdvice", "IaPerson")
    search = catalog.unrestrictedSearchResults
    with api.env.adopt_roles(["Manager"]):
        result = {kind: len(search(portal_type=kind)) for kind in kinds}
        result["groups"] = sorted(
            u.getId() for u in api.user.get_users(groupname="conseil_meeting_managers")
        )
    return result


def list_titles(list_id, userid):
    principal.clear_cache()
    query = getUtility(IDashboardList, name=list_id).query(userid)
    if query is None:
        return None
    with api.env.adopt_user(username=userid):
        brains = api.portal.get_tool("portal_catalog").searchResults(**query)
        return sorted(brain.Title for brain in brains)


def test_bodies_attendees_and_managers(bodies):
    college, council = bodies
    assert (college.body_kind, council.body_kind) == ("college", "council")
    # mayor, three aldermen, DG; plus eight councillors in the council
    assert len(college.default_attendees) == 5
    assert len(council.default_attendees) == 13
    assert len(council.default_signatories) == 2
    for body in bodies:
        group = delib.meeting_managers_group_id(body)
        members = {u.getId() for u in api.user.get_users(groupname=group)}
        assert members == {"secretaire", "dgeneral"}


def test_meetings_in_their_states(bodies):
    college, council = bodies
    assert state(meeting(college, -14)) == "closed"
    assert state(meeting(college, 3)) == "created"
    assert state(meeting(council, -10)) == "decided"
    upcoming = meeting(council, 12)
    assert state(upcoming) == "frozen"
    assert upcoming.convocation_date == date.today()
    assert not delib.undecided_items(meeting(council, -10))
    # the minutes of the previous meeting are approved first
    first = delib.agenda(upcoming)[0]
    assert first.Title().startswith("Approbation du procès-verbal")
    assert state(delib.agenda(meeting(college, 3))[0]) == "presented"


def test_items_votes_and_decisions(bodies):
    college, council = bodies
    assert state(college["subside-rfc-demo"]) == "accepted_modified"
    assert state(college["agent-technique-voirie"]) == "postponed"
    budget = council["modification-budgetaire-2"]
    assert state(budget) == "accepted"
    # the directeur général attends without a vote
    assert (votes.get_votes(budget).yes, votes.get_votes(budget).no) == (8, 3)
    assert votes.get_votes(council["institutrice-temporaire"]).secret
    given = [state(advice) for advice in advices_of(council["budget-2027"])]
    assert given == ["given"]
    asked = advices_of(council["acquisition-rue-de-namur"])
    assert [state(advice) for advice in asked] == ["under_edit"]
    for key in ("tondeuse-autoportee", "plan-urgence"):
        assert state(college[key]) == "validated"
        assert college[key].preferred_meeting == meeting(college, 3).UID()
    assert state(council["plan-investissement"]) == "validated"
    assert state(college["certificat-urbanisme-b245"]) == "created"


def test_college_item_sent_to_council(bodies):
    college, council = bodies
    source = college["reglement-zone-30-moulin"]
    [sent] = links.targets(source=source, kind="ia.gave_rise_to", unrestricted=True)
    assert links.sources(target=sent, kind="ia.gave_rise_to", unrestricted=True) == [
        source
    ]
    assert sent.aq_parent == council
    assert state(sent) == "frozen"
    assert sent in delib.agenda(meeting(council, 12))


def test_closed_session_items_in_the_council(bodies):
    _college, council = bodies
    secret = [
        item.getId()
        for item in delib.agenda(meeting(council, 12))
        if item.privacy == "secret"
    ]
    assert secret == ["pension-ouvrier", "nomination-employee"]


def test_urbachef_validates_and_finagent_gives_advice(portal):
    assert list_titles("delib_items_to_validate", "urbachef") == [
        "Acquisition du bâtiment rue de Namur 3 pour la bibliothèque communale",
        "Permis d'urbanisme : division d'une maison en deux logements, rue de "
        "la Gare 45",
    ]
    assert list_titles("delib_advices_to_give", "finagent")
    assert "Plan d'investissement communal 2025-2027 : modification" in list_titles(
        "delib_items_to_present", "secretaire"
    )


def test_anonymous_sees_the_public_agenda_only(bodies):
    college, council = bodies
    logout()
    past = meeting(council, -10)
    assert publication.is_public(past)
    rows = publication.public_items(past)
    titles = [row["title"] for row in rows]
    budget = next(r for r in rows if r["title"].startswith("Modification budgé"))
    assert budget["decision_state"] == "accepted"
    assert "approuve la modification budgétaire" in budget["decision"]
    assert not any("institutrice" in title for title in titles)
    portal = api.portal.get()
    site_page = portal.restrictedTraverse("@@ia-seances-publiques")
    site_page.path = list(past.getPhysicalPath()[len(portal.getPhysicalPath()) :])
    page = site_page()
    assert "Convention de collaboration avec le CPAS" in page
    assert "institutrice" not in page
    assert not publication.is_public(meeting(college, -14))
    assert not publication.is_public(meeting(council, 12))


def test_rerun_creates_nothing_twice(portal):
    before = counts(portal)
    municipality = load(PROFILE)
    demo.populate(portal, municipality, **municipality.demo["ia.delib"])
    apply_municipality(portal, replace(municipality, demo=delib_only(municipality)))
    assert counts(portal) == before
    assert before["IaDelibMeeting"] == 4


def test_bad_councillors_option_changes_nothing(portal):
    before = counts(portal)
    with pytest.raises(ValueError, match="councillors: between 0 and 10"):
        demo.populate(portal, load(PROFILE), councillors=11)
    assert counts(portal) == before


def test_building_the_demo_logs_no_uncatalog_error(portal, caplog):
    """Content is created under its final id (ia.core.naming.new_id): the
    catalog never logs ``uncatalogObject unsuccessfully attempted`` for the
    random id of a renamed object."""
    from ia.core.directory.api import get_directory
    from Products.CMFCore.indexing import processQueue

    directory = get_directory()
    councillors = [
        o for o in directory.objectValues() if o.getId().startswith("conseiller-")
    ]
    assert councillors  # made again below, as a first build does
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(objects=councillors, check_linkintegrity=False)
    municipality = load(PROFILE)
    options = dict(municipality.demo["ia.delib"], folder="deliberations-bis")
    with caplog.at_level("ERROR"):
        demo.populate(portal, municipality, **options)
        processQueue()
    unsuccessful = [
        r.getMessage() for r in caplog.records if "unsuccessfully" in r.getMessage()
    ]
    assert unsuccessful == []
    assert len(portal["deliberations-bis"]["conseil"].objectIds()) > 3
    assert "conseiller-1" in directory.objectIds()
