"""The two public data sets the models learn from: where they are, loading them, and checking them.

Telco (IBM Telco Customer Churn) teaches churn risk; Bank (UCI Bank Marketing, Moro et al. 2014) teaches
the propensity to accept an offer when contacted. Every problem with a file raises one `DataError` that
names the file and the columns it should have.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import pandas as pd

from retention.facts import CATEGORIES, TELCO_COLUMNS

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = Path("data/raw")  # relative to the repository root
SHARED_DIR = REPO_ROOT.parent / "shared" / "data"  # where CI puts the files, beside the checkout

TELCO_FILE = "WA_Fn-UseC_-Telco-Customer-Churn.csv"
BANK_FILE = "bank-full.csv"

TELCO_EXPECTED = ("customerID", *TELCO_COLUMNS, "Churn")
TELCO_NUMERIC = ("SeniorCitizen", "tenure", "MonthlyCharges", "TotalCharges")
TELCO_CATEGORIES = {
    column: CATEGORIES[field] for column, field in TELCO_COLUMNS.items() if field in CATEGORIES
}

BANK_EXPECTED = (
    "age", "job", "marital", "education", "default", "balance", "housing", "loan", "contact",
    "day", "month", "duration", "campaign", "pdays", "previous", "poutcome", "y",
)  # fmt: skip
BANK_NUMERIC = ("age", "balance", "day", "duration", "campaign", "pdays", "previous")
BANK_CATEGORIES = {
    "job": (
        "admin.",
        "blue-collar",
        "entrepreneur",
        "housemaid",
        "management",
        "retired",
        "self-employed",
        "services",
        "student",
        "technician",
        "unemployed",
        "unknown",
    ),  # fmt: skip
    "marital": ("married", "single", "divorced"),
    "education": ("primary", "secondary", "tertiary", "unknown"),
    "default": ("no", "yes"),
    "housing": ("no", "yes"),
    "loan": ("no", "yes"),
    "contact": ("cellular", "telephone", "unknown"),
    "month": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "poutcome": ("failure", "other", "success", "unknown"),
    "y": ("no", "yes"),
}


class DataError(RuntimeError):
    """A data file is missing or malformed; the message names the file and the columns it should have."""

    def __init__(self, path: Path, problem: str, expected: tuple[str, ...]):
        super().__init__(f"{path}: {problem}. Expected columns: {', '.join(expected)}")
        self.path = path
        self.problem = problem


def data_dir() -> Path:
    """RETENTION_DATA_DIR (relative paths from the repository root), else data/raw/, else ../shared/data."""
    configured = os.environ.get("RETENTION_DATA_DIR")
    chosen = Path(configured) if configured else DEFAULT_DIR
    if not chosen.is_absolute():
        chosen = REPO_ROOT / chosen
    # The Makefile exports the default itself, so the fallback must also apply when it is set explicitly.
    is_default = not configured or Path(configured) in (DEFAULT_DIR, REPO_ROOT / DEFAULT_DIR)
    if is_default and not chosen.exists() and SHARED_DIR.is_dir():
        log.info("data directory %s does not exist; using %s", chosen, SHARED_DIR)
        return SHARED_DIR
    return chosen


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def telco_path(dir: Path | None = None) -> Path:
    return Path(dir or data_dir()) / TELCO_FILE


def bank_path(dir: Path | None = None) -> Path:
    return Path(dir or data_dir()) / BANK_FILE


def _read(path: Path, expected: tuple[str, ...], **read_options) -> pd.DataFrame:
    if not path.is_file():
        raise DataError(path, "file not found (set RETENTION_DATA_DIR to the folder that holds it)", expected)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, **read_options)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        raise DataError(path, f"not a readable CSV ({str(error).strip()})", expected) from None
    frame.columns = [str(column).strip() for column in frame.columns]
    missing = [column for column in expected if column not in frame.columns]
    if missing:
        raise DataError(path, f"missing columns {missing}", expected)
    if frame.empty:
        raise DataError(path, "no data rows", expected)
    return frame


def _numbers(frame: pd.DataFrame, column: str, path: Path, expected: tuple[str, ...]) -> pd.Series:
    values = pd.to_numeric(frame[column].str.strip(), errors="coerce")
    bad = values.isna()
    if bad.any():
        row = int(bad.idxmax())
        raise DataError(
            path,
            f"column {column}: {frame[column].iloc[row]!r} on data row {row + 1} is not a number",
            expected,
        )
    return values


def _categories(
    frame: pd.DataFrame, allowed: dict[str, tuple[str, ...]], path: Path, expected: tuple[str, ...]
):
    for column, values in allowed.items():
        unknown = sorted(set(frame[column]) - set(values))
        if unknown:
            raise DataError(
                path, f"column {column}: unexpected values {unknown[:5]} (allowed {list(values)})", expected
            )


def load_telco(dir: Path | None = None) -> pd.DataFrame:
    """The Telco training file of the data directory (see `read_telco`)."""
    return read_telco(telco_path(dir))


def load_bank(dir: Path | None = None) -> pd.DataFrame:
    """The Bank Marketing training file of the data directory (see `read_bank`)."""
    return read_bank(bank_path(dir))


def read_telco(path: Path, labelled: bool = True) -> pd.DataFrame:
    """A Telco-format CSV with numeric columns parsed, and `churn` (0/1) when labelled (a Churn column).

    TotalCharges is blank for customers in their first month (tenure 0): nothing has been billed yet,
    so it is 0.0, on purpose and as at serving time (`facts_from_telco_row`). Blank elsewhere is an error.
    """
    expected = TELCO_EXPECTED if labelled else tuple(c for c in TELCO_EXPECTED if c != "Churn")
    frame = _read(Path(path), expected)
    for column in TELCO_COLUMNS:
        frame[column] = frame[column].str.strip()
    first_month = frame["TotalCharges"].eq("") & frame["tenure"].eq("0")
    frame.loc[first_month, "TotalCharges"] = "0"
    for column in TELCO_NUMERIC:
        frame[column] = _numbers(frame, column, path, expected)
    frame["SeniorCitizen"] = frame["SeniorCitizen"].astype(int)
    frame["tenure"] = frame["tenure"].astype(int)
    _categories(frame, {**TELCO_CATEGORIES, **({"Churn": ("No", "Yes")} if labelled else {})}, path, expected)
    if labelled:
        frame["churn"] = frame["Churn"].eq("Yes").astype(int)
    return frame


def read_bank(path: Path, labelled: bool = True) -> pd.DataFrame:
    """A Bank Marketing CSV (semicolons, quoted strings, as UCI ships it); `accepted` (0/1) when labelled.

    Unlabelled files (to score) need neither `y` nor `duration`, which no model reads.
    """
    expected = BANK_EXPECTED if labelled else tuple(c for c in BANK_EXPECTED if c not in ("y", "duration"))
    frame = _read(Path(path), expected, sep=";")
    for column in expected:
        frame[column] = frame[column].str.strip()
    for column in BANK_NUMERIC:
        if column in expected:
            frame[column] = _numbers(frame, column, path, expected).astype(int)
    allowed = {column: values for column, values in BANK_CATEGORIES.items() if column in expected}
    _categories(frame, allowed, path, expected)
    if labelled:
        frame["accepted"] = frame["y"].eq("yes").astype(int)
    return frame


def check(dir: Path | None = None) -> dict:
    """Load both files and summarise them (rows, positive rate, sha256); raises DataError on any problem."""
    dir = Path(dir or data_dir())
    telco, bank = load_telco(dir), load_bank(dir)
    return {
        "data_dir": str(dir),
        "telco": {
            "path": str(telco_path(dir)),
            "rows": len(telco),
            "churn_rate": round(float(telco["churn"].mean()), 4),
            "first_month_blank_total_charges": int((telco["tenure"] == 0).sum()),
            "sha256": sha256(telco_path(dir)),
        },
        "bank": {
            "path": str(bank_path(dir)),
            "rows": len(bank),
            "accept_rate": round(float(bank["accepted"].mean()), 4),
            "sha256": sha256(bank_path(dir)),
        },
    }
