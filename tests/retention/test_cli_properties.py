"""Property tests of the `retention` CLI on bad arguments: a non-zero exit and one line on stderr that
names the argument or field at fault, never a traceback. Every value drawn is bad, so no command here
gets as far as the network (and the address given would refuse a call at once)."""

from __future__ import annotations

import json
import math

from factories import make_facts
from google.protobuf import json_format
from hypothesis import example, given, settings
from hypothesis import strategies as st
from strategies import corrupted_facts, huge_text, nasty_text

from retention import arguments, cli
from retention.facts import validate_facts, validate_id

NOWHERE = "127.0.0.1:9"  # the discard port
GOOD_FACTS = json_format.MessageToJson(make_facts(), indent=None)

# Hypothesis cannot take function-scoped fixtures such as capsys or tmp_path as arguments of a test it
# drives: each test below takes them and drives an inner function, reading the captured output per example.


def run(argv: list[str], capsys) -> tuple[int, str]:
    try:
        status = cli.main(argv)
    except SystemExit as exit:  # argparse's way out
        status = exit.code
    out, err = capsys.readouterr()
    assert out == "", out
    return status, err


def assert_refused_in_one_line(argv: list[str], names: tuple[str, ...], capsys) -> None:
    status, err = run(argv, capsys)
    assert status not in (0, None), err
    assert "Traceback" not in err
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "error" in err and any(name in err for name in names), (names, err)


def refused_by(check, *args) -> bool:
    """Whether `check` raises on `args`: InvalidField from a validator, any error from an argparse type."""
    try:
        check(*args)
    except Exception:  # noqa: BLE001 - argparse takes any failure of a type as a bad value
        return True
    return False


def decide(*options: str) -> st.SearchStrategy[list[str]]:
    return st.sampled_from(["decide", "retain"]).map(
        lambda method: [method, *options, f"--address={NOWHERE}", "--timeout=2"]
    )


# --- the request: facts, customer_id, request_id --------------------------------------------------

bad_ids = st.one_of(nasty_text, st.just("")).filter(lambda text: refused_by(validate_id, text, "id"))
invalid_facts_json = (
    corrupted_facts()
    .map(lambda case: case[0])
    .filter(lambda facts: refused_by(validate_facts, facts))
    .map(lambda facts: json_format.MessageToJson(facts, indent=None))
)
not_facts_json = st.one_of(
    nasty_text,
    st.just("[" * 100_000),  # deeper than json can go
    st.builds(json.dumps, st.one_of(st.lists(st.integers(), max_size=3), st.integers(), st.text())),
    st.builds(lambda key: json.dumps({f"no_{key}": 1}), nasty_text),  # no such field
)
bad_requests = st.one_of(
    st.tuples(
        invalid_facts_json.flatmap(lambda text: decide(f"--facts-json={text}", "--customer-id=c1")),
        st.just(("facts.",)),
    ),
    st.tuples(
        not_facts_json.flatmap(lambda text: decide(f"--facts-json={text}", "--customer-id=c1")),
        st.just(("facts",)),
    ),
    st.tuples(
        bad_ids.flatmap(lambda cid: decide(f"--facts-json={GOOD_FACTS}", f"--customer-id={cid}")),
        st.just(("customer_id",)),
    ),
    st.tuples(
        bad_ids.filter(bool).flatmap(
            lambda rid: decide(f"--facts-json={GOOD_FACTS}", "--customer-id=c1", f"--request-id={rid}")
        ),
        st.just(("request_id",)),
    ),
)


def test_bad_requests_are_named_before_any_call(capsys):
    @settings(max_examples=50)
    @given(bad_requests)
    @example((["decide", "--facts-json=", f"--address={NOWHERE}"], ("facts",)))  # was taken as "use --csv"
    def check(case):
        argv, names = case
        assert_refused_in_one_line(argv, names, capsys)

    check()


# --- numbers and words of every command -------------------------------------------------------------


def bad_values_for(parse) -> st.SearchStrategy[str]:
    """Text that `parse` refuses: not a number, or huge, negative, NaN or infinite; unicode, controls."""
    numbers = st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(-(10**30), 10**30),
        st.sampled_from([math.nan, math.inf, -math.inf, 0, -1, 1e308]),
    ).map(str)
    return st.one_of(numbers, nasty_text, huge_text, st.just("")).filter(lambda text: refused_by(parse, text))


COMMAND_OF = {
    "--timeout": (["decide", f"--facts-json={GOOD_FACTS}"], arguments.seconds),
    "--address": (["retain", f"--facts-json={GOOD_FACTS}"], arguments.address),
    "--limit": (["publish", "--csv=customers.csv"], arguments.count(1)),
    "--batch-id": (["publish", "--csv=customers.csv"], arguments.identifier),
    "--customers": (["demo"], arguments.count(1)),
    "--repeat-share": (["demo"], arguments.share),
    "--seed": (["demo"], int),
}
bad_options = st.sampled_from(sorted(COMMAND_OF)).flatmap(
    lambda option: st.tuples(st.just(option), bad_values_for(COMMAND_OF[option][1]))
)


def test_bad_option_values_are_named(capsys):
    @settings(max_examples=60)
    @given(bad_options)
    def check(case):
        option, value = case
        command, _ = COMMAND_OF[option]
        assert_refused_in_one_line([*command, f"{option}={value}"], (option,), capsys)

    check()


def test_unknown_commands_and_options_are_named(capsys):
    words = st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=30)
    unknown = st.one_of(
        words.map(lambda w: ([f"zz-{w}"], f"zz-{w}")),
        words.map(lambda w: (["decide", f"--facts-json={GOOD_FACTS}", f"--no-such-{w}=1"], f"--no-such-{w}")),
    )

    @settings(max_examples=40)
    @given(unknown)
    def check(case):
        argv, name = case
        assert_refused_in_one_line(argv, (name,), capsys)

    check()


# --- files given as --csv --------------------------------------------------------------------------


def test_unreadable_or_junk_csv_files_are_named(capsys, tmp_path):
    junk = tmp_path / "junk.csv"
    unreadable = [tmp_path, tmp_path / "missing.csv", tmp_path / "a\x00b.csv", tmp_path / ("x" * 300)]
    contents = st.one_of(
        st.binary(max_size=200),
        st.text(max_size=200).map(str.encode),
        st.builds(lambda header, row: f"{header}\n{row}\n".encode(), nasty_text, nasty_text),
        st.just(b"customerID,gender\n" + b"x" * 200_000 + b"\n"),  # a field over the csv module's limit
    )
    commands = st.sampled_from([["decide"], ["retain"], ["publish"]])

    @settings(max_examples=40)
    @given(commands, st.one_of(st.sampled_from(unreadable), contents))
    def check(command, file):
        if isinstance(file, bytes):
            junk.write_bytes(file)
            file = junk
        names = ("--csv", file.name) if file == junk else ("--csv",)
        options = [f"--address={NOWHERE}", "--timeout=2"] if command != ["publish"] else []
        assert_refused_in_one_line([*command, f"--csv={file}", *options], names, capsys)

    check()
