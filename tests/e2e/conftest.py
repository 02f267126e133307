"""Browser journeys: Debian's Chromium driven by Playwright against a live server on PostgreSQL."""

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings

CHROMIUM = os.environ.get("KEPU_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("KEPU_TEST_ARTIFACTS", settings.REPO_DIR / "test-artifacts")) / "e2e"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 375, "height": 780}
SETTLE_MS = 3500


@pytest.fixture(scope="module", autouse=True)
def _sync_orm_beside_playwright():
    """Playwright's sync API runs an event loop in this thread; the ORM calls the journeys make are still
    plain synchronous code, so Django's async-safety guard does not apply. Set for the browser modules
    only, so no other test or subprocess inherits it."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="module")
def browser(django_db_setup):
    """Chromium for one browser module. Playwright's event loop runs in this thread while it is open, so it
    is closed with the module (later tests use the ORM freely) and the test database exists first."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package (make browser)")
    if not (settings.FRONTEND_DIST / "index.html").exists():
        pytest.fail("The web app is not built: run `make frontend` first")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # The components mark their controls with data-test="…" (shared with the vitest suite).
        playwright.selectors.set_test_id_attribute("data-test")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def artifacts(request):
    folder = ARTIFACTS / request.node.name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def new_page(browser, live_server, artifacts):
    """Open a fresh browser context (its own cookies) at the given viewport; zh-CN by default."""
    contexts = []
    problems: list[str] = []

    def make(viewport=DESKTOP, locale="zh-CN"):
        context = browser.new_context(viewport=viewport, locale=locale, base_url=live_server.url)
        context.set_default_timeout(15000)
        # A controllable page clock (running in real time) lets a screenshot fast-forward chart
        # animations and fading messages instead of waiting for them.
        context.clock.install()
        contexts.append(context)
        page = context.new_page()
        # Printed with a failing test's output: script errors and API answers the journey did not expect.
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        page.on(
            "response",
            lambda response: (
                problems.append(f"{response.status} {response.request.method} {response.url}")
                if response.status >= 400
                else None
            ),
        )
        return page

    yield make
    for problem in problems:
        print(problem)
    for context in contexts:
        context.close()


@pytest.fixture
def shoot(artifacts):
    """Save a screenshot of ``page`` at desktop and phone width."""

    def take(page, name: str):
        original = page.viewport_size
        page.mouse.move(0, 0)  # a hovered message would stay open
        for viewport, suffix in ((DESKTOP, "desktop"), (PHONE, "375")):
            page.set_viewport_size(viewport)
            # Let the chart animations (and the 3 s toast messages) run to their end.
            page.clock.run_for(SETTLE_MS)
            page.evaluate("window.scrollTo(0, 0)")  # else the sticky header is drawn where the page was scrolled
            page.screenshot(path=str(artifacts / f"{name}-{suffix}.png"), full_page=True, animations="disabled")
        if original:
            page.set_viewport_size(original)

    return take
