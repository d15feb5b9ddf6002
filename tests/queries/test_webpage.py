"""The clinicians' web pages of `cckg serve`: over HTTP on loopback, and in a real headless Chromium.

The server is `cckg serve` on the bundled corpus, started in a subprocess on a free loopback port.
Answers are compared with what `cckg query` gives for the same question (the embedded store), so
the page shows the same rows, resolved the same way.
"""

from __future__ import annotations

import csv
import doctest
import io
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from cckg.queries import serve as sv
from cckg.queries import stored, webpage
from cckg.queries.results import to_text

from cckg import api
from cckg.errors import ParameterError

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
#: Without these, Chromium on a closed network floods refused connections (updates, sync, QUIC).
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
MAX_ROWS = 100  # above the therapies answer (27 rows), below evidence-strength's (133)
THERAPIES = "therapies-for-condition"
QUESTIONS = [q.name for q in stored.load_all(internal=False)]


# --- the server and a small HTML reader ----------------------------------------------------------


@pytest.fixture(scope="module")
def web(
    bundled_graph: Path, tmp_path_factory: pytest.TempPathFactory, start_cckg_serve
) -> Iterator[str]:
    """`cckg serve` on the bundled corpus, on a free loopback port; yields the site's root URL."""
    log = tmp_path_factory.mktemp("webpage") / "stderr.log"
    args = ["--graph", str(bundled_graph), "--max-rows", str(MAX_ROWS), "--workers", "1", "--quiet"]
    with start_cckg_serve(args, log) as url:
        yield url.removesuffix("/sparql")


def get(url: str, params: list[tuple[str, str]] | None = None) -> tuple[int, dict[str, str], str]:
    if params is not None:
        url += "?" + urllib.parse.urlencode(params)
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8")


@dataclass
class Cell:
    text: str = ""
    quoted: str = ""
    links: list[str] = field(default_factory=list)


class Page(HTMLParser):
    """What a test reads from a page: links, inputs, labels, datalists, error lines, table rows."""

    def __init__(self, body: str) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []  # (href, text)
        self.inputs: dict[str, dict[str, str]] = {}
        self.labels: dict[str, str] = {}
        self.options: dict[str, list[str]] = {}
        self.errors: list[str] = []
        self.rows: list[dict[str, Cell]] = []
        self._stack: list[tuple[str, dict[str, str]]] = []
        self._text: dict[int, list[str]] = {}
        self._cell: tuple[str, Cell] | None = None
        self._datalist: str | None = None
        self.feed(body)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "input" and "name" in a:
            self.inputs[a["name"]] = a
            return
        if tag == "option" and self._datalist is not None:
            self.options[self._datalist].append(a.get("value", ""))
            return
        if tag == "datalist":
            self._datalist = a.get("id", "")
            self.options[self._datalist] = []
        if tag == "tr":
            self.rows.append({})
        if tag == "td":
            self._cell = (a.get("class", "").removeprefix("col-"), Cell())
        if tag == "a" and self._cell is not None:
            self._cell[1].links.append(a.get("href", ""))
        if tag in ("br", "meta", "option"):
            return
        self._stack.append((tag, a))
        self._text[len(self._stack)] = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "datalist":
            self._datalist = None
        while self._stack:
            open_tag, a = self._stack.pop()
            text = "".join(self._text.pop(len(self._stack) + 1, []))
            if self._stack:
                self._text[len(self._stack)].append(text)
            if open_tag == "a" and "href" in a:
                self.links.append((a["href"], text))
            if open_tag == "label":
                self.labels[a.get("for", "")] = text
            if open_tag == "p" and "error" in a.get("class", ""):
                self.errors.append(text)
            if open_tag == "q" and self._cell is not None:
                self._cell[1].quoted = text
            if open_tag == "td" and self._cell is not None:
                self._cell[1].text = text
                self.rows[-1][self._cell[0]] = self._cell[1]
                self._cell = None
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._stack:
            self._text[len(self._stack)].append(data)

    @property
    def table(self) -> list[dict[str, Cell]]:
        return [r for r in self.rows if r]


