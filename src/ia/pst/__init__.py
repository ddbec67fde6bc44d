"""ia.pst (iA.PST): the transversal strategic programme of a municipality."""

from zope.i18nmessageid import MessageFactory


PACKAGE_NAME = "ia.pst"

_ = MessageFactory("ia.pst")
