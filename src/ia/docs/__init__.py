"""ia.docs (iA.Docs): incoming and outgoing mail of a municipality."""

from zope.i18nmessageid import MessageFactory


PACKAGE_NAME = "ia.docs"

_ = MessageFactory("ia.docs")
