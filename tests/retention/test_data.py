"""Loading the two data sets: clear errors that name the file and the columns, and the first-month rows."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from retention import data


@pytest.fixture(scope="module")
def source() -> Path:
    directory = data.data_dir()
    if not (directory / data.TELCO_FILE).exists():
        pytest.skip(f"no data in {directory}")
    return directory


@pytest.fixture
def copy(source: Path, tmp_path: Path) -> Path:
    for name in (data.TELCO_FILE, data.BANK_FILE):
        shutil.copy(source / name, tmp_path / name)
    return tmp_path


def test_data_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("RETENTION_DATA_DIR", str(tmp_path))
    assert data.data_dir() == tmp_path


def test_data_dir_falls_back_to_shared_data_beside_the_repository(monkeypatch, tmp_path):
    monkeypatch.delenv("RETENTION_DATA_DIR", raising=False)
    monkeypatch.setattr(data, "DEFAULT_DIR", Path("no/such/dir"))
    monkeypatch.setattr(data, "SHARED_DIR", tmp_path)
    assert data.data_dir() == tmp_path
    monkeypatch.setenv("RETENTION_DATA_DIR", "no/such/dir")  # as the Makefile exports the default
    assert data.data_dir() == tmp_path


def test_an_explicit_data_dir_is_never_replaced(monkeypatch, tmp_path):
    monkeypatch.setattr(data, "SHARED_DIR", tmp_path)
    monkeypatch.setenv("RETENTION_DATA_DIR", str(tmp_path / "elsewhere"))
    assert data.data_dir() == tmp_path / "elsewhere"


def test_missing_file_names_the_path_and_the_columns(tmp_path):
    with pytest.raises(data.DataError) as error:
        data.load_telco(tmp_path)
    assert str(tmp_path / data.TELCO_FILE) in str(error.value)
    assert "TotalCharges" in str(error.value)


def test_missing_column_names_the_file_and_the_column(copy):
    path = copy / data.TELCO_FILE
    lines = path.read_text().splitlines()
    header = lines[0].split(",")
    drop = header.index("MonthlyCharges")
    path.write_text(
        "\n".join(",".join(v for i, v in enumerate(line.split(",")) if i != drop) for line in lines)
    )
    with pytest.raises(data.DataError) as error:
        data.load_telco(copy)
    assert str(path) in str(error.value) and "MonthlyCharges" in str(error.value)


def test_bank_missing_column_names_the_file_and_the_column(copy):
    path = copy / data.BANK_FILE
    path.write_text(path.read_text().replace('"pdays"', '"days"', 1))
    with pytest.raises(data.DataError) as error:
        data.load_bank(copy)
    assert str(path) in str(error.value) and "pdays" in str(error.value)


def test_unparseable_number_names_the_column(copy):
    path = copy / data.BANK_FILE
    lines = path.read_text().splitlines()
    lines[1] = "forty" + lines[1][lines[1].index(";") :]
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(data.DataError, match="column age") as error:
        data.load_bank(copy)
    assert str(path) in str(error.value)


@pytest.mark.parametrize("content", ["", "customerID,gender\n"])
def test_empty_file_is_an_error(copy, content):
    (copy / data.TELCO_FILE).write_text(content)
    with pytest.raises(data.DataError, match=data.TELCO_FILE):
        data.load_telco(copy)


def test_blank_total_charges_is_zero_for_first_month_customers(source):
    raw = (source / data.TELCO_FILE).read_text().splitlines()
    blank_ids = {line.split(",")[0] for line in raw[1:] if line.split(",")[19].strip() == ""}
    telco = data.load_telco(source)
    first_month = telco[telco["customerID"].isin(blank_ids)]
    assert len(first_month) == len(blank_ids) > 0
    assert (first_month["tenure"] == 0).all() and (first_month["TotalCharges"] == 0.0).all()


def test_blank_total_charges_after_the_first_month_is_an_error(copy):
    path = copy / data.TELCO_FILE
    lines = path.read_text().splitlines()
    cells = lines[1].split(",")
    cells[5], cells[19] = "12", " "
    lines[1] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(data.DataError, match="TotalCharges"):
        data.load_telco(copy)


def test_check_summarises_both_files_with_their_hashes(source):
    summary = data.check(source)
    assert summary["telco"]["rows"] > 0 and summary["bank"]["rows"] > 0
    assert 0 < summary["telco"]["churn_rate"] < 1 and 0 < summary["bank"]["accept_rate"] < 1
    expected = hashlib.sha256((source / data.BANK_FILE).read_bytes()).hexdigest()
    assert summary["bank"]["sha256"] == expected
