"""The PySide6 user interface: windows, screens, dialogs and item models."""