def cli_answer(name: str, params: dict[str, str]):
    """What `cckg query` answers on the bundled corpus (the embedded store, no server)."""
    return api.query(name, params=params)


# --- the index and the forms ---------------------------------------------------------------------


@pytest.mark.server
def test_index_lists_every_stored_question(web: str) -> None:
    status, headers, body = get(web + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert webpage.TITLE in body
    page = Page(body)
    listed = {
        urllib.parse.unquote(h.removeprefix("/ask/")): t for h, t in page.links if "/ask/" in h
    }
    assert listed == {q: q for q in QUESTIONS}
    assert "facts" not in listed  # an internal helper query, not a question
    for q in stored.load_all(internal=False):
        assert webpage.escape(q.summary) in body
    assert "script-src" not in headers["Content-Security-Policy"]  # no script may run
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")


@pytest.mark.server
def test_raw_sparql_form_is_kept(web: str) -> None:
    status, _, body = get(web + "/sparql-form")
    assert status == 200 and '<form action="/sparql"' in body and "<textarea" in body


@pytest.mark.server
@pytest.mark.parametrize("name", QUESTIONS)
def test_form_has_one_input_per_parameter(web: str, name: str) -> None:
    query = stored.get(name)
    status, _, body = get(f"{web}/ask/{name}")
    assert status == 200
    page = Page(body)
    if not query.params:  # nothing to ask: the answer comes at once
        assert page.table or "No rows" in body
        return
    assert not page.table  # the form alone until it is submitted
    assert set(page.inputs) == {p.name for p in query.params}
    for p in query.params:
        field_ = page.inputs[p.name]
        assert field_["value"] == (p.default or "")
        assert p.description in page.labels[field_["id"]]
        if p.type == "iri":
            options = page.options[field_["list"]]
            assert p.default in options  # the default is one of the labels offered


# --- answers -------------------------------------------------------------------------------------


@pytest.mark.server
def test_therapies_for_systemic_sclerosis_shows_rows_with_their_sources(web: str) -> None:
    params = {"condition": "systemic sclerosis"}
    status, _, body = get(f"{web}/ask/{THERAPIES}", list(params.items()))
    assert status == 200
    page = Page(body)
    expected = cli_answer(THERAPIES, params)
    table = page.table
    # Same rows as `cckg query`, in the same order; the sentence quoted, the genre with the document.
    assert [r["therapy"].text for r in table] == [r["therapy"] for r in expected.rows]
    for got, want in zip(table, expected.rows, strict=True):
        assert got["sentence"].quoted == want["sentence"]
        assert got["document"].text.startswith(want["document"])
        assert (want["genre"] or "") in got["document"].text
        pmid = want["cited_pmid"]
        if pmid:
            assert f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" in got["cited_work"].links
            title = want["cited_work"] or ""
            shown = "the sentence is this work's title" if title == want["sentence"] else title
            assert shown in got["cited_work"].text
    by_therapy = {}
    for r in table:
        by_therapy.setdefault(r["therapy"].text, []).append(r)
    # DESIGN §6: colchicine and diltiazem for systemic sclerosis, each with a cited title.
    for therapy, words in (
        ("colchicine", "systemic sclerosis"),
        ("diltiazem", "Connective Tissue"),
    ):
        cited = [r for r in by_therapy[therapy] if r["cited_work"].links]
        assert cited, therapy
        assert words in cited[0]["sentence"].quoted
        assert cited[0]["cited_work"].links[0].startswith("https://pubmed.ncbi.nlm.nih.gov/")
    assert "cckg:SystemicSclerosis" in body  # what the label resolved to is shown


@pytest.mark.server
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_downloads_are_what_the_cli_writes(web: str, fmt: str) -> None:
    params = [("condition", "systemic sclerosis")]
    _, _, body = get(f"{web}/ask/{THERAPIES}", params)
    href = webpage.ask_href(THERAPIES, [*params, ("format", fmt)])
    assert href in [h for h, _ in Page(body).links]
    status, headers, text = get(web + href)
    assert status == 200
    assert headers["Content-Type"] == sv.DOWNLOAD_TYPES[fmt]
    assert f'filename="{THERAPIES}.{fmt}"' in headers["Content-Disposition"]
    assert text == to_text(cli_answer(THERAPIES, dict(params)), fmt)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert {"colchicine", "diltiazem"} <= {r["therapy"] for r in rows}
    else:
        assert json.loads(text)["head"]["vars"][0] == "therapy"


@pytest.mark.server
def test_row_cap_is_announced(web: str) -> None:
    name = "evidence-strength"
    params = [(p.name, p.default or "") for p in stored.get(name).params]
    full = cli_answer(name, dict(params))
    assert len(full.rows) > MAX_ROWS  # else this test shows nothing
    status, _, body = get(f"{web}/ask/{name}", params)
    assert status == 200
    page = Page(body)
    assert len(page.table) == MAX_ROWS
    assert f"cut off after {MAX_ROWS:,} rows" in body
    status, headers, text = get(f"{web}/ask/{name}", [*params, ("format", "csv")])
    assert status == 200 and headers["X-Result-Truncated"].startswith("true")
    assert len(list(csv.DictReader(io.StringIO(text)))) == MAX_ROWS


# --- bad values ----------------------------------------------------------------------------------

HOSTILE = [
    "<script>alert(1)</script>",
    '"><script>alert(1)</script>',
    "systemic sclerosis<script>alert(1)</script>",
    "' onfocus='alert(1)' autofocus='",
    'systemic sclerosis" } ; DROP ALL ; SELECT * { ?s ?p ?o } #',
    "cckg:SystemicSclerosis> } INSERT DATA { <http://a> <http://b> <http://c> } #",
]


@pytest.mark.server
@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_are_escaped_and_bound(web: str, value: str) -> None:
    status, headers, body = get(f"{web}/ask/{THERAPIES}", [("condition", value)])
    assert status in (200, 400)
    assert "<script>" not in body and value not in body  # every value has a < > " or '
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")  # and no script
    page = Page(body)
    assert page.inputs["condition"]["value"] == value  # echoed back intact, as text
    if status == 400:
        assert len(page.errors) == 1 and "condition" in page.errors[0]
        assert not page.table
    else:  # a value that resolves gives the unchanged answer
        want = cli_answer(THERAPIES, {"condition": value}).rows
        assert [r["sentence"].quoted for r in page.table] == [r["sentence"] for r in want]
    # Nothing was written, and the server still answers.
    count = get(
        web + "/sparql",
        [("query", "SELECT (COUNT(*) AS ?n) { <http://a> ?p ?o }"), ("format", "csv")],
    )
    assert count[2].split() == ["n", "0"]
    assert get(f"{web}/ask/{THERAPIES}", [("condition", "dermatomyositis")])[0] == 200


@pytest.mark.server
def test_hostile_question_name_is_escaped(web: str) -> None:
    status, _, body = get(web + "/ask/" + urllib.parse.quote("<script>alert(1)</script>"))
    assert status == 404 and "<script>" not in body
    assert "no stored query named" in body and "&lt;script&gt;" in body


@pytest.mark.server
@pytest.mark.parametrize(
    ("name", "param", "value", "close"),
    [
        (THERAPIES, "condition", "systemic sklerosis", "systemic sclerosis"),
        ("sites-of-condition", "condition", "dermatomyosits", "dermatomyositis"),
        ("mechanism-of-action", "therapy", "diltiazim", "diltiazem"),
    ],
)
def test_unknown_value_is_400_with_close_matches(
    web: str, name: str, param: str, value: str, close: str
) -> None:
    status, headers, body = get(f"{web}/ask/{name}", [(param, value)])
    assert status == 400 and headers["Content-Type"].startswith("text/html")
    assert "Traceback" not in body
    page = Page(body)
    with pytest.raises(ParameterError) as info:  # the same message as `cckg query`
        cli_answer(name, {param: value})
    assert page.errors == [str(info.value)]
    assert "close matches:" in page.errors[0] and close in page.errors[0]
    assert page.inputs[param]["value"] == value  # the form keeps what was typed, to fix it
    status, headers, text = get(f"{web}/ask/{name}", [(param, value), ("format", "csv")])
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert text.strip() == str(info.value)


@pytest.mark.server
@pytest.mark.parametrize(
    ("params", "message"),
    [
        ([("condition", "lupus"), ("condition", "gout")], "give condition once"),
        ([("condition", "lupus"), ("format", "xlsx")], "format must be html, csv or json"),
        ([("disease", "lupus")], "has no parameter"),
        ([("condition", "")], "condition is empty"),
    ],
    ids=["twice", "format", "undeclared", "empty"],
)
def test_bad_requests_are_one_line_400s(web: str, params: list, message: str) -> None:
    status, _, body = get(f"{web}/ask/{THERAPIES}", params)
    page = Page(body)
    assert status == 400 and len(page.errors) == 1 and message in page.errors[0]


def test_an_exhausted_deadline_stops_before_running() -> None:
    backend = sv.PoolBackend(None, max_rows=1, deadline=time.monotonic() - 1)  # type: ignore[arg-type]
    with pytest.raises(sv.QueryTimeoutError):
        backend.execute("ASK {}", {})


def test_doctests() -> None:
    assert doctest.testmod(webpage).failed == 0


# --- a real browser ------------------------------------------------------------------------------


def _webdriver_or_skip():
    """Selenium with Debian's Chromium and chromedriver; skip if missing, but fail under CI."""
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not os.access(p, os.X_OK)]
    reason = None
    if missing:
        reason = f"{' and '.join(missing)} not installed (apt-get install chromium chromium-driver)"
    else:
        try:
            from selenium import webdriver
        except ImportError:
            reason = "the selenium package is not installed (pip install '.[test]')"
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser test: {reason}")
        pytest.skip(reason)
    return webdriver


