"""A raster grid in memory (heights, valid cells, cell size, corner) and the check that it fits."""

from __future__ import annotations

import os
from dataclasses import dataclass

from .errors import N_, InputError
from .lazy import LazyModule

np = LazyModule("numpy")

# Working memory per cell of the heaviest heavy-rain run (fill-spill and its outputs), with headroom.
BYTES_PER_CELL = 48


@dataclass
class Grid:
    """A DEM: heights (2D), which cells hold data, cell size (m) and the top-left corner."""

    dem: np.ndarray
    valid: np.ndarray
    cell_width: float = 1.0
    cell_height: float = 1.0
    left: float = 0.0
    top: float = 0.0

    @property
    def shape(self):
        return self.dem.shape

    @property
    def cell_area(self):
        return self.cell_width * self.cell_height

    def flat(self):
        rows, columns = self.shape
        return self.dem.ravel(), self.valid.ravel(), rows, columns

    def cropped(self):
        """``(grid, window)``: this grid cut to the smallest rectangle around its valid cells, and
        the ``(rows, columns)`` slices that cut arrays of this grid's shape alike."""
        rows, columns = (np.flatnonzero(self.valid.any(axis=axis)) for axis in (1, 0))
        window = (slice(rows[0], rows[-1] + 1), slice(columns[0], columns[-1] + 1))
        left = self.left + columns[0] * self.cell_width
        top = self.top - rows[0] * self.cell_height
        cut = Grid(
            self.dem[window].copy(), self.valid[window].copy(), self.cell_width, self.cell_height, left, top
        )
        return cut, window

    def centres(self, cells):
        """x, y of the centres of flat cell indices."""
        rows, columns = divmod(np.asarray(cells), self.shape[1])
        return (
            self.left + (columns + 0.5) * self.cell_width,
            self.top - (rows + 0.5) * self.cell_height,
        )


def make_grid(dem, nodata=None, cell_width=1.0, cell_height=1.0, left=0.0, top=0.0):
    """A :class:`Grid` after checking the DEM can be analysed; ``nodata`` and NaN mark missing cells."""
    heights = np.ascontiguousarray(dem, dtype=np.float32)
    valid = np.isfinite(heights)
    if nodata is not None:
        valid &= heights != np.float32(nodata)
    if not valid.any():
        raise InputError(N_("The DEM holds no data (every cell is nodata)."))
    if cell_width <= 0 or cell_height <= 0:
        raise InputError(N_("The DEM's cell size must be positive."))
    if not valid.all():
        heights = np.where(valid, heights, np.float32(np.nan))
    return Grid(heights, valid, float(cell_width), float(cell_height), float(left), float(top))


def check_memory(rows, columns, available=None):
    """Refuse a DEM that cannot be analysed in memory, before anything is allocated."""
    available = available_memory() if available is None else available
    needed = rows * columns * BYTES_PER_CELL
    if available is not None and needed > 0.8 * available:
        raise InputError(
            N_(
                "The DEM has {cells:,} cells and needs about {needed:.1f} GB of memory, but only "
                "{available:.1f} GB are free. Filling, sink depth and contributing area of a DEM this "
                "large run tile by tile in 'Large area: filling and flow from DEM tiles'; for the "
                "other analyses clip the DEM to the area of interest or use a coarser cell size."
            ),
            cells=rows * columns,
            needed=needed / 1e9,
            available=available / 1e9,
        )


def available_memory():
    """Free physical memory in bytes, or None where it cannot be told."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    if os.name == "nt":
        import ctypes

        class MemoryStatus(ctypes.Structure):
            _fields_ = [("length", ctypes.c_ulong), ("load", ctypes.c_ulong)] + [
                (name, ctypes.c_ulonglong)
                for name in ("total", "free", "page_total", "page_free", "virtual_total", "virtual_free", "x")
            ]

        status = MemoryStatus()
        status.length = ctypes.sizeof(MemoryStatus)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
            return int(status.free)
    return None
