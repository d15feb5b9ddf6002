"""Stage 1 of the builder: a document file in, clean text with an exact offset map back out.

``read_document`` accepts plain text or Markdown (with an optional front-matter header), PubMed
XML and JATS XML. Every character of :attr:`Document.text` remembers which characters of the
original file it came from, so any span found later (a sentence, a term) can be traced back to
the file. Page chrome (blog widgets, catalogue listings, encyclopedia banners) is dropped here so
that no later stage can read a fact from it; the reference list is kept at the end of the text
and parsed into :class:`Reference` records.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
>>> _ = p.write_text("Treatment\\n\\nCO<jats:sub>2</jats:sub> laser \\u2013 tried.\\n")
>>> doc = read_document(p)
>>> doc.text
'Treatment\\n\\nCO2 laser - tried.'
>>> doc.original[slice(*doc.original_span(11, 20))]
'CO<jats:sub>2</jats:sub> laser'
"""

from __future__ import annotations

import html
import re
import unicodedata
import xml.parsers.expat
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from cckg.graph_builder.table_cells import is_pipe_row

from cckg.errors import InputError

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Document",
    "Reference",
    "parse_citation",
    "read_document",
    "read_documents",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".xml")


# --------------------------------------------------------------------------------------------
# Public records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    """One entry of a document's reference list, with its span in :attr:`Document.text`."""

    number: int
    text: str
    start: int
    end: int
    title: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    authors: tuple[str, ...] = ()
    year: str | None = None
    venue: str | None = None
    doi: str | None = None
    pmid: str | None = None
    pmc: str | None = None
    isbn: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Document:
    """A read document: clean text, the offset map into the original file, metadata, references.

    ``offsets[i]`` is the index in :attr:`original` of ``text[i]`` (``len(text) + 1`` entries, the
    last one the end of the last character's source). Characters that the reader inserted (a
    space repaired after a full stop, a line break standing for an XML element, a "# " marking an
    XML section title) have an empty source span at the place they stand for.
    """

    doc_id: str
    path: str
    meta: Mapping[str, object]
    text: str
    offsets: Sequence[int]
    original: str
    references: tuple[Reference, ...] = ()
    #: span in ``text`` of the document's title line, if it has one
    title_span: tuple[int, int] | None = None
    #: span in ``text`` of the reference list, heading included; not body text
    reference_span: tuple[int, int] | None = None
    #: "text", "markdown", "pubmed-xml", "jats-xml" or "xml"
    format: str = "text"
    _ends: Sequence[int] = field(default=(), repr=False, compare=False)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original file text that clean span ``text[start:end]`` came from."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}-{end} outside text of length {len(self.text)}")
        if start == end:
            return self.offsets[start], self.offsets[start]
        lo = min(self.offsets[start:end])
        hi = max(self._ends[start:end])
        return lo, hi

    def original_text(self, start: int, end: int) -> str:
        """The original file text behind clean span ``text[start:end]`` (markup included)."""
        return self.original[slice(*self.original_span(start, end))]


# --------------------------------------------------------------------------------------------
# A character buffer that carries, for every character, its source span in the original text
# --------------------------------------------------------------------------------------------


class _Buf:
    __slots__ = ("chars", "ends", "starts")

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    @classmethod
    def verbatim(cls, original: str, start: int, end: int) -> _Buf:
        b = cls()
        b.chars = list(original[start:end])
        b.starts = list(range(start, end))
        b.ends = list(range(start + 1, end + 1))
        return b

    @classmethod
    def mapped(cls, text: str, start: int, end: int) -> _Buf:
        b = cls()
        b.add_mapped(text, start, end)
        return b

    def __len__(self) -> int:
        return len(self.chars)

    def text(self) -> str:
        return "".join(self.chars)

    def add(self, ch: str, start: int, end: int) -> None:
        self.chars.append(ch)
        self.starts.append(start)
        self.ends.append(end)

    def add_mapped(self, text: str, start: int, end: int) -> None:
        """Append ``text``, every character standing for original[start:end]."""
        for ch in text:
            self.add(ch, start, end)

    def extend(self, other: _Buf, i: int = 0, j: int | None = None) -> None:
        j = len(other) if j is None else j
        self.chars.extend(other.chars[i:j])
        self.starts.extend(other.starts[i:j])
        self.ends.extend(other.ends[i:j])

    def slice(self, i: int, j: int) -> _Buf:
        b = _Buf()
        b.extend(self, i, j)
        return b

    def anchor(self, i: int) -> int:
        """Original position just before buffer index ``i`` (for zero-width inserted text)."""
        if i < len(self):
            return self.starts[i]
        return self.ends[-1] if self.ends else 0

    def span(self, i: int, j: int) -> tuple[int, int]:
        if i >= j:
            a = self.anchor(i)
            return a, a
        return min(self.starts[i:j]), max(self.ends[i:j])


# An edit returned by a rewrite callback: keep buffer[i:j], or insert text (mapped onto the
# whole match, or zero-width at its start).
_Edit = tuple[str, object, object]


# A printout's dot leader between a line's label and its value ("colchicine 0.6 mg .......
# gout"): a colon, not the end of a sentence.
_DOT_LEADER = re.compile(r"(?<=\S)[ ]*\.{4,}[ ]*(?=[^\s.])")


def _rewrite(buf: _Buf, pattern: re.Pattern[str], fn: Callable[[re.Match[str]], Iterable[_Edit]]) -> _Buf:
    """Rebuild ``buf`` replacing each match of ``pattern`` by the edits ``fn`` returns."""
    text = buf.text()
    out = _Buf()
    pos = 0
    for m in pattern.finditer(text):
        out.extend(buf, pos, m.start())
        ms, me = buf.span(m.start(), m.end())
        for kind, a, b in fn(m):
            if kind == "keep":
                out.extend(buf, int(a), int(b))  # type: ignore[arg-type]
            elif kind == "map":
                out.add_mapped(str(a), ms, me)
            else:  # "zero"
                out.add_mapped(str(a), ms, ms)
        pos = m.end()
    out.extend(buf, pos, len(buf))
    return out


def _split_lines(buf: _Buf) -> list[_Buf]:
    lines: list[_Buf] = []
    start = 0
    for i, ch in enumerate(buf.chars):
        if ch == "\n":
            lines.append(buf.slice(start, i))
            start = i + 1
    lines.append(buf.slice(start, len(buf)))
    return lines


# --------------------------------------------------------------------------------------------
# Character normalisation
# --------------------------------------------------------------------------------------------

_CHAR_MAP: dict[str, str] = {}
for _c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2043":
    _CHAR_MAP[_c] = "-"
for _c in "\u2018\u2019\u201a\u201b\u2032\u2035\u00b4\u02bc":
    _CHAR_MAP[_c] = "'"
for _c in "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb":
    _CHAR_MAP[_c] = '"'
for _c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c":
    _CHAR_MAP[_c] = " "
for _c in "\u200b\u200c\u200d\u2060\ufeff\u00ad\r":
    _CHAR_MAP[_c] = ""
_CHAR_MAP["\u2026"] = "..."
_CHAR_MAP["\u2028"] = "\n"
_CHAR_MAP["\u2029"] = "\n"


def _normalise_chars(buf: _Buf) -> _Buf:
    """NFC composition, one-to-one NFKC, dashes, quotes, odd spaces; drops invisible characters."""
    out = _Buf()
    ca, sa, ea = out.chars.append, out.starts.append, out.ends.append
    for ch, s, e in zip(buf.chars, buf.starts, buf.ends):
        if " " <= ch <= "~" or ch == "\n":  # plain ASCII: the common case, kept as is
            ca(ch)
            sa(s)
            ea(e)
            continue
        rep = _CHAR_MAP.get(ch)
        if rep is not None:
            out.add_mapped(rep, s, e)
            continue
        o = ord(ch)
        if o < 32 and ch != "\n":
            continue  # other control characters carry nothing readable
        if o > 127:
            if unicodedata.combining(ch) and out.chars:
                composed = unicodedata.normalize("NFC", out.chars[-1] + ch)
                if len(composed) == 1:
                    out.chars[-1] = composed
                    out.ends[-1] = e
                    continue
            k = unicodedata.normalize("NFKC", ch)
            # Only where NFKC maps to one character, or spells out a ligature (ﬁ -> fi).
            if len(k) == 1 or (k.isascii() and k.isalpha() and len(k) <= 3):
                rep = _CHAR_MAP.get(k, k) if len(k) == 1 else k
                out.add_mapped(rep, s, e)
                continue
        out.add(ch, s, e)
    return out


_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decode_entities(buf: _Buf) -> _Buf:
    def fn(m: re.Match[str]) -> list[_Edit]:
        dec = html.unescape(m.group(0))
        if dec == m.group(0):
            return [("keep", m.start(), m.end())]
        return [("map", dec, None)]

    return _rewrite(buf, _ENTITY_RE, fn)


# --------------------------------------------------------------------------------------------
# Inline markup in plain text (JATS fragments, HTML) and Markdown syntax
# --------------------------------------------------------------------------------------------

_HTML_NAMES = (
    "p|br|div|span|i|b|em|strong|sup|sub|u|s|a|h[1-6]|ul|ol|li|dl|dt|dd|title|section|article|"
    "header|footer|small|big|font|blockquote|table|thead|tbody|tr|td|th|img|hr|code|pre|abbr|cite|"
    "mark|nav|aside|figure|figcaption|caption|sec|italic|bold|sc|underline|list|list-item|xref|"
    "ext-link|label|named-content|inline-formula|abstract|fig|monospace|styled-content|uri"
)
_TAG_RE = re.compile(
    rf"<!--.*?-->|<(?:script|style)\b[^>]*>.*?</(?:script|style)\s*>|"
    rf"</?(?:(?:jats|mml|xlink|ali|tei):[\w.-]+|(?:{_HTML_NAMES}))(?:\s[^<>]*)?/?>",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK_TAG = re.compile(
    r"</?(?:[\w]+:)?(?:p|div|br|ul|ol|li|dl|dt|dd|section|article|header|footer|blockquote|table|"
    r"tr|hr|pre|sec|list|list-item|abstract|fig|figure|caption|figcaption|nav|aside)\b",
    re.IGNORECASE,
)
_TITLE_TAG = re.compile(r"</?(?:[\w]+:)?(?:title|h[1-6])\b", re.IGNORECASE)
_BULLET_TAG = re.compile(r"<(?:[\w]+:)?(?:li|list-item)\b", re.IGNORECASE)


def _strip_markup(buf: _Buf) -> _Buf:
    """Remove inline HTML/JATS tags; block and title elements become line breaks."""

    def fn(m: re.Match[str]) -> list[_Edit]:
        tag = m.group(0)
        if tag.startswith("<!--") or not tag.startswith("<") or tag[1:7].lower() in ("script", "style"):
            return []
        if _TITLE_TAG.match(tag):
            return [("zero", "\n\n", None)]  # a title element is a heading line of its own
        if _BULLET_TAG.match(tag):
            return [("zero", "\n• ", None)]
        if _BLOCK_TAG.match(tag):
            return [("zero", "\n\n" if re.match(r"</?(?:\w+:)?(?:p|div|sec|section)\b", tag, re.IGNORECASE) else "\n", None)]
        return []

    return _rewrite(buf, _TAG_RE, fn)


_MD_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^\n*_]+?)(?<=[^\s*_])\1(?![\w*])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_RULE = re.compile(r"^(?:[=\-*_]\s*){3,}$", re.MULTILINE)


