"""The meeting page (agenda by section, reorder, present) and the body page."""

from ia.core.testing import PASSWORD
from ia.core.testing import create_user
from ia.core.workflows.testing import set_state
from ia.delib import agenda
from ia.delib.interfaces import IIaDelibLayer
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.interface import alsoProvides
import pytest
import re
import requests
import transaction


# (title, privacy, list) in presentation order; the agenda puts public
# normal items first, then late ones, then closed session.
ITEMS = (
    ("Huis clos Alpha", "secret", "normal"),
    ("Budget Bravo", "public", "normal"),
    ("Urgence Charlie", "public", "emergency"),
    ("Voirie Delta", "public", "normal"),
)
AGENDA = ["Budget Bravo", "Voirie Delta", "Urgence Charlie", "Huis clos Alpha"]


def build(portal, meeting_state="frozen"):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    body = create_body(portal, "Conseil", id="conseil", categories=["fin|Finances"])
    meeting = create_meeting(
        body, "Séance du 14 décembre", id="seance", place="Salle du conseil"
    )
    items = {}
    for index, (title, privacy, list_type) in enumerate(ITEMS):
        item = create_item(
            body,
            title,
            id=f"i{index}",
            privacy=privacy,
            list_type=list_type,
            category="fin",
        )
        agenda.add(meeting, item)
        set_state(item, "presented")
        items[title] = item
    waiting = create_item(body, "Attente Echo", id="attente", state="validated")
    set_state(meeting, meeting_state)
    return {"body": body, "meeting": meeting, "items": items, "waiting": waiting}


def titles_in_order(html):
    found = [
        (html.find(f">{title}<"), title) for title in AGENDA if f">{title}<" in html
    ]
    return [title for _pos, title in sorted(found)]


def render(meeting, request):
    alsoProvides(request, IIaDelibLayer)
    return meeting.restrictedTraverse("@@ia-meeting-view")()


def test_meeting_page_sections_numbers_order(portal):
    world = build(portal)
    html = render(world["meeting"], portal.REQUEST)
    assert titles_in_order(html) == AGENDA
    numbers = re.findall(r'class="ia-agenda-number">(\d+)<', html)
    assert numbers == ["1", "2", "3", "4"]
    assert html.index('id="ia-section-public"') < html.index('id="ia-section-secret"')
    assert html.index("ia-list-public-0") < html.index("ia-list-public-1")
    assert "Salle du conseil" in html and "14/12/2026" in html and "20:00" in html
    assert "Finances" in html
    assert "Attente Echo" in html  # validated, waiting to be presented


def test_meeting_page_after_move(portal):
    world = build(portal)
    from ia.delib.api import move_item

    move_item(world["meeting"], world["items"]["Voirie Delta"], 1)
    html = render(world["meeting"], portal.REQUEST)
    assert titles_in_order(html) == [
        "Voirie Delta",
        "Budget Bravo",
        "Urgence Charlie",
        "Huis clos Alpha",
    ]


def test_meeting_page_200_items_in_a_few_searches(portal, monkeypatch):
    """The 200-item page costs a few catalog searches, not one per item
    (its time is measured by ``make bench``: bench/scenarios/delib.py)."""
    from ia.delib.browser.rows import agenda_rows
    from Products.CMFPlone.CatalogTool import CatalogTool

    setRoles(portal, TEST_USER_ID, ["Manager"])
    body = create_body(portal, "Conseil", id="conseil")
    meeting = create_meeting(body, "Grande séance", id="grande")
    meeting_uid = api.content.get_uuid(meeting)
    for index in range(200):  # presented in bulk: one renumbering
        item = create_item(body, f"Point {index}", id=f"p{index}")
        meeting.agenda_uids().append(api.content.get_uuid(item))
        item.meeting_uid = meeting_uid
    agenda.renumber(meeting)
    render(meeting, portal.REQUEST)  # warm the caches
    searches = []
    for name in ("searchResults", "unrestrictedSearchResults"):
        original = getattr(CatalogTool, name)

        def counted(self, *args, _original=original, **kwargs):
            searches.append(kwargs or args)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(CatalogTool, name, counted)
    rows = agenda_rows(meeting, portal.REQUEST)
    rows_searches = len(searches)
    html = render(meeting, portal.REQUEST)
    assert len(rows) == 200
    assert html.count('class="ia-agenda-row"') == 200
    assert rows_searches <= 2, searches  # 1 today
    assert len(searches) <= 10, searches  # the whole page, chrome included: 5


def test_body_page_lists_meetings_and_waiting_items(portal):
    world = build(portal)
    create_meeting(
        world["body"],
        "Séance passée",
        id="passee",
        start=__import__("datetime").datetime(2020, 1, 6, 20),
    )
    alsoProvides(portal.REQUEST, IIaDelibLayer)
    html = world["body"].restrictedTraverse("@@ia-body-view")()
    upcoming = html.index('id="ia-meetings-upcoming"')
    past = html.index('id="ia-meetings-past"')
    assert (
        upcoming
        < html.index("Séance du 14 décembre")
        < past
        < html.index("Séance passée")
    )
    assert "Attente Echo" in html
    assert 'id="ia-add-meeting"' in html and 'id="ia-add-item"' in html


def test_default_views(portal):
    types = api.portal.get_tool("portal_types")
    assert types["IaDelibMeeting"].default_view == "ia-meeting-view"
    assert types["IaDelibBody"].default_view == "ia-body-view"


# Over HTTP: a meeting manager and a civil servant.


@pytest.fixture
def site(functional_portal):
    world = build(functional_portal)
    create_user("secretaire")
    create_user("agent")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    transaction.commit()
    return world


