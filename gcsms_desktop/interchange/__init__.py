"""The documented JSON format of a groupement (docs/format-json.md, gcsms_desktop/resources/schema/)."""
