"""Line coordinates from many WKB geometries at once (ISO WKB as QGIS and GDAL write it), and
many polygons joined into one multipolygon."""

import struct

from .lazy import LazyModule

np = LazyModule("numpy")

LINESTRING, MULTILINESTRING, MULTIPOLYGON = 2, 5, 6
Z_FLAG = 0x80000000  # QGIS's and GDAL's older 2.5D codes
PLAIN_LINESTRING = b"\x01\x02\x00\x00\x00"  # little-endian 2D LineString, the usual case


def header(blob, offset):
    """``(byte order, base type, coordinates per point)`` of the geometry at ``offset``."""
    order = "<" if blob[offset] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", blob, offset + 1)
    flat = code & ~Z_FLAG
    kind = flat // 1000  # 1: Z, 2: M, 3: ZM
    return order, flat % 1000, 2 + (kind in (1, 3)) + (kind in (2, 3)) + bool(code & Z_FLAG)


def line_at(blob, offset, order, dimension):
    """The (n, 2) coordinates of the point list at ``offset`` and the offset after it."""
    (count,) = struct.unpack_from(order + "I", blob, offset)
    values = np.frombuffer(blob, dtype=order + "f8", count=count * dimension, offset=offset + 4)
    return values.reshape(count, dimension)[:, :2], offset + 4 + 8 * count * dimension


def parts_of(blob):
    """The coordinate arrays of the parts of a WKB LineString or MultiLineString."""
    order, kind, dimension = header(blob, 0)
    if kind == LINESTRING:
        return [line_at(blob, 5, order, dimension)[0]]
    if kind != MULTILINESTRING:
        raise ValueError(f"not a line geometry (WKB type {kind})")
    (count,) = struct.unpack_from(order + "I", blob, 5)
    parts, offset = [], 9
    for _part in range(count):
        part_order, _kind, part_dimension = header(blob, offset)
        coordinates, offset = line_at(blob, offset + 5, part_order, part_dimension)
        parts.append(coordinates)
    return parts


def line_parts(blobs):
    """All parts of the WKB lines ``blobs`` as ``(coordinates (n, 2), offsets, owner)``: part i is
    ``coordinates[offsets[i]:offsets[i + 1]]`` and belongs to ``blobs[owner[i]]``."""
    if blobs and all(blob.startswith(PLAIN_LINESTRING) for blob in blobs):
        return plain_lines(blobs)
    pieces, owner = [], []
    for index, blob in enumerate(blobs):
        parts = parts_of(blob)
        pieces.extend(parts)
        owner.extend([index] * len(parts))
    sizes = np.fromiter((len(piece) for piece in pieces), dtype=np.int64, count=len(pieces))
    offsets = np.concatenate([[0], np.cumsum(sizes)])
    coordinates = np.concatenate(pieces) if pieces else np.empty((0, 2))
    return coordinates.astype(float, copy=False), offsets, np.asarray(owner, dtype=np.int64)


def plain_lines(blobs):
    """:func:`line_parts` of little-endian 2D LineStrings only, all coordinates read at once."""
    sizes = np.fromiter((len(blob) for blob in blobs), dtype=np.int64, count=len(blobs))
    offsets = np.concatenate([[0], np.cumsum((sizes - 9) // 16)])
    coordinates = np.frombuffer(b"".join(blob[9:] for blob in blobs), dtype="<f8").reshape(-1, 2)
    return coordinates.astype(float), offsets, np.arange(len(blobs), dtype=np.int64)


def multipolygon(polygons):
    """One WKB MultiPolygon of the WKB Polygons ``polygons`` (each part keeps its own header)."""
    return struct.pack("<BII", 1, MULTIPOLYGON, len(polygons)) + b"".join(polygons)
