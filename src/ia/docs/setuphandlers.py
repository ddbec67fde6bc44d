"""Install step of iA.Docs: the mail area."""

from ia.docs.area import ensure_mail_area
from plone import api


def post_install(setup_tool):
    ensure_mail_area(api.portal.get())
