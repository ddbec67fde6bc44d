"""ia.core: the content core shared by every iA product."""

from zope.i18nmessageid import MessageFactory
import logging


PACKAGE_NAME = "ia.core"

_ = MessageFactory("ia.core")

logger = logging.getLogger(PACKAGE_NAME)


def _guard_indexing() -> None:
    # One pass of the indexing queue at a time (ia.core.indexing_guard).
    from ia.core import indexing_guard

    indexing_guard.apply()


_guard_indexing()
