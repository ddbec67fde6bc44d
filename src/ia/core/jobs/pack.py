"""Weekly pack of the database (a job: the worker, or the instance's clock).

Keeps ``IA_PACK_DAYS`` (7) days of history; removes the objects and blob
files nothing refers to any more. Packing from a client works for every
storage: the embedded FileStorage, a ZEO server, RelStorage.
"""

from ia.core.jobs.interfaces import IJob
from zope.interface import implementer
import os


@implementer(IJob)
class PackJob:
    title = "Compactage hebdomadaire de la base"
    interval = 7 * 24 * 3600
    run_at_once = False  # a week after the first start, not at once

    def __call__(self, portal):
        days = float(os.environ.get("IA_PACK_DAYS", "7"))
        portal._p_jar.db().pack(days=days)
        return f"base compactée (historique gardé : {days:g} jours)"


pack = PackJob()
