"""The municipality of the iA.Docs end-to-end tests (REST and browser).

The conftest's services, and Urbanisme (manager ``chefurba``,
agents ``urba1`` — also an encoder, so that he writes his replies — and
``urba2``, encoder ``encurba``: the mail office's encoder
sends nothing of Urbanisme). A sender with an address
and an e-mail, the municipality's settings, and a MailHost that keeps what
it sends in ``SENT`` (the requests run in the server's thread, on another
ZODB connection than the test).
"""

from ia.core.docgen import settings as docgen_settings
from ia.core.orgchart.api import get_orgchart
from ia.core.testing import create_service
from ia.core.testing import create_user
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
from Products.CMFPlone.tests.utils import MockMailHost
from Products.MailHost.interfaces import IMailHost
from tests.docs.letters_helpers import addressed_person
from tests.docs.letters_helpers import municipality
from tests.docs.letters_helpers import person
from zope.component import getSiteManager
import pytest
import transaction


SENT = []


class KeepingMailHost(MockMailHost):
    """A MockMailHost whose messages outlive the server's connection."""

    def send(self, *args, **kwargs):
        before = len(self.messages)
        result = super().send(*args, **kwargs)
        SENT.extend(self.messages[before:])
        return result


def _mailhost(portal):
    mock = KeepingMailHost("MailHost")
    portal.MailHost = mock
    manager = getSiteManager(portal)
    manager.unregisterUtility(provided=IMailHost)
    manager.registerUtility(mock, provided=IMailHost)


def make_world(portal, base_services):
    """On top of the conftest's municipality (``functional_services``:
    Courrier with ``encodeur``, Culture with ``autre``...)."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    for userid in ("chefurba", "urba1", "urba2", "encurba"):
        create_user(userid)
    chart = get_orgchart(portal)
    services = {
        "urbanisme": create_service(
            chart,
            "Urbanisme",
            [
                ("manager", "chefurba"),
                ("editor", "urba1"),
                ("encoder", "urba1"),
                ("editor", "urba2"),
                ("encoder", "encurba"),
            ],
        ),
    }
    municipality()
    sender = addressed_person(email="jean.dupont@example.org")
    nomail = person(lastname="Sanscourriel")
    _mailhost(portal)
    transaction.commit()
    SENT.clear()
    return {
        "portal": portal,
        "url": portal.absolute_url(),
        "services": {
            **base_services,
            **{key: s.UID() for key, s in services.items()},
        },
        "sender": sender.UID(),
        "nomail": nomail.UID(),
    }


@pytest.fixture
def no_libreoffice(monkeypatch, tmp_path):
    """Letters as ODT: no LibreOffice in the tests. The e-mail queue of the
    server's thread is a folder of this test (``flush_queue`` sends it)."""
    monkeypatch.setattr(docgen_settings, "answering_port", lambda *a, **k: None)
    monkeypatch.setenv("IA_MAIL_QUEUE", str(tmp_path / "mailqueue"))


class KeepingMailer:
    """The SMTP server of the queue: keeps what it sends in ``SENT``."""

    def send(self, fromaddr, toaddrs, message):
        SENT.append(message)


def flush_queue(portal):
    """Send what the server queued (``ia.core.mailqueue``), as the worker does."""
    from ia.core.mailqueue import api as mailqueue

    transaction.begin()  # see the server's commits
    mailqueue.process(portal, mailer=KeepingMailer())


def mail_count(portal, portal_type="IaIncomingMail"):
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    return len(catalog.unrestrictedSearchResults(portal_type=portal_type))
