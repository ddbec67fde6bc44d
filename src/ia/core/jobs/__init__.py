"""Background jobs: periodic tasks run by a worker, or by the instance itself.

A product registers a job as a named ``IJob`` utility (ZCML). ``run_due``
runs every job whose interval has passed, each under a lease stored in the
site: two runs that overlap (two workers, a cron entry and the clock) never
run the same job at once. Who calls ``run_due``:

- ``ia-worker`` (``ia.core.jobs.cli``): a database client of ZEO/RelStorage,
  in a loop (the topology's worker) or once per cron entry (``--once --job``);
- the instance's clock thread (``ia.core.jobs.clock``) when its zope.conf
  says ``IA_JOBS clock``: the embedded FileStorage, which no second process
  may open.
"""
