from __future__ import annotations

import pytest

from acudesk.resources import candidate_roots, find_root, forms_dir, resources_dir


def test_repo_checkout_finds_resources_and_forms():
    assert resources_dir().name == "resources"
    assert forms_dir().name == "forms"
    assert any(forms_dir().glob("*.ui"))


def test_bundle_location_wins(tmp_path, monkeypatch):
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert candidate_roots()[0] == tmp_path
    assert find_root("resources", candidate_roots()) == tmp_path / "resources"


def test_wheel_layout(tmp_path):
    data = tmp_path / "acudesk" / "_data"
    (data / "forms").mkdir(parents=True)
    assert find_root("forms", [tmp_path / "missing", data]) == data / "forms"


def test_missing_folder_names_where_it_looked(tmp_path):
    with pytest.raises(FileNotFoundError, match="cannot find its resources folder"):
        find_root("resources", [tmp_path])
