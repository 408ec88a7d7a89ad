# SPDX-License-Identifier: GPL-3.0-or-later
"""A filled petition, ready to print: what a template makes and what the PDF renderer draws.

Every string is final text in the petition's language (dates already written out), so the
renderer decides nothing about wording, and the text the lawyer edited in the preview is
exactly what is printed and kept in the registry.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from app.petitions.timeline_chart import TimelineChart, chart_from_values, chart_values


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"  # one entry of a list (a timeline line, a relative, a document)


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class Annex:
    """One numbered entry of the annex list; an image's bytes are appended as a page of its own."""

    title: str
    image: bytes | None = None


@dataclass(frozen=True, slots=True)
class Labels:
    """The few words the renderer itself prints, in the petition's language."""

    annexes: str = "Annexes"
    page_of: str = "Page {page} of {pages}"
    signature: str = "Signature"
    date: str = "Date"


@dataclass(frozen=True, slots=True)
class PetitionDocument:
    kind: str
    language: str
    #: The document's heading ("Application for a travel document"); also the PDF's title.
    title: str
    addressee: tuple[str, ...] = ()
    applicant: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    annexes: tuple[Annex, ...] = ()
    place: str = ""
    date: str = ""
    #: Who signs: printed under the signature line.
    signatory: str = ""
    labels: Labels = field(default_factory=Labels)
    #: The case on one time axis, drawn on a page of its own (templates with ``timeline = true``).
    timeline: TimelineChart | None = None

    def with_block_text(self, index: int, text: str) -> PetitionDocument:
        """The same document with one block's text replaced (an edit in the preview)."""
        blocks = list(self.blocks)
        blocks[index] = replace(blocks[index], text=text)
        return replace(self, blocks=tuple(blocks))


def to_json(document: PetitionDocument) -> str:
    """The document as the registry keeps it: every word as printed; annexes by title (their
    images stay in the case's files)."""
    values: dict[str, object] = {
        "kind": document.kind,
        "language": document.language,
        "title": document.title,
        "addressee": list(document.addressee),
        "applicant": list(document.applicant),
        "blocks": [[block.kind.value, block.text] for block in document.blocks],
        "annexes": [annex.title for annex in document.annexes],
        "place": document.place,
        "date": document.date,
        "signatory": document.signatory,
        "labels": [
            document.labels.annexes,
            document.labels.page_of,
            document.labels.signature,
            document.labels.date,
        ],
    }
    if document.timeline is not None:
        values["timeline"] = chart_values(document.timeline)
    return json.dumps(values, ensure_ascii=False)


def from_json(text: str, images: Sequence[bytes | None] = ()) -> PetitionDocument:
    """A kept document back (``images``: each annex's image, in order, when it has one)."""
    values = json.loads(text)
    titles = values["annexes"]
    pictures = list(images) + [None] * (len(titles) - len(images))
    return PetitionDocument(
        kind=values["kind"],
        language=values["language"],
        title=values["title"],
        addressee=tuple(values["addressee"]),
        applicant=tuple(values["applicant"]),
        blocks=tuple(Block(BlockKind(kind), text) for kind, text in values["blocks"]),
        annexes=tuple(Annex(title, image) for title, image in zip(titles, pictures, strict=False)),
        place=values["place"],
        date=values["date"],
        signatory=values["signatory"],
        labels=Labels(*values["labels"]),
        timeline=chart_from_values(values["timeline"]) if values.get("timeline") else None,
    )
