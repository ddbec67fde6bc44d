"""Helpers of the browser journeys (tests/browser)."""

from tests.browser.live_layer import ADMIN  # noqa: F401 - (user, password)


# profiles/demo.toml: the demo users' passwords (user id -> password).
DEMO_PASSWORDS = {
    "dgeneral": "demo-dg-2026",
    "secretaire": "demo-sec-2026",
    "courrier": "demo-cou-2026",
    "urbachef": "demo-urb-2026",
    "urbagent": "demo-urb-2026",
    "travchef": "demo-tra-2026",
    "finagent": "demo-fin-2026",
    "popagent": "demo-pop-2026",
}


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
