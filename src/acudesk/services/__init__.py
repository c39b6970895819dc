"""Use cases: one function per thing a person does; permissions and audit live here."""