@pytest.mark.browser
def test_a_clinician_asks_in_a_real_browser(web: str, tmp_path: Path) -> None:
    webdriver = _webdriver_or_skip()
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    options.add_argument("--window-size=1400,1600")
    # An explicit driver path: Selenium Manager is never asked (it would try to download one).
    service = Service(executable_path=CHROMEDRIVER, log_output=str(tmp_path / "chromedriver.log"))
    driver = webdriver.Chrome(options=options, service=service)
    try:
        driver.set_page_load_timeout(60)
        driver.get(web + "/")
        assert driver.title == webpage.TITLE
        driver.find_element(By.LINK_TEXT, THERAPIES).click()
        box = WebDriverWait(driver, 30).until(lambda d: d.find_element(By.NAME, "condition"))
        box.clear()
        box.send_keys("systemic sclerosis")
        driver.find_element(By.CSS_SELECTOR, "form.ask button[type=submit]").click()
        WebDriverWait(driver, 30).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "table.answer tbody tr")
        )
        assert "condition=systemic+sclerosis" in driver.current_url
        rows = driver.find_elements(By.CSS_SELECTOR, "table.answer tbody tr")
        colchicine = [
            r
            for r in rows
            if r.find_element(By.CSS_SELECTOR, "td.col-therapy").text == "colchicine"
        ]
        assert colchicine
        want = [
            r["sentence"]
            for r in cli_answer(THERAPIES, {"condition": "systemic sclerosis"}).rows
            if r["therapy"] == "colchicine"
        ]
        shown = [r.find_element(By.CSS_SELECTOR, "td.col-sentence q").text for r in colchicine]
        assert shown == want
        assert any("systemic sclerosis" in s for s in shown)
        first = colchicine[0].find_element(By.CSS_SELECTOR, "td.col-document").text
        assert "wikipedia-calcinosis-cutis" in first and "encyclopedia article" in first
        pubmed = colchicine[0].find_element(By.CSS_SELECTOR, "td.col-cited_work a")
        assert pubmed.get_attribute("href").startswith("https://pubmed.ncbi.nlm.nih.gov/")
        shot = tmp_path / "answer.png"
        assert driver.save_screenshot(str(shot))
        data = shot.read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
    finally:
        driver.quit()
