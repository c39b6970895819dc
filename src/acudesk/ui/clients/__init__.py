"""The client register screens: the list with search, the client page and its form."""