def _strip_markdown(buf: _Buf) -> _Buf:
    """Markdown inline syntax to plain text; '#' headings and list markers are kept for segment."""
    buf = _rewrite(buf, _MD_LINK, lambda m: [] if m.group(1) else [("keep", m.start(2), m.end(2))])
    buf = _rewrite(buf, _MD_STRONG, lambda m: [("keep", m.start(2), m.end(2))])
    buf = _rewrite(buf, _MD_EM, lambda m: [("keep", m.start(2), m.end(2))])
    buf = _rewrite(buf, _MD_CODE, lambda m: [("keep", m.start(1), m.end(1))])
    buf = _rewrite(buf, _MD_RULE, lambda m: [])
    return buf


# --------------------------------------------------------------------------------------------
# Line cleaning: whitespace, spaces before punctuation, "cells.The"
# --------------------------------------------------------------------------------------------

_MISSING_SPACE = re.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z])")


def _clean_line(line: _Buf) -> _Buf:
    chars, out = line.chars, _Buf()
    n = len(chars)
    i = 0
    while i < n:
        ch = chars[i]
        if ch == " ":
            j = i
            while j < n and chars[j] == " ":
                j += 1
            prev = out.chars[-1] if out.chars else ""
            nxt = chars[j] if j < n else ""
            drop = not prev or not nxt  # leading / trailing space
            query = nxt == "?" and j + 1 < n and chars[j + 1].isalnum()  # "as ?gout": a query
            if not drop and prev != " " and nxt in ",;:!?)" and not query:
                drop = True  # "skin , " -> "skin, "; "types :" -> "types:"
            elif not drop and nxt == "." and (j + 1 >= n or chars[j + 1] in " \"')]") and prev not in ".":
                drop = True  # "skin ." -> "skin."
            elif not drop and prev == "(":
                drop = True
            if not drop:
                out.add(" ", line.starts[i], line.ends[i])
            i = j
            continue
        j = i + 1
        while j < n and chars[j] != " ":
            j += 1
        out.extend(line, i, j)  # a run without spaces is copied whole
        i = j
    # "cells.The" -> "cells. The": a missing space after a full stop, outside URLs and DOIs.
    text = out.text()
    inserts = []
    for m in _MISSING_SPACE.finditer(text):
        ws = text.rfind(" ", 0, m.start()) + 1
        we = text.find(" ", m.end())
        word = text[ws : we if we >= 0 else len(text)]
        if re.search(r"[/@]|www|http|\.\w+\.", word[: m.start() - ws]):
            continue
        inserts.append(m.end())
    for pos in reversed(inserts):
        anchor = out.starts[pos]
        out.chars.insert(pos, " ")
        out.starts.insert(pos, anchor)
        out.ends.insert(pos, anchor)
    return out


def _squash(s: str) -> str:
    return " ".join(s.split())


def _cmp_key(s: str) -> str:
    """A loose comparison key: case, spacing and punctuation spacing ignored."""
    s = unicodedata.normalize("NFKC", s)
    s = "".join(_CHAR_MAP.get(c, c) for c in s)
    s = re.sub(r"\s+([,;:.!?)])", r"\1", _squash(s))
    return s.casefold().strip()


# --------------------------------------------------------------------------------------------
# Front matter
# --------------------------------------------------------------------------------------------

_FM_KEY = re.compile(r"^([A-Za-z_][\w.-]*)\s*:(?:[ \t]+(.*?))?[ \t]*$")
_FM_ITEM = re.compile(r"^[ \t]+-[ \t]+(.*?)[ \t]*$|^-[ \t]+(.*?)[ \t]*$")


def _fm_scalar(raw: str, path: str, lineno: int) -> tuple[object, int, int]:
    """Parse one YAML-subset scalar; returns (value, offset of content start, end) within raw."""
    if raw.startswith('"'):
        m = re.match(r'"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$', raw)
        if not m:
            raise InputError(path, f"front-matter header line {lineno}: unterminated quoted value")
        val = re.sub(r"\\(.)", lambda e: {"n": "\n", "t": "\t"}.get(e.group(1), e.group(1)), m.group(1))
        return val, 1, 1 + len(m.group(1))
    if raw.startswith("'"):
        m = re.match(r"'((?:[^']|'')*)'\s*(?:#.*)?$", raw)
        if not m:
            raise InputError(path, f"front-matter header line {lineno}: unterminated quoted value")
        return m.group(1).replace("''", "'"), 1, 1 + len(m.group(1))
    if raw.startswith("[") and raw.endswith("]"):
        items = [x.strip().strip("\"'") for x in raw[1:-1].split(",") if x.strip()]
        return items, 0, len(raw)
    val = re.sub(r"\s+#.*$", "", raw)
    return val, 0, len(val)


def _parse_front_matter(original: str, path: str) -> tuple[dict[str, object], int, dict[str, tuple[int, int]]]:
    """(meta, index where the body starts, original spans of scalar values)."""
    if not re.match(r"---[ \t]*\r?\n", original):
        return {}, 0, {}
    meta: dict[str, object] = {}
    spans: dict[str, tuple[int, int]] = {}
    pos = original.index("\n") + 1
    lineno = 1
    key: str | None = None
    while True:
        if pos >= len(original):
            raise InputError(path, "front-matter header is not closed by a '---' line")
        nl = original.find("\n", pos)
        end = len(original) if nl < 0 else nl
        line = original[pos:end].rstrip("\r")
        lineno += 1
        nxt = end + 1
        if line.rstrip() in ("---", "..."):
            return meta, min(nxt, len(original)), spans
        if not line.strip() or line.lstrip().startswith("#"):
            pos = nxt
            continue
        m = _FM_KEY.match(line)
        if m:
            key = m.group(1)
            raw = m.group(2) or ""
            if raw:
                val, a, b = _fm_scalar(raw, path, lineno)
                meta[key] = val
                raw_at = pos + m.start(2)
                spans[key] = (raw_at + a, raw_at + b)
            else:
                meta[key] = []
        else:
            mi = _FM_ITEM.match(line)
            if mi and key is not None:
                raw = mi.group(1) if mi.group(1) is not None else mi.group(2)
                val, _, _ = _fm_scalar(raw, path, lineno)
                cur = meta.get(key)
                if not isinstance(cur, list):
                    cur = [] if cur in ("", None) else [cur]
                cur.append(val)
                meta[key] = cur
            elif line[:1] in " \t" and key is not None and isinstance(meta.get(key), str):
                meta[key] = f"{meta[key]} {line.strip()}".strip()  # folded continuation
            else:
                raise InputError(path, f"front-matter header line {lineno}: cannot parse {line.strip()!r}")
        pos = nxt


def _normalise_meta(meta: dict[str, object]) -> dict[str, object]:
    """Aliases (author/authors, license/licence, journal/venue) and string scalars."""
    for k, v in list(meta.items()):
        if v == []:
            meta[k] = ""
        elif isinstance(v, (int, float)):
            meta[k] = str(v)
    if "author" in meta and "authors" not in meta:
        a = meta["author"]
        meta["authors"] = list(a) if isinstance(a, list) else [str(a)]
    if isinstance(meta.get("authors"), str):
        meta["authors"] = [x.strip() for x in str(meta["authors"]).split(";") if x.strip()]
    if "license" in meta and "licence" not in meta:
        meta["licence"] = meta["license"]
    if "journal" in meta and "venue" not in meta:
        meta["venue"] = meta["journal"]
    if "year" not in meta and isinstance(meta.get("date"), str):
        m = re.match(r"(\d{4})", str(meta["date"]))
        if m:
            meta["year"] = m.group(1)
    return meta


# --------------------------------------------------------------------------------------------
# Chrome: lines that belong to the page, not to the text
# --------------------------------------------------------------------------------------------

