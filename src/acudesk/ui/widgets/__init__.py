"""What every feature shares: theme, messages, field errors, table model, signature pad, banner."""
