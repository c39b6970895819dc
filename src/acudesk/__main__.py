from __future__ import annotations

from acudesk.app import main

raise SystemExit(main())
