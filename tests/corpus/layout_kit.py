"""Forms shared by the layout modules, so that a family declares its bylines and furniture as data.

A byline form (`Form`) is a text with {0}, {1}, … for fresh names; a furniture line (`ln`) is a
text with the page's fields ({date}, {wd}, {n:02d}, {name}, {tel:010}, {no:7000-7999},
{pick:a|b}, …; see _Fields), and `opt` prints some lines only by chance. Every
field is drawn where it stands, left to right, as the f-strings these forms replace drew them: a
page's random draws, and so its bytes, stay what they were.
"""
from __future__ import annotations

import dataclasses
import string

from synthesize import Byline, cn_date, lunar, phone, spaced, weekday


def short_lunar(day):
    return lunar(day).replace("甲辰年", "")


def _turn(ctx, key, forms):
    """Which of `forms` byline or credit forms comes next: they take turns, starting from the page's
    number, so that the four pages of a family print every form the family has (a plan's `turn` option
    sets where its page starts)."""
    k = ctx.turns.get(key, ctx.turn_start)
    ctx.turns[key] = k + 1
    return k % forms


# --------------------------------------------------------------------------- bylines


class _Names(string.Formatter):
    """A byline text's fields, drawn where they stand: {0} a name, {0!l} the name letter-spaced at the
    family's rate (see shown), {c0} one of the form's `choices[0]`."""

    def __init__(self, ctx, choices):
        super().__init__()
        self.ctx, self.choices = ctx, choices

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return self.ctx.rng.choice(self.choices[int(key[1:])])

    def convert_field(self, value, conversion):
        if conversion == "l":
            return shown(self.ctx, value)
        return super().convert_field(value, conversion)


def shown(ctx, n):
    """The name letter-spaced at the family's rate."""
    return spaced(n) if ctx.rng.random() < ctx.family.letterspace else n


@dataclasses.dataclass(frozen=True)
class Form:
    """One printed byline form: `text` (or one drawn of several) names `n` persons ({0}, {1}, …; see
    _Names) and stands `where` the Byline puts it (glue, trail or a line before); `glue` is a fixed
    opening ahead of a trail; a glue form stands on a line of its own with chance `line_share`
    (drawn after the names); `photo`: the first person took the pictures too; `draws`: names drawn
    for it, where more than `n`."""
    text: str | tuple
    n: int = 1
    where: str = "glue"
    hint: str = "benbaoxun"
    glue: str = ""
    line_share: float = 0.0
    photo: bool = False
    choices: tuple = ()
    draws: int = 0

    def byline(self, ctx, names, item=None):
        form = self.text if isinstance(self.text, str) else ctx.rng.choice(self.text)
        text = _Names(ctx, self.choices).format(form, *names)
        where = self.where
        if self.line_share and ctx.rng.random() < self.line_share:
            where = "before"
        fields = {"before": [text]} if where == "before" else {where: text}
        if self.glue:
            fields["glue"] = self.glue
        if self.photo:
            item.photographers = [names[0]]
        # A form that prints no name (a bare `本报讯`) credits no one: the gold names whom the page prints.
        printed = [name for i, name in enumerate(names[: self.n]) if "{%d" % i in form]
        return Byline(printed, hint=self.hint, **fields)


TRAIL = {"where": "trail", "hint": "paren"}


def Above(text, n=1, **kw):  # noqa: N802 (a Form, as a class would make it)
    """A form printed on a line of its own above the body."""
    return Form(text, n, where="before", hint="plain", **kw)


def aide(ctx, names, text, share, role="通讯员"):
    """With chance `share` a second person joins the byline as `role` (or with no role, after the
    first): `names` grows in place, and the text comes back with the person added."""
    if ctx.rng.random() < share:
        b = ctx.name()
        names.append(b)
        text += f" {role} {b}" if role else f" {b}"
    return text


def reporters(ctx, share, first=None, lead="记者"):
    """记者 X (a fresh name, or `first` as (name, shown)) and with chance `share` 通讯员 Y: the names
    and the text."""
    if first is None:
        a = shown = ctx.name()
    else:
        a, shown = first
    names = [a]
    return names, aide(ctx, names, f"{lead} {shown}", share)


def xun(share, line_share=0.0):
    """本报讯（记者 X 通讯员 Y）, glued to the first paragraph or, with chance `line_share`, on a line
    of its own."""
    def byline(ctx, item):
        names, inner = reporters(ctx, share)
        text = f"本报讯（{inner}）"
        if line_share and ctx.rng.random() < line_share:
            return Byline(names, before=[text], hint="benbaoxun")
        return Byline(names, glue=text, hint="benbaoxun")
    return byline


