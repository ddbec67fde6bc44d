"""The interface of a link kind."""

from zope.interface import Attribute
from zope.interface import Interface


class ILinkKind(Interface):
    """A kind of link, registered as a named utility (name = ``id``)."""

    id = Attribute("The kind's id, e.g. 'ia.reply_to'; the relationship name.")
    title = Attribute("i18n label seen from the source ('En réponse à').")
    reverse_title = Attribute("i18n label seen from the target ('Réponses').")
    symmetric = Attribute("True: the link reads the same from both ends.")
    manual = Attribute("True: users may add and remove it by hand.")
