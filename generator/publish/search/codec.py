"""Numbers as text: the index's digits (a last digit and the digits before it drawn from two
halves of printable ASCII), and the hash that places a key in its shard (search.js decodes and
hashes the same)."""
from __future__ import annotations

from functools import cache

ALPHABET = [chr(c) for c in range(0x21, 0x7F) if chr(c) not in '"\\']
BASE = len(ALPHABET) // 2  # 46
END_DIGITS, MORE_DIGITS = ALPHABET[:BASE], ALPHABET[BASE:]
DIGIT_VALUE = {ch: (i % BASE, i < BASE) for i, ch in enumerate(ALPHABET)}

def enc(n: int) -> str:
    if n < len(SMALL):
        return SMALL[n]
    digits = []
    while True:
        n, d = divmod(n, BASE)
        digits.append(d)
        if not n:
            break
    return "".join(MORE_DIGITS[d] for d in reversed(digits[1:])) + END_DIGITS[digits[0]]


def three_digit_numbers() -> list[str]:
    """enc(n) for every n below BASE ** 3, in order, made digit by digit (a tenth of the time
    of calling enc for each)."""
    low = [more + end for more in MORE_DIGITS for end in END_DIGITS]  # the last two digits, 0 … BASE² - 1
    return [*END_DIGITS, *low[BASE:], *(more + rest for more in MORE_DIGITS[1:] for rest in low)]


SMALL = three_digit_numbers()[:BASE * BASE * 4]  # enc(n) of the smaller numbers


@cache  # made when first asked for: a process that writes no index is spared it
def byte_table() -> list[bytes]:
    """enc(n) as ASCII bytes, for every n of up to three digits."""
    return list(map(str.encode, three_digit_numbers()))


def enc_bytes(values) -> bytes:
    """enc() of each value, as ASCII bytes (`byte_table`)."""
    table = byte_table()
    try:
        return b"".join(map(table.__getitem__, values))
    except IndexError:
        return b"".join(table[v] if v < len(table) else enc(v).encode("ascii") for v in values)


def dec(text: str) -> list[int]:
    out, value = [], 0
    for ch in text:
        digit, last = DIGIT_VALUE[ch]
        value = value * BASE + digit
        if last:
            out.append(value)
            value = 0
    return out


def fnv1a(key: str) -> int:
    """32-bit FNV-1a over UTF-16 code units (search.js computes the same)."""
    h = 0x811C9DC5
    for ch in key:
        h ^= ord(ch)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h
