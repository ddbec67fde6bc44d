"""ia.policy: turns a municipality profile into a site of the iA suite."""

from zope.i18nmessageid import MessageFactory


PACKAGE_NAME = "ia.policy"

_ = MessageFactory("ia.policy")
