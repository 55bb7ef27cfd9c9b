#!/usr/bin/env python3
"""Draws the package icon (icon.png, 128x128) with the standard library only, so anyone can regenerate it.

The picture: three stacked container blocks on a teal tile, the lowest with a check mark: a pull that will work.
Run: python3 make-icon.py  (writes icon.png beside this script).
"""
import os
import struct
import zlib

SIZE = 128
TILE = (0, 122, 120)
BLOCK = (255, 255, 255)
SLAT = (0, 96, 94)
CHECK = (255, 196, 0)


def inside_rounded_square(x, y, radius=22):
    """True for pixels of a square with rounded corners covering the whole image."""
    cx = min(max(x, radius), SIZE - 1 - radius)
    cy = min(max(y, radius), SIZE - 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def block_color(x, y):
    """Three container blocks stacked one above the other; vertical slats make them read as shipping containers."""
    blocks = [(24, 20, 104, 44), (24, 52, 104, 76), (24, 84, 104, 108)]
    for left, top, right, bottom in blocks:
        if left <= x < right and top <= y < bottom:
            if (x - left) % 10 in (4, 5) and top + 4 <= y < bottom - 4:
                return SLAT
            return BLOCK
    return None


def on_check_mark(x, y):
    """A thick check mark over the lowest block: two line segments, 4 px from their centre lines."""
    def near(ax, ay, bx, by):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / float(dx * dx + dy * dy)))
        px, py = ax + t * dx, ay + t * dy
        return (x - px) ** 2 + (y - py) ** 2 <= 16
    return near(48, 94, 60, 104) or near(60, 104, 84, 84)


def pixel(x, y):
    if not inside_rounded_square(x, y):
        return (0, 0, 0, 0)
    if on_check_mark(x, y):
        return CHECK + (255,)
    color = block_color(x, y)
    return (color or TILE) + (255,)


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def main():
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows, 9))
           + chunk(b"IEND", b""))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png"), "wb") as out:
        out.write(png)


if __name__ == "__main__":
    main()
