"""Print where the site is served and who can log in (``make run``)."""

from ia.policy.municipality import ProfileError
from ia.policy.municipality import load
import argparse
import sys


def banner(municipality, url: str, admin: str) -> str:
    login, _sep, password = admin.partition(":")
    site_url = f"{url.rstrip('/')}/{municipality.site_id}"
    lines = [
        "",
        f"  {municipality.title} — {site_url}",
        f"  Zope admin:  {login} / {password or '(unchanged)'}   ({url.rstrip('/')}/manage)",
    ]
    if municipality.users:
        lines.append("  Demo users (they land on @@ia-dashboard):")
        width = max(len(user.id) for user in municipality.users)
        for user in municipality.users:
            functions = ", ".join(f"{m.service}/{m.function}" for m in user.memberships)
            lines.append(
                f"    {user.id:<{width}}  {user.password:<14} {user.fullname} — {functions}"
            )
    lines.append("  Stop with Ctrl+C.")
    lines.append("")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ia.policy.banner")
    parser.add_argument("profile")
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--admin", default="admin:admin")
    args = parser.parse_args(argv)
    try:
        municipality = load(args.profile)
    except ProfileError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(banner(municipality, args.url, args.admin))
    return 0


if __name__ == "__main__":
    sys.exit(main())
