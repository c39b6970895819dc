"""The product catalogue screens: the list, the editor, and a client's recommendations."""
