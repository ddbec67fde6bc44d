"""1001 -> 1002: the mail area ``/courrier`` keeps no explicit order and its
date no longer follows its mails (``ia.docs.area.MailArea``): concurrent
registrations no longer conflict on it."""

from ia.docs.area import get_mail_area
from ia.docs.area import upgrade_area
from plone import api


def upgrade(setup_tool):
    area = get_mail_area()
    if area is not None:
        upgrade_area(api.portal.get(), area)