# A known chrome heading ends the content: everything after it goes, up to a reference list.
_TERMINAL = re.compile(
    r"^(?:comments|comments?\s*\(\d+\)|\d+\s+comments?|post\s+a\s+comment|leave\s+a\s+(?:comment|reply)|"
    r"add\s+a\s+comment|popular\s+posts?(?:\s+from\s+this\s+blog)?|related\s+(?:posts?|articles?|stories)|"
    r"recent\s+posts?|you\s+(?:may|might)\s+also\s+like|more\s+from\s+this\s+blog|newer\s+posts?|"
    r"older\s+posts?|blog\s+archive|archives?|subscribe\s+to\b.*|labels?:.*|share(?:\s+(?:this|this\s+post|"
    r"this\s+article|on\s+\w+))?|report\s+abuse|about\s+(?:me|the\s+author)|"
    r"in\s+[\w.+-]+/[\w.+-]+\s+format|archived\s+files\s+and\s+locations|read\s+archived\s+pdf|"
    r"preserved\s+and\s+accessible|container\s+metadata|catalog(?:ue)?\s+record|work\s+entity|revision:.*|"
    r"further\s+reading|external\s+links|see\s+also|gallery|navigation\s+menu|categories?:.*|"
    r"retrieved\s+from\b.*|this\s+page\s+was\s+last\s+edited\b.*|"
    r"related\s+(?:information|topics|links|content|resources|conditions|pages|reading)|more\s+information|"
    r"other\s+websites|useful\s+(?:links|websites)|you\s+might\s+also\s+be\s+interested\s+in|"
    r"was\s+this\s+(?:page|article)\s+helpful\??|sign\s+up\s+for\s+(?:our\s+)?newsletter.*)\s*:?$",
    re.IGNORECASE,
)
_REF_HEADING = re.compile(
    r"^(?:#{1,6}\s*)?(?:\d+\.?\s+)?(?:references?(?:\s+list|\s+cited)?|bibliography|literature\s+cited|"
    r"works\s+cited|cited\s+literature|notes\s+and\s+references|sources\s+cited)\s*:?$",
    re.IGNORECASE,
)
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_LINE_CHROME = re.compile(
    r"^(?:from\s+wikipedia,\s+the\s+free\s+encyclopedia|\(redirected\s+from\s+[^)]*\)|"
    r"jump\s+to\s+(?:navigation|search|content|main\s+content)|skip\s+to\s+(?:main\s+)?content|"
    r".*\bedit\s+this\s+(?:on|at)\s+wikidata\b.*|posted\s+(?:by|on|at|in)\b.*|"
    r"email\s+this|blogthis!?|share\s+to\s+(?:twitter|facebook|pinterest|x)|pin\s+it|tweet|"
    rf"{_MONTHS}\s+\d{{4}}(?:\s*\(\d+\))?|\d{{4}}\s*\(\d+\)|[►▼▸▾»]\s*.*|"
    r".*\b(?:(?:we|this\s+(?:site|website))\s+uses?\s+cookies|cookie\s+(?:policy|settings|preferences|notice))\b.*|"
    r"accept(?:\s+all)?\s+cookies|menu|search|sign\s+in|log\s+in|home|print|page\s+\d+(?:\s+of\s+\d+)?|\d{1,4}|"
    r"published\s+(?:in|online|by)\b(?!.*[.!?]\s+[A-Z]).{0,200}|"
    r"(?:\d{4}\s+)?vol(?:ume)?\.?\s*\d+(?:\s*,\s*(?:issue|no\.?)\s*\d+)?(?:\s*,\s*pp?\.?\s*[\w-]+)?|"
    r"(?:copyright|©|\(c\)\s*\d{4}).{0,300}|all\s+rights\s+reserved\.?|"
    r"(?:doi|pmid|pmcid|pmc|issn(?:-l)?|isbn):?\s+\S+(?:\s*\[[^\]]*\])?(?:\s+\S+){0,3})$",
    re.IGNORECASE,
)
# The label of a row of links: "Related articles:", "Popular posts:".
_LINKS_LABEL = (
    r"(?:related|popular|recent|more|similar)\s+(?:posts?|articles?|stories|pages|reading|links|topics)"
    r"\s*:\s*"
)
# Footer and navigation lines that are chrome wherever they appear, reference lists included.
_SITE_CHROME = re.compile(
    r"^(?:(?:copyright|©|\(c\)\s*\d{4}).{0,300}|all\s+rights\s+reserved\.?|privacy(?:\s+policy)?|"
    r"terms\s+(?:of\s+(?:use|service)|and\s+conditions)|contact\s+us|about\s+us|site\s*map|cookie\s+policy|"
    r"[^.|]{1,40}(?:\s\|\s[^.|]{1,40})+|"
    # a trail of links: "Home > Forums > Skin", "Forums › Morphoea › Skin problems"
    r"[^.>›»]{1,30}(?:\s[>›»]\s[^.>›»]{1,40})+|"
    # a row of links: "Related articles: Nifedipine for Raynaud's · Methotrexate and your liver · …"
    rf"(?:{_LINKS_LABEL})?[^·•]{{1,80}}(?:\s[·•]\s[^·•]{{1,80}})+|"
    # … or of titles between bars, after such a label: "Related articles: A | B | C"
    rf"{_LINKS_LABEL}[^|]{{1,80}}(?:\s\|\s[^|]{{1,80}})+)$",
    re.IGNORECASE,
)
# The label of a record's patient line: "Signalment: …", "Patient: Biscuit · Feline · British
# Shorthair · 11 yr" (fields split by dots like a row of links, but a line that presents the
# patient, in a veterinary record the species; cues.RECORD_LABEL builds on it).
PATIENT_LABEL = re.compile(r"^\W*(?:patient|animal|signalment|pet)\s*:", re.IGNORECASE)
# A forum post on the line of its label ("Posted by newmum_22: My daughter …"): the post is text.
_LABELLED_POST = re.compile(
    r"^(?:posted|written|reply|replied|comment|answer)\b[^:.!?]{0,60}:\s*\S.*[.!?]", re.IGNORECASE
)
_BYLINE_KV = re.compile(
    r"^(?:(?:authors?|updated|last\s+(?:updated|reviewed|modified)|date|published|reviewed)\s*:|"
    r"(?:written|reviewed|medically\s+reviewed|edited|updated|posted|fact[- ]checked)\s+(?:by|on)\b)",
    re.IGNORECASE,
)
_KV_KEYS = (
    r"authors?|type|stage|date|language|issn(?:-l)?|isbn|doi|pmid|pmcid|publisher|volume|issue|pages?|licen[cs]e|"
    r"status|release|edition|format|size|container|source|identifier|accessed|received|accepted|published|"
    r"revised|keywords?|title|journal|year|citation|version|work|file|url|access"
)
_KEY_VALUE = re.compile(rf"^\s*(?:{_KV_KEYS})(?:\s*:\s*|\s{{2,}}|\s*\t\s*)\S.{{0,80}}$", re.IGNORECASE)
_FILE_LISTING = re.compile(r"^[a-z]+/[\w.+-]+\s+[\d.,]+\s*[kmgt]?i?b$", re.IGNORECASE)
_BARE_LINK = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?(?:\s*\([^)]*\))?$", re.IGNORECASE)
_BYLINE = re.compile(
    r"^by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*$"
)
_WIKI_MARKER = re.compile(r"from wikipedia, the free encyclopedia|edit this on wikidata|wikipedia", re.IGNORECASE)
_INFOBOX = re.compile(
    r"^(other names|specialty|symptoms|complications|usual onset|duration|types|causes|risk factors|"
    r"diagnostic method|differential diagnosis|prevention|treatment|medication|prognosis|frequency|"
    r"deaths|named after|pronunciation)\s*(\S.*)$",
    re.IGNORECASE,
)
# PubMed's "Abstract (text)" export: blocks that are record data, not article text.
_PUBMED_CITATION_LINE = re.compile(r"^\d+\.\s+(?P<venue>[^.]+?)\.\s+(?P<year>(?:1[89]|20)\d{2})\b.*")
_PUBMED_BLOCK_START = re.compile(
    r"^(?:author information:|conflict of interest statement:|comment in|comment on|erratum in|"
    r"update of|update in|retraction in|retracted publication|republished|expression of concern in|"
    r"publication types:|mesh terms:|substances:|grant support:)",
    re.IGNORECASE,
)
_PUBMED_AUTHORS = re.compile(
    r"^[A-Z][\w'’-]+(?:\s[\w'’-]+)*\s[A-Z]{1,4}(?:\(\d+(?:,\d+)*\))?"
    r"(?:,\s[A-Z][\w'’-]+(?:\s[\w'’-]+)*\s[A-Z]{1,4}(?:\(\d+(?:,\d+)*\))?)*(?:;\s.*)?\.$"
)
_ID_LINE = re.compile(r"^(doi|pmid|pmcid|pmc):?\s+(\S+)", re.IGNORECASE)
_SENT_END = re.compile(r"[.!?:;](?:\s|$)")


def _words(s: str) -> int:
    return len(s.split())


def _is_prose(s: str) -> bool:
    w = _words(s)
    return w >= 20 or (w >= 12 and len(_SENT_END.findall(s)) >= 2)


def _is_list_line(s: str) -> bool:
    return bool(re.match(r"^(?:[•◦▪‣·*–-]|\d{1,3}[.)])\s+\S", s))


def _in_table(texts: list[str], i: int) -> bool:
    """Line ``i`` is a row of a table: a line next to it has as many bars (a row of links stands
    alone)."""
    bars = texts[i].count("|")
    near = [texts[k] for k in (i - 1, i + 1) if 0 <= k < len(texts)]
    return is_pipe_row(texts[i]) and any(t.count("|") == bars for t in near)


def _drop_chrome(lines: list[_Buf], meta: dict[str, object]) -> list[_Buf]:
    """Keep only content lines (blank lines kept as block separators)."""
    texts = [_squash(ln.text()) for ln in lines]
    raw = [ln.text() for ln in lines]
    n = len(lines)
    keep = [True] * n
    in_refs = [False] * n
    wiki = any(_WIKI_MARKER.search(t) for t in texts[:40] if t)
    title_key = _cmp_key(str(meta.get("title", ""))) if meta.get("title") else None

    # Known chrome headings end the content; a reference heading starts data again.
    chrome = refs = False
    block_drop = False
    for i, t in enumerate(texts):
        if not t:
            block_drop = False
            continue
        if _REF_HEADING.match(t):
            chrome, refs = False, True
            continue
        if _TERMINAL.match(t):
            chrome, refs = True, False
            keep[i] = False
            continue
        if chrome:
            keep[i] = False
            continue
        if refs:
            if _SITE_CHROME.match(t):
                keep[i] = False
            else:
                in_refs[i] = True
            continue
        if block_drop or _PUBMED_BLOCK_START.match(t):
            block_drop = True
            keep[i] = False
            continue
        mid = _ID_LINE.match(t)
        if mid and _words(t) <= 6:
            k = {"pmc": "pmc", "pmcid": "pmc"}.get(mid.group(1).lower(), mid.group(1).lower())
            meta.setdefault(k, mid.group(2).rstrip("."))
        kv = _KEY_VALUE.match(raw[i])
        key = value = ""
        if kv:
            parts = re.split(r"\s*:\s*|\s{2,}|\t", raw[i].strip(), maxsplit=1)
            key = parts[0].strip().lower()
            value = parts[1].strip() if len(parts) > 1 else ""
            colon = ":" in raw[i][: raw[i].find(value)] if value else False
            if re.search(r"[.!?]\s", value) or _words(value) > (25 if colon else 6) or (not colon and value.endswith(".")):
                kv = None  # a sentence that happens to start with "Type" or "Date"
        if kv:
            if key == "title":
                # "Title: X" in a plain header: the line becomes the title line itself
                at = len(raw[i]) - len(raw[i].lstrip()) + raw[i].strip().find(value)
                lines[i] = lines[i].slice(at, at + len(value))
                texts[i] = _squash(value)
                continue
            if key in ("journal", "year", "doi", "pmid", "date", "url", "publisher", "language"):
                meta.setdefault("venue" if key == "journal" else key, value.strip())
            elif key in ("author", "authors"):
                meta.setdefault("authors", [a.strip() for a in value.split(";" if ";" in value else ",") if a.strip()])
        if not _LABELLED_POST.match(t) and (
            _LINE_CHROME.match(t)
            or kv
            or _FILE_LISTING.match(t)
            or _BARE_LINK.match(t)
            or _BYLINE.match(t)
            or _SITE_CHROME.match(t) and not _in_table(texts, i) and not PATIENT_LABEL.match(t)
            or (_BYLINE_KV.match(t) and _words(t) <= 40)
        ):
            keep[i] = False

    # The front zone (before the first prose line): infobox rows, PubMed record lines.
    first_prose = next(
        (i for i, t in enumerate(texts) if keep[i] and _is_prose(t) and not _PUBMED_CITATION_LINE.match(t)), n
    )
    pubmed_citation = False
    for i in range(first_prose):
        t = texts[i]
        if not keep[i] or not t:
            continue
        if title_key and _cmp_key(t) == title_key:
            continue
        mb = _INFOBOX.match(t)
        if wiki and mb and not t.endswith("."):
            if mb.group(1).lower() == "other names":
                meta.setdefault("other_names", [x.strip() for x in mb.group(2).split(",") if x.strip()])
            keep[i] = False
            continue
        mc = _PUBMED_CITATION_LINE.match(t)
        if mc and not pubmed_citation and ";" in t:
            pubmed_citation = True
            meta.setdefault("venue", mc.group("venue"))
            meta.setdefault("year", mc.group("year"))
            md = re.search(r"\bdoi:\s*(10\.\S+?)\.?(?:\s|$)", t)
            if md:
                meta.setdefault("doi", md.group(1))
            keep[i] = False
            continue
        if pubmed_citation and _PUBMED_AUTHORS.match(t):
            names = [re.sub(r"\(\d+(?:,\d+)*\)", "", a).strip() for a in t.rstrip(".").split(";")[0].split(", ")]
            meta.setdefault("authors", names)
            keep[i] = False
    if pubmed_citation:
        meta["_pubmed_text"] = True

    # Structural tail: after the last prose line, a run of short link-like lines is chrome.
    content = [i for i in range(n) if keep[i] and texts[i]]
    last = max((i for i in content if in_refs[i] or _is_prose(texts[i]) or texts[i].endswith((".", ":"))), default=-1)
    tail = [i for i in content if i > last]
    # (a table's rows are content, and so is the heading above them)
    if last >= 0 and len(tail) >= 2 and all(
        _words(texts[i]) <= 15 and not _is_list_line(texts[i]) and not is_pipe_row(texts[i]) for i in tail
    ):
        for i in tail:
            keep[i] = False

    return [ln if keep[i] else _Buf() for i, ln in enumerate(lines) if keep[i] or not texts[i]]


