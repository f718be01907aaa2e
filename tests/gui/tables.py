"""Reading what a table view shows, as the user reads it: the model's display text."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def text(table: QTableView, row: int, column: int) -> str:
    return table.model().index(row, column).data()


def column_texts(table: QTableView, column: int) -> list[str]:
    return [text(table, r, column) for r in range(row_count(table))]


def row_count(table: QTableView) -> int:
    return table.model().rowCount()
