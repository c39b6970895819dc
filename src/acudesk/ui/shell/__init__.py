"""The app shell: the main window and its menu actions, Home, About."""
