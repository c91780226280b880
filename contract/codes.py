"""Code lists: provinces, crossing points, document types and the other closed vocabularies.

The lists are data, kept as JSON under ``resources/codelists/`` (one file per list) so that a
list can be corrected without touching code. Each file is ``{"description": ..., "entries":
[...]}`` and each entry ``{"code", "name", "aliases": [...]}`` with optional ``"native"`` (the
name in Pashto, Dari or Urdu script) and ``"short"`` (the form registers use, shown in
messages); crossing points also carry ``"timezone"`` and ``"province"``.

Records store the ``code``. :meth:`CodeList.resolve` turns what people write (in a CSV register,
a filter box) into a code: the code itself, the name, the native name and every alias match,
compared case-insensitively with spaces, hyphens, underscores, dots and other punctuation
ignored and ``&`` read as "and" (so ``Khyber-Pakhtunkhwa``, ``KHYBER PAKHTUNKHWA`` and
``khyber_pakhtunkhwa`` are one value). Arabic-script values are compared after the keyboard
folding of :func:`contract.folding.fold_letters`.

Both ends check codes through these lists: the device when it records, HQ when a record arrives
(``contract.wire``), so a code added to a file is accepted by both without touching Python. Each
list has a ``version``, a hash of its entries, so two ends can tell whether they hold the same
list.

Each list is read once per resources folder and then shared (the lists do not change while the
app runs); :func:`forget_loaded_lists` drops what was read (a test that edits a copy of the
folder). A file that is malformed, or two entries of one list claiming the same spelling, raises
:class:`CodeListError` when the list is first used, naming the file and the entries: an
ambiguous alias would otherwise silently resolve to whichever entry happened to come last.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from contract.canonical import canonical_json, sha256_hex
from contract.errors import ErrorCode
from contract.failure import CodeListError, InvalidValue
from contract.folding import fold_letters
from resources import resources_root

__all__ = [
    "CodeEntry",
    "CodeList",
    "CodeListError",
    "af_provinces",
    "card_reasons",
    "check_results",
    "complaint_categories",
    "crossing_point_province",
    "crossing_point_timezone",
    "crossing_points",
    "custody",
    "document_types",
    "document_warnings",
    "forget_loaded_lists",
    "load_code_list",
    "match_key",
    "methods",
    "pk_provinces",
    "return_types",
    "sexes",
    "vulnerabilities",
]

# Lists this short are spelled out in "expected one of: ..." messages; longer ones (provinces)
# would drown the message, so it gives an example code instead.
_MAX_LISTED_CHOICES = 12
_MAX_QUOTED_CHARS = 40


@dataclass(frozen=True, slots=True)
class CodeEntry:
    """One entry of a code list, as read from its file."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    native: str | None = None
    short: str | None = None
    timezone: str | None = None
    province: str | None = None

    @property
    def label(self) -> str:
        """The form shown in messages: ``short`` where the list has one, else the name."""
        return self.short or self.name

    def spellings(self) -> tuple[str, ...]:
        """Every text that resolves to this entry: code, name, native name, short form, aliases."""
        optional = tuple(s for s in (self.native, self.short) if s)
        return (self.code, self.name, *optional, *self.aliases)


@dataclass(frozen=True, slots=True)
class _Spec:
    """What the code needs to know about one list; its content lives in the data file."""

    kind: str  # singular, used in the error code ``unknown_<kind>`` (an ``ErrorCode``)
    label: str  # English words for messages
    field: str  # the record field the list's codes are stored in
    extra_keys: tuple[str, ...] = ()  # further keys every entry must have


_SPECS: dict[str, _Spec] = {
    "pk_provinces": _Spec("pk_province", "Pakistan province", "origin_province"),
    "af_provinces": _Spec("af_province", "Afghanistan province", "destination_province"),
    "crossing_points": _Spec("crossing_point", "crossing point", "checkpoint",
                             extra_keys=("timezone", "province")),
    "document_types": _Spec("document_type", "document type", "document_type"),
    "check_results": _Spec("check_result", "check result", "result"),
    "return_types": _Spec("return_type", "return type", "return_type"),
    "vulnerabilities": _Spec("vulnerability", "vulnerability", "vulnerabilities"),
    "complaint_categories": _Spec("complaint_category", "complaint category", "category"),
    "sexes": _Spec("sex", "sex", "sex"),
    "custody": _Spec("custody", "custody", "custody"),
    "methods": _Spec("method", "check method", "method"),
    "card_reasons": _Spec("card_reason", "card reason", "reason"),
    "document_warnings": _Spec("document_warning", "document warning", "warnings"),
}


