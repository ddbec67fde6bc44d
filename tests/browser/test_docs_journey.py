"""iA.Docs' main journey in a real browser, each step as its role, logged
in through the form (issue 12):

register (the mail office, with a new sender that has an e-mail address)
→ assign (the head of the secretariat, "Assigner à…" from his dashboard)
→ treat and reply (the agent, from the actions panel of the mail)
→ the reply sent by e-mail (send mode "Courriel", to the test SMTP server)
   once signed (the head of service signs and sends)
→ the incoming mail is closed, by who sent the reply, and gone from the
  agent's and the service's lists.
"""

from tests.browser.helpers import login
from tests.browser.helpers import logout
from tests.browser.helpers import run_jobs
import re


TITLE = "Demande de raccordement à l'égout"
SENDER_EMAIL = "jeanne.dupuis@example.org"


def _dashboard_rows(page, list_id):
    page.goto(f"@@ia-dashboard?list={list_id}")
    return page.locator("#ia-dashboard-table tbody").inner_text()


def _click(page, selector):
    with page.expect_navigation():
        page.click(selector)


def register(page):
    login(page, "courrier")
    page.goto("courrier/++add++IaIncomingMail")
    page.fill("#form-widgets-IBasic-title", TITLE)
    page.select_option("select[name='form.widgets.mail_type:list']", "request")
    # The "Nouvel expéditeur" tab: a person with an e-mail address.
    page.click("text=Nouvel expéditeur")
    page.fill("[name='form.widgets.new_sender_lastname']", "Dupuis")
    page.fill("[name='form.widgets.new_sender_firstname']", "Jeanne")
    page.fill("[name='form.widgets.new_sender_email']", SENDER_EMAIL)
    _click(page, "#form-buttons-save")
    assert TITLE in page.inner_text("h1")
    mail_url = page.url.split("/@@")[0].rstrip("/").removesuffix("/view")
    # The actions panel, in the page body.
    _click(page, "#ia-action-transition-propose_to_manager")
    assert "Proposé au chef de service" in page.inner_text("#ia-actions")
    logout(page)
    return mail_url


def assign(page):
    login(page, "dgeneral")
    page.goto("@@ia-dashboard")
    _click(page, "#ia-dashboard-sublist-mail_to_assign")
    page.check(f'input[aria-label="{TITLE}"]')
    assert page.inner_text("#ia-dashboard-batch-bar .ia-selected-count") == "1"
    _click(page, "#ia-dashboard-batch-bar >> text=Assigner à…")
    options = page.locator("select[name='agent'] option").all_inner_texts()
    assert not any("lecteur" in option.lower() for option in options)
    page.select_option("select[name='agent']", "secretaire")
    _click(page, "[name='form.buttons.assign']")
    assert page.locator(".table-success").count() == 1
    logout(page)


def treat_and_reply(page, mail_url):
    login(page, "secretaire")
    assert TITLE in _dashboard_rows(page, "to_treat")
    page.goto(mail_url)
    _click(page, "#ia-action-transition-treat")
    _click(page, "#ia-action-ia_reply")
    _click(page, "form[action$='@@ia-reply'] button[type='submit']")
    # The reply is created and opens in its edit form.
    assert page.url.endswith("/edit")
    reply_url = page.url.rsplit("/edit", 1)[0]
    assert reply_url != mail_url
    # Send modes: the ordered-select widget, "Courriel" moved to the right.
    page.select_option("#form-widgets-send_modes-from", label="Courriel")
    page.click("#formfield-form-widgets-send_modes button[name='from2toButton']")
    _click(page, "#form-buttons-save")
    _click(page, "#ia-action-transition-propose_to_sign")
    logout(page)
    return reply_url


def _incoming_rows(rows: str) -> list:
    """The rows of the incoming mail of this journey (not its reply)."""
    return [
        row for row in rows.splitlines() if TITLE in row and "Re: " + TITLE not in row
    ]


def sign_and_send(page, reply_url):
    login(page, "dgeneral")
    assert "Re: " + TITLE in _dashboard_rows(page, "mail_to_sign")
    page.goto(reply_url)
    _click(page, "#ia-action-transition-sign")
    _click(page, "#ia-action-transition-send")
    assert "Envoyé" in page.inner_text("#ia-actions")
    # Its e-mail waits in the outgoing queue, and the page says so.
    assert "file d'envoi" in page.inner_text("#content")
    logout(page)


def test_register_assign_treat_reply_sign_send(page, mailbox, live):
    mail_url = register(page)
    assign(page)
    reply_url = treat_and_reply(page, mail_url)
    sign_and_send(page, reply_url)

    # The e-mail waits in the queue until the queue's job runs (the
    # instance's clock or the worker, every minute).
    run_jobs(live, "ia.core.mailqueue")
    (sent,) = mailbox.wait_for(1)
    assert SENDER_EMAIL in sent["to"]
    assert TITLE in sent["subject"]

    # Closed, by who sent the reply, and gone from the open lists.
    login(page, "secretaire")
    page.goto(mail_url)
    assert "Clôturé" in page.inner_text("#content")
    to_treat = _dashboard_rows(page, "to_treat")
    assert not _incoming_rows(to_treat)
    assert not _incoming_rows(_dashboard_rows(page, "overdue"))
    page.goto(f"{mail_url}/@@ia-history")
    history = page.inner_text("table.ia-history")
    assert re.search(r"Clôturer.*\S", history)
    assert "Assigné à" in history
    logout(page)
    login(page, "dgeneral")
    assert not _incoming_rows(_dashboard_rows(page, "my_services"))
    logout(page)
    # The sent reply is not left in « À traiter » either (it was, as « En
    # rédaction », under a second catalog record: ia.core.indexing_guard).
    assert not [row for row in to_treat.splitlines() if "Re: " + TITLE in row]
