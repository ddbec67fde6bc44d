"""Fewer write conflicts between concurrent writers (issue 10).

Two clerks registering mails at the same time must never see an error.
Zope retries a transaction that ends in ``ConflictError``; what is left here
removes the hot spots that made *every* pair of concurrent registrations
conflict, so the retries are rare and short:

- ``uidgenerator``: CMFEditions numbers each new versioned document's
  history with ``Products.CMFUid``'s generator, one counter on the
  ``portal_uidgenerator`` tool, written by every creation. It is replaced
  (local ``IUniqueIdGenerator`` utility) by random 62-bit ids: nothing is
  written, nothing conflicts.

The numbering counters (``ia.core.numbering``) keep conflicting on purpose:
their numbers are gap-free and distinct only because two transactions that
take the same counter cannot both commit; the loser is retried.
"""
