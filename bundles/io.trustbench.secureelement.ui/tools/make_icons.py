#!/usr/bin/env python3
"""Draws the Device Explorer's 16x16 icons (no image library needed): shapes are drawn on a 4x
supersampled canvas and averaged down, which gives anti-aliased edges. Run from the bundle:
python3 tools/make_icons.py"""
import math, struct, zlib, os

S = 4          # supersampling factor
N = 16 * S

class Canvas:
    def __init__(self):
        self.px = [[(0, 0, 0, 0)] * N for _ in range(N)]

    def _put(self, x, y, c):
        if 0 <= x < N and 0 <= y < N:
            self.px[y][x] = c

    def fill(self, inside, c):
        for y in range(N):
            for x in range(N):
                if inside((x + 0.5) / S, (y + 0.5) / S):
                    self._put(x, y, c)

    def rect(self, x0, y0, x1, y1, c):
        self.fill(lambda x, y: x0 <= x < x1 and y0 <= y < y1, c)

    def frame(self, x0, y0, x1, y1, c, w=1):
        self.fill(lambda x, y: x0 <= x < x1 and y0 <= y < y1 and not (x0 + w <= x < x1 - w and y0 + w <= y < y1 - w), c)

    def disc(self, cx, cy, r, c):
        self.fill(lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r, c)

    def ring(self, cx, cy, r, w, c, a0=0, a1=360):
        def inside(x, y):
            d = math.hypot(x - cx, y - cy)
            a = math.degrees(math.atan2(y - cy, x - cx)) % 360
            ok = a0 <= a <= a1 if a0 <= a1 else (a >= a0 or a <= a1)
            return r - w <= d <= r and ok
        self.fill(inside, c)

    def line(self, x0, y0, x1, y1, w, c):
        def inside(x, y):
            dx, dy = x1 - x0, y1 - y0
            t = max(0, min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)))
            return math.hypot(x - (x0 + t * dx), y - (y0 + t * dy)) <= w / 2
        self.fill(inside, c)

    def poly(self, pts, c):
        def inside(x, y):
            n, res, j = len(pts), False, len(pts) - 1
            for i in range(n):
                xi, yi = pts[i]; xj, yj = pts[j]
                if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                    res = not res
                j = i
            return res
        self.fill(inside, c)

    def png(self, path):
        rows = []
        for y in range(16):
            row = bytearray([0])
            for x in range(16):
                acc = [0, 0, 0, 0]
                for sy in range(S):
                    for sx in range(S):
                        r, g, b, a = self.px[y * S + sy][x * S + sx]
                        acc[0] += r * a; acc[1] += g * a; acc[2] += b * a; acc[3] += a
                a = acc[3]
                if a == 0:
                    row += bytes(4)
                else:
                    row += bytes([acc[0] // a, acc[1] // a, acc[2] // a, a // (S * S)])
            rows.append(bytes(row))
        raw = b''.join(rows)
        def chunk(t, d):
            return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
        data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 16, 16, 8, 6, 0, 0, 0)) \
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
        open(path, 'wb').write(data)

def rgb(h, a=255):
    return (int(h[1:3], 16), int(h[3:5], 16), int(h[5:7], 16), a)

DARK = rgb('#37474f'); CHIP = rgb('#455a64'); PIN = rgb('#b0bec5'); GOLD = rgb('#f9a825')
GREEN = rgb('#2e7d32'); BLUE = rgb('#1565c0'); RED = rgb('#c62828'); GREY = rgb('#78909c')
PAPER = rgb('#fafafa'); LINE = rgb('#90a4ae'); TEAL = rgb('#00838f'); PURPLE = rgb('#6a1b9a')

icons = {}

def icon(name):
    def register(f):
        icons[name] = f
        return f
    return register

def chip(c, x0=3, y0=3, x1=13, y1=13):
    for i in range(4):
        p = x0 + 1.5 + i * 2.2
        c.rect(p, y0 - 2, p + 1, y1 + 2, PIN)
        c.rect(x0 - 2, p, x1 + 2, p + 1, PIN)
    c.rect(x0, y0, x1, y1, CHIP)
    c.disc(x0 + 2, y0 + 2, 0.9, PIN)

def padlock(c, x, y, col):
    c.ring(x + 2.5, y + 2.5, 2.2, 0.9, col, 180, 360)
    c.rect(x + 0.3, y + 2.5, x + 1.2, y + 4, col)
    c.rect(x + 3.8, y + 2.5, x + 4.7, y + 4, col)
    c.rect(x, y + 3.5, x + 5, y + 7.5, col)

def key(c, col):
    c.ring(5, 6, 4, 1.8, col)
    c.line(8.5, 8.5, 14, 14, 1.9, col)
    c.line(12, 12, 13.8, 10.2, 1.6, col)
    c.line(10.2, 10.2, 11.8, 8.6, 1.6, col)

def document(c):
    c.poly([(3, 1), (10, 1), (13, 4), (13, 15), (3, 15)], LINE)
    c.poly([(4, 2), (9.5, 2), (12, 4.5), (12, 14), (4, 14)], PAPER)

@icon('chip16')
def _(c): chip(c)

@icon('chip-locked16')
def _(c):
    chip(c, 2, 2, 11, 11)
    c.rect(8.5, 7.5, 15.5, 16, (255, 255, 255, 255))
    padlock(c, 9.5, 8, GOLD)

@icon('transport-emulator16')
def _(c):
    c.rect(1, 2, 15, 12, DARK); c.rect(2, 3, 14, 11, rgb('#e3f2fd'))
    c.rect(5.5, 4.5, 10.5, 9.5, CHIP)
    c.rect(6, 12, 10, 13.5, DARK); c.rect(4, 13.5, 12, 15, DARK)

