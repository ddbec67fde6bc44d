"""``ia-ingest``: ingest the drop folder of a site, from a shell or cron.

    ia-ingest --zope-conf instance/etc/zope.conf [--site demo] [--folder PATH]
              [--limit N] [--batch-size N] [--quiet]
    ia-ingest --zope-conf ... --acknowledgements   # render the pending
                                                   # acknowledgements instead

Defaults: ``$IA_ZOPE_CONF``, ``$IA_SITE`` (else the only Plone site),
``$IA_ADMIN`` (the Zope user to act as, default ``admin``). A progress bar
is drawn on a terminal only. Exit codes: 0 done, 1 some documents were
rejected (see quarantine/), 2 bad usage or configuration, 3 another run
holds the folder's lock (nothing done), 4 done after taking over a stale
lock (a previous run died). ``--max-seconds`` (default 1800): no batch
starts after that time; the rest waits for the next run.
"""

from ia.core.zopeapp import DatabaseInUse
from ia.core.zopeapp import close_app
from ia.core.zopeapp import login_admin
from ia.core.zopeapp import open_app
import argparse
import os
import sys


OK, REJECTED, USAGE, LOCKED, STALE_LOCK = 0, 1, 2, 3, 4
# No batch starts after this time (seconds): the next cron run goes on.
DEFAULT_MAX_SECONDS = 1800
BAR_WIDTH = 30


def parser() -> argparse.ArgumentParser:
    result = argparse.ArgumentParser(
        prog="ia-ingest",
        description="Ingest the scans and e-mails waiting in a site's drop folder.",
    )
    result.add_argument(
        "--zope-conf",
        default=os.environ.get("IA_ZOPE_CONF"),
        help="zope.conf of the instance (default: $IA_ZOPE_CONF)",
    )
    result.add_argument(
        "--site", default=os.environ.get("IA_SITE"), help="id of the Plone site"
    )
    result.add_argument(
        "--admin",
        default=os.environ.get("IA_ADMIN"),
        metavar="LOGIN",
        help="Zope user to act as (default: $IA_ADMIN or admin)",
    )
    result.add_argument("--folder", help="drop folder (default: the site's setting)")
    result.add_argument("--limit", type=_positive, help="at most N documents")
    result.add_argument(
        "--batch-size", type=_positive, help="documents per transaction"
    )
    result.add_argument(
        "--max-seconds",
        type=_positive,
        default=_env_int("IA_INGEST_MAX_SECONDS", DEFAULT_MAX_SECONDS),
        help="start no batch after N seconds (default: $IA_INGEST_MAX_SECONDS "
        f"or {DEFAULT_MAX_SECONDS})",
    )
    result.add_argument("--quiet", action="store_true", help="print errors only")
    result.add_argument(
        "--acknowledgements",
        action="store_true",
        help="render the pending acknowledgements of receipt instead of ingesting",
    )
    return result


def _env_int(name, default):
    try:
        return max(1, int(os.environ.get(name, default)))
    except ValueError:
        return default


def _positive(text):
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"a positive integer is expected: {text!r}")
    return value


def _fail(message, code=USAGE) -> int:
    print(f"ia-ingest: {message}", file=sys.stderr)
    return code


def progress_bar(stream):
    """A ``progress(done, total, name)`` drawing one line on ``stream``."""

    def progress(done, total, name):
        filled = BAR_WIDTH * done // max(total, 1)
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        stream.write(f"\r[{bar}] {done}/{total} {name[:40]:<40}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return progress


def find_site(app, site_id):
    from Products.CMFPlone.Portal import PloneSite

    if site_id:
        site = app.get(site_id)
        return site if isinstance(site, PloneSite) else None
    sites = [obj for obj in app.objectValues() if isinstance(obj, PloneSite)]
    return sites[0] if len(sites) == 1 else None


def report(summary, out) -> None:
    print(
        f"ia-ingest: {summary.ingested} ingested, {summary.skipped} skipped "
        f"(already ingested), {len(summary.rejected)} rejected",
        file=out,
    )
    for name, reason in summary.rejected:
        print(f"  rejected {name}: {reason}", file=out)


def acknowledge(out) -> int:
    """Render the pending acknowledgements of the current site; print a summary."""
    from ia.docs.letters.bulk import render_pending

    summary = render_pending()
    print(
        f"ia-ingest: {len(summary.rendered)} acknowledgements rendered, "
        f"{len(summary.skipped)} skipped",
        file=out,
    )
    for row in summary.skipped:
        print(f"  skipped {row['reference']}: {row['reason']}", file=out)
    return OK


def ingest(app, args) -> int:
    from ia.docs.ingestion.lock import Locked
    from ia.docs.ingestion.runner import run
    from ia.docs.ingestion.settings import FolderError
    from zope.component.hooks import setSite
    from zope.i18n import translate

    site = find_site(app, args.site)
    if site is None:
        return _fail(
            f"no Plone site '{args.site}'" if args.site else "give --site (or $IA_SITE)"
        )
    try:
        login_admin(app, args.admin)
    except ValueError as exc:
        return _fail(str(exc))
    setSite(site)
    if args.acknowledgements:
        import transaction

        code = acknowledge(sys.stdout)
        transaction.commit()
        return code
    tty = not args.quiet and sys.stderr.isatty()
    try:
        summary = run(
            site,
            args.folder,
            limit=args.limit,
            batch_size=args.batch_size,
            progress=progress_bar(sys.stderr) if tty else None,
            max_seconds=getattr(args, "max_seconds", None),
        )
    except FolderError as exc:
        return _fail(translate(exc.args[0], target_language="fr"))
    except Locked as exc:
        # Said even with --quiet: a lock held for long is a run that hangs.
        message = translate(exc.args[0], target_language="fr")
        return _fail(f"{message} Le verrou est tenu : rien n'a été fait.", LOCKED)
    return finished(summary, args)


def finished(summary, args) -> int:
    """Print the summary; the exit code of a run that was done."""
    if not args.quiet or summary.rejected:
        report(summary, sys.stdout if not args.quiet else sys.stderr)
    if summary.stopped:
        print(
            f"ia-ingest: durée maximale atteinte, {summary.left} documents "
            "restent pour la prochaine exécution",
            file=sys.stderr,
        )
    if summary.stale_lock:
        return _fail(
            f"verrou abandonné repris ({summary.stale_lock}) : une exécution "
            "précédente s'est arrêtée sans le libérer.",
            STALE_LOCK,
        )
    return REJECTED if summary.rejected else OK


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    if not args.zope_conf:
        return _fail("no Zope configuration given (--zope-conf or $IA_ZOPE_CONF)")
    if not os.path.isfile(args.zope_conf):
        return _fail(f"{args.zope_conf}: no such Zope configuration file")
    if args.folder and not os.path.isabs(args.folder):
        return _fail(f"--folder must be an absolute path: {args.folder}")
    try:
        app = open_app(args.zope_conf)
    except DatabaseInUse as exc:
        # Not an error: with the embedded FileStorage the instance ingests
        # the drop folder itself (ia.core.jobs clock), cron has nothing to do.
        if not args.quiet:
            print(f"ia-ingest: {exc}", file=sys.stderr)
        return OK
    except Exception as exc:  # noqa: BLE001 - ZConfig, ZODB lock, ZCML errors
        return _fail(
            f"{args.zope_conf}: cannot start Zope: {exc.__class__.__name__}: {exc}"
        )
    try:
        return ingest(app, args)
    finally:
        close_app(app)


if __name__ == "__main__":
    sys.exit(main())