# --------------------------------------------------------------------------------------------
# Assembly: lines -> text + offsets, with roles (title, reference heading, reference entries)
# --------------------------------------------------------------------------------------------


@dataclass
class _Line:
    buf: _Buf
    role: str = ""  # "", "title", "ref-heading", "ref"
    ref_group: int = -1  # entries spanning several lines share a group number
    hint: dict[str, object] | None = None  # structured reference fields (XML)


@dataclass
class _Assembled:
    text: str
    starts: list[int]
    ends: list[int]
    spans: list[tuple[int, int] | None]  # per input line; None for blank lines


def _assemble(lines: list[_Line]) -> _Assembled:
    buf = _Buf()
    spans: list[tuple[int, int] | None] = []
    pending_blank = False
    for ln in lines:
        if not len(ln.buf):
            pending_blank = bool(len(buf))
            spans.append(None)
            continue
        if len(buf):
            anchor = buf.ends[-1]
            buf.add_mapped("\n\n" if pending_blank else "\n", anchor, anchor)
        pending_blank = False
        s = len(buf)
        buf.extend(ln.buf)
        spans.append((s, len(buf)))
    return _Assembled(buf.text(), buf.starts, buf.ends, spans)


def _mark_references(lines: list[_Line]) -> None:
    """Find a plain-text reference list and group its lines into entries."""
    texts = [_squash(ln.buf.text()) for ln in lines]
    heads = [i for i, t in enumerate(texts) if _REF_HEADING.match(t)]
    if not heads:
        return
    head = heads[-1]
    entry_re = re.compile(r"^(?:\[\d{1,4}\]|\d{1,4}[.)]|\d{1,4}\s(?=[\^A-Z]))\s*\S")
    first = next((i for i in range(head + 1, len(lines)) if texts[i]), None)
    if first is None:
        return
    numbered = bool(entry_re.match(texts[first]))
    group = -1
    prev_blank = True
    last = first
    for i in range(first, len(lines)):
        t = texts[i]
        if not t:
            prev_blank = True
            continue
        if numbered:
            starts_entry = bool(entry_re.match(t))
            if not starts_entry and prev_blank and not _looks_like_citation(t):
                break  # a heading or page furniture after the list: the references are over
        else:
            starts_entry = prev_blank or not _looks_like_continuation(t)
            if starts_entry and not _looks_like_citation(t):
                break
        if starts_entry or group < 0:
            group += 1
        lines[i].role = "ref"
        lines[i].ref_group = group
        prev_blank = False
        last = i
    else:
        last = len(lines)
    if group >= 0:
        lines[head].role = "ref-heading"
        # After the reference list, short lines only (site links, "On this site") are chrome.
        rest = [k for k in range(last + 1, len(lines)) if texts[k] and lines[k].role != "ref"]
        if rest and all(_words(texts[k]) <= 15 for k in rest):
            for k in rest:
                lines[k].buf = _Buf()


def _looks_like_citation(t: str) -> bool:
    """An unnumbered line that could be a bibliographic entry (a year, an identifier, authors)."""
    return bool(
        re.search(r"\b(?:1[6-9]|20)\d{2}\b|\bdoi\b|\bPMID\b|https?://|\bet\s+al\b|\bISBN\b", t)
        or (_words(t) >= 6 and _SENT_END.search(t))
    )


def _looks_like_continuation(t: str) -> bool:
    return bool(t) and (t[0].islower() or t[0].isdigit() or t[0] in "(;,:")


# --------------------------------------------------------------------------------------------
# Citation parsing
# --------------------------------------------------------------------------------------------

_DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)")
_PMID_RE = re.compile(r"\bPMID\s*:?\s*(\d{1,9})\b")
_PMC_RE = re.compile(r"\bPMC(?:ID)?\s*:?\s*(?:PMC)?\s*(\d{3,9})\b")
_ISBN_RE = re.compile(r"\bISBN(?:-1[03])?\s*:?\s*((?:97[89][\s-]?)?(?:\d[\s-]?){9}[\dXx])")
_URL_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+")
_ID_LABEL = re.compile(
    r"(?:\bdoi\b|\bPMID\b|\bPMCID\b|\bPMC\s*\d|\bISBN\b|\bISSN\b|\bhdl\b|\bRetrieved\b|\bAvailable\s+(?:from|at)\b|"
    r"\bAccessed\b|\bEpub\b|\barXiv\b|\bS2CID\b|\bOCLC\b|\bBibcode\b|https?://|www\.|\b10\.\d{4,9}/)",
    re.IGNORECASE,
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_YEAR_PAREN = re.compile(
    rf"\((?:c\.\s*)?(?:\d{{1,2}}\s+)?(?:{_MONTH_ABBR}\s+)?(?:\d{{1,2}},?\s+)?((?:1[5-9]|20)\d{{2}})"
    r"(?:[-/]\d{1,2}(?:[-/]\d{1,2})?)?[a-z]?(?:,\s*[^()]*)?\)"
)
_YEAR_RE = re.compile(r"(?<![\d/.])((?:1[6-9]|20)\d{2})(?![\d/])")
_VANCOUVER_AUTHOR = re.compile(r"^(?:[A-Z][\w'’-]*(?:\s[\w'’-]+)*\s[A-Z]{1,4}|et\s+al\.?|[A-Z][\w'’-]+\s[A-Z]\.(?:\s?[A-Z]\.)*)$")
_VENUE_YEAR = re.compile(r"^(.*?)\s*\b((?:1[6-9]|20)\d{2})\b(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*(?:[;:(.]|$)")
_CORPORATE = re.compile(
    r"\b(?:Society|Association|Organi[sz]ation|Institute|Group|Committee|Foundation|College|Academy|Agency|"
    r"Department|Ministry|Council|Network|Cent(?:re|er)|Consortium|Collaboration|Federation|Board|WHO|NICE)\b"
)
_SEGMENT_BREAK = re.compile(r"(?<=[\w)\]'\"%])[.?!](?=\s+[\"'(\[]?[A-Z0-9])")


def _clean_id(s: str) -> str:
    s = s.rstrip(".,;:")
    for o, c in ("()", "[]"):
        while s.endswith(c) and s.count(o) < s.count(c):
            s = s[:-1].rstrip(".,;:")
    return s


def _split_authors(s: str) -> list[str]:
    s = s.strip().strip(",;").strip()
    if not s:
        return []
    if ";" in s:
        parts = s.split(";")
    else:
        items = [x.strip() for x in s.split(",")]
        if all(_VANCOUVER_AUTHOR.match(x) for x in items if x):
            parts = items
        else:
            # "Smith, J., & Doe, A. B." -> pairs of surname and initials
            parts = re.split(r",?\s*(?:&|\band\b)\s+|(?<=\.),\s+(?=[A-Z][\w'’-]+,)", s)
    out = []
    for p in parts:
        p = re.sub(r"^(?:and|&)\s+", "", p.strip()).strip(" ,")
        if not p or re.fullmatch(r"et\s+al\.?|others", p, re.IGNORECASE):
            continue
        if re.search(r"[a-z]{2}\.$", p):
            p = p[:-1]  # a full stop that ends the list, not an initial
        out.append(p)
    return out


def _quoted_title(s: str, i: int) -> tuple[int, int, int] | None:
    """For s[i] == '"': (title start, title end, index after the closing quote)."""
    for k in range(i + 1, len(s)):
        if s[k] != '"' or s[k - 1] == " ":
            continue
        if re.match(r"[.,;:]?(?:\s|$)", s[k + 1 :]) or k + 1 == len(s):
            return i + 1, k, k + 1
    return None


def _segment_end(s: str, i: int) -> int:
    """End of the bibliographic segment starting at i (before its closing full stop)."""
    m = _SEGMENT_BREAK.search(s, i)
    if m:
        return m.start() + (1 if m.group(0) in "?!" else 0)
    return len(s.rstrip(". "))


def parse_citation(s: str) -> dict[str, object]:
    """Parse one bibliographic entry (Wikipedia/APA, Vancouver/PubMed, or loose) into fields.

    Positions ``title_start``/``title_end`` are relative to ``s``.

    >>> r = parse_citation('Khallouk A, Yazami OE. Idiopathic scrotal calcinosis. Rev Urol. 2011;13(2):95-7. PMID: 21935341')
    >>> r["title"], r["authors"], r["year"], r["venue"], r["pmid"]
    ('Idiopathic scrotal calcinosis', ('Khallouk A', 'Yazami OE'), '2011', 'Rev Urol', '21935341')
    """
    out: dict[str, object] = {"title": None, "title_start": None, "title_end": None, "authors": (),
                              "year": None, "venue": None, "doi": None, "pmid": None, "pmc": None,
                              "isbn": None, "url": None}
    m = _DOI_RE.search(s)
    if m:
        out["doi"] = _clean_id(m.group(1))
    m = _PMID_RE.search(s)
    if m:
        out["pmid"] = m.group(1)
    m = _PMC_RE.search(s)
    if m:
        out["pmc"] = "PMC" + m.group(1)
    m = _ISBN_RE.search(s)
    if m:
        out["isbn"] = m.group(1).strip()
    for m in _URL_RE.finditer(s):
        u = _clean_id(m.group(0))
        if "doi.org/" not in u:
            out["url"] = u
            break
    cut = _ID_LABEL.search(s)
    core = s[: cut.start()] if cut else s
    core_end = len(core.rstrip(" .,;"))
    title: tuple[int, int] | None = None
    after = 0
    authors = ""
    lead = len(core) - len(core.lstrip())

    my = _YEAR_PAREN.search(core)
    if core[lead:lead + 1] == '"':
        q = _quoted_title(core, lead)
        if q:
            title, after = (q[0], q[1]), q[2]
    elif my and my.start() > 0 and '"' not in core[: my.start()]:
        authors = core[: my.start()]
        out["year"] = my.group(1)
        j = my.end()
        while j < len(core) and core[j] in " .,:":
            j += 1
        if core[j:j + 1] == '"':
            q = _quoted_title(core, j)
            if q:
                title, after = (q[0], q[1]), q[2]
        elif j < core_end:
            e = _segment_end(core, j)
            title, after = (j, e), e
    else:
        segs: list[tuple[int, int]] = []
        j = lead
        while j < core_end:
            e = min(_segment_end(core, j), core_end)
            if e <= j:
                break
            segs.append((j, e))
            j = e
            while j < len(core) and core[j] in " .?!":
                j += 1
        if segs:
            first = core[segs[0][0] : segs[0][1]]
            items = [x.strip() for x in first.split(",") if x.strip()]
            is_authors = bool(items) and all(_VANCOUVER_AUTHOR.match(x) for x in items)
            if not is_authors and len(segs) > 1 and _CORPORATE.search(first) and _words(first) <= 8:
                is_authors = True  # "World Health Organization. Title. ..."
            k = 1 if is_authors else 0
            if is_authors:
                authors = first
            # The venue is the segment before the one that starts with the year
            # ("Rev Urol. 2011;13(2):95-7") or the one that carries it ("Arch Dermatol 1988;124:1721").
            v = None
            for idx in range(k, len(segs)):
                my3 = _VENUE_YEAR.match(core[segs[idx][0] : segs[idx][1]])
                if my3:
                    v = idx
                    venue_in_seg = bool(my3.group(1).strip())
                    break
            if v is not None:
                last_title = v - 1 if venue_in_seg else v - 2
                if venue_in_seg:
                    vs = segs[v][0]
                    out["venue"] = core[vs : vs + len(my3.group(1).rstrip(" ,;:"))] if my3 else None
                elif v - 1 >= k:
                    out["venue"] = core[segs[v - 1][0] : segs[v - 1][1]].strip(" ,")
                if last_title >= k:
                    title = (segs[k][0], segs[last_title][1])
                out["year"] = my3.group(2) if my3 else None
            elif k < len(segs):
                cand = core[segs[k][0] : segs[k][1]]
                if _words(cand) >= 2:
                    title, after = segs[k], segs[k][1]

    if authors:
        out["authors"] = tuple(_split_authors(authors))
    if title is not None:
        ts, te = title
        while ts < te and core[ts] in " \"'":
            ts += 1
        while te > ts and core[te - 1] in " .,;'":
            te -= 1
        if te > ts and core[te - 1] == '"' and core[ts:te].count('"') % 2:
            te -= 1  # a stray closing quote; a quoted phrase ending the title keeps its quotes
        if te > ts:
            out["title"], out["title_start"], out["title_end"] = core[ts:te], ts, te
    if after and after < core_end:
        j = after
        while j < core_end and core[j] in " .,\"'":
            j += 1
        rest = core[j:core_end]
        mv = re.match(r"(.+?)(?:[.,;](?:\s|$)|\s\d|\s?\(|$)", rest)
        if mv:
            venue = mv.group(1).strip(" .,;")
            if venue and not re.fullmatch(r"[\d\s;:()-]+", venue):
                out["venue"] = venue
    if out["year"] is None:
        start = out["title_end"] if isinstance(out["title_end"], int) else 0
        my2 = _YEAR_RE.search(core, start) or _YEAR_RE.search(core)
        if my2:
            out["year"] = my2.group(1)
    return out


_ENTRY_PREFIX = re.compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)]|(\d{1,4})\s(?=[\^A-Z]))?\s*(\^\s*)?")