@icon('transport-usb16')
def _(c):
    c.line(8, 1.5, 8, 13, 1.5, DARK)
    c.poly([(8, 0.5), (10.5, 3.5), (5.5, 3.5)], DARK)
    c.line(8, 9, 4, 6, 1.3, DARK); c.disc(4, 5.5, 1.3, DARK)
    c.line(8, 10.5, 12, 7.5, 1.3, DARK); c.rect(10.8, 5.6, 13.2, 8, DARK)
    c.disc(8, 13.5, 2, DARK)

@icon('transport-serial16')
def _(c):
    c.poly([(1, 4), (15, 4), (13, 12), (3, 12)], DARK)
    c.poly([(2.3, 5.2), (13.7, 5.2), (12.1, 10.8), (3.9, 10.8)], PIN)
    for i in range(5):
        c.disc(4 + i * 2, 7, 0.7, DARK)
    for i in range(4):
        c.disc(5 + i * 2, 9.2, 0.7, DARK)

@icon('config16')
def _(c):
    for a in range(0, 360, 45):
        r = math.radians(a)
        c.line(8 + 4 * math.cos(r), 8 + 4 * math.sin(r), 8 + 7 * math.cos(r), 8 + 7 * math.sin(r), 2.4, GREY)
    c.disc(8, 8, 5, GREY)
    c.disc(8, 8, 2, (0, 0, 0, 0))

@icon('bits16')
def _(c):
    for i, on in enumerate([1, 0, 1, 1]):
        x = 1 + i * 3.6
        if on:
            c.rect(x, 5, x + 3, 11, BLUE)
        else:
            c.frame(x, 5, x + 3, 11, BLUE, 0.8)

@icon('slots16')
def _(c):
    for i in range(4):
        y = 1.5 + i * 3.5
        c.rect(2, y, 14, y + 2.6, TEAL)
        c.rect(3, y + 0.7, 6, y + 1.9, PAPER)

@icon('key-private16')
def _(c): key(c, GOLD)

@icon('key-public16')
def _(c): key(c, GREEN)

@icon('certificate16')
def _(c):
    document(c)
    for y in (4, 6.5):
        c.rect(5, y, 11, y + 1, LINE)
    c.disc(9, 10.5, 2.6, RED)
    c.poly([(7.5, 12), (8.5, 15.5), (9, 13.5)], RED); c.poly([(10.5, 12), (9.5, 15.5), (9, 13.5)], RED)

@icon('secret16')
def _(c): padlock(c, 3.5, 1.5, GREY); c.rect(3.5, 5, 13.5, 14.5, GREY); c.disc(8.5, 9, 1.3, PAPER); c.rect(8, 9, 9, 12, PAPER)

@icon('data16')
def _(c):
    document(c)
    for y in (4.5, 7, 9.5, 12):
        c.rect(5, y, 11, y + 1, LINE)

@icon('pending16')
def _(c):
    c.ring(8, 8, 7, 1.5, GREY)
    c.line(8, 8, 8, 3.5, 1.4, GREY); c.line(8, 8, 11, 9.5, 1.4, GREY)

@icon('error16')
def _(c):
    c.disc(8, 8, 7, RED)
    c.line(5, 5, 11, 11, 2, PAPER); c.line(11, 5, 5, 11, 2, PAPER)

@icon('refresh16')
def _(c):
    c.ring(8, 8, 6.5, 2, GREEN, 200, 110)
    c.poly([(14.5, 9.5), (10.5, 8.0), (14.8, 4.5)], GREEN)

@icon('info16')
def _(c):
    c.disc(8, 8, 7, BLUE)
    c.disc(8, 4.5, 1.2, PAPER); c.rect(7, 7, 9, 12.5, PAPER)

@icon('random16')
def _(c):
    c.poly([(8, 1), (15, 4.5), (8, 8), (1, 4.5)], PURPLE)
    c.poly([(1, 4.5), (8, 8), (8, 15), (1, 11.5)], rgb('#8e24aa'))
    c.poly([(15, 4.5), (8, 8), (8, 15), (15, 11.5)], rgb('#4a148c'))
    for x, y in [(8, 4.5), (4.5, 8.5), (11.5, 8.5), (11.5, 11.5)]:
        c.disc(x, y, 0.9, PAPER)

@icon('read16')
def _(c):
    document(c)
    for y in (4.5, 7):
        c.rect(5, y, 11, y + 1, LINE)
    c.ring(8, 12, 2.6, 1, BLUE); c.disc(8, 12, 1, BLUE)

@icon('sign16')
def _(c):
    c.poly([(12, 1), (15, 4), (6, 13), (3, 10)], BLUE)
    c.poly([(3, 10), (6, 13), (1.5, 14.5)], GOLD)
    c.line(1, 15.3, 15, 15.3, 0.8, DARK)

@icon('verify16')
def _(c):
    c.line(2, 8.5, 6, 12.5, 2.6, GREEN); c.line(6, 12.5, 14, 3.5, 2.6, GREEN)

@icon('ecdh16')
def _(c):
    c.line(2, 5, 12, 5, 1.6, TEAL); c.poly([(15, 5), (11, 2), (11, 8)], TEAL)
    c.line(4, 11, 14, 11, 1.6, GOLD); c.poly([(1, 11), (5, 8), (5, 14)], GOLD)

@icon('genkey16')
def _(c):
    key(c, GOLD)
    c.poly([(13, 0.5), (14, 3), (16, 3.5), (14, 4.5), (13, 7), (12, 4.5), (10, 3.5), (12, 3)], rgb('#ef6c00'))

if __name__ == '__main__':
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'icons')
    for name, draw in icons.items():
        c = Canvas(); draw(c); c.png(os.path.join(out, name + '.png'))
    print(len(icons), 'icons')
