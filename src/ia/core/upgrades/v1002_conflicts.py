"""1001 -> 1002: the stateless unique-id generator (``ia.core.conflicts``)."""

from ia.core.conflicts.install import install
from plone import api


def upgrade(setup_tool):
    install(api.portal.get())