def _strip_backlinks(s: str, i: int) -> int:
    """Skip Wikipedia's back-link letters after '^' ("a b c d"), which run in alphabetical order."""
    want = "a"
    j = i
    while True:
        m = re.match(r"([a-z]{1,2})\s+", s[j:])
        if not m or m.group(1) != want:
            return j
        j += m.end()
        want = chr(ord(want) + 1) if want < "z" else "aa"


def _build_references(text: str, lines: list[_Line], spans: list[tuple[int, int] | None]) -> tuple[tuple[Reference, ...], tuple[int, int] | None]:
    groups: dict[int, list[int]] = {}
    hints: dict[int, dict[str, object]] = {}
    head_span = None
    for idx, ln in enumerate(lines):
        if ln.role == "ref-heading" and spans[idx] is not None:
            head_span = spans[idx]
        if ln.role == "ref" and spans[idx] is not None:
            groups.setdefault(ln.ref_group, []).append(idx)
            if ln.hint:
                hints[ln.ref_group] = ln.hint
    if not groups:
        return (), None
    refs = []
    region_start = head_span[0] if head_span else None
    region_end = 0
    for number, g in enumerate(sorted(groups), start=1):
        s = spans[groups[g][0]][0]  # type: ignore[index]
        e = spans[groups[g][-1]][1]  # type: ignore[index]
        region_start = s if region_start is None else min(region_start, s)
        region_end = max(region_end, e)
        raw = text[s:e]
        m = _ENTRY_PREFIX.match(raw)
        j = m.end() if m else 0
        if m and m.group(4):
            j = _strip_backlinks(raw, j)
        s2 = s + j
        entry = raw[j:].replace("\n", " ")
        if not entry.strip():
            continue
        f = parse_citation(entry)
        hint = hints.get(g)
        if hint:
            for k, v in hint.items():
                if v and k not in ("title",):
                    f[k] = v
            t = hint.get("title")
            if isinstance(t, str) and t:
                pos = entry.find(t)
                if pos < 0:
                    pos = entry.casefold().find(t.casefold())
                f["title"] = t
                f["title_start"], f["title_end"] = (pos, pos + len(t)) if pos >= 0 else (None, None)
        ts = f["title_start"]
        te = f["title_end"]
        title = f["title"]
        if not (isinstance(ts, int) and isinstance(te, int)):
            ts = te = None
            title = title if isinstance(title, str) else None
        refs.append(
            Reference(
                number=number,
                text=_squash(entry),
                start=s2,
                end=e,
                title=title if isinstance(title, str) else None,
                title_start=s2 + ts if ts is not None else None,
                title_end=s2 + te if te is not None else None,
                authors=tuple(f["authors"]) if f["authors"] else (),  # type: ignore[arg-type]
                year=f["year"] if isinstance(f["year"], str) else None,
                venue=f["venue"] if isinstance(f["venue"], str) else None,
                doi=f["doi"] if isinstance(f["doi"], str) else None,
                pmid=f["pmid"] if isinstance(f["pmid"], str) else None,
                pmc=f["pmc"] if isinstance(f["pmc"], str) else None,
                isbn=f["isbn"] if isinstance(f["isbn"], str) else None,
                url=f["url"] if isinstance(f["url"], str) else None,
            )
        )
    span = (region_start, region_end) if region_start is not None else None
    return tuple(refs), span


# --------------------------------------------------------------------------------------------
# Decoding and validation
# --------------------------------------------------------------------------------------------


def _decode(data: bytes, path: str) -> str:
    if not data.strip():
        raise InputError(path, "empty document")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(path, f"not valid UTF-16 text despite its byte-order mark ({e.reason} at offset {e.start})") from None
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise InputError(path, f"binary file, not text (NUL byte at offset {nul})")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InputError(path, f"not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start})") from None
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise InputError(path, "binary file, not text (NUL character)")
    if not text.strip():
        raise InputError(path, "empty document (only whitespace)")
    return text


def _load(path: str | Path) -> tuple[str, str, str]:
    """(path as given, suffix, decoded text) or InputError."""
    p = Path(path)
    name = str(path)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(name, f"unsupported file type {suffix or '(none)'!r} (expected {', '.join(SUPPORTED_SUFFIXES)})")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a document") from None
    except PermissionError:
        raise InputError(name, "cannot read file: permission denied") from None
    except OSError as e:
        raise InputError(name, f"cannot read file: {e.strerror or e}") from None
    return name, suffix, _decode(data, name)


# --------------------------------------------------------------------------------------------
# Plain text and Markdown
# --------------------------------------------------------------------------------------------

_MARKUP_HINT = re.compile(rf"</?(?:(?:jats|mml):[\w.-]+|(?:{_HTML_NAMES}))(?:\s[^<>]*)?/?>|&#?\w+;", re.IGNORECASE)


def _read_text(name: str, suffix: str, original: str) -> Document:
    meta, body_start, spans = _parse_front_matter(original, name)
    meta = _normalise_meta(meta)
    buf = _Buf.verbatim(original, body_start, len(original))
    # Line breaks first (\r\n, lone \r), so that everything after sees "\n" only.
    buf = _rewrite(buf, re.compile(r"\r\n?"), lambda m: [("map", "\n", None)])
    if _MARKUP_HINT.search(buf.text()):
        buf = _strip_markup(buf)
        buf = _decode_entities(buf)
    if suffix == ".md":
        buf = _strip_markdown(buf)
    buf = _normalise_chars(buf)
    buf = _rewrite(buf, _DOT_LEADER, lambda m: [("map", ": ", None)])
    raw_lines = _drop_chrome(_split_lines(buf), meta)
    lines = [_Line(_clean_line(b)) for b in raw_lines]
    if not any(len(ln.buf) for ln in lines):
        raise InputError(name, "no text left after removing markup and page chrome")
    _mark_title(lines, meta, original, spans)
    _mark_references(lines)
    meta.pop("_pubmed_text", None)
    fmt = "markdown" if suffix == ".md" else "text"
    return _finish(name, Path(name).stem, meta, original, lines, fmt)


