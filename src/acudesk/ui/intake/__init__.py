"""The intake assessment screens: the client's intake tab, the form, drafts and consent text."""
