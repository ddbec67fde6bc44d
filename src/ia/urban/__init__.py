"""ia.urban (iA.Urban): town-planning permits under the Walloon CoDT."""

from zope.i18nmessageid import MessageFactory


PACKAGE_NAME = "ia.urban"

_ = MessageFactory("ia.urban")
