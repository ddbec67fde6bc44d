"""iA.Delib end to end over REST, by real users with their own rights.

Two services write items, their N+1 validates them, the financial advice is
asked and given, the meeting manager creates a meeting, presents the items,
reorders and freezes the agenda, generates the convocation, records the
attendance and the votes, publishes, decides and closes; citizens read the
public agenda (never the closed-session item). Then the refusals: an item
presented to a closed meeting, more votes than voters, a transition
without the right — each with a clear message, nothing half-changed.
"""

from ia.core.testing import PASSWORD
from ia.delib.session import votes
from plone import api
from tests.delib.documents_world import text_of
from tests.delib.e2e_world import make_world
import pytest
import requests
import transaction


def call(method, url, user=None, **json):
    return requests.request(
        method,
        url,
        headers={"Accept": "application/json", "Accept-Language": "fr"},
        auth=(user, PASSWORD) if user else None,
        json=json if method != "GET" else None,
        timeout=60,
    )


def ok(response, status=200):
    assert response.status_code == status, response.text
    return response.json() if response.text else None


def create_item(body_url, user, service, title, **fields):
    data = ok(
        call(
            "POST",
            body_url,
            user,
            **{
                "@type": "IaDelibItem",
                "title": title,
                "responsible_services": [service],
                "motivation": {
                    "data": f"<p>Vu {title}</p>",
                    "content-type": "text/html",
                },
                **fields,
            },
        ),
        201,
    )
    return data["@id"]


def message_of(response) -> str:
    """The message of a refusal: ``{"error": {...}}`` (IaService, workflow)
    or plone.restapi's own ``{"type", "message"}`` (401/403)."""
    data = response.json()
    return data.get("error", data)["message"]


def transition(url, user, name, status=200):
    return ok(call("POST", f"{url}/@workflow/{name}", user), status)


@pytest.fixture
def world(functional_portal):
    world = make_world(functional_portal)
    world["url"] = world["body"].absolute_url()
    return world


@pytest.fixture
def decided(world):
    """The whole cycle up to the closed meeting; returns the URLs."""
    url = world["url"]
    # Two services write their items; Travaux asks the financial advice.
    voirie = create_item(
        url,
        "enc_travaux",
        world["travaux"],
        "Réfection de la voirie",
        category="travaux",
        advices_requested=["finance"],
    )
    musee = create_item(
        url, "enc_culture", world["culture"], "Subside au musée", category="culture"
    )
    huis_clos = create_item(
        url,
        "enc_culture",
        world["culture"],
        "Sanction d'un agent",
        privacy="secret",
    )
    # The other service sees nothing of a draft.
    assert call("GET", voirie, "enc_culture").status_code in (401, 403)
    transition(voirie, "enc_travaux", "propose")
    for item in (musee, huis_clos):
        transition(item, "enc_culture", "propose")
    # An encoder does not validate; the N+1 of the service does.
    assert call("POST", f"{voirie}/@workflow/validate", "enc_travaux").status_code in (
        400,
        401,
        403,
    )
    assert transition(voirie, "chef_travaux", "validate")["review_state"] == (
        "validated"
    )
    for item in (musee, huis_clos):
        transition(item, "chef_culture", "validate")

    # The advice was asked at proposal; the financial director gives it.
    (advice,) = ok(call("GET", f"{voirie}/@ia-advices", "dirfin"))["items"]
    assert advice["review_state"] == "under_edit"
    ok(
        call(
            "PATCH",
            advice["@id"],
            "dirfin",
            advice_value="positive",
            text="<p>Crédits inscrits.</p>",
        ),
        204,
    )
    transition(advice["@id"], "dirfin", "give")
    (advice,) = ok(call("GET", f"{voirie}/@ia-advices", "enc_travaux"))["items"]
    assert (advice["review_state"], advice["advice_value"]) == ("given", "positive")

    # The meeting manager creates the meeting (with the body's attendees).
    meeting = ok(
        call(
            "POST",
            url,
            "secretaire",
            **{
                "@type": "IaDelibMeeting",
                "title": "Séance du 14 décembre",
                "start": "2026-12-14T20:00:00",
                "place": "Salle du conseil",
            },
        ),
        201,
    )
    meeting_url, meeting_uid = meeting["@id"], meeting["UID"]
    for item in (voirie, musee, huis_clos):
        ok(call("PATCH", item, "secretaire", preferred_meeting=meeting_uid), 204)
        transition(item, "secretaire", "present")
    rows = ok(call("GET", f"{meeting_url}/@ia-agenda", "secretaire"))["items"]
    titles = [row["title"] for row in rows if "procès-verbal" not in row["title"]]
    assert titles == [
        "Réfection de la voirie",
        "Subside au musée",
        "Sanction d'un agent",
    ]
    # The museum first.
    musee_uid = ok(call("GET", musee, "secretaire"))["UID"]
    rows = ok(
        call(
            "POST",
            f"{meeting_url}/@ia-agenda",
            "secretaire",
            item=musee_uid,
            position=1,
        )
    )["items"]
    order = [row["title"] for row in rows]
    assert order == [
        "Subside au musée",
        "Réfection de la voirie",
        "Sanction d'un agent",
    ]
    transition(meeting_url, "secretaire", "freeze")
    assert ok(call("GET", voirie, "secretaire"))["review_state"] == "frozen"

    # The convocation: every item, in the agenda's order.
    response = call(
        "POST",
        f"{meeting_url}/@ia-documents",
        "secretaire",
        template="ia-delib-convocation",
        format="odt",
    )
    assert response.status_code == 200, response.text
    text = text_of(response.content)
    found = [text.index(title) for title in order]
    assert found == sorted(found), text

    # In session: one councillor excused, the votes, the decisions.
    session = ok(call("GET", f"{meeting_url}/@ia-session", "secretaire"))
    assert len(session["attendees"]) == 5
    excused = session["attendees"][3]["uid"]
    ok(
        call(
            "POST",
            f"{meeting_url}/@ia-session/attendance",
            "secretaire",
            action="presence",
            uid=excused,
            presence="excused",
        )
    )
    transition(meeting_url, "secretaire", "publish")
    for item, counts, decision in (
        (musee, {"yes": 2, "no": 1}, "accept"),
        (voirie, {"yes": 3}, "accept_modified"),
        (huis_clos, {"yes": 1, "no": 2, "secret": True}, "refuse"),
    ):
        # four members vote (the directrice générale does not), one excused
        row = ok(call("POST", f"{item}/@ia-votes", "secretaire", **counts))
        assert row["votes"]["total"] == 3
        row = ok(
            call(
                "POST",
                f"{item}/@ia-decision",
                "secretaire",
                transition=decision,
                decision=f"<p>Décision {decision}</p>",
            )
        )
    transition(meeting_url, "secretaire", "decide")
    transition(meeting_url, "secretaire", "close")
    return {
        "meeting": meeting_url,
        "items": {"voirie": voirie, "musee": musee, "huis_clos": huis_clos},
        "excused": excused,
    }


