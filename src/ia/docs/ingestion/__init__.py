"""Bulk ingestion of incoming mail from a drop folder, exactly once.

    from ia.docs.ingestion import run
    summary = run(portal)            # Summary(ingested, skipped, rejected)

See ``docs/docs-ingestion.md``.
"""

from ia.docs.ingestion.runner import Summary  # noqa: F401
from ia.docs.ingestion.runner import run  # noqa: F401
