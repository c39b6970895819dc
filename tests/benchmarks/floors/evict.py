"""Evict files from the page cache: `python floors/evict.py FILE...` (posix_fadvise DONTNEED).

For a start-up "file not in cache" without root (no drop_caches): the kernel drops the
files' clean pages, so the next reader goes to the disk. Other files stay cached.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(paths: list[str]) -> int:
    for path in paths:
        if not Path(path).exists():
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)  # dirty pages are not dropped; none are expected, but be sure
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
