# SPDX-License-Identifier: GPL-3.0-or-later
"""A filled petition, ready to print: what a template makes and what the PDF renderer draws.

Every string is final text in the petition's language (dates already written out), so the
renderer decides nothing about wording, and the text the lawyer edited in the preview is
exactly what is printed and kept in the registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


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

    def with_block_text(self, index: int, text: str) -> PetitionDocument:
        """The same document with one block's text replaced (an edit in the preview)."""
        blocks = list(self.blocks)
        blocks[index] = replace(blocks[index], text=text)
        return replace(self, blocks=tuple(blocks))
