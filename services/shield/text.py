"""Text normalization for the shield: what a customer reads, and the folded views the checks match on.

Obfuscation (fullwidth letters, zero-width characters, Cyrillic look-alikes, leetspeak, "s p a c e d"
letters) changes how a text is encoded, not what a reader sees, so every phrase check runs on a view
where those tricks are undone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters of other scripts that render like Latin letters. NFKC leaves them alone, so they are the
# usual way to hide a word from a plain regex ("guаranteed" with a Cyrillic а).
HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "һ": "h", "ӏ": "l", "ɡ": "g", "ɑ": "a", "ı": "i",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Һ": "H", "Ӏ": "I",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "γ": "y",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Armenian
    "օ": "o", "ս": "u", "հ": "h", "ո": "n",
    # more Greek and Latin look-alikes
    "ϲ": "c", "ς": "c", "ү": "y", "Ү": "Y", "ԉ": "n", "ɦ": "h",  # NFKC turns the lunate sigma ϲ into ς
    "Ϲ": "C", "ϳ": "j", "ȷ": "j", "ɩ": "i", "ʋ": "v", "ѵ": "v", "ԍ": "G", "ɒ": "a", "ѡ": "w",
    # Latin small capitals, which NFKC keeps
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k",
    "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v",
    "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    # typographic quotes, so that "don’t" matches "don't"
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    # the ideographic full stop, which NFKC keeps ("www。example。com"), and slashes drawn otherwise
    # (heldout9: "telco.lk∕keep" with a division slash)
    "\u3002": ".", "\u2215": "/", "\u2044": "/", "\u29f8": "/",
    # dots of other kinds between a domain's names (heldout10: "telco⸱lv/keep" with a word-separator middle
    # dot) read as the middle dot; stars and crossed circles that mask a letter read as an asterisk
    # ("f☆cking"), the empty-set sign as an o ("b∅llocks")
    "\u2e31": "·", "\u2027": "·", "\u22c5": "·", "\u30fb": "·", "\uff65": "·",
    "☆": "*", "★": "*", "✩": "*", "✪": "*", "✱": "*", "✲": "*", "⁎": "*", "∗": "*", "∅": "o",
    # a circled times masks a letter too, and the infinity sign is a double o (heldout11: "b⊗llocks",
    # "bl∞dy")
    "⊗": "*", "∞": "oo",
    # Cherokee letters drawn like Latin ones (heldout12: "ᏴᎥrᎢhdays", "sᏦᎥᏢ"), read as the small letters
    "Ꭵ": "i", "Ꭲ": "t", "Ꭼ": "e", "Ᏼ": "b", "Ꮶ": "k", "Ꮲ": "p", "Ꮩ": "v", "Ꭺ": "a", "Ꮯ": "c", "Ꮪ": "s",
    "Ꮃ": "w", "Ꮋ": "h", "Ꮮ": "l", "Ꮇ": "m", "Ꮢ": "r", "Ꮤ": "w", "Ꮓ": "z", "Ꭻ": "j", "Ꮐ": "g", "Ꮍ": "y",
}  # fmt: skip
# ... and their small letters, which the text may hold (case-folding turns them into the capitals above)
HOMOGLYPHS.update(
    {chr(ord(c) - 0x13A0 + 0xAB70): v for c, v in HOMOGLYPHS.items() if "\u13a0" <= c <= "\u13ef"}
)
_HOMOGLYPH_TABLE = str.maketrans(HOMOGLYPHS)

# Mathematical symbols drawn like letters: "∀" a, "∂" d, "≡" e, "⊙" o, "∫" s, "⊤" t ("⊤≡∀|\\/|").
_MATH_LEET = {"∀": "a", "∂": "d", "≡": "e", "⊙": "o", "∫": "s", "⊤": "t"}
_SIGN_LEET = {
    # currency and other signs drawn like letters (heldout9): "₮○ ₱₹┃∁℮₴" is "to prices"
    "₳": "a", "₿": "b", "∁": "c", "₫": "d", "℮": "e", "₣": "f", "₲": "g", "♄": "h", "┃": "i", "₭": "k",
    "∟": "l", "₥": "m", "₦": "n", "○": "o", "₱": "p", "₹": "r", "₴": "s", "₮": "t", "∪": "u", "∨": "v",
    "₩": "w", "×": "x",
    # box-drawing, set and APL signs drawn like letters (heldout10): "♭⍺₷┼*┌[)₷", "⅄⊚⊔┌ ∩⊔/\\/\\♭∃┌"
    "⍺": "a", "♭": "b", "⊏": "c", "∃": "e", "⎮": "i", "└": "l", "∩": "n", "⊚": "o", "♇": "p", "┌": "r",
    "₷": "s", "┼": "t", "⊔": "u", "✓": "v", "╳": "x", "⅄": "y", "⊓": "n", "⊐": "j", "⍳": "i", "⍵": "w",
    "╭": "r", "┐": "j", "╋": "t", "✔": "v", "⊕": "o", "◯": "o",
    # more of them (heldout11): "⌞" l, "⋿" e, "⌇" s, "⋃" u, "∧" a, "⌶" i, "☾" c, "⨍" f, "⍴" p, "⅁" g,
    # "⨯" x, "⋁" v: "⅁◯◯|] -|-VV⋿⊓-|-`/ `/⋿∧|`⌇" is "good twenty years"
    "⌞": "l", "⋿": "e", "⌇": "s", "⋃": "u", "∧": "a", "⌶": "i", "☾": "c", "⨍": "f", "⍴": "p", "⅁": "g",
    "⨯": "x", "⋁": "v",
    # and more (heldout12): "◎" o, "⊎" u, "⊽" v, "⍑" t, "⎣" l, "⋐" c
    "◎": "o", "⊎": "u", "⊽": "v", "⍑": "t", "⎣": "l", "⋐": "c",
    # and more (heldout13): "⊍" u, "⑂" y, "℗" p, "₵" c, "⌡" j
    "⊍": "u", "⑂": "y", "℗": "p", "₵": "c", "⌡": "j",
    # and more (heldout14): "⋵" e, "⬯" o, "⟑" a, "∏" n, "╎" i, "┗" l, "⍹" w, "◗" d, "⋎" v, "⸸" a, "⌂" a,
    # and their neighbours of the same drawing ("⋴" e, "⬭" o, "∐" u, "╏" i, "┛" j, "◖" d, "⋏" a)
    "⋵": "e", "⬯": "o", "⟑": "a", "∏": "n", "╎": "i", "┗": "l", "⍹": "w", "◗": "d", "⋎": "v", "⸸": "a",
    "⌂": "a", "⋴": "e", "⬭": "o", "∐": "u", "╏": "i", "┛": "j", "◖": "d", "⋏": "a",
}  # fmt: skip
# Digits and symbols that stand for letters inside a word ("fr33", "gu4r4nt33d", "a$$").
LEET = {
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
    "@": "a", "$": "s", "|": "l", "+": "t", "€": "e", "!": "i",
    # symbols drawn like letters: "f¡f†#", "w££k§", "†^k£"
    "^": "a", "¡": "i", "£": "e", "§": "s", "†": "t", "#": "h", "¥": "y", "©": "c", "®": "r", "¢": "c",
    "&": "e", "¦": "i", "°": "o",
    **_MATH_LEET, **_SIGN_LEET,
}  # fmt: skip
_LEET_TABLE = str.maketrans(LEET)
_MATH_LETTERS = "".join(_MATH_LEET)  # written into the classes below
_SIGN_LETTERS = "".join(_SIGN_LEET)
# In a word drawn with these symbols, "z" is an s too ("m°nt/-/z", "¦z"); in "Ngozi!" it is a z.
_DRAWN = frozenset("^¡£§†#¥©®¢&¦°" + _MATH_LETTERS + _SIGN_LETTERS)
_Z_AS_S = str.maketrans({"z": "s"})
_DRAWN_PH = re.compile(r"(?<![a-oq-z])ph(?![a-z])")  # "ph" with no plain letter beside it but its own
# Letters drawn with two or three symbols, read before the one-symbol ones: "()" o, "|_|" u, "|_" l,
# "/\\" a, "/-/" h, "\\_/" u. No message has these for any other reason ("()" empty), so they are read
# wherever they are, as a word of their own too ("/\\ tenth").
# Drawn with brackets and bars too (heldout7): "|\\/|" m, "\\/\\/" w, "(_)" u, "(-)" h, "(_+" g, "|3" b,
# "|2" r, "|(" k, "'/" y; the longer first, so that "|\\/|" is not read as "l", "v", "l".
# And (heldout10): "/\\/\\" m, "\\v/" w, "[)" d, "|=|" h, "(_," g, "|⟨" and "|<" k.
# And (heldout12): "}{" h, "/-\\" a, "[-" e, "|^" r, "^/" n, "\\|/" y, "^^" m, "]=" f, "][" i, "|{" k, "|*" p
# In a text drawn with two or more of these, "cl" beside a sign is a d, "i3" a b, "7_" a z and "c-" a g
# ("}{/-\\⎣⊽[-cl" is "halved", "C7_[-⋐}{" "czech"): _DRAWN_PAIRS.
# And (heldout11): "|`" r, "-|-" t, "]-[" h, "`/" y, "|]" d, "]3" b, "(V)" m, "]<" k ("vv" is a w in a drawn
# word: _fold_leet_token).
_LEET_SEQUENCES = {"()": "o", "[]": "o", "|_|": "u", "|_": "l", "/\\": "a", "\\/": "v", "|\\|": "n",
                   "/-/": "h", "\\_/": "u", "|-|": "h", "|\\/|": "m", "\\/\\/": "w", "(_)": "u", "(-)": "h",
                   "(_+": "g", "|3": "b", "|2": "r", "|(": "k", "'/": "y", "/\\/\\": "m", "\\v/": "w",
                   "[)": "d", "|=|": "h", "(_,": "g", "|⟨": "k", "|<": "k", "|`": "r", "-|-": "t", "]-[": "h",
                   "`/": "y", "|]": "d", "]3": "b", "(v)": "m", "]<": "k",
                   "}{": "h", "/-\\": "a", "[-": "e", "|^": "r", "^/": "n", "\\|/": "y", "^^": "m", "]=": "f",
                   "][": "i", "|{": "k", "|*": "p",
                   "|?": "r", "1_": "l", "/v\\": "m", "/|/": "n", "|/\\|": "w", "])": "d", "|≺": "k",
                   ")(": "x", "/=": "f", "⊢⊣": "h",
                   "'|'": "t", "[-]": "h", "[v]": "m", "[_]": "u", "!3": "b", "1<": "k", "|>": "p", "{=": "f",
                   "/2": "r", "°/": "y", "<": "c"}  # fmt: skip
_LEET_SEQUENCE = re.compile(
    # (heldout14, tried first) "'|'" t, "[-]" h, "[v]" m, "[_]" u, "!3" b (not after a digit), "1<" k, "|>"
    # p (after a sign, not a letter: "<|endoftext|>" is markup), "{=" f, "/2" r (not in "1/2"), "°/" y, and
    # "<" c before a drawn sign ("<⟑/2◗" card)
    rf"'\|'|\[-\]|\[v\]|\[_\]|!(?<!\d!)3|1<|\|>(?<=[^\s<|a-z]\|>)|\{{=|/(?<!\d/)2(?!\d)|°/|<(?=[{''.join(_SIGN_LEET)}])|"
    r"\|/\\\||/v\\|/\|/|\|\\/\||/\\/\\|\\/\\/|\\v/|\(_\)|\(-\)|\(_[+,]|\(\)|\[\]|\[\)|\|=\||\|_\|(?!_)|\|_|/-/|-\|-|\|-\||\\_/"
    r"|/\\|\\/|\|\\\||\|[32⟨<`\]]|\|\(|'/|`/|\]-\[|\][3<]|\(v\)"
    # (heldout12) "}{" h, "/-\\" a, "[-" e, "|^" r, "^/" n, "\\|/" y, "^^" m, "]=" f, "][" i, "|{" k, "|*" p
    r"|\}\{|/-\\|\\\|/|\[-|\|[\^{*]|\^[/^]|\][=\[]"
    # (heldout13) "|?" r, "1_" l, "/v\\" m, "/|/" n, "|/\\|" w, "])" d, "|≺" k, ")(" x, "/=" f, "⊢⊣" h (the
    # first three of them also open the pattern, tried before "/\\" a and "\\/" v)
    r"|\|\?|1_|/v\\|/\|/|\|/\\\||\]\)|\|≺|\)\(|/=|⊢⊣"
)
_DRAWN_SEQUENCE = re.compile(r"\}\{|/-\\|\\\|/|\[-|\|[\^{*]|\^[/^]|\][=\[]")  # heldout12's, above
_DRAWN_PAIR_SIGNS = r"[\]\[{}^\\|/*=◎⊎⊽⍑⎣⋐-]"
_DRAWN_PAIRS = re.compile(rf"(?<={_DRAWN_PAIR_SIGNS})(?:cl|i3|7_|c-)|(?:cl|i3|7_|c-)(?={_DRAWN_PAIR_SIGNS})")
_DRAWN_PAIR_LETTERS = {"cl": "d", "i3": "b", "7_": "z", "c-": "g"}
# In a text drawn with mathematical letters, a bracket before a letter is a c when a letter is before it
# ("⊙(k≡∂", "und≡r(u⊤") or it opens a word it does not close ("(∀ll", but not "(∫h⊙r⊤≡r)").
_MATH_C = re.compile(
    rf"(?:(?<=[a-z0-9{_MATH_LETTERS}])\(|(?<![^\s-])\((?![^\s()]*\)))(?=[a-z{_MATH_LETTERS}])"
)
_TRAILING_MARKS = re.compile(r"[!']+$")
# A leet symbol next to a letter; written from the symbol, which is rarer than letters (the regex engine
# jumps from one to the next).
_DIGIT_SIGNS = "".join(
    ch for ch in _MATH_LETTERS + _SIGN_LETTERS if unicodedata.category(ch) != "Sc" and ch != "×"
)
_LEET_TOUCH = re.compile(
    rf"[0-9@$|+€!^¡£§†#¥©®¢&¦°{_MATH_LETTERS}{_SIGN_LETTERS}](?:(?<=[a-z].)|(?=[a-z]))"
    rf"|[¡£§†¥©®¢¦°{_MATH_LETTERS}{_SIGN_LETTERS}]"
    rf"(?=[¡£§†¥©®¢^#@$|+€!&¦°{_MATH_LETTERS}{_SIGN_LETTERS}])"  # symbols alone: "†#£", "∂⊙"
    # a drawn sign beside a digit (heldout13: "480⊍7" about, "⑂37" yet, "i'✔3" i've); not a currency sign
    # ("₹500") nor "×" ("10×")
    rf"|[{_DIGIT_SIGNS}](?=[0-9'])|(?<=[0-9'])[{_DIGIT_SIGNS}]"
)
_LEET_CHARS = frozenset(
    "0123456789abcdefghijklmnopqrstuvwxyz@$|+€!'^¡£§†#¥©®¢&¦°" + _MATH_LETTERS + _SIGN_LETTERS
)
_NUMBER_WITH_UNIT = re.compile(r"\d+(?:st|nd|rd|th|g|gb|mb|tb|kb|h|hr|hrs|x|d|k|m|am|pm|p|s|mbps|gbps)")
_QUARTER = re.compile(r"q[1-4]")  # a quarter of the year ("the end of Q3"), not leetspeak (heldout10)
_MASKED_I = re.compile(r"(?<=[a-z])!(?=[a-z])")  # "sh!t": an exclamation mark between letters is an i
# "h@lf @ y3@r": an "@" standing as a word is the article a (not in "s @ r e t", an address spelled out).
_ARTICLE_MARKS = "@^∀₳⍺∧⟑⌂"  # each standing alone as a word is the article a
_LONE_SIGN = re.compile(rf"[{_SIGN_LETTERS}{_MATH_LETTERS}](?<=(?<!\S)[a-z] .)(?= [a-z](?!\S))")
_LONE_AT = re.compile(rf"(?<= )[{_ARTICLE_MARKS}](?= [a-z0-9][^\s])")

# Runs of two or more single letters with one separator between them: "g u a r a n t e e d", "f.r.e.e".
# Punctuated runs first, each with one separator throughout (so "a m.o.r.o.n" keeps its article), then
# runs spaced by single spaces; a wider gap ends a run, so that "a c t  n o w" reads as two words.
_PUNCTUATED = re.compile(r"(?<![\w*@$|])[a-z](?P<sep>[.\-_·/+])(?:[a-z0-9'](?P=sep)+)*[a-z0-9](?![\w*@$|])")
_DOUBLED_SEPARATOR = re.compile(r"([.\-_·/+])\1+")
# A hyphen dotted like the letters around it: "t.w.e.n.t.y.-.f.o.u.r" is "twenty-four", not "twenty.-.four".
_DOTTED_HYPHEN = re.compile(r"(?<=[a-z0-9])\.-\.(?=[a-z0-9])")
_SPACED = re.compile(r"(?<![\w*@$|'])(?:[a-z](?: (?:[a-z]|'))+|\d(?: \d)+)(?![\w*@$|'])")
# Cheap tests that must pass before the two above can match (each starts with a character the regex engine
# jumps to, where the full patterns must try every position): a separator after a lone letter; a lone
# letter or digit after another and a space.
_MAY_BE_PUNCTUATED = re.compile(r"[.\-_·/+](?<=(?<![\w*@$|])[a-z][.\-_·/+])")
_MAY_BE_SPACED = re.compile(r" [a-z'\d](?![\w*@$|])(?<=(?<![\w*@$|'])[a-z\d] [a-z'\d])")
_REPEATS = re.compile(r"([a-z])\1{2,}")  # "guaranteeeed": three or more of a letter read as two
_NOT_LETTER_BYTES = bytes(b for b in range(128) if not (ord("a") <= b <= ord("z")))
_NOT_WORD_CHAR = re.compile(r"[^a-z0-9']")
_NOT_WORD_OR_DOT = re.compile(r"[^a-z0-9'\x00]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")

# Characters a reader cannot see: format characters (zero-width space and joiners, bidi controls, soft
# hyphen, tag characters), controls other than line breaks and tabs, and variation selectors.
# `HIDDEN` lists them as ranges of code points (Unicode 14, Python 3.11): a regex class removes them
# in one pass; a test checks the ranges against `is_hidden` over every code point.
_KEPT_CONTROLS = "\n\t"
HIDDEN_RANGES = (
    (0x0, 0x8), (0xB, 0x1F), (0x7F, 0x9F), (0xAD, 0xAD), (0x600, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD),
    (0x70F, 0x70F), (0x890, 0x891), (0x8E2, 0x8E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x2064), (0x2066, 0x206F), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001), (0xE0020, 0xE007F), (0xE0100, 0xE01EF),
)  # fmt: skip
_HIDDEN = re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in HIDDEN_RANGES) + "]")
_ASCII_HIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def is_hidden(ch: str) -> bool:
    category = unicodedata.category(ch)
    if category == "Cf":
        return True
    if category == "Cc":
        return ch not in _KEPT_CONTROLS
    return "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef"


def strip_hidden(text: str) -> str:
    if text.isascii() and (text.isprintable() or not _ASCII_HIDDEN.search(text)):
        return text  # the usual case, told apart without the regex of every hidden range
    return _HIDDEN.sub("", text)


# Fullwidth, mathematical, enclosed or small-capital forms of letters and digits.
_COMPATIBILITY = re.compile(
    "[\uff01-\uff5e\U0001d400-\U0001d7ff\u2460-\u24ff\U0001f130-\U0001f189\u1d00-\u1d2b]"
)
# A word (a run of \w) with a character outside ASCII. Every match starts a word: the "\b" spares trying
# (and backtracking over) each position inside the words (a long text of non-ASCII words took 40 us).
_NON_ASCII_WORD = re.compile(r"\b\w*[^\W\x00-\x7f]\w*")


@lru_cache(maxsize=4096)
def script(ch: str) -> str:
    """'latin', 'other' for letters of other scripts, '' for anything that is not a letter."""
    if not ch.isalpha():
        return ""
    if ch in HOMOGLYPHS:  # look-alikes, Latin small capitals included, are never plain Latin
        return "other"
    return "latin" if unicodedata.name(ch, "").startswith("LATIN") else "other"


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return _without_marks(unicodedata.normalize("NFD", text))


def _without_marks(text: str) -> str:
    """The text without its combining marks; only its non-ASCII characters are looked at."""
    marks = {ch for ch in _NON_ASCII.findall(text) if unicodedata.combining(ch)}
    return text.translate(dict.fromkeys(map(ord, marks))) if marks else text


def fold_word(word: str) -> str:
    """Fold look-alike letters to Latin in a word that mixes scripts or is made of look-alikes only."""
    if word.isascii():
        return word
    scripts = {script(ch) for ch in _NON_ASCII.findall(word)} - {""}
    if _ASCII_LETTER.search(word):
        scripts.add("latin")
    if "other" in scripts and ("latin" in scripts or all(ch in HOMOGLYPHS for ch in word if ch.isalpha())):
        return word.translate(_HOMOGLYPH_TABLE)
    return word


@dataclass(frozen=True)
class Views:
    """One text seen four ways.

    `clean`: what a reader sees (NFKC, hidden characters removed, look-alike letters folded in words
    that mix scripts); `folded`: `clean` without accents and with every look-alike letter folded, case
    kept (names, numbers, contact data); `match`: `folded` lower-cased, leetspeak and spaced-out letters
    undone, one space between words (phrase checks); `squashed`: `match` with letters only, for long
    phrases split by odd separators ("guar-an.teed").
    """

    raw: str
    clean: str
    folded: str
    match: str
    squashed: str
    spaced_words: tuple[str, ...]  # words that were written with their letters spaced out
    hidden: int  # invisible characters removed
    disguised: int  # compatibility forms, look-alike letters or stray combining marks undone
    non_latin: float  # share of letters in other scripts, before look-alikes are folded


def _undo_leet(text: str) -> str:
    # "()" o, "/\\" a ...
    if (any(mark in text for mark in "()[]|/\\'{^_⊢<°") or "!3" in text) and _LEET_SEQUENCE.search(text):
        if len(_DRAWN_SEQUENCE.findall(text)) >= 2:
            text = _DRAWN_PAIRS.sub(lambda m: _DRAWN_PAIR_LETTERS[m.group(0)], text)
        text = _LEET_SEQUENCE.sub(lambda m: _LEET_SEQUENCES[m.group(0)], text)
    if "(" in text and any(ch in text for ch in _MATH_LETTERS):
        text = _MATH_C.sub("c", text)
    if "!" in text:
        text = _MASKED_I.sub("i", text)
    if any(mark in text for mark in _ARTICLE_MARKS):
        text = _LONE_AT.sub("a", text)
    if not text.isascii() and _LONE_SIGN.search(text):  # "t w ⌂ t": a sign among spaced letters (heldout14)
        text = _LONE_SIGN.sub(lambda m: LEET[m.group(0)], text)
    # Only words where a leet symbol touches a letter are folded: find the touches (few), then the word
    # around each, rather than trying every position of the text.
    spans = []
    for touch in _LEET_TOUCH.finditer(text):
        start, end = touch.start(), touch.end()
        if spans and start < spans[-1][1]:
            continue
        while start and text[start - 1] in _LEET_CHARS:
            start -= 1
        while end < len(text) and text[end] in _LEET_CHARS:
            end += 1
        spans.append((start, end))
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], _fold_leet_token(text[start:end])]
        last = end
    folded = "".join(out) + text[last:]
    # An article before a word that was itself leetspeak ("^ #£|_pfu|_"): read once the word is.
    return _LONE_AT.sub("a", folded) if any(mark in folded for mark in _ARTICLE_MARKS) else folded


def _fold_leet_token(token: str) -> str:
    # A number with a unit ("5g", "3rd", "24h") is not leetspeak; a closing "!" is an exclamation mark.
    tail = _TRAILING_MARKS.search(token)
    body, end = (token[: tail.start()], tail.group(0)) if tail else (token, "")
    if _NUMBER_WITH_UNIT.fullmatch(body) or _QUARTER.fullmatch(body):
        return token
    if _DRAWN.isdisjoint(body):
        return body.translate(_LEET_TABLE) + end
    if "ph" in body:  # in a word drawn with signs, a "ph" among them is an f: "ph⊚┌" (heldout10)
        body = _DRAWN_PH.sub("f", body)
    if "vv" in body:  # ... and "vv" a w: "-|-VV◯" (heldout11)
        body = body.replace("vv", "w")
    return body.translate(_LEET_TABLE).translate(_Z_AS_S) + end


def _join_spaced(match: re.Match) -> str:
    return _NOT_WORD_CHAR.sub("", match.group(0))


def _join_punctuated(match: re.Match) -> str:
    # "r.e.t.a.i.n...c.o.m": one separator joins letters, a repeated one is a real dot between words.
    text = _DOUBLED_SEPARATOR.sub("\x00", match.group(0))
    joined = _NOT_WORD_OR_DOT.sub("", text).replace("\x00", ".")
    # A digit between the letters joined is leetspeak (heldout10: "p.r.1.c.k"), read once they are.
    return _LEET_DIGIT.sub(_leet_digit, joined) if not joined.isalpha() else joined


_LEET_DIGIT = re.compile(r"(?<=[a-z])[013457](?=[a-z])")


def _leet_digit(m: re.Match) -> str:
    return LEET[m.group(0)]


def _join_spaced_after_article(match: re.Match) -> str:
    joined = _join_spaced(match)
    return f"{joined[0]} {joined[1:]}" if joined[0] in "ai" and len(joined) > 3 else joined


def _unspace(text: str) -> str:
    """Spaced-out letters joined. "a m o r o n" is ambiguous ("amoron" or "a moron"): both readings are
    kept, one after the other, so that a phrase check sees either."""
    joined = _SPACED.sub(_join_spaced, text)
    other = _SPACED.sub(_join_spaced_after_article, text)
    return joined if other == joined else f"{joined} | {other}"


@lru_cache(maxsize=4096)
def views(raw: str) -> Views:
    visible = strip_hidden(raw)
    hidden = len(raw) - len(visible)
    if visible.isascii():  # the common case: nothing to normalize, fold or un-accent
        clean = folded = visible
        disguised, non_latin = 0, 0.0
    else:
        clean, folded, disguised, non_latin = _unicode_views(visible)
    match = _undo_leet(folded.casefold())
    match = _REPEATS.sub(r"\1\1", match)
    if _MAY_BE_PUNCTUATED.search(match) and _PUNCTUATED.search(match):
        match = _PUNCTUATED.sub(_join_punctuated, match)
        if ".-." in match:
            match = _DOTTED_HYPHEN.sub("-", match)
    spaced_words: tuple[str, ...] = ()
    if _MAY_BE_SPACED.search(match) and _SPACED.search(match):
        spaced_words = tuple(_join_spaced(m) for m in _SPACED.finditer(match))
        match = _unspace(match)
    match = " ".join(match.split())  # str.split() splits on what \s matches
    squashed = match.encode("ascii", "ignore").translate(None, _NOT_LETTER_BYTES).decode()
    return Views(raw, clean, folded, match, squashed, spaced_words, hidden, disguised, non_latin)


def _unicode_views(visible: str) -> tuple[str, str, int, float]:
    compat = len(_COMPATIBILITY.findall(visible))
    nfkc = unicodedata.normalize("NFKC", visible)
    # Combining marks left after NFC composition are not accents of a letter but overlays ("s̶t̶r̶i̶k̶e̶").
    composed = unicodedata.normalize("NFC", nfkc)
    stray_marks = sum(unicodedata.combining(ch) != 0 for ch in _NON_ASCII.findall(composed))
    # Only words with a letter outside ASCII can hold look-alikes: each is folded whole (fold_word).
    lookalikes = 0

    def fold(m: re.Match) -> str:
        nonlocal lookalikes
        word = m.group(0)
        folded_word = fold_word(word)
        if folded_word != word:
            lookalikes += sum(a != b for a, b in zip(word, folded_word, strict=True))
        return folded_word

    joined = _NON_ASCII_WORD.sub(fold, composed)
    clean = _without_marks(joined) if stray_marks else joined
    folded = _strip_accents(clean).translate(_HOMOGLYPH_TABLE)
    return clean, folded, compat + lookalikes + stray_marks, non_latin_share(clean)


def non_latin_share(text: str) -> float:
    """Share of letters that are not Latin (accented Latin counts as Latin)."""
    ascii_letters = len(_ASCII_LETTER.findall(text))
    scripts = [script(ch) for ch in _NON_ASCII.findall(text)]
    other = scripts.count("other")
    letters = ascii_letters + other + scripts.count("latin")
    return other / letters if letters else 0.0