def test_whole_cycle(world, decided):
    meeting = decided["meeting"]
    assert ok(call("GET", meeting, "secretaire"))["review_state"] == "closed"
    states = {
        name: ok(call("GET", url, "secretaire"))["review_state"]
        for name, url in decided["items"].items()
    }
    assert states == {
        "voirie": "accepted_modified",
        "musee": "accepted",
        "huis_clos": "refused",
    }
    transaction.begin()
    musee = api.content.get(path="/conseil/subside-au-musee")
    assert (musee.item_number, votes.get_votes(musee).no) == (1, 1)

    # The minutes: the excused councillor, the items in order, the decisions.
    response = call(
        "POST",
        f"{meeting}/@ia-documents",
        "secretaire",
        template="ia-delib-proces-verbal",
        format="odt",
    )
    assert response.status_code == 200, response.text
    text = text_of(response.content)
    assert "Excusés :" in text
    positions = [
        text.index(title)
        for title in (
            "Subside au musée",
            "Réfection de la voirie",
            "Sanction d'un agent",
        )
    ]
    assert positions == sorted(positions)
    assert "Décision accept_modified" in text


def test_citizens_read_the_public_agenda_only(world, decided):
    meeting = decided["meeting"]
    data = ok(call("GET", f"{meeting}/@ia-public-agenda"))
    assert [(row["number"], row["title"]) for row in data["items"]] == [
        (1, "Subside au musée"),
        (2, "Réfection de la voirie"),
    ]
    assert data["items"][1]["decision_state"] == "accepted_modified"
    page = requests.get(f"{meeting}/@@ia-public-agenda", timeout=30)
    assert page.status_code == 200
    assert "Subside au musée" in page.text
    assert "Sanction d'un agent" not in page.text
    assert "Sanction d'un agent" not in call("GET", meeting + "/@ia-public-agenda").text
    # Neither the meeting nor its items open to anonymous visitors.
    assert call("GET", meeting).status_code == 401
    assert call("GET", decided["items"]["huis_clos"]).status_code == 401
    listing = ok(call("GET", f"{world['url']}/@ia-public-meetings"))
    assert [m["title"] for m in listing["years"][0]["meetings"]] == [
        "Séance du 14 décembre"
    ]


