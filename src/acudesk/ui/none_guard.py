"""Work around PySide6 6.12 on CPython 3.11: every void method call drops a reference to None.

Imported by ``acudesk.ui`` itself, so every process that shows a window is protected.

Measured here: 5,000 calls such as ``QPainter.setPen`` or ``QObject.setObjectName`` bring None's
reference count to zero and the interpreter aborts ("none_dealloc: deallocating None"). A chart
repaint makes hundreds of such calls. CPython 3.12 made None immortal (PEP 683), which hides the
bug there; on 3.11 we give None a reference count it cannot run out of. Remove this once the
binding is fixed or the project requires Python 3.12.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # about 10^12 calls


def keep_none_alive() -> None:
    """None, and True and False too: long UI test runs also ended in "bool_dealloc" at exit."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for constant in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(constant))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM


keep_none_alive()
