"""Plain-Python value types and rules. No Qt, no SQLAlchemy."""