def get(url, user):
    return requests.get(url, auth=(user, PASSWORD), timeout=30)


def post_form(url, user, data, page):
    token = re.search(r'name="_authenticator" value="([^"]+)"', page).group(1)
    return requests.post(
        url, auth=(user, PASSWORD), data={**data, "_authenticator": token}, timeout=30
    )


def uid(obj):
    return api.content.get_uuid(obj)


def test_manager_has_controls_service_user_has_none(site):
    url = site["meeting"].absolute_url()
    manager = get(url, "secretaire")
    assert manager.status_code == 200
    assert 'draggable="true"' in manager.text
    assert "@@ia-agenda-move" in manager.text
    assert "++resource++ia.delib/agenda.js" in manager.text
    assert "ia-present" in manager.text
    assert (
        get(
            f"{api.portal.get().absolute_url()}/++resource++ia.delib/agenda.js",
            "secretaire",
        ).status_code
        == 200
    )
    agent = get(url, "agent")
    assert agent.status_code == 200
    assert "Budget Bravo" not in agent.text  # the items keep their own security
    for control in ('draggable="true"', "@@ia-agenda-move", "agenda.js", "ia-present"):
        assert control not in agent.text, control


def test_drag_and_drop_endpoint_then_page(site):
    url = site["meeting"].absolute_url()
    delta = uid(site["items"]["Voirie Delta"])
    response = requests.post(
        f"{url}/@ia-agenda",
        json={"item": delta, "position": 1},
        headers={"Accept": "application/json"},
        auth=("secretaire", PASSWORD),
        timeout=30,
    )
    assert response.status_code == 200, response.text
    numbers = {row["title"]: row["number"] for row in response.json()["items"]}
    assert numbers["Voirie Delta"] == 1 and numbers["Budget Bravo"] == 2
    page = get(url, "secretaire").text
    assert titles_in_order(page)[:2] == ["Voirie Delta", "Budget Bravo"]
    refused = requests.post(
        f"{url}/@ia-agenda",
        json={"item": delta, "position": 0},
        headers={"Accept": "application/json"},
        auth=("secretaire", PASSWORD),
        timeout=30,
    )
    assert refused.status_code == 400
    assert "position" in refused.json()["error"]["message"]
    assert titles_in_order(get(url, "secretaire").text)[:2] == [
        "Voirie Delta",
        "Budget Bravo",
    ]


def test_keyboard_move_forms(site):
    url = site["meeting"].absolute_url()
    page = get(url, "secretaire").text
    delta = uid(site["items"]["Voirie Delta"])
    response = post_form(
        f"{url}/@@ia-agenda-move", "secretaire", {"item": delta, "up": "1"}, page
    )
    assert response.status_code == 200
    assert titles_in_order(response.text)[:2] == ["Voirie Delta", "Budget Bravo"]
    response = post_form(
        f"{url}/@@ia-agenda-move", "secretaire", {"item": delta, "position": "2"}, page
    )
    assert titles_in_order(response.text)[:2] == ["Budget Bravo", "Voirie Delta"]
    bad = post_form(
        f"{url}/@@ia-agenda-move",
        "secretaire",
        {"item": delta, "position": "abc"},
        page,
    )
    assert bad.status_code == 200
    assert titles_in_order(bad.text)[:2] == ["Budget Bravo", "Voirie Delta"]
    assert "whole number" in bad.text or "nombre entier" in bad.text
    # Without the token nothing moves.
    forged = requests.post(
        f"{url}/@@ia-agenda-move",
        auth=("secretaire", PASSWORD),
        data={"item": delta, "up": "1"},
        timeout=30,
    )
    assert forged.status_code >= 400
    assert titles_in_order(get(url, "secretaire").text)[:2] == [
        "Budget Bravo",
        "Voirie Delta",
    ]


def test_present_button(site):
    url = site["meeting"].absolute_url()
    page = get(url, "secretaire").text
    waiting = site["waiting"]
    response = post_form(
        f"{url}/@@ia-present-item", "secretaire", {"item": uid(waiting)}, page
    )
    assert response.status_code == 200
    transaction.begin()
    assert waiting.meeting_uid == uid(site["meeting"])
    assert api.content.get_state(waiting) == "frozen"  # late: the meeting is frozen
    assert waiting.item_number == 3
    agenda_html, waiting_html = response.text.split('id="ia-waiting-items"')
    assert f'<a href="{waiting.absolute_url()}">Attente Echo</a>' in agenda_html
    assert "Attente Echo" not in waiting_html
    unknown = post_form(
        f"{url}/@@ia-present-item", "secretaire", {"item": "nope"}, page
    )
    assert "nope" in unknown.text


def test_service_user_may_not_present_or_move(site):
    url = site["meeting"].absolute_url()
    waiting = site["waiting"]
    for view in ("@@ia-present-item", "@@ia-agenda-move"):
        response = requests.post(
            f"{url}/{view}",
            auth=("agent", PASSWORD),
            data={"item": uid(waiting), "up": "1"},
            timeout=30,
            allow_redirects=False,
        )
        # Plone answers an authenticated user without the right with its
        # "insufficient privileges" login page (302) or 401/403.
        assert response.status_code in (302, 401, 403), view
        if response.status_code == 302:
            assert "login" in response.headers["Location"], view
    transaction.begin()
    assert api.content.get_state(waiting) == "validated"


def test_body_page_links_by_role(site):
    url = site["body"].absolute_url()
    manager = get(url, "secretaire").text
    agent = get(url, "agent").text
    assert 'id="ia-add-meeting"' in manager
    assert 'id="ia-add-meeting"' not in agent
    assert 'id="ia-add-item"' in agent
    assert "Séance du 14 décembre" in agent
