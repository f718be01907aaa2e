"""The assembly wizard: prepare, convene, attendance, votes, close."""
