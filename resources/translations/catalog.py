"""A ``.ts`` file as data: read it, carry translations over to a fresh extraction, write it.

lupdate extracts, but two things are done here instead of by lupdate itself: marking ``%n``
texts as plural (lupdate's Python parser marks only ``self.tr(text, "", n)``, never
``QCoreApplication.translate(context, text, "", n)``) and carrying translations over (lupdate's
own merge throws plural forms away when the extracted message is not marked plural). The file
is written in lupdate's layout, so Qt Linguist and lupdate read it as their own.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path

Key = tuple[str, str, str]
"""What Qt looks a translation up by: (context, source text, disambiguation comment)."""


@dataclass(frozen=True)
class Translation:
    """What a translator wrote: one text, or one per plural form; unfinished until marked done."""

    forms: tuple[str, ...] = ("",)
    finished: bool = False


@dataclass(frozen=True)
class Message:
    """One text of the app, as lupdate extracts it, with its translation."""

    context: str
    source: str
    comment: str = ""  # the disambiguation: part of the key
    extracomment: str = ""  # a note for translators from the source code
    translatorcomment: str = ""  # a translator's own note
    numerus: bool = False
    translation: Translation = field(default_factory=Translation)

    @property
    def key(self) -> Key:
        """The lookup key."""
        return (self.context, self.source, self.comment)


@dataclass
class Catalog:
    """A whole ``.ts`` file: its language and its messages, contexts in file order."""

    language: str
    messages: list[Message]

    def by_key(self) -> dict[Key, Message]:
        """The messages by lookup key."""
        return {message.key: message for message in self.messages}


def read_ts(path: Path) -> Catalog:
    """Read a ``.ts`` file (obsolete and vanished entries are left out); ValueError naming
    the file and the place when it is not well-formed XML (a hand edit gone wrong)."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise ValueError(f"{path.name} is not a readable .ts file: {error}") from None
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            messages.append(Message(
                context=name,
                source=element.findtext("source") or "",
                comment=element.findtext("comment") or "",
                extracomment=element.findtext("extracomment") or "",
                translatorcomment=element.findtext("translatorcomment") or "",
                numerus=element.get("numerus") == "yes",
                translation=_translation(translation, kind),
            ))
    return Catalog(root.get("language", ""), messages)


def _translation(element: ET.Element | None, kind: str) -> Translation:
    if element is None:
        return Translation()
    forms = [form.text or "" for form in element.iter("numerusform")]
    return Translation(tuple(forms) if forms else (element.text or "",), kind == "")


def mark_plurals(catalog: Catalog, plural_forms: int) -> Catalog:
    """Every ``%n`` text as a plural entry with the language's number of forms."""
    messages = [replace(m, numerus=True, translation=Translation(("",) * plural_forms))
                if "%n" in m.source and not m.numerus else m for m in catalog.messages]
    return Catalog(catalog.language, messages)


def carry_over(fresh: Catalog, old: Catalog) -> Catalog:
    """The fresh extraction with every translation (and translator's note) the old file holds
    for the same key; texts no longer in the app are dropped."""
    held = old.by_key()
    messages = []
    for message in fresh.messages:
        before = held.get(message.key)
        if before is not None:
            message = replace(message, translatorcomment=before.translatorcomment,
                              translation=_fitted(before.translation, message))
        messages.append(message)
    return Catalog(fresh.language, messages)


def _fitted(translation: Translation, message: Message) -> Translation:
    # A text that became plural (or stopped being) keeps what was written as a draft to redo.
    wanted = len(message.translation.forms)
    if len(translation.forms) == wanted:
        return translation
    forms = (translation.forms + ("",) * wanted)[:wanted]
    return Translation(forms, finished=False)


def unfinished(catalog: Catalog) -> list[Message]:
    """Messages a translator has not finished: marked unfinished, or a form left empty."""
    return [m for m in catalog.messages
            if not m.translation.finished or not all(f.strip() for f in m.translation.forms)]


def write_ts(catalog: Catalog, path: Path) -> None:
    """Write the catalog in lupdate's own layout."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{_escape(catalog.language)}">']
    contexts: dict[str, list[Message]] = {}
    for message in catalog.messages:
        contexts.setdefault(message.context, []).append(message)
    for name, messages in contexts.items():
        lines += ["<context>", f"    <name>{_escape(name)}</name>"]
        for message in messages:
            lines += _message_lines(message)
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _message_lines(message: Message) -> list[str]:
    lines = ['    <message numerus="yes">' if message.numerus else "    <message>",
             f"        <source>{_escape(message.source)}</source>"]
    for tag in ("comment", "extracomment", "translatorcomment"):
        text = getattr(message, tag)
        if text:
            lines.append(f"        <{tag}>{_escape(text)}</{tag}>")
    state = "" if message.translation.finished else ' type="unfinished"'
    if message.numerus:
        lines.append(f"        <translation{state}>")
        lines += [f"            <numerusform>{_escape(form)}</numerusform>"
                  for form in message.translation.forms]
        lines.append("        </translation>")
    else:
        lines.append(f"        <translation{state}>{_escape(message.translation.forms[0])}"
                     "</translation>")
    lines.append("    </message>")
    return lines


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def differences(extracted: Catalog, committed: Catalog) -> list[str]:
    """What a fresh extraction has that the committed file lacks, and the reverse, one line
    each (plural marking and the notes for translators count too; translations do not)."""
    def shape(message: Message) -> tuple[bool, str, int]:
        return message.numerus, message.extracomment, len(message.translation.forms)

    new, old = extracted.by_key(), committed.by_key()
    lines = [f"missing from the .ts: {_name(key)}" for key in new if key not in old]
    lines += [f"no longer in the app: {_name(key)}" for key in old if key not in new]
    lines += [f"changed (plural forms or note): {_name(key)}" for key in new
              if key in old and shape(new[key]) != shape(old[key])]
    if extracted.language != committed.language:
        lines.append(f"language is {committed.language!r}, not {extracted.language!r}")
    return lines


def _name(key: Key) -> str:
    context, source, comment = key
    return f"[{context}] {source!r}" + (f" ({comment})" if comment else "")
