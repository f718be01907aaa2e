"""SQLite storage: typed SQLAlchemy models, Alembic migrations, repositories, unit of work."""