@functools.lru_cache(maxsize=8192)
def match_key(text: str) -> str:
    """The form in which code-list values are compared.

    Case-folded, Arabic-script letters folded, ``&`` read as "and", and everything that is not
    a letter or digit dropped. A value made only of punctuation (``-``) is kept as written,
    whitespace collapsed, so that it can still be an alias of its own.
    """
    folded = fold_letters(text.replace("&", " and "))
    key = "".join(ch for ch in folded if ch.isalnum())
    return key or " ".join(folded.split())


class CodeList:
    """One closed vocabulary: its entries in file order and the spellings that resolve to them."""

    def __init__(self, kind: str, label: str, field: str, entries: Iterable[CodeEntry], *,
                 source: str = "<code list>") -> None:
        self.kind = kind
        # Every list has its own code in the contract; a new list without one fails here, loudly.
        self.unknown_code = ErrorCode(f"unknown_{kind}")
        self.label = label
        self.field = field
        self.entries: tuple[CodeEntry, ...] = tuple(entries)
        self.codes: tuple[str, ...] = tuple(entry.code for entry in self.entries)
        # Changes with any entry, spelling or order, never with the file's layout or description.
        self.version = sha256_hex(canonical_json(
            [[e.code, e.name, list(e.aliases), e.native, e.short, e.timezone, e.province]
             for e in self.entries]))[:16]
        self._by_code: dict[str, CodeEntry] = {}
        self._by_key: dict[str, str] = {}
        for entry in self.entries:
            if entry.code in self._by_code:
                raise CodeListError(f"code list {source}: code {entry.code!r} appears twice",
                                    source=source)
            self._by_code[entry.code] = entry
            for spelling in entry.spellings():
                key = match_key(spelling)
                claimed_by = self._by_key.setdefault(key, entry.code)
                if claimed_by != entry.code:
                    raise CodeListError(
                        f"code list {source}: {spelling!r} would resolve both to "
                        f"{claimed_by!r} and to {entry.code!r}", source=source)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, code: object) -> bool:
        """Whether ``code`` is exactly one of the list's codes (no alias matching)."""
        return code in self._by_code

    def __repr__(self) -> str:
        return f"<CodeList {self.kind}: {len(self)} entries>"

    def entry(self, code: str) -> CodeEntry:
        """The entry with exactly this code; InvalidValue ``unknown_<kind>`` if none."""
        try:
            return self._by_code[code]
        except KeyError:
            raise InvalidValue(f"unknown {self.label} code {code!r}",
                                  code=self.unknown_code, field=self.field,
                                  value=code) from None

    def name(self, code: str) -> str:
        """English name of the entry with exactly this code."""
        return self.entry(code).name

    def resolve(self, text: str | None, *, field: str | None = None) -> str | None:
        """The code that ``text`` stands for, or None when ``text`` is empty or blank.

        ``field`` names the offending field in the error (default: the record field the list
        belongs to; a CSV import passes its column name). Raises InvalidValue with code
        ``unknown_<kind>`` when nothing matches; the message quotes the text.
        """
        if text is None or not text.strip():
            return None
        stripped = text.strip()
        if stripped in self._by_code:  # already a code: the common case, skip the folding
            return stripped
        code = self._by_key.get(match_key(stripped))
        if code is None:
            raise self._unknown(stripped, field or self.field)
        return code

    def _unknown(self, text: str, field: str) -> InvalidValue:
        quoted = text if len(text) <= _MAX_QUOTED_CHARS else text[:_MAX_QUOTED_CHARS] + "…"
        if len(self.entries) <= _MAX_LISTED_CHOICES:
            expected = "expected one of: " + ", ".join(e.label for e in self.entries)
        else:
            expected = (f"expected a code such as {self.codes[0]} "
                        f"or a name from the {self.label} list")
        return InvalidValue(f"unknown {self.label} {quoted!r}; {expected}",
                               code=self.unknown_code, field=field, value=text)


def _fail(source: str, problem: str) -> CodeListError:
    return CodeListError(f"code list {source}: {problem}", source=source)


def _text(raw: Mapping[str, Any], key: str, where: str, source: str, *,
          required: bool) -> str | None:
    value = raw.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise _fail(source, f"{where}: {key!r} must be a non-empty string without surrounding "
                            f"spaces, not {value!r}")
    return value


