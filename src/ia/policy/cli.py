"""``ia-site``: create or update a municipality's site from its profile.

    ia-site check            profiles/demo.toml
    ia-site --zope-conf instance/etc/zope.conf create-or-update profiles/demo.toml
    ia-site --zope-conf parts/instance/etc/zope.conf update profiles/demo.cfg

The profile is a TOML data file or a buildout overlay (``.cfg``) naming one.
Defaults come from ``IA_ZOPE_CONF`` and ``IA_MUNICIPALITY_PROFILE`` (set by
the buildout's ``bin/ia-site``). Exit codes: 0 done, 1 invalid profile,
2 bad usage, 3 the site could not be created or updated (nothing changed).
"""

from ia.core.zopeapp import DatabaseInUse
from ia.core.zopeapp import close_app
from ia.core.zopeapp import login_admin
from ia.core.zopeapp import open_app
from ia.policy.municipality import ProfileError
from ia.policy.municipality import load
import argparse
import os
import sys


OK, INVALID_PROFILE, USAGE, SITE_FAILED = 0, 1, 2, 3
COMMANDS = ("check", "create", "update", "create-or-update")


def parser() -> argparse.ArgumentParser:
    result = argparse.ArgumentParser(
        prog="ia-site",
        description="Create or update the site of a municipality from its profile.",
    )
    result.add_argument(
        "--zope-conf",
        default=os.environ.get("IA_ZOPE_CONF"),
        help="zope.conf of the instance (default: $IA_ZOPE_CONF)",
    )
    result.add_argument(
        "--admin",
        default=os.environ.get("IA_ADMIN"),
        metavar="LOGIN:PASSWORD",
        help="Zope admin to act as; created in the Zope root if missing (default: $IA_ADMIN)",
    )
    result.add_argument("command", choices=COMMANDS)
    result.add_argument(
        "profile",
        nargs="?",
        default=os.environ.get("IA_MUNICIPALITY_PROFILE"),
        help="municipality profile, .toml or .cfg (default: $IA_MUNICIPALITY_PROFILE)",
    )
    return result


def _fail(message: str, code: int) -> int:
    print(f"ia-site: {message}", file=sys.stderr)
    return code


def run(app, command: str, municipality, admin=None) -> int:
    """Run ``command`` against the Zope root ``app``; return the exit code."""
    from ia.policy.apply import SiteError
    from ia.policy.site import create_or_update

    if getattr(app, "REQUEST", None) is None:
        from Testing.makerequest import makerequest

        app = makerequest(app)
    try:
        login_admin(app, admin)
    except ValueError as exc:
        return _fail(str(exc), USAGE)
    exists = municipality.site_id in app.objectIds()
    if command == "create" and exists:
        return _fail(
            f"{municipality.source}: site.id: site '{municipality.site_id}' already exists (use update)",
            SITE_FAILED,
        )
    if command == "update" and not exists:
        return _fail(
            f"{municipality.source}: site.id: there is no site '{municipality.site_id}' (use create)",
            SITE_FAILED,
        )
    try:
        site, created = create_or_update(app, municipality)
    except SiteError as exc:
        return _fail(f"{exc}\nNothing was changed.", SITE_FAILED)
    except Exception as exc:  # noqa: BLE001 - any failure must end with a clear message
        return _fail(
            f"{municipality.source}: the site '{municipality.site_id}' could not be "
            f"{'updated' if exists else 'created'}: {exc.__class__.__name__}: {exc}\n"
            "Nothing was changed.",
            SITE_FAILED,
        )
    verb = "created" if created else "updated"
    print(f"ia-site: site '{site.getId()}' {verb} from {municipality.source}")
    return OK


def main(argv=None) -> int:  # noqa: PLR0911 - one exit code per failure
    args = parser().parse_args(argv)
    if not args.profile:
        return _fail(
            "no municipality profile given (argument or $IA_MUNICIPALITY_PROFILE)",
            USAGE,
        )
    try:
        municipality = load(args.profile)
    except ProfileError as exc:
        return _fail(f"invalid municipality profile:\n{exc}", INVALID_PROFILE)
    if args.command == "check":
        print(
            f"ia-site: {municipality.source}: valid profile of site '{municipality.site_id}'"
        )
        return OK
    if not args.zope_conf:
        return _fail(
            "no Zope configuration given (--zope-conf or $IA_ZOPE_CONF)", USAGE
        )
    if not os.path.isfile(args.zope_conf):
        return _fail(f"{args.zope_conf}: no such Zope configuration file", USAGE)
    try:
        app = open_app(args.zope_conf)
    except DatabaseInUse as exc:
        return _fail(f"{args.zope_conf}: {exc}", USAGE)
    except Exception as exc:  # noqa: BLE001 - ZConfig, ZODB lock, ZCML errors
        return _fail(
            f"{args.zope_conf}: cannot start Zope: {exc.__class__.__name__}: {exc}",
            USAGE,
        )
    try:
        return run(app, args.command, municipality, args.admin)
    finally:
        close_app(app)


if __name__ == "__main__":
    sys.exit(main())
