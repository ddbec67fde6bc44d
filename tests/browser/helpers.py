"""Helpers of the browser journeys (tests/browser)."""

from ia.core.jobs.runner import run_db
from ia.policy.municipality import load
from tests.browser.live_layer import ADMIN  # noqa: F401 - (user, password)
from tests.browser.live_layer import PROFILE


# profiles/demo.toml: the demo users' passwords (user id -> password).
DEMO_PASSWORDS = {user.id: user.password for user in load(PROFILE).users}


def login(page, user: str, password: str | None = None) -> None:
    """Log ``user`` in through the login form (``#__ac_name``,
    ``#__ac_password``), as a person does; fails if the form is still there
    after sending it."""
    password = password if password is not None else DEMO_PASSWORDS[user]
    page.goto("login")
    page.fill("#__ac_name", user)
    page.fill("#__ac_password", password)
    with page.expect_navigation():
        page.press("#__ac_password", "Enter")
    assert page.locator("#__ac_password").count() == 0, (
        f"{user} could not log in: {page.url}"
    )


def logout(page) -> None:
    page.goto("logout")


def run_jobs(live, *names: str) -> dict:
    """Run the background jobs ``names`` now (``ia.core.jobs``), as the
    instance's clock or the worker does, on the live site's database."""
    done = {}
    for name in names:
        for site, results in run_db(live["zodbDB"], only=name, force=True).items():
            done.setdefault(site, {}).update(results)
    return done
