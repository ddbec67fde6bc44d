"""Demo data of iA.Docs for a municipality profile (``[demo."ia.docs"]``).

``populate(portal, municipality, mails=300)`` creates about thirty senders
in the directory and ``mails`` incoming mails spread over the last three
months across the demo services, in every state of the mail workflow, some
overdue, some with copy services, tasks and replies (to sign, signed,
sent). It is idempotent: each planned mail has a key, remembered on
``/courrier``; a re-run creates only the mails not created yet (a larger
``mails`` adds the new ones).
"""

from ia.docs.area import get_mail_area
from ia.docs.demo.contacts import ensure_contacts
from ia.docs.demo.mails import Builder
from ia.docs.demo.plan import plan
from ia.docs.demo.services import demo_services
from ia.docs.demo.services import encoder_of
from persistent.mapping import PersistentMapping
from zope.annotation.interfaces import IAnnotations
import logging
import time


logger = logging.getLogger("ia.docs.demo")

OPTIONS = {"mails": (int, 300)}
ANNOTATION = "ia.docs.demo"


def created_keys(area):
    """{plan key: mail UID} of the demo mails already created."""
    annotations = IAnnotations(area)
    if ANNOTATION not in annotations:
        annotations[ANNOTATION] = PersistentMapping()
    return annotations[ANNOTATION]


def populate(portal, municipality, mails=300, **options):
    """Create the demo senders and mails that do not exist yet."""
    area = get_mail_area(portal)
    if area is None:
        raise RuntimeError("The mail area /courrier is missing: is ia.docs installed?")
    services = demo_services()
    if not services:
        logger.warning("No demo service found: no demo mail created.")
        return 0
    start = time.monotonic()
    contacts = ensure_contacts()
    builder = Builder(services, contacts, encoder_of(services))
    done = created_keys(area)
    count = 0
    for index in range(max(mails, 0)):
        mail_plan = plan(index, services)
        if mail_plan.key in done:
            continue
        done[mail_plan.key] = builder.build(mail_plan).UID()
        count += 1
    logger.info(
        "%d demo mails created in %.1f s (%d already there).",
        count,
        time.monotonic() - start,
        len(done) - count,
    )
    return count
