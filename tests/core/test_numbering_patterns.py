"""Reference patterns: validation and formatting (no site needed)."""

from ia.core.numbering.exceptions import NumberingError
from ia.core.numbering.patterns import CREATION
from ia.core.numbering.patterns import DEFAULT_PATTERN
from ia.core.numbering.patterns import format_reference
from ia.core.numbering.patterns import parse_line
from ia.core.numbering.patterns import parse_lines
from ia.core.numbering.patterns import validate_pattern
import pytest


@pytest.mark.parametrize(
    "pattern,expected",
    [
        ("E/{year}/{number:05d}", "E/2026/00042"),
        ("PU/{year}/{number:03d}", "PU/2026/042"),
        ("{register}-{yy}-{number}", "R-26-42"),
        (DEFAULT_PATTERN, "R/2026/00042"),
    ],
)
def test_format(pattern, expected):
    assert format_reference(validate_pattern(pattern), "R", 2026, 42) == expected


@pytest.mark.parametrize(
    "pattern,msgid",
    [
        ("E/{year}/{num:05d}", "msg_pattern_placeholder"),
        ("E/{year}/{number.real}", "msg_pattern_placeholder"),
        ("E/{year}/{number!r}", "msg_pattern_placeholder"),
        ("E/{year}/{}", "msg_pattern_placeholder"),
        ("E/{year}/{number", "msg_pattern_syntax"),
        ("E/{year}", "msg_pattern_required"),
        ("E/{number}", "msg_pattern_required"),
        ("E/{year}/{number:05x9}", "msg_pattern_format"),
        ("E|{year}/{number}", "msg_pattern_pipe"),
        ("  ", "msg_pattern_empty"),
    ],
)
def test_invalid_patterns(pattern, msgid):
    with pytest.raises(NumberingError) as info:
        validate_pattern(pattern)
    assert info.value.message == msgid
    assert str(info.value)  # a readable (translated) message


def test_parse_line_defaults_to_creation():
    config = parse_line("E|E/{year}/{number:05d}")
    assert (config.register, config.pattern, config.moment) == (
        "E",
        "E/{year}/{number:05d}",
        CREATION,
    )


def test_parse_line_with_transition():
    assert parse_line(" PU | PU/{year}/{number:03d} | deposit ").moment == "deposit"


@pytest.mark.parametrize(
    "line,msgid",
    [
        ("E", "msg_pattern_line"),
        ("E|a|b|c", "msg_pattern_line"),
        ("|E/{year}/{number}", "msg_register_invalid"),
        ("E|E/{year}/{number}|bad moment", "msg_pattern_moment"),
        ("E|E/{year}/{foo}", "msg_pattern_placeholder"),
    ],
)
def test_invalid_lines(line, msgid):
    with pytest.raises(NumberingError) as info:
        parse_line(line)
    assert info.value.message == msgid


def test_duplicate_register_rejected():
    with pytest.raises(NumberingError) as info:
        parse_lines(["E|E/{year}/{number}", "E|X/{year}/{number}"])
    assert info.value.message == "msg_pattern_duplicate"


def test_blank_lines_ignored():
    assert list(parse_lines(["", "E|E/{year}/{number}", "  "])) == ["E"]
