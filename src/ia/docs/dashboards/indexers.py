"""Catalog values of the mail dashboards' columns (``columns.py``).

Computed at indexing so that a dashboard row reads them from the brain:

- ``ia_sender`` (index): the incoming mail's sender UID, to find the mails
  of a contact when the contact is renamed;
- ``ia_sender_title`` (metadata): the sender's display name;
- ``ia_sender_sortable`` (index): that name without accents nor case;
- ``ia_mail_type`` (index and metadata): the mail type id;
- ``ia_mail_recipients`` (metadata): the outgoing mail's recipients' names;
- ``ia_mail_recipient_uids`` (index): their UIDs, to find the outgoing
  mails of a contact when the contact is renamed.

A mail whose sender or recipients change is reindexed by its edit
(``IObjectModifiedEvent``); a renamed contact reindexes the mails it sent
and the mails sent to it (``reindex_mails_of_contact``).
"""

from ia.core.directory.api import CONTACT_TYPES
from ia.core.directory.api import contact_label
from ia.core.indexing import referrers
from ia.docs.content import IIncomingMail
from ia.docs.content import IOutgoingMail
from plone import api
from plone.indexer import indexer
from unicodedata import combining
from unicodedata import normalize


# Reindexing them also refreshes the metadata (``ia_sender_title``,
# ``ia_mail_recipients``).
SENDER_INDEXES = ("ia_sender", "ia_sender_sortable")
RECIPIENT_INDEXES = ("ia_mail_recipient_uids",)


def sortable(text):
    """``text`` without accents, case-folded: "Éric" sorts next to "eric"."""
    decomposed = normalize("NFKD", text or "")
    return "".join(char for char in decomposed if not combining(char)).casefold()


def _sender(mail):
    uid = getattr(mail, "sender", None)
    return uid if isinstance(uid, str) and uid else None


@indexer(IIncomingMail)
def ia_sender(mail):
    uid = _sender(mail)
    if uid is None:
        raise AttributeError("ia_sender")
    return uid


@indexer(IIncomingMail)
def ia_sender_title(mail):
    uid = _sender(mail)
    if uid is None:
        raise AttributeError("ia_sender_title")
    return contact_label(uid) or None


@indexer(IIncomingMail)
def ia_sender_sortable(mail):
    uid = _sender(mail)
    title = contact_label(uid) if uid else ""
    if not title:
        raise AttributeError("ia_sender_sortable")
    return sortable(title)


@indexer(IIncomingMail)
def ia_mail_type(mail):
    value = getattr(mail, "mail_type", None)
    if not value:
        raise AttributeError("ia_mail_type")
    return value


def _recipients(mail):
    return [uid for uid in getattr(mail, "recipients", None) or () if uid]


@indexer(IOutgoingMail)
def ia_mail_recipient_uids(mail):
    uids = _recipients(mail)
    if not uids:
        raise AttributeError("ia_mail_recipient_uids")
    return tuple(uids)


@indexer(IOutgoingMail)
def ia_mail_recipients(mail):
    uids = _recipients(mail)
    if not uids:
        raise AttributeError("ia_mail_recipients")
    catalog = api.portal.get_tool("portal_catalog")
    titles = {
        brain.UID: brain.Title
        for brain in catalog.unrestrictedSearchResults(
            UID=uids, portal_type=list(CONTACT_TYPES)
        )
    }
    return tuple(titles[uid] for uid in uids if titles.get(uid))


def reindex_mails_of_contact(contact, event):
    """A renamed contact: the mails it sent and the mails sent to it show
    its new name."""
    if getattr(contact, "portal_type", None) not in CONTACT_TYPES:
        return
    uid = contact.UID()
    for index, reindexed in (
        ("ia_sender", SENDER_INDEXES),
        ("ia_mail_recipient_uids", RECIPIENT_INDEXES),
    ):
        for mail in referrers(index, uid):
            mail.reindexObject(idxs=list(reindexed))
