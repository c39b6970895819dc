"""Floor programs: the same work done by the bare stack, run as their own processes."""
