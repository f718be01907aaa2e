"""The documented JSON format of a groupement (docs/format-json.md, resources/schema/)."""