def _quoted_value_buf(original: str, s: int, e: int) -> _Buf:
    """A front-matter value's characters with quote escapes undone, each mapped to its source."""
    quote = original[s - 1] if s > 0 else ""
    b = _Buf()
    i = s
    while i < e:
        ch = original[i]
        if quote == '"' and ch == "\\" and i + 1 < e:
            b.add({"n": " ", "t": " "}.get(original[i + 1], original[i + 1]), i, i + 2)
            i += 2
        elif quote == "'" and ch == "'" and original[i + 1 : i + 2] == "'":
            b.add("'", i, i + 2)
            i += 2
        else:
            b.add(ch, i, i + 1)
            i += 1
    return b


def _mark_title(lines: list[_Line], meta: dict[str, object], original: str, spans: dict[str, tuple[int, int]]) -> None:
    """Mark the document's title line(s): the declared title where the body repeats it, else a
    short first line (with its wrapped continuation lines)."""
    first = next((i for i, ln in enumerate(lines) if len(ln.buf)), None)
    if first is None:
        return
    line = lines[first]
    text = line.buf.text()
    md = re.match(r"#{1,6}\s+", text)
    off = md.end() if md else 0
    body = text[off:]
    block = [first]
    for k in range(first + 1, len(lines)):
        if not len(lines[k].buf):
            break
        block.append(k)
    run = [first]  # the first line and the wrapped lines that continue it
    for k in block[1:]:
        if not _looks_like_continuation(lines[k].buf.text()):
            break
        run.append(k)
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        key = _cmp_key(title)
        if _cmp_key(body) == key:
            line.buf = line.buf.slice(off, len(line.buf))
            line.role = "title"
            return
        if len(run) > 1 and _cmp_key(" ".join([body] + [lines[k].buf.text() for k in run[1:]])) == key:
            line.buf = line.buf.slice(off, len(line.buf))
            for k in run:
                lines[k].role = "title"
            return
        # "Title release_xyz": the line starts with the title and goes on with record junk
        for m in re.finditer(r"(?<=\S)(?=\s|$)", body):
            rest = body[m.start() :].strip()
            # only record junk may follow (one identifier-like token), never a sentence that
            # merely begins with the title's words ("Calcinosis cutis in dogs is most often …")
            if rest and not re.fullmatch(r"[\w:.-]*[_\d][\w:.-]*", rest):
                continue
            if _cmp_key(body[: m.start()]) == key:
                line.buf = line.buf.slice(off, off + m.start())
                line.role = "title"
                return
        if "title" in spans:
            s, e = spans["title"]
            tb = _clean_line(_normalise_chars(_quoted_value_buf(original, s, e)))
            if len(tb) and _cmp_key(tb.text()) == key:
                lines[first:first] = [_Line(tb, role="title"), _Line(_Buf())]
        return
    # No declared title: a short first line (not a sentence, not a list item) is the title.
    pubmed = bool(meta.get("_pubmed_text"))
    short = [k for k in block if _words(lines[k].buf.text()) <= 5 and not _SENT_END.search(lines[k].buf.text())]
    if not pubmed and len(block) >= 2 and short[: len(short)] == block[: len(short)] and len(short) >= 2:
        # a run of short link-like lines ("Home", "Topics A-Z", "Calcinosis cutis") ends with the title
        nav_end = len(short) - 1
        for k in block[:nav_end]:
            lines[k].buf = _Buf()
        first = block[nav_end]
        line = lines[first]
        text = line.buf.text()
        md = re.match(r"#{1,6}\s+", text)
        off = md.end() if md else 0
        body = text[off:]
        run = [first]
        block = block[nav_end:]
    chosen = block if pubmed else run
    joined = _squash(" ".join([body] + [lines[k].buf.text() for k in chosen[1:]]))
    if _words(joined) > 30 or _is_list_line(body) or (joined.endswith(".") and not pubmed):
        return
    line.buf = line.buf.slice(off, len(line.buf))
    for k in chosen:
        lines[k].role = "title"
    meta["title"] = joined[:-1] if pubmed and joined.endswith(".") else joined


def _finish(name: str, doc_id: str, meta: dict[str, object], original: str, lines: list[_Line], fmt: str) -> Document:
    asm = _assemble(lines)
    refs, ref_span = _build_references(asm.text, lines, asm.spans)
    tspans = [asm.spans[i] for i, ln in enumerate(lines) if ln.role == "title" and asm.spans[i]]
    title_span = (tspans[0][0], tspans[-1][1]) if tspans else None  # type: ignore[index]
    offsets = list(asm.starts)
    offsets.append(asm.ends[-1] if asm.ends else 0)
    meta.setdefault("source_format", fmt)
    if "genre" not in meta:
        guess = _guess_genre(original)
        if guess:
            meta["genre"] = guess
    doc_id = str(meta.get("id") or doc_id)
    frozen = {k: tuple(v) if isinstance(v, list) else v for k, v in meta.items()}
    return Document(
        doc_id=doc_id,
        path=name,
        meta=MappingProxyType(frozen),
        text=asm.text,
        offsets=tuple(offsets),
        original=original,
        references=refs,
        title_span=title_span,
        reference_span=ref_span,
        format=fmt,
        _ends=tuple(asm.ends),
    )


def _guess_genre(original: str) -> str | None:
    """Genre from page furniture the reader saw; only when the header did not say."""
    head = original[:3000].lower()
    if "from wikipedia, the free encyclopedia" in head:
        return "encyclopedia article"
    if re.search(r"^(?:popular posts from this blog|post a comment|\d+ comments|newer post|older post)\s*$", original, re.IGNORECASE | re.MULTILINE):
        return "patient blog post"
    return None


# --------------------------------------------------------------------------------------------
# XML: a tiny offset-keeping tree (validated by expat first)
# --------------------------------------------------------------------------------------------


@dataclass
class _El:
    name: str  # local name, prefix dropped
    attrs: dict[str, tuple[str, int, int]]  # value (entities decoded) and its raw span
    start: int
    end: int = -1
    children: list[_El | _Text] = field(default_factory=list)
    parent: _El | None = None

    def iter(self, name: str | None = None) -> Iterator[_El]:
        if name is None or self.name == name:
            yield self
        for c in self.children:
            if isinstance(c, _El):
                yield from c.iter(name)

    def find(self, path: str) -> _El | None:
        return next(self.findall(path), None)

    def findall(self, path: str) -> Iterator[_El]:
        first, _, rest = path.partition("/")
        for c in self.children:
            if isinstance(c, _El) and (c.name == first or first == "*"):
                if rest:
                    yield from c.findall(rest)
                else:
                    yield c

    def attr(self, key: str) -> str | None:
        v = self.attrs.get(key)
        return v[0] if v else None


@dataclass
class _Text:
    start: int
    end: int
    cdata: bool = False


