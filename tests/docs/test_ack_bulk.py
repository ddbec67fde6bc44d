"""Every pending acknowledgement rendered at once (ia.docs.letters.bulk):
summary, skipped with reasons, idempotent; REST for administrators only;
the ia-ingest option."""

from ia.core.workflows.testing import rest
from ia.docs.area import get_mail_area
from ia.docs.ingestion import cli
from ia.docs.letters import acknowledgement
from ia.docs.letters.bulk import render_pending
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from tests.docs.letters_helpers import addressed_person
from tests.docs.letters_helpers import municipality
import io
import pytest
import requests
import transaction


@pytest.fixture
def mails(portal, services, registered):
    municipality()
    sender = addressed_person()
    first = registered(sender=sender.UID(), title="Demande A")
    second = registered(sender=sender.UID(), title="Demande B")
    moved = registered(sender=sender.UID(), title="Demande C")
    without = registered(sender=sender.UID(), title="Lettre", mail_type="letter")
    moved.sender = "a-contact-deleted-since"  # no longer in the directory
    return first, second, moved, without


def test_renders_every_pending_one_then_nothing(portal, mails):
    first, second, moved, without = mails
    assert [m.ack_pending for m in (first, second, moved)] == [True] * 3
    summary = render_pending()
    assert [row["reference"] for row in summary.rendered] == [
        first.reference,
        second.reference,
    ]
    assert [row["reference"] for row in summary.skipped] == [moved.reference]
    assert "pas d'expéditeur" in summary.skipped[0]["reason"]
    assert acknowledgement.get_acknowledgement(first) is not None
    assert acknowledgement.get_acknowledgement(second) is not None
    assert acknowledgement.get_acknowledgement(moved) is None
    assert acknowledgement.get_acknowledgement(without) is None
    assert not moved.ack_pending and moved.ack_skipped == summary.skipped[0]["reason"]
    again = render_pending()
    assert again.rendered == [] and again.skipped == []


def test_rendering_error_stays_pending(portal, mails, monkeypatch):
    first = mails[0]

    def broken(mail):
        raise ValueError("Modèle introuvable")

    monkeypatch.setattr(acknowledgement, "ensure_acknowledgement", broken)
    summary = render_pending()
    assert summary.rendered == []
    assert {
        "reference": first.reference,
        "url": first.absolute_url(),
        "reason": "Modèle introuvable",
    } in summary.skipped
    assert first.ack_pending is True


def test_cli_option(portal, mails):
    assert cli.parser().parse_args(["--acknowledgements"]).acknowledgements
    out = io.StringIO()
    assert cli.acknowledge(out) == cli.OK
    text = out.getvalue()
    assert "2 acknowledgements rendered, 1 skipped" in text
    assert mails[2].reference in text


def test_rest_for_administrators_only(functional_portal, functional_services):
    from tests.docs.conftest import register

    municipality()
    sender = addressed_person()
    mail = register(functional_portal, functional_services, sender=sender.UID())
    transaction.commit()
    url = f"{get_mail_area(functional_portal).absolute_url()}/@ia-acknowledgements"
    refused = rest("POST", url, "chef")
    assert refused.status_code == 403
    assert "administrators" in refused.json()["error"]["message"]
    assert rest("POST", url).status_code in (401, 403)  # anonymous
    answer = requests.post(
        url,
        headers={"Accept": "application/json"},
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    assert [row["reference"] for row in answer.json()["rendered"]] == [mail.reference]
    transaction.begin()
    assert acknowledgement.get_acknowledgement(mail) is not None
    again = rest("POST", url, "chef")
    assert again.status_code == 403
    assert api.content.get_state(mail) == "created"
