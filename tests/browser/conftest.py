"""Real-browser tests: Playwright (sync API) drives Debian's chromium against
the live demo site (``live_layer.BROWSER_FUNCTIONAL``). See docs/testing.md,
"Browser tests".

Fixtures: ``live`` (the layer's test set-up: ``live["portal"]``...),
``portal_url``, ``mailbox`` (the test SMTP server's e-mails, emptied before
each test), ``browser`` (one chromium per run), ``page`` (a fresh French
browser context per test, screenshot into ``var/browser-shots/`` when the
test fails). Helpers in ``tests/browser/helpers.py``: ``login``, ``logout``.

Without chromium or Playwright the tests are skipped, except in CI
(``IA_BROWSER=1``, set by ``.ci/run``) where that is a failure.
"""

from pathlib import Path
from tests.browser.live_layer import BROWSER_FUNCTIONAL
import os
import pytest
import re
import shutil
import zope.pytestlayer.fixture


CHROMIUM = os.environ.get("IA_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = Path(__file__).resolve().parents[2] / "var" / "browser-shots"
TIMEOUT_MS = 15_000


def _missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install playwright)"
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"no chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)


# The live layer, kept up for the whole run (the browser run is a pytest
# process of its own: no sibling layer is ever up beside it).
globals().update(
    zope.pytestlayer.fixture.create(
        BROWSER_FUNCTIONAL,
        session_fixture_name="live_session",
        class_fixture_name="live_class",
        function_fixture_name="live_function",
    )
)


@pytest.fixture(autouse=True, scope="session")
def _keep_integration_session():
    """The core's layers (tests/conftest.py) are not set up in this run."""


@pytest.fixture(autouse=True, scope="session")
def _keep_functional_session():
    """The core's layers (tests/conftest.py) are not set up in this run."""


@pytest.fixture(scope="session")
def _browser_available():
    reason = _missing()
    if reason:
        if os.environ.get("IA_BROWSER") == "1":
            pytest.fail(f"IA_BROWSER=1 but {reason}", pytrace=False)
        pytest.skip(reason)


@pytest.fixture
def live(_browser_available, request, live_session):
    """The live demo site's test set-up (a fresh database copy per test)."""
    state = request.session.zopelayer_state
    state.keep_for_whole_session.add(BROWSER_FUNCTIONAL)
    return request.getfixturevalue("live_function")


@pytest.fixture
def portal_url(live) -> str:
    return live["portal"].absolute_url()


@pytest.fixture
def mailbox(live):
    box = live["mailbox"]
    box.clear()
    return box


@pytest.fixture(scope="session")
def browser(_browser_available):
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
    )
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture
def page(browser, portal_url, request):
    """A new page in a fresh context (no cookies), French, ``base_url`` set to
    the portal's URL (``page.goto("/@@ia-dashboard")``)."""
    context = browser.new_context(
        base_url=portal_url + "/",
        locale="fr-BE",
        timezone_id="Europe/Brussels",
        extra_http_headers={"Accept-Language": "fr-BE,fr;q=0.9"},
        viewport={"width": 1280, "height": 900},
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        SHOTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)[-150:]
        path = SHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        print(f"screenshot: {path}")
    context.close()
