"""The live demo site that the real-browser journeys walk.

``BROWSER_DEMO_FIXTURE``: every product, then ``profiles/demo.toml`` applied
as ``ia-site`` does (services, demo users and their passwords, the products'
demo data, with the sizes of ``DEMO_SIZES``), the site's MailHost pointed at
a local test SMTP server (aiosmtpd) that this layer starts.
``BROWSER_FUNCTIONAL``: that site served over HTTP by plone.testing's WSGI
server, one per pytest run; each test runs on its own copy of the database
(a DemoStorage), so a journey never sees another's changes.
"""

from aiosmtpd.controller import Controller
from dataclasses import replace
from email import message_from_bytes
from email import policy
from ia.policy.apply import apply_municipality
from ia.policy.municipality import load
from ia.policy.testing import SUITE_FIXTURE
from pathlib import Path
from plone import api
from plone.app.testing import FunctionalTesting
from plone.app.testing import PloneSandboxLayer
from plone.testing import zope as zope_testing
import socket
import threading
import transaction


PROFILE = Path(__file__).resolve().parents[2] / "profiles" / "demo.toml"

# Smaller demo data than the demo site's, so that the layer is quick to set
# up: {product: {option: value}} over the profile's [demo."<product>"].
# A product whose journeys need more (or less) adds its line here.
# The municipality's administrator in the journeys (a site user with the
# Site Administrator role; the demo profile itself has none).
ADMIN = ("administrateur", "demo-adm-2026")

DEMO_SIZES = {
    "ia.docs": {"mails": 40},
    "ia.delib": {"councillors": 8},
}


class Mailbox:
    """The e-mails the test SMTP server received, oldest first."""

    def __init__(self):
        self.messages = []
        self._changed = threading.Condition()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd
        message = message_from_bytes(envelope.content, policy=policy.default)
        with self._changed:
            self.messages.append(
                {
                    "from": envelope.mail_from,
                    "to": list(envelope.rcpt_tos),
                    "subject": str(message["Subject"] or ""),
                    "message": message,
                }
            )
            self._changed.notify_all()
        return "250 Message accepted for delivery"

    def clear(self):
        with self._changed:
            self.messages.clear()

    def wait_for(self, count=1, timeout=10.0) -> list:
        """The messages once there are ``count`` of them (a mail queue may
        send after the page answered); fails after ``timeout`` seconds."""
        with self._changed:
            arrived = self._changed.wait_for(
                lambda: len(self.messages) >= count, timeout=timeout
            )
        assert arrived, f"{len(self.messages)} e-mail(s) received, {count} expected"
        return list(self.messages)

    def to(self, address) -> list:
        return [item for item in self.messages if address in item["to"]]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def smaller_demo(demo: dict) -> dict:
    return {
        product: {**options, **DEMO_SIZES.get(product, {})}
        for product, options in demo.items()
    }


def point_mailhost(portal, host: str, port: int) -> None:
    """The site sends its e-mails to ``host:port`` (registry and MailHost)."""
    api.portal.set_registry_record("plone.smtp_host", host)
    api.portal.set_registry_record("plone.smtp_port", port)
    if not api.portal.get_registry_record("plone.email_from_address", default=None):
        api.portal.set_registry_record("plone.email_from_address", "info@demo.example")
        api.portal.set_registry_record("plone.email_from_name", "Commune de Démo")
    mailhost = api.portal.get_tool("MailHost")
    mailhost.smtp_host = host
    mailhost.smtp_port = port


class BrowserDemoLayer(PloneSandboxLayer):
    defaultBases = (SUITE_FIXTURE,)

    def setUp(self):
        self.mailbox = Mailbox()
        self.smtp = Controller(self.mailbox, hostname="127.0.0.1", port=free_port())
        self.smtp.start()
        self["mailbox"] = self.mailbox
        self["smtp"] = (self.smtp.hostname, self.smtp.port)
        super().setUp()

    def tearDown(self):
        super().tearDown()
        self.smtp.stop()
        del self["mailbox"]
        del self["smtp"]

    def setUpPloneSite(self, portal):
        municipality = load(PROFILE)
        apply_municipality(
            portal, replace(municipality, demo=smaller_demo(municipality.demo))
        )
        point_mailhost(portal, *self["smtp"])
        with api.env.adopt_roles(["Manager"]):
            api.user.create(
                username=ADMIN[0],
                password=ADMIN[1],
                email="admin@demo.example",
                properties={"fullname": "Administratrice communale"},
            )
            api.user.grant_roles(username=ADMIN[0], roles=["Site Administrator"])
        # Committed with the site still set (see tests/delib/demo_layer.py).
        transaction.commit()


BROWSER_DEMO_FIXTURE = BrowserDemoLayer()
BROWSER_FUNCTIONAL = FunctionalTesting(
    bases=(BROWSER_DEMO_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="IaBrowserDemoLayer:FunctionalTesting",
)
