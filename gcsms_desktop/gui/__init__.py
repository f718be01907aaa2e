"""PySide6 user interface: thin widgets over the services; no business rule lives here."""
