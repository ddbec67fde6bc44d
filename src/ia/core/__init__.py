"""ia.core: the content core shared by every iA product."""

from zope.i18nmessageid import MessageFactory
import logging


PACKAGE_NAME = "ia.core"

_ = MessageFactory("ia.core")

logger = logging.getLogger(PACKAGE_NAME)
