"""Documents of membership over time: avenant, registre des parts, tableau des droits, changes."""
