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

- ``textindex``: the full-text indexes keep every word's posting list in a
  tree of its own, so two mails sharing a word no longer rewrite the same
  bucket (patch of ``Products.ZCTextIndex``, applied on import).
- ``retry``: the conflicts that remain are logged (oid, class, retry) and
  retried after a short random delay (patch of Zope's ``delay_retry``);
  ``max-conflict-retries`` is set in the instances' zope.conf.

The numbering counters (``ia.core.numbering``) read the last committed
number and hold a lock per host until the transaction ends; two transactions
that took the same number still conflict, and the loser is retried.
"""


def _apply() -> None:
    from ia.core.conflicts import retry
    from ia.core.conflicts import textindex

    textindex.apply()
    retry.install_short_delay()


_apply()
