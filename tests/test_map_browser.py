"""The map in a real headless browser (Chromium through Selenium), loaded from a file.

The browser is the system's ``chromium`` with ``chromedriver`` (Debian's ``chromium`` and
``chromium-driver`` packages; ``.ci/run`` installs them), given explicitly so that Selenium
Manager downloads nothing.  Every request to the network goes to a closed port, so the page
must work offline: only the tiles fail.  With ``CONFLICTPARSE_MAP_SCREENSHOT=PATH`` the
example's map is also saved there (``docs/map.png``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.wait import WebDriverWait

from conflictparse.io.map import to_map
from conflictparse.io.map.markers import markers
from conflictparse.io.map.style import style
from tests.map_helpers import example_report, toll_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="no chromium and chromedriver on PATH (apt-get install chromium chromium-driver)",
)
MARKERS = "path.leaflet-interactive"


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1000,700",
        "--proxy-server=127.0.0.1:9",  # no network: file:// is not proxied, the tiles fail
        "--proxy-bypass-list=<-loopback>",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _open(driver: webdriver.Chrome, page: str, path: Path) -> None:
    path.write_text(page, encoding="utf-8")
    driver.get(path.as_uri())
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def test_every_located_event_is_drawn(browser: webdriver.Chrome, tmp_path: Path) -> None:
    report = toll_report()
    _open(browser, to_map([report]), tmp_path / "toll.html")
    assert browser.execute_script("return typeof L !== 'undefined' && L.version") == "1.9.3"
    paths = browser.find_elements("css selector", MARKERS)
    assert len(paths) == len(markers([report])) == 2
    fills = [path.get_attribute("fill") for path in paths]
    assert [fill.upper() if fill else fill for fill in fills] == [
        marker.colour for marker in markers([report])
    ]
    sizes = [path.size for path in paths]
    assert sizes[0]["width"] > sizes[1]["width"] > 0  # 16 dead draw a larger circle


def test_a_popup_opens_right_to_left(browser: webdriver.Chrome, tmp_path: Path) -> None:
    _open(browser, to_map([toll_report()]), tmp_path / "popup.html")
    first = browser.find_elements("css selector", MARKERS)[0]
    browser.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", first
    )
    content = WebDriverWait(browser, 5).until(
        lambda d: d.find_element("css selector", ".leaflet-popup-content")
    )
    text = content.get_attribute("textContent") or ""
    assert "بلدة كفرنبل" in text
    assert "explosions_remote_violence" in text
    arabic = content.find_element("css selector", "td[dir='rtl']")
    assert arabic.value_of_css_property("direction") == "rtl"


def test_the_example_map(browser: webdriver.Chrome, tmp_path: Path) -> None:
    report = example_report()
    _open(browser, to_map([report]), tmp_path / "example.html")
    paths = browser.find_elements("css selector", MARKERS)
    assert len(paths) == len(report.events) == 4
    legend = browser.find_element("css selector", ".cp-legend").text
    assert style().labels["battles"] in legend
    browser.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", paths[1]
    )
    WebDriverWait(browser, 5).until(
        lambda d: d.find_element("css selector", ".leaflet-popup-content")
    )
    browser.execute_script("return new Promise(done => setTimeout(done, 500))")  # pan ends
    screenshot = tmp_path / "map.png"
    assert browser.save_screenshot(str(screenshot))
    assert screenshot.read_bytes().startswith(b"\x89PNG")
    if target := os.environ.get("CONFLICTPARSE_MAP_SCREENSHOT"):
        shutil.copyfile(screenshot, target)