def form(text, n=1, **kw):
    """A byline function of one form: its `n` names drawn first."""
    shape = Form(text, n, **kw)

    def byline(ctx, item):
        return shape.byline(ctx, [ctx.name() for _ in range(n)], item)
    return byline


def chosen(*forms, turn=None, shares=(), drawn=1):
    """A byline function of several forms: `drawn` names drawn first, then the form chosen (by turns
    of the key `turn`, see _turn, or by one draw against the rising `shares`, the last form when it
    passes them all), then the form's other names."""
    def byline(ctx, item):
        names = [ctx.name() for _ in range(drawn)]
        if turn:
            k = _turn(ctx, turn, len(forms))
        else:
            r = ctx.rng.random()
            k = next((i for i, share in enumerate(shares) if r < share), len(shares))
        shape = forms[k]
        names += [ctx.name() for _ in range(max(shape.n, shape.draws) - drawn)]
        return shape.byline(ctx, names, item)
    return byline


def turns(*forms, key="brief"):
    """A byline function whose forms take turns (see _turn): the first name is drawn before the turn,
    the form's other names after it."""
    return chosen(*forms, turn=key)


# --------------------------------------------------------------------------- furniture


def ln(text, paper=False, date=False, page=None):
    """A furniture line: `text` and `page` are templates of the page's fields (see _Fields)."""
    return text, paper, date, page


def masthead(paper):
    return ln(paper, paper=True)


def running(paper):
    """The paper's name and the date, as an inner page's head prints them."""
    return ln(paper + " {date} {wd}", paper=True, date=True)


DATED = ln("{date} {wd}", date=True)
PAGE_SECTION = ln("第{n}版 {sec}", page="{n}")
DATED_LUNAR = ln("{date} {wd} 农历{slunar}", date=True)


class _Draw:
    """A field drawn by its format spec: a phone number of the spec's area code, one of the spec's
    options a|b|c, or an issue number drawn as randrange(lo, hi) for the spec lo-hi."""

    def __init__(self, rng, kind):
        self.rng, self.kind = rng, kind

    def __format__(self, spec):
        if self.kind == "tel":
            return phone(self.rng, spec)
        if self.kind == "pick":
            return self.rng.choice(spec.split("|"))
        lo, hi = spec.split("-")
        return str(self.rng.randrange(int(lo), int(hi)))


class _Fields(string.Formatter):
    """The fields a furniture template may name; {name} draws a new name at each use; a family's
    own `fields` (name -> function of the page) come on top."""

    def __init__(self, ctx, extra=None):
        super().__init__()
        self.ctx, self.extra = ctx, extra or {}

    def get_value(self, key, args, kwargs):
        ctx = self.ctx
        if key in self.extra:
            return self.extra[key](ctx)
        d = ctx.date
        fields = {
            "date": lambda: cn_date(d), "wd": lambda: weekday(d), "lunar": lambda: lunar(d),
            "slunar": lambda: short_lunar(d), "y": lambda: d.year, "m": lambda: d.month, "d": lambda: d.day,
            "n": lambda: ctx.page_no, "sec": lambda: ctx.section, "pages": lambda: ctx.family_pages,
            "name": ctx.name, "tel": lambda: _Draw(ctx.rng, "tel"), "no": lambda: _Draw(ctx.rng, "no"),
            "pick": lambda: _Draw(ctx.rng, "pick"), "ssec": lambda: " ".join(ctx.section),
        }
        return fields[key]()


@dataclasses.dataclass(frozen=True)
class opt:  # noqa: N801 (read as a word among the lines)
    """Furniture lines printed with chance `share` (else the `otherwise` lines), drawn where they stand."""
    share: float
    lines: list
    otherwise: list = dataclasses.field(default_factory=list)


def render(ctx, lines, extra=None):
    """The furniture lines, recorded on the page in order."""
    fields = _Fields(ctx, extra)
    out = []
    for line in lines:
        if isinstance(line, opt):
            out += render(ctx, line.lines if ctx.rng.random() < line.share else line.otherwise, extra)
            continue
        text, paper, date, page = (line, False, False, None) if isinstance(line, str) else line
        text = fields.format(text)
        out.append(ctx.furn(text, paper=paper, date=date, page=None if page is None else fields.format(page)))
    return out


def furniture(*choices, front=None, fields=None):
    """A top or bottom furniture function: `front` lines on a front page; otherwise one draw picks
    the first (share, lines) choice whose share exceeds it, the last choice (bare lines) if none;
    `fields`: the family's own template fields (see _Fields)."""
    *shared, last = choices

    def lines(ctx):
        if front is not None and ctx.front:
            return render(ctx, front, fields)
        if shared:
            r = ctx.rng.random()
            for share, pick in shared:
                if r < share:
                    return render(ctx, pick, fields)
        return render(ctx, last, fields)
    return lines
