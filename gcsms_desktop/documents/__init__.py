"""Printed documents (ReportLab platypus): one module per document, ``render() -> bytes``."""