def _parse_entry(raw: object, index: int, spec: _Spec, source: str) -> CodeEntry:
    where = f"entry {index}"
    if not isinstance(raw, dict):
        raise _fail(source, f"{where} is not an object")
    allowed = {"code", "name", "aliases", "native", "short", *spec.extra_keys}
    unexpected = sorted(set(raw) - allowed)
    if unexpected:  # most likely a typo that would otherwise be silently ignored
        raise _fail(source, f"{where}: unexpected keys {unexpected}")
    code = _text(raw, "code", where, source, required=True)
    where = f"entry {index} ({code})"
    aliases = raw.get("aliases")
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip()
                                                for a in aliases):
        raise _fail(source, f"{where}: 'aliases' must be a list of non-empty strings")
    extra = {key: _text(raw, key, where, source, required=True) for key in spec.extra_keys}
    if "timezone" in extra:
        try:
            ZoneInfo(str(extra["timezone"]))
        except (ZoneInfoNotFoundError, ValueError):
            raise _fail(source, f"{where}: unknown time zone {extra['timezone']!r}") from None
    return CodeEntry(
        code=str(code),
        name=str(_text(raw, "name", where, source, required=True)),
        aliases=tuple(a.strip() for a in aliases),
        native=_text(raw, "native", where, source, required=False),
        short=_text(raw, "short", where, source, required=False),
        timezone=extra.get("timezone"),
        province=extra.get("province"),
    )


def load_code_list(path: Path, list_name: str) -> CodeList:
    """Read the file at ``path`` as the list ``list_name`` (e.g. ``"pk_provinces"``).

    The accessors below read the installed files; this is for reading any file with the same
    checks (and for testing those checks). Raises CodeListError for a missing or malformed file.
    """
    spec = _SPECS[list_name]
    source = path.name
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise _fail(source, f"cannot be read ({exc.strerror or exc})") from exc
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError both
        raise _fail(source, f"is not valid JSON: {exc}") from exc
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise _fail(source, 'must be an object with an "entries" list')
    if not document["entries"]:
        raise _fail(source, "has no entries")
    entries = [_parse_entry(raw, i, spec, source) for i, raw in enumerate(document["entries"])]
    return CodeList(spec.kind, spec.label, spec.field, entries, source=source)


@functools.cache
def _loaded(root: Path, list_name: str) -> CodeList:
    # Keyed by the resources folder too, so a test that points CHECKPOINT_RESOURCES at a copy
    # reads the copy; the lists of the real folder stay cached beside it.
    codes = load_code_list(root / "codelists" / f"{list_name}.json", list_name)
    if list_name == "crossing_points":
        provinces = _loaded(root, "pk_provinces")
        for entry in codes.entries:
            if entry.province not in provinces:
                raise _fail("crossing_points.json", f"{entry.code}: province "
                            f"{entry.province!r} is not a Pakistan province code")
    return codes


def _installed(list_name: str) -> CodeList:
    return _loaded(resources_root(), list_name)


def forget_loaded_lists() -> None:
    """Drop every list read so far; the next use reads the files again."""
    _loaded.cache_clear()
    match_key.cache_clear()


def pk_provinces() -> CodeList:
    """Pakistan's first-level units, ISO 3166-2:PK codes (``PK-KP``, ...)."""
    return _installed("pk_provinces")


def af_provinces() -> CodeList:
    """Afghanistan's 34 provinces, ISO 3166-2:AF codes (``AF-NAN``, ...)."""
    return _installed("af_provinces")


def crossing_points() -> CodeList:
    """Border crossing points (``TORKHAM``, ...), each with a time zone and a PK province."""
    return _installed("crossing_points")


def crossing_point_timezone(code: str) -> str:
    """IANA time zone in which the crossing point counts its days (e.g. ``Asia/Karachi``)."""
    return str(crossing_points().entry(code).timezone)


def crossing_point_province(code: str) -> str:
    """ISO 3166-2:PK code of the province the crossing point lies in."""
    return str(crossing_points().entry(code).province)


def document_types() -> CodeList:
    """Documents shown at a check (``por``, ``acc``, ``passport``, ..., ``none``)."""
    return _installed("document_types")


def check_results() -> CodeList:
    """Outcomes of a document check (``verified``, ..., ``not_presented``)."""
    return _installed("check_results")


def return_types() -> CodeList:
    """How a person returns: ``voluntary``, ``deported``, ``assisted``."""
    return _installed("return_types")


def vulnerabilities() -> CodeList:
    """Vulnerability flags (``unaccompanied_child``, ...)."""
    return _installed("vulnerabilities")


def complaint_categories() -> CodeList:
    """What a complaint is about (``extortion_or_bribe``, ..., ``other``)."""
    return _installed("complaint_categories")


def sexes() -> CodeList:
    """``M`` and ``F``."""
    return _installed("sexes")


def custody() -> CodeList:
    """What happened to a checked document: ``returned_to_holder``, ``retained``, ``cancelled``."""
    return _installed("custody")


def methods() -> CodeList:
    """How a document was checked: ``visual``, ``mrz``, ``reader``."""
    return _installed("methods")


def card_reasons() -> CodeList:
    """Why a card is on HQ's cancelled-cards list (cancelled, reported lost, ...)."""
    return _installed("card_reasons")


def document_warnings() -> CodeList:
    """What the desk can warn about a document before saving (``duplicate``, ``cancelled``,
    ``departed_elsewhere``, ``policy_expired``)."""
    return _installed("document_warnings")
