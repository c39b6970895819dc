"""The audit log viewer, for administrators."""
