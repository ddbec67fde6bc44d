"""``ia-worker``: run the background jobs of every site, as a database client.

    ia-worker --zope-conf instances/worker/etc/zope.conf            # loop
    ia-worker --zope-conf ... --once [--job ia.docs.ingestion] [--force]

In a loop (the topology's worker) it runs the due jobs every ``--interval``
seconds; with ``--once`` (one cron entry per job) it runs them once. Runs
that overlap are safe: each job is leased in the database. With the
embedded FileStorage the database is the instance's: nothing to do, exit 0.
Exit codes: 0 done, 2 bad usage or configuration.
"""

from ia.core.zopeapp import DatabaseInUse
from ia.core.zopeapp import close_app
from ia.core.zopeapp import open_app
import argparse
import os
import signal
import sys
import threading


OK, USAGE = 0, 2


def parser() -> argparse.ArgumentParser:
    result = argparse.ArgumentParser(
        prog="ia-worker", description=__doc__.split("\n")[0]
    )
    result.add_argument("--zope-conf", default=os.environ.get("IA_ZOPE_CONF"))
    result.add_argument(
        "--admin", help="ignored (kept for cron lines); jobs run as system"
    )
    result.add_argument("--once", action="store_true", help="run the due jobs once")
    result.add_argument("--job", help="only this job (its name)")
    result.add_argument("--force", action="store_true", help="run even if not due")
    result.add_argument(
        "--interval", type=float, default=30.0, help="seconds between passes"
    )
    return result


def main(argv=None) -> int:
    from ia.core.jobs.runner import run_db

    args = parser().parse_args(argv)
    if not args.zope_conf or not os.path.isfile(args.zope_conf):
        print("ia-worker: give --zope-conf (or $IA_ZOPE_CONF)", file=sys.stderr)
        return USAGE
    try:
        app = open_app(args.zope_conf)
    except DatabaseInUse as exc:
        print(f"ia-worker: {exc}", file=sys.stderr)
        return OK
    db = app._p_jar.db()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    last = {}  # (site, job) -> its last result printed
    try:
        while True:
            done = run_db(db, only=args.job, force=args.force)
            for site, results in done.items():
                for name, result in results.items():
                    # the loop prints a job's result when it changes, not
                    # "nothing to do" every minute (the job log keeps all)
                    if last.get((site, name)) != result:
                        print(f"ia-worker: {site}: {name}: {result}", flush=True)
                    last[(site, name)] = result
            if args.once and args.job and not any(args.job in r for r in done.values()):
                print(
                    f"ia-worker: {args.job}: not run (another run holds its lease,"
                    " or it is not due)",
                    flush=True,
                )
            if args.once or stop.wait(args.interval):
                return OK
    except KeyboardInterrupt:
        return OK
    finally:
        close_app(app)


if __name__ == "__main__":
    sys.exit(main())