def new_meeting(world, title="Séance de janvier", start="2027-01-11T20:00:00"):
    """A meeting over REST; after the first one, it gets the recurring item
    approving the previous minutes."""
    return ok(
        call(
            "POST",
            world["url"],
            "secretaire",
            **{
                "@type": "IaDelibMeeting",
                "title": title,
                "start": start,
            },
        ),
        201,
    )


def test_nothing_public_before_publication(world):
    meeting = new_meeting(world)
    response = call("GET", f"{meeting['@id']}/@ia-public-agenda")
    assert response.status_code == 404
    assert "pas publique" in response.json()["error"]["message"]


class TestRefusals:
    def test_item_presented_to_a_closed_meeting(self, world, decided):
        item = create_item(world["url"], "enc_travaux", world["travaux"], "Trop tard")
        transition(item, "enc_travaux", "propose")
        transition(item, "chef_travaux", "validate")
        # A closed meeting is not offered as the preferred meeting.
        closed_uid = ok(call("GET", decided["meeting"], "secretaire"))["UID"]
        response = call("PATCH", item, "secretaire", preferred_meeting=closed_uid)
        assert response.status_code == 400, response.text
        assert "preferred_meeting" in response.json()["message"]
        # Chosen while open, the meeting is closed before the item is
        # presented (a meeting before the first one: no recurring item).
        meeting = new_meeting(world, "Séance de novembre", "2026-11-09T20:00:00")
        ok(call("PATCH", item, "secretaire", preferred_meeting=meeting["UID"]), 204)
        for name in ("freeze", "publish", "decide", "close"):
            transition(meeting["@id"], "secretaire", name)
        response = call("POST", f"{item}/@workflow/present", "secretaire")
        assert response.status_code == 400, response.text
        message = response.json()["error"]["message"]
        assert "Séance de novembre" in message and "closed" in message
        data = ok(call("GET", item, "secretaire"))
        assert data["review_state"] == "validated"
        for url in (meeting["@id"], decided["meeting"]):
            agenda = ok(call("GET", f"{url}/@ia-agenda", "secretaire"))
            assert "Trop tard" not in [row["title"] for row in agenda["items"]]
        transaction.begin()
        obj = api.content.get(UID=data["UID"])
        assert (obj.meeting_uid, obj.item_number) == (None, None)

    def test_more_votes_than_voters(self, world):
        item = create_item(world["url"], "enc_travaux", world["travaux"], "Vote")
        transition(item, "enc_travaux", "propose")
        transition(item, "chef_travaux", "validate")
        meeting = new_meeting(world)
        ok(call("PATCH", item, "secretaire", preferred_meeting=meeting["UID"]), 204)
        transition(item, "secretaire", "present")
        transition(meeting["@id"], "secretaire", "freeze")
        ok(call("POST", f"{item}/@ia-votes", "secretaire", yes=3, no=1))
        response = call("POST", f"{item}/@ia-votes", "secretaire", yes=5, no=2)
        assert response.status_code == 400, response.text
        assert "7 voix pour 4 votants" in response.json()["error"]["message"]
        row = ok(call("GET", f"{meeting['@id']}/@ia-session", "secretaire"))["items"]
        (vote,) = [r["votes"] for r in row if r["title"] == "Vote"]
        assert (vote["yes"], vote["no"], vote["total"]) == (3, 1, 4)

    def test_transitions_without_the_right(self, world, decided):
        item = create_item(world["url"], "enc_culture", world["culture"], "Sans droit")
        transition(item, "enc_culture", "propose")
        # The other service's N+1 may not validate it.
        response = call("POST", f"{item}/@workflow/validate", "chef_travaux")
        assert response.status_code in (400, 401, 403), response.text
        assert message_of(response)
        assert ok(call("GET", item, "enc_culture"))["review_state"] == "proposed"
        # Only administrators reopen a closed meeting; a service member may
        # not record votes.
        response = call("POST", f"{decided['meeting']}/@workflow/reopen", "secretaire")
        assert response.status_code in (400, 401, 403), response.text
        assert message_of(response)
        response = call(
            "POST", f"{decided['items']['musee']}/@ia-votes", "enc_culture", yes=1
        )
        assert response.status_code in (401, 403), response.text
        assert ok(call("GET", decided["meeting"], "secretaire"))["review_state"] == (
            "closed"
        )
        transaction.begin()
        musee = api.content.get(path="/conseil/subside-au-musee")
        assert (votes.get_votes(musee).yes, votes.get_votes(musee).no) == (2, 1)
