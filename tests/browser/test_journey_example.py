"""Example journey (copy me): a demo civil servant logs in through the form
and lands on her dashboard, in French.

A journey is a plain test function taking ``page`` (and ``mailbox`` when it
checks e-mails); it logs in with ``login(page, user)`` (the demo users of
profiles/demo.toml) and acts as the person would: links, buttons, forms,
found by their visible text or ids. Assert what the user sees.
"""

from tests.browser.helpers import login


def test_agent_logs_in_and_sees_her_dashboard(page):
    login(page, "urbagent")
    page.goto("@@ia-dashboard")
    heading = page.locator("h1.documentFirstHeading")
    assert heading.inner_text() == "Mon tableau de bord"
    assert "Claire Dubois" in page.content()  # the personal menu