_XML_TOKEN = re.compile(
    r"<!--.*?-->|<!\[CDATA\[(?P<cdata>.*?)\]\]>|<\?.*?\?>|<!DOCTYPE(?:[^\[>]|\[.*?\])*>|"
    r"<(?P<close>/)?(?P<name>[A-Za-z_][\w.:-]*)(?P<attrs>(?:\s+[^\s=>/]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(?P<empty>/)?>",
    re.DOTALL,
)
_XML_ATTR = re.compile(r"([^\s=>/]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


def _check_xml(original: str, name: str) -> None:
    def parse(foreign: bool) -> None:
        p = xml.parsers.expat.ParserCreate()
        if foreign:
            p.UseForeignDTD(True)  # tolerate HTML entities such as &nbsp; declared by an unseen DTD
        p.Parse(original.encode("utf-8"), True)

    try:
        parse(False)
    except xml.parsers.expat.ExpatError as e:
        if "undefined entity" in str(e):
            try:
                parse(True)
                return
            except xml.parsers.expat.ExpatError as e2:
                e = e2
        raise InputError(name, f"malformed XML: {xml.parsers.expat.ErrorString(e.code)} (line {e.lineno}, column {e.offset + 1})") from None


def _parse_xml(original: str, name: str) -> _El:
    _check_xml(original, name)
    root: _El | None = None
    stack: list[_El] = []
    pos = 0
    for m in _XML_TOKEN.finditer(original):
        if stack and m.start() > pos:
            stack[-1].children.append(_Text(pos, m.start()))
        pos = m.end()
        if m.group("cdata") is not None:
            if stack:
                stack[-1].children.append(_Text(m.start("cdata"), m.end("cdata"), cdata=True))
            continue
        tag = m.group("name")
        if tag is None:
            continue
        local = tag.rsplit(":", 1)[-1]
        if m.group("close"):
            if stack:
                el = stack.pop()
                el.end = m.end()
            continue
        attrs = {}
        for a in _XML_ATTR.finditer(m.group("attrs") or ""):
            g = 2 if a.group(2) is not None else 3
            off = m.start("attrs")
            attrs[a.group(1).rsplit(":", 1)[-1]] = (html.unescape(a.group(g)), off + a.start(g), off + a.end(g))
        el = _El(local, attrs, m.start(), parent=stack[-1] if stack else None)
        if stack:
            stack[-1].children.append(el)
        elif root is None:
            root = el
        if m.group("empty"):
            el.end = m.end()
        else:
            stack.append(el)
    if root is None:
        raise InputError(name, "malformed XML: no root element")
    return root


def _text_buf(original: str, t: _Text) -> _Buf:
    """Characters of a text node, entities decoded, line breaks as spaces (XML flows text)."""
    buf = _Buf.verbatim(original, t.start, t.end)
    if not t.cdata:
        buf = _decode_entities(buf)
    buf.chars = [" " if c in "\r\n\t" else c for c in buf.chars]
    return buf


def _plain(original: str, el: _El | None) -> str:
    """An element's text as a normalised string (for metadata, not for the offset-mapped text)."""
    if el is None:
        return ""
    b = _Buf()
    _inline(original, el, b)
    return _squash(_normalise_chars(b).text())


_INLINE_SKIP = {"fn", "table-wrap-foot", "alt-text", "object-id", "graphic", "inline-graphic", "media"}


def _inline(original: str, el: _El, out: _Buf) -> None:
    """Render an element's text flow (tags dropped, bibliographic cross-references as [n])."""
    for c in el.children:
        if isinstance(c, _Text):
            out.extend(_text_buf(original, c))
            continue
        if c.name in _INLINE_SKIP:
            continue
        if c.name in ("break", "br"):
            out.add_mapped(" ", c.start, c.start)
            continue
        if c.name == "xref" and c.attr("ref-type") == "bibr":
            inner = _Buf()
            _inline(original, c, inner)
            t = inner.text().strip()
            if t and t[0] not in "[(" and re.fullmatch(r"[\d,\s\-–]+", t):
                out.add_mapped("[", c.start, c.start)
                out.extend(inner)
                out.add_mapped("]", c.end, c.end)
            else:
                out.extend(inner)
            continue
        _inline(original, c, out)


class _XmlRender:
    """Renders XML elements into lines: headings ("# " prefixed), paragraphs, list items."""

    BLOCKS = {"p", "list", "disp-quote", "boxed-text", "fig", "table-wrap", "sec", "def-list", "statement",
              "speech", "verse-group", "disp-formula-group"}
    SKIP = {"ref-list", "fn-group", "ack", "app-group", "glossary", "notes", "table", "graphic", "media",
            "alternatives", "supplementary-material", "object-id", "label", "permissions", "kwd-group"}

    def __init__(self, original: str) -> None:
        self.original = original
        self.lines: list[_Line] = []

    def blank(self) -> None:
        if self.lines and len(self.lines[-1].buf):
            self.lines.append(_Line(_Buf()))

    def line(self, buf: _Buf, role: str = "") -> _Line:
        ln = _Line(buf, role=role)
        self.lines.append(ln)
        return ln

    def heading(self, level: int, buf: _Buf | None, synthetic: str = "", at: int = 0) -> None:
        self.blank()
        b = _Buf()
        anchor = buf.anchor(0) if buf is not None and len(buf) else at
        b.add_mapped("#" * max(1, min(level, 6)) + " ", anchor, anchor)
        if buf is not None and buf.text().strip():
            b.extend(buf)
        else:
            b.add_mapped(synthetic, at, at)
        self.line(b)
        self.blank()

    def paragraph(self, el: _El) -> None:
        """A paragraph; nested block elements (lists, quotes) break it."""
        cur = _Buf()
        for c in el.children:
            if isinstance(c, _El) and c.name in self.BLOCKS:
                self._flush(cur)
                cur = _Buf()
                self.block(c, 6)
                continue
            if isinstance(c, _Text):
                cur.extend(_text_buf(self.original, c))
            elif c.name not in _INLINE_SKIP:
                tmp = _El("span", {}, c.start, c.end, [c])
                _inline(self.original, tmp, cur)
        self._flush(cur)

    def _flush(self, cur: _Buf) -> None:
        if cur.text().strip():
            self.blank()
            self.line(cur)
            self.blank()

    def block(self, el: _El, level: int) -> None:
        for c in el.children:
            if isinstance(c, _Text):
                b = _text_buf(self.original, c)
                if b.text().strip():
                    self._flush(b)
                continue
            name = c.name
            if name in self.SKIP:
                continue
            if name in ("title", "article-title"):
                tb = _Buf()
                _inline(self.original, c, tb)
                if tb.text().strip():
                    self.heading(level, tb)
            elif name == "sec":
                self.block(c, level + 1)
            elif name in ("p", "def"):
                self.paragraph(c)
            elif name == "list":
                self.blank()
                for item in c.iter("list-item"):
                    ib = _Buf()
                    for part in item.children:
                        if isinstance(part, _El) and part.name == "list":
                            continue
                        if isinstance(part, _El):
                            _inline(self.original, _El("span", {}, part.start, part.end, [part]), ib)
                        else:
                            ib.extend(_text_buf(self.original, part))
                        ib.add_mapped(" ", part.end, part.end)
                    if ib.text().strip():
                        b = _Buf()
                        b.add_mapped("• ", item.start, item.start)
                        b.extend(ib)
                        self.line(b)
                self.blank()
            elif name in ("fig", "table-wrap"):
                cap = c.find("caption")
                if cap is not None:
                    self.block(cap, level + 1)
                for table in c.iter("table"):
                    self.table(table)
            else:
                self.block(c, level)


    def table(self, table: _El) -> None:
        """One line per body row, each cell after its column's header: "Drug: pamidronate;
        Adverse events: fever." Case series report results and adverse events in tables, and the
        header says what each cell is; its words are inserted, anchored at the cell."""

        def cells(row: _El) -> list[_El]:
            return [c for c in row.children if isinstance(c, _El) and c.name in ("th", "td")]

        rows = list(table.iter("tr"))
        head = [r for r in rows if r.parent is not None and r.parent.name == "thead"]
        if not head and rows and all(c.name == "th" for c in cells(rows[0])):
            head = rows[:1]
        headers = [_plain(self.original, c) for c in cells(head[-1])] if head else []
        skip = {id(r) for r in head}
        self.blank()
        for row in rows:
            if id(row) in skip:
                continue
            b = _Buf()
            for k, cell in enumerate(cells(row)):
                cb = _Buf()
                _inline(self.original, cell, cb)
                if not cb.text().strip():
                    continue
                if len(b):
                    b.add_mapped("; ", cell.start, cell.start)
                if k < len(headers) and headers[k]:
                    # inserted before the cell (the row's span stays the row's): what the cell is
                    b.add_mapped(headers[k] + ": ", cell.start, cell.start)
                b.extend(cb)
            if len(b):
                b.add_mapped(".", row.end, row.end)
                self.line(b)
                self.blank()


def _pubmed_date(el: _El | None, original: str) -> tuple[str | None, str | None]:
    if el is None:
        return None, None
    y = _plain(original, el.find("Year"))
    if not y:
        md = _plain(original, el.find("MedlineDate"))
        m = re.search(r"\d{4}", md)
        return (m.group(0), None) if m else (None, None)
    mo = _plain(original, el.find("Month"))
    d = _plain(original, el.find("Day"))
    months = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
    mnum = months.get(mo[:3].lower()) if mo and not mo.isdigit() else (int(mo) if mo.isdigit() else None)
    date = y
    if mnum:
        date += f"-{mnum:02d}"
        if d.isdigit():
            date += f"-{int(d):02d}"
    return y, date


_PUBMED_GENRES = [
    ("systematic review", "systematic review"), ("meta-analysis", "systematic review"),
    ("case reports", "case report"), ("review", "review article"),
]


def _pubmed_article(original: str, art: _El, name: str, stem: str) -> Document:
    r = _XmlRender(original)
    meta: dict[str, object] = {}
    cit = art.find("MedlineCitation") or art.find("BookDocument") or art
    pmid = _plain(original, cit.find("PMID"))
    article = cit.find("Article") or cit
    title_el = article.find("ArticleTitle") or article.find("BookTitle") or cit.find("Book/BookTitle")
    if title_el is not None:
        tb = _Buf()
        _inline(original, title_el, tb)
        if tb.text().strip():
            r.line(tb, role="title")
            r.blank()
            t = _squash(_normalise_chars(tb).text())
            meta["title"] = t[:-1] if t.endswith(".") and not t.endswith("..") else t
    journal = article.find("Journal")
    if journal is not None:
        meta["venue"] = _plain(original, journal.find("Title")) or _plain(original, journal.find("ISOAbbreviation"))
        y, d = _pubmed_date(journal.find("JournalIssue/PubDate"), original)
        if y:
            meta["year"], meta["date"] = y, d
    if "year" not in meta:
        y, d = _pubmed_date(article.find("ArticleDate") or cit.find("Book/PubDate"), original)
        if y:
            meta["year"], meta["date"] = y, d
    authors = []
    for a in article.iter("Author"):
        last = _plain(original, a.find("LastName"))
        first = _plain(original, a.find("ForeName")) or _plain(original, a.find("Initials"))
        coll = _plain(original, a.find("CollectiveName"))
        if last:
            authors.append(f"{last}, {first}" if first else last)
        elif coll:
            authors.append(coll)
    if authors:
        meta["authors"] = authors
    lang = _plain(original, article.find("Language"))
    if lang:
        meta["language"] = {"eng": "en", "fre": "fr", "ger": "de", "spa": "es", "ita": "it", "pol": "pl"}.get(lang, lang)
    types = [_plain(original, t).lower() for t in article.iter("PublicationType")]
    for key, genre in _PUBMED_GENRES:
        if any(key in t for t in types):
            meta["genre"] = genre
            break
    else:
        meta["genre"] = "abstract"
    if types:
        meta["publication_types"] = types
    mesh = [_plain(original, d) for d in cit.iter("DescriptorName")]
    if mesh:
        meta["mesh"] = mesh
    kws = [_plain(original, k) for k in cit.iter("Keyword")]
    if kws:
        meta["keywords"] = kws
    for ab in article.findall("Abstract"):
        r.heading(1, None, "Abstract", ab.start + 1)
        for t in ab.findall("AbstractText"):
            label = t.attrs.get("Label") or t.attrs.get("NlmCategory")
            if label and label[0].strip():
                r.heading(2, _Buf.verbatim(original, label[1], label[2]))
            r.paragraph(t)
        cr = ab.find("CopyrightInformation")
        if cr is not None:
            meta["licence"] = _plain(original, cr)
    ids = art.find("PubmedData/ArticleIdList") or art.find("BookDocument/ArticleIdList")
    for aid in ids.findall("ArticleId") if ids is not None else ():
        kind = (aid.attr("IdType") or "").lower()
        val = _plain(original, aid)
        key = {"pubmed": "pmid", "doi": "doi", "pmc": "pmc"}.get(kind)
        if key and val:
            meta.setdefault(key, val)
    if pmid:
        meta["pmid"] = pmid
    for eid in article.findall("ELocationID"):
        if (eid.attr("EIdType") or "").lower() == "doi":
            meta.setdefault("doi", _plain(original, eid))
    refs = [ref for rl in art.iter("ReferenceList") for ref in rl.findall("Reference")]
    if refs:
        r.heading(1, None, "References", refs[0].start)
        r.lines[-2].role = "ref-heading"
        for i, ref in enumerate(refs):
            c = ref.find("Citation")
            b = _Buf()
            if c is not None:
                _inline(original, c, b)
            hint: dict[str, object] = {}
            for aid in ref.iter("ArticleId"):
                kind = {"pubmed": "pmid", "doi": "doi", "pmc": "pmc"}.get((aid.attr("IdType") or "").lower())
                if kind:
                    hint[kind] = _plain(original, aid)
            if not b.text().strip():
                b.add_mapped(" ".join(f"{k.upper()}: {v}" for k, v in hint.items()) or "(no citation)", ref.start, ref.start)
            ln = r.line(b, role="ref")
            ln.ref_group = i
            ln.hint = hint

    meta["source_format"] = "pubmed-xml"
    return _finish_xml(name, pmid or stem, meta, original, r.lines, "pubmed-xml")


def _jats_article(original: str, root: _El, name: str, stem: str) -> Document:
    r = _XmlRender(original)
    meta: dict[str, object] = {}
    front = root.find("front")
    am = front.find("article-meta") if front is not None else None
    jm = front.find("journal-meta") if front is not None else None
    if am is not None:
        t = am.find("title-group/article-title")
        if t is not None:
            tb = _Buf()
            _inline(original, t, tb)
            sub = am.find("title-group/subtitle")
            if sub is not None:
                tb.add_mapped(": ", sub.start, sub.start)
                _inline(original, sub, tb)
            if tb.text().strip():
                r.line(tb, role="title")
                r.blank()
                meta["title"] = _squash(_normalise_chars(tb).text())
        authors = []
        for cg in am.findall("contrib-group"):
            for c in cg.findall("contrib"):
                if (c.attr("contrib-type") or "author") != "author":
                    continue
                nm = c.find("name") or c.find("name-alternatives/name")
                if nm is not None:
                    sur = _plain(original, nm.find("surname"))
                    giv = _plain(original, nm.find("given-names"))
                    authors.append(f"{sur}, {giv}" if giv else sur)
                else:
                    coll = _plain(original, c.find("collab"))
                    if coll:
                        authors.append(coll)
        if authors:
            meta["authors"] = authors
        dates = list(am.findall("pub-date"))
        dates.sort(key=lambda d: 0 if (d.attr("pub-type") or d.attr("date-type") or "") in ("epub", "ppub", "pub") else 1)
        for d in dates:
            y = _plain(original, d.find("year"))
            if y:
                meta["year"] = y
                mo, dy = _plain(original, d.find("month")), _plain(original, d.find("day"))
                meta["date"] = y + (f"-{int(mo):02d}" if mo.isdigit() else "") + (f"-{int(dy):02d}" if mo.isdigit() and dy.isdigit() else "")
                break
        for aid in am.findall("article-id"):
            kind = (aid.attr("pub-id-type") or "").lower()
            key = {"doi": "doi", "pmid": "pmid", "pmc": "pmc", "pmcid": "pmc"}.get(kind)
            if key:
                meta[key] = _plain(original, aid)
        lic = am.find("permissions/license")
        if lic is not None:
            meta["licence"] = lic.attr("href") or _plain(original, lic)
        kws = [_plain(original, k) for k in am.iter("kwd")]
        if kws:
            meta["keywords"] = kws
    if jm is not None:
        jt = jm.find("journal-title-group/journal-title") or jm.find("journal-title")
        if jt is not None:
            meta["venue"] = _plain(original, jt)
    at = (root.attr("article-type") or "").lower()
    meta["genre"] = {"review-article": "review article", "case-report": "case report",
                     "systematic-review": "systematic review", "research-article": "research article"}.get(at, at or "article")
    lang = root.attr("lang")
    if lang:
        meta["language"] = lang
    if am is not None:
        for ab in am.findall("abstract"):
            if (ab.attr("abstract-type") or "") in ("graphical", "teaser", "toc"):
                continue
            if ab.find("title") is None:
                r.heading(1, None, "Abstract", ab.start + 1)
                r.block(ab, 1)
            else:
                r.block(ab, 1)
    body = root.find("body")
    if body is not None:
        r.block(body, 0)
    ref_lists = [rl for rl in root.iter("ref-list")]
    refs = [ref for rl in ref_lists for ref in rl.iter("ref")]
    if refs:
        title = ref_lists[0].find("title")
        tb = _Buf()
        if title is not None:
            _inline(original, title, tb)
        r.heading(1, tb if tb.text().strip() else None, "References", ref_lists[0].start)
        r.lines[-2].role = "ref-heading"
        for i, ref in enumerate(refs):
            b, hint = _jats_ref(original, ref)
            if not b.text().strip():
                continue
            ln = r.line(b, role="ref")
            ln.ref_group = i
            ln.hint = hint
    meta["source_format"] = "jats-xml"
    return _finish_xml(name, stem, meta, original, r.lines, "jats-xml")


def _jats_ref(original: str, ref: _El) -> tuple[_Buf, dict[str, object]]:
    # descendants, not children: <citation-alternatives> wraps both forms of one citation
    cit = next((c for n in ("mixed-citation", "element-citation", "citation", "nlm-citation") for c in ref.iter(n)), None)
    hint: dict[str, object] = {}
    b = _Buf()
    if cit is None:
        _inline(original, ref, b)
        return b, hint
    names = []
    for nm in cit.iter("name"):
        sur = _plain(original, nm.find("surname"))
        giv = _plain(original, nm.find("given-names"))
        names.append(f"{sur}, {giv}" if giv else sur)
    if names:
        hint["authors"] = tuple(names)
    t = cit.find("article-title") or cit.find("chapter-title")
    if t is None and (cit.attr("publication-type") or "") == "book":
        t = cit.find("source")
    if t is not None:
        hint["title"] = _plain(original, t)
    src = cit.find("source")
    if src is not None and src is not t:
        hint["venue"] = _plain(original, src)
    y = _plain(original, cit.find("year"))
    if y:
        m = re.search(r"\d{4}", y)
        hint["year"] = m.group(0) if m else y
    for pid in ref.iter("pub-id"):  # every form of the citation may carry identifiers
        kind = {"doi": "doi", "pmid": "pmid", "pmc": "pmc", "pmcid": "pmc", "isbn": "isbn"}.get((pid.attr("pub-id-type") or "").lower())
        if kind:
            hint[kind] = _plain(original, pid)
    for link in list(cit.iter("ext-link")) + list(cit.iter("uri")):
        href = link.attr("href") or _plain(original, link)
        if href.startswith("http"):
            hint.setdefault("url", href)
    if cit.name == "mixed-citation" or not any(isinstance(c, _El) for c in cit.children):
        _inline(original, cit, b)
        return b, hint
    # element-citation: no punctuation in the markup, so the rendering adds separators.
    sep_after = {"person-group": ". ", "article-title": ". ", "chapter-title": ". ", "source": ". ",
                 "year": ";", "volume": "", "issue": "", "fpage": "", "lpage": "", "pub-id": " "}
    prev = ""
    for c in cit.children:
        if not isinstance(c, _El):
            continue
        if prev in ("volume", "issue", "fpage", "lpage") and c.name not in ("issue", "fpage", "lpage"):
            b.add_mapped(". ", c.start, c.start)
        if c.name == "person-group":
            for k, nm in enumerate(c.iter("name")):
                if k:
                    b.add_mapped(", ", nm.start, nm.start)
                parts = [p for p in (nm.find("surname"), nm.find("given-names")) if p is not None]
                for j, part in enumerate(parts):
                    if j:
                        b.add_mapped(" ", part.start, part.start)
                    _inline(original, part, b)
            etal = c.find("etal")
            if etal is not None:
                b.add_mapped(", et al", etal.start, etal.start)
        elif c.name == "issue":
            b.add_mapped("(", c.start, c.start)
            _inline(original, c, b)
            b.add_mapped(")", c.end, c.end)
        elif c.name == "fpage":
            b.add_mapped(":", c.start, c.start)
            _inline(original, c, b)
        elif c.name == "lpage":
            b.add_mapped("-", c.start, c.start)
            _inline(original, c, b)
        elif c.name == "pub-id":
            kind = (c.attr("pub-id-type") or "").lower()
            label = {"doi": "doi: ", "pmid": "PMID: ", "pmc": "PMCID: ", "pmcid": "PMCID: "}.get(kind, "")
            b.add_mapped(label, c.start, c.start)
            _inline(original, c, b)
        else:
            _inline(original, c, b)
        b.add_mapped(sep_after.get(c.name, " "), c.end, c.end)
        prev = c.name
    return b, hint


def _generic_xml(original: str, root: _El, name: str, stem: str) -> Document:
    r = _XmlRender(original)
    meta: dict[str, object] = {}
    t = next((e for n in ("article-title", "title", "h1", "ArticleTitle") for e in root.iter(n)), None)
    if t is not None:
        tb = _Buf()
        _inline(original, t, tb)
        if tb.text().strip():
            r.line(tb, role="title")
            r.blank()
            meta["title"] = _squash(_normalise_chars(tb).text())
    _generic_block(r, root, t)
    return _finish_xml(name, stem, meta, original, r.lines, "xml")


def _generic_block(r: _XmlRender, el: _El, skip: _El | None) -> None:
    if el is skip:
        return
    has_elements = any(isinstance(c, _El) for c in el.children)
    has_text = any(isinstance(c, _Text) and r.original[c.start:c.end].strip() for c in el.children)
    if has_text or not has_elements:
        b = _Buf()
        _inline(r.original, el, b)
        r._flush(b)
        return
    for c in el.children:
        if isinstance(c, _El):
            _generic_block(r, c, skip)


def _finish_xml(name: str, doc_id: str, meta: dict[str, object], original: str, lines: list[_Line], fmt: str) -> Document:
    cleaned = []
    for ln in lines:
        b = _clean_line(_normalise_chars(ln.buf))
        cleaned.append(_Line(b, ln.role, ln.ref_group, ln.hint))
    if not any(len(ln.buf) and ln.role not in ("ref", "ref-heading") for ln in cleaned):
        raise InputError(name, "XML document has no title, abstract or body text")
    meta = {k: v for k, v in meta.items() if v not in (None, "", [])}
    return _finish(name, doc_id, meta, original, cleaned, fmt)


def _read_xml(name: str, original: str) -> list[Document]:
    root = _parse_xml(original, name)
    stem = Path(name).stem
    if root.name in ("PubmedArticleSet", "PubmedBookArticleSet"):
        arts = [c for c in root.children if isinstance(c, _El) and c.name in ("PubmedArticle", "PubmedBookArticle")]
        if not arts:
            raise InputError(name, "PubMed XML holds no PubmedArticle")
        return [_pubmed_article(original, a, name, stem) for a in arts]
    if root.name in ("PubmedArticle", "PubmedBookArticle"):
        return [_pubmed_article(original, root, name, stem)]
    if root.name == "article":
        return [_jats_article(original, root, name, stem)]
    arts = [e for e in root.iter("article") if e is not root]
    if arts:
        return [_jats_article(original, a, name, stem) for a in arts]
    return [_generic_xml(original, root, name, stem)]


# --------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------


def read_documents(path: str | Path) -> list[Document]:
    """Every document in a file: one for text and JATS, one per article of a PubMed XML set.

    :raises InputError: when the file cannot be read or is not a supported document.
    """
    name, suffix, original = _load(path)
    if suffix == ".xml":
        return _read_xml(name, original)
    return [_read_text(name, suffix, original)]


def read_document(path: str | Path) -> Document:
    """Read one document file into clean text with offsets, metadata and references.

    :raises InputError: when the file cannot be read, is empty, binary, not UTF-8, malformed XML,
        of an unsupported type, or a PubMed set holding more than one article.
    """
    docs = read_documents(path)
    if len(docs) > 1:
        raise InputError(str(path), f"holds {len(docs)} PubMed articles; read it with read_documents()")
    return docs[0]
