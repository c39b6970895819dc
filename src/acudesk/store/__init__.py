"""Persistence: SQLAlchemy models, engine, unit of work, migrations, backup."""
