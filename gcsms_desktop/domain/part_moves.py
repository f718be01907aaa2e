"""Moving numbered parts between holders (Art. 7): transfers, new parts, cancelled parts.

Part numbers are never reused: new parts are numbered after the highest number ever issued,
cancelled numbers stay out of the count. Pure functions on tuples of ``PartBlock``.
"""

from __future__ import annotations

from gcsms_desktop.domain.capital import PartBlock


def highest_number(blocks: tuple[PartBlock, ...], cancelled: tuple[PartBlock, ...] = ()) -> int:
    return max((b.last for b in blocks + cancelled), default=0)


def issue_parts(blocks: tuple[PartBlock, ...], member_key: str, count: int,
                cancelled: tuple[PartBlock, ...] = ()) -> tuple[PartBlock, ...]:
    """New parts for ``member_key`` (admission, capital increase), numbered after the last."""
    if count <= 0:
        return blocks
    start = highest_number(blocks, cancelled) + 1
    return _merge(blocks + (PartBlock(member_key, start, start + count - 1),))


def take_parts(blocks: tuple[PartBlock, ...], first: int, last: int) -> tuple[tuple[PartBlock, ...], list[str]]:
    """Remove numbers ``first``..``last`` from the blocks; returns the rest and the holders they came from."""
    kept, holders = [], []
    for block in blocks:
        if block.last < first or block.first > last:
            kept.append(block)
            continue
        holders.append(block.member_key)
        if block.first < first:
            kept.append(PartBlock(block.member_key, block.first, first - 1))
        if block.last > last:
            kept.append(PartBlock(block.member_key, last + 1, block.last))
    return tuple(sorted(kept, key=lambda b: b.first)), holders


def transfer_parts(blocks: tuple[PartBlock, ...], first: int, last: int, buyer: str) -> tuple[PartBlock, ...]:
    """Parts ``first``..``last`` change holder; their numbers move with them (Art. 7)."""
    rest, _ = take_parts(blocks, first, last)
    return _merge(rest + (PartBlock(buyer, first, last),))


def blocks_of(blocks: tuple[PartBlock, ...], member_key: str) -> tuple[PartBlock, ...]:
    return tuple(b for b in blocks if b.member_key == member_key)


def _merge(blocks: tuple[PartBlock, ...]) -> tuple[PartBlock, ...]:
    """Sorted by number, adjacent blocks of one holder joined (« nos 27 à 54 », not two lines)."""
    merged: list[PartBlock] = []
    for block in sorted(blocks, key=lambda b: b.first):
        previous = merged[-1] if merged else None
        if previous and previous.member_key == block.member_key and previous.last + 1 == block.first:
            merged[-1] = PartBlock(block.member_key, previous.first, block.last)
        else:
            merged.append(block)
    return tuple(merged)
