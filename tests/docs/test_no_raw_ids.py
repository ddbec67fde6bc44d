"""No raw id on the pages a civil servant reads (issue 12): no UID, no role
id (``IaAgent``), no ``msg_`` message id, no English label left over, in
the visible text of the dashboard, the mail area, a mail, its reply and
their history, rendered in French."""

from ia.core.dashboard.testing import as_user
from ia.docs.area import get_mail_area
from ia.docs.replies import create_reply
from lxml import html as lxml_html
from plone import api
from plone.app.testing import login
import pytest
import re


UID = re.compile(r"\b[0-9a-f]{32}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-")
ROLE = re.compile(r"\bIa(Agent|Encoder|Editor|Reader|Reviewer\d|ServiceManager)\b")
MSGID = re.compile(r"\bmsg_[a-z_]+\b|\blabel_[a-z_]+\b|\bhelp_[a-z_]+\b")
ENGLISH = (
    "Missing value",
    "Reply",
    "Generate the letter",
    "application/pdf",
    " KB",
    "ia-view",
    # English labels, to be sure the page was rendered in French
    "My dashboard",
    "Generate a document",
    "No attachment",
    "Add a task",
    "In reply to",
)


def visible_text(page):
    tree = lxml_html.fromstring(page)
    for element in tree.xpath("//script|//style|//noscript"):
        element.drop_tree()
    # The toolbar and the edit bar are Plone's; the content is ours.
    content = tree.xpath("//*[@id='content']") or [tree]
    return " ".join(" ".join(node.text_content().split()) for node in content)


def raw_ids(text):
    found = UID.findall(text) + ROLE.findall(text) + MSGID.findall(text)
    return found + [word for word in ENGLISH if word in text]


@pytest.fixture
def world(portal, services, registered):
    mail = registered(title="Demande de permis", sender=None)
    api.content.transition(obj=mail, transition="propose_to_manager")
    login(portal, "chef")
    mail.assigned_agent = "agent1"
    mail.reindexObject()
    api.content.transition(obj=mail, transition="propose_to_agent")
    login(portal, "agent1")
    api.content.transition(obj=mail, transition="treat")
    reply = create_reply(mail)
    return {"mail": mail, "reply": reply}


def _render(portal, userid, context, view):
    as_user(portal, userid)
    request = portal.REQUEST
    request.form.clear()
    # French as a Belgian browser asks for it (the language tool's binding
    # of the test request would answer English first).
    request.other.pop("LANGUAGE_TOOL", None)
    request["LANGUAGE"] = "fr"
    request.environ["HTTP_ACCEPT_LANGUAGE"] = "fr-BE,fr"
    page = api.content.get_view(view, context, request)
    return visible_text(page())


PAGES = [
    ("agent1", None, "ia-dashboard"),
    ("chef", None, "ia-dashboard"),
    ("encodeur", None, "ia-dashboard"),
    ("chef", "area", "ia-folder-dashboard"),
    ("agent1", "mail", "ia-view"),
    ("agent1", "mail", "ia-history"),
    ("agent1", "reply", "ia-view"),
    ("agent1", "reply", "ia-history"),
]


@pytest.mark.parametrize("userid,where,view", PAGES)
def test_no_raw_id_on_the_page(portal, world, userid, where, view):
    context = {
        None: portal,
        "area": get_mail_area(portal),
        "mail": world["mail"],
        "reply": world["reply"],
    }[where]
    text = _render(portal, userid, context, view)
    assert text  # the page was rendered
    assert raw_ids(text) == [], text[:2000]


def test_the_check_can_fail():
    assert raw_ids("Valeur manquante : 3133e0c1a2b34c5d6e7f8091a2b3c4d5")
    assert raw_ids("Rôle IaAgent")
    assert raw_ids("msg_closed_by_reply")
    assert raw_ids("PDF — application/pdf, 12 KB")
    assert not raw_ids("Courrier E/2026/0001 — Enregistré par Jean Dupont")
