"""The point catalogue: every reference point present, sound data, mirroring, search, areas."""

from __future__ import annotations

import copy
import json

import pytest

from acudesk.domain.points import (
    ZONES,
    CatalogError,
    Side,
    area_match,
    check_catalog,
    parse_catalog,
    position,
    zones_for_area,
)
from acudesk.resources import resource
from acudesk.services.catalog import diagram_path, load_catalog, point_catalog

# The 119 codes of the reference point list (facts, copied as they are).
_REFERENCE_LIST = """
GV20 GV23 GV24 GV26 CV24 CV23 ST1 ST2 ST3 ST4 ST5 ST6 ST7 ST8 ST9 LI18 LI19 LI20 SI17 SI18
SI19 BL1 BL2 BL10 TE17 TE21 TE22 TE23 GB1 GB2 GB3 GB4 GB8 GB12 GB13 GB14 GB15 GB20 GB21
EX-HN1 EX-HN3 EX-HN4 EX-HN5 EX-HN6 EX-HN7 EX-HN8 EX-HN14 EXTRA-JIACHENGJIANG EXTRA-QIANZHENG
EXTRA-ANMIAN EXTRA-SHANGLIANQUAN TF4 CO18 CO14 CO13 LO5,6i LI4 LI10 LI11 LU7 PC6 HT7 TE5 ST36
ST37 ST40 ST44 SP3 SP4 SP6 SP9 SP10 KI3 KI6 KI7 LR2 LR3 GB34 GB39 CV3 CV4 CV6 CV9 CV12 BL13
BL17 BL18 BL20 BL21 BL22 BL23 GV14 ST25 ST26 ST28 ST29 SP15 GB26 GB28 ST31 ST32 ST34 GB29 GB30
GB31 GB32 BL36 BL37 BL40 BL54 BL57 BL58 BL60 BL67 SP11 LR9 BL31 BL32 BL52
"""
REFERENCE_CODES = _REFERENCE_LIST.split()

_PREGNANCY_LIST = """
LI4 SP6 BL60 BL67 GB21 CV3 CV4 CV6 CV9 CV12 ST25 ST26 ST28 ST29 SP15 GB26 GB28
BL22 BL23 BL52 BL31 BL32 BL54 CO18
"""
PREGNANCY_CAUTION = set(_PREGNANCY_LIST.split())


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(resource("catalog", "points.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def catalog():
    return point_catalog()


def test_every_reference_point_is_in_the_catalogue_once(raw):
    codes = [p["code"] for p in raw["points"]]
    assert len(REFERENCE_CODES) == 119
    assert sorted(codes) == sorted(REFERENCE_CODES)
    assert len(set(codes)) == len(codes)


def test_shipped_catalogue_has_no_problems(catalog):
    assert check_catalog(catalog) == []
    assert set(catalog.diagrams) == {"face-front", "face-profile", "body-front", "body-back"}


def test_pregnancy_flags_follow_the_reference(catalog):
    flagged = {p.code for p in catalog.points.values() if p.pregnancy_caution}
    assert flagged == PREGNANCY_CAUTION


def test_every_point_has_words_a_place_and_a_note_for_its_cautions(catalog):
    for point in catalog.points.values():
        assert point.location and point.cosmetic_use and point.zones, point.code
        assert point.positions, point.code
        if point.cautions or point.pregnancy_caution:
            assert point.caution_note, point.code


@pytest.mark.parametrize(
    ("code", "caution"),
    [
        ("ST1", "eye"),
        ("BL1", "eye"),
        ("EX-HN7", "eye"),
        ("ST5", "artery"),
        ("ST9", "artery"),
        ("TE22", "artery"),
        ("LI18", "vessel"),
        ("SI17", "vessel"),
        ("BL13", "lung"),
        ("GB21", "lung"),
        ("CV23", "throat"),
    ],
)
def test_cautions_marked_where_the_notes_say(catalog, code, caution):
    assert caution in catalog.point(code).cautions


@pytest.mark.parametrize(
    ("code", "diagrams"),
    [
        ("ST6", {"face-front", "face-profile"}),
        ("LI4", {"body-front"}),
        ("BL23", {"body-back"}),
        ("GB20", {"face-profile", "body-back"}),
        ("TF4", {"face-profile"}),
        ("ST36", {"body-front"}),
        ("SP6", {"body-front"}),
        ("KI3", {"body-front", "body-back"}),
    ],
)
def test_points_show_on_the_diagrams_where_they_are_visible(catalog, code, diagrams):
    assert diagrams <= set(catalog.point(code).positions)


def test_ear_points_show_only_on_the_profile(catalog):
    for code in ("TF4", "CO18", "CO14", "CO13", "LO5,6i", "EX-HN6"):
        assert set(catalog.point(code).positions) == {"face-profile"}


def test_left_mirrors_right_about_the_midline(catalog):
    front = catalog.diagram("face-front")
    st6 = catalog.point("ST6")
    x, y = position(st6, front, Side.RIGHT)
    assert x < 0.5  # the client's right is the viewer's left on a front view
    assert position(st6, front, Side.LEFT) == pytest.approx((1 - x, y))
    back = catalog.diagram("body-back")
    assert position(catalog.point("BL23"), back, Side.RIGHT)[0] > 0.5


def test_midline_points_stay_put_whatever_the_side(catalog):
    gv26 = catalog.point("GV26")
    front = catalog.diagram("face-front")
    for side in Side:
        assert position(gv26, front, side) == gv26.positions["face-front"]
    with pytest.raises(ValueError, match="bilateral"):
        position(catalog.point("ST6"), front, Side.MIDLINE)


def test_profile_left_is_the_same_spot_on_the_flipped_drawing(catalog):
    profile = catalog.diagram("face-profile")
    st6 = catalog.point("ST6")
    x, y = st6.positions["face-profile"]
    assert position(st6, profile, Side.LEFT) == (x, y)
    assert profile.flipped_for(Side.LEFT) and not profile.flipped_for(Side.RIGHT)


def test_points_on_a_diagram(catalog):
    on_back = {p.code for p in catalog.points_on("body-back")}
    assert {"BL13", "BL23", "GV14"} <= on_back
    assert "ST6" not in on_back


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("st6", "ST6"),
        ("ST 6", "ST6"),
        ("jiache", "ST6"),
        ("jaw bone", "ST6"),
        ("Jiá", "ST6"),
        ("YINTANG", "EX-HN3"),
        ("renzhong", "GV26"),
        ("ex-hn3", "EX-HN3"),
        ("lo5", "LO5,6i"),
    ],
)
def test_search_puts_the_best_match_first(catalog, text, first):
    assert catalog.search(text)[0].code == first


def test_search_ranks_code_then_prefix_then_substring(catalog):
    codes = [p.code for p in catalog.search("st3")]
    assert codes[0] == "ST3"
    assert {"ST31", "ST32", "ST34", "ST36", "ST37"} <= set(codes)
    hits = [p.code for p in catalog.search("bai")]
    assert hits.index("GV20") < hits.index("ST2")  # "Baihui" starts with it, "Sibai" contains it
    assert catalog.search("   ") == []
    assert catalog.search("zzzz") == []


@pytest.mark.parametrize(
    ("text", "zones", "side"),
    [
        ("left cheek", {"cheek"}, Side.LEFT),
        ("forehead lines", {"forehead"}, None),
        ("lips", {"lips", "mouth", "upper-lip"}, None),
        ("Under eye", {"eye"}, None),
        ("eyes", {"eye"}, None),
        ("jawline", {"jaw"}, None),
        ("jowls (R)", {"jaw"}, Side.RIGHT),
        ("Tummy", {"abdomen"}, None),
        ("belly", {"abdomen"}, None),
        ("thighs", {"thigh"}, None),
        ("between the brows", {"brow", "forehead"}, None),
        ("glabella", {"brow", "forehead"}, None),
        ("lower back", {"lower-back"}, None),
        ("left and right temples", {"temple"}, None),
        ("Décolleté", {"chest", "neck"}, None),
        ("crow\u2019s feet (left)", {"eye", "temple"}, Side.LEFT),
        ("somewhere", set(), None),
    ],
)
def test_area_text_names_zones_and_side(text, zones, side):
    match = area_match(text)
    assert match.zones == zones
    assert match.side == side


def test_area_zones_are_all_in_the_vocabulary():
    for text in ("face", "legs", "saddlebags", "wrist", "marionette lines", "double chin"):
        assert zones_for_area(text) <= set(ZONES)


def test_diagram_files_exist():
    for diagram_id in ("face-front", "face-profile", "body-front", "body-back"):
        assert diagram_path(diagram_id).suffix == ".svg"
    with pytest.raises(KeyError):
        diagram_path("hand")


def _bad(raw: dict, which: str, **changes) -> list[str]:
    broken = copy.deepcopy(raw)
    point = next(p for p in broken["points"] if p["code"] == which)
    point.update(changes)
    return check_catalog(parse_catalog(broken))


@pytest.mark.parametrize(
    ("code", "changes", "problem"),
    [
        ("ST6", {"code": "ST5"}, "ST5: the code is used twice"),
        ("ST6", {"positions": {"hand": [0.2, 0.2]}}, "unknown diagram"),
        ("ST6", {"positions": {"face-front": [1.2, 0.5]}}, "outside the drawing"),
        ("ST6", {"positions": {"face-front": [0.3, -0.1]}}, "outside the drawing"),
        ("GV26", {"positions": {"face-front": [0.49, 0.6]}}, "not at x = 0.5"),
        ("ST6", {"positions": {"face-front": [0.5, 0.6]}}, "on the midline"),
        ("ST6", {"zones": ["jaw", "earlobe"]}, "unknown zone"),
        ("ST6", {"cautions": ["nerve"]}, "unknown caution"),
        ("ST6", {"laterality": "left"}, "laterality"),
        ("ST6", {"positions": {}}, "no diagram"),
    ],
)
def test_check_catalog_catches_each_kind_of_mistake(raw, code, changes, problem):
    problems = _bad(raw, code, **changes)
    assert any(problem in p for p in problems), problems


def test_midline_rule_only_applies_to_midline_diagrams(raw):
    assert _bad(raw, "GV26", positions={"face-profile": [0.8, 0.6]}) == []


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (lambda r: r.update(format="other/1"), "format"),
        (lambda r: r.pop("points"), "'points' is missing"),
        (lambda r: r["points"][0].pop("pinyin"), "point GV20: 'pinyin' is missing"),
        (lambda r: r["points"][0].update(pregnancy_caution="no"), "should be a bool"),
        (lambda r: r["points"][0].update(zones="scalp"), "should be a list"),
        (lambda r: r["points"][0]["positions"].update({"face-front": [0.5]}), "[x, y]"),
        (lambda r: r["diagrams"]["face-front"].update(width="wide"), "should be a number"),
    ],
)
def test_malformed_catalogue_raises_a_clear_error(raw, mangle, message):
    broken = copy.deepcopy(raw)
    mangle(broken)
    with pytest.raises(CatalogError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_catalog(broken)


def test_loading_a_catalogue_with_problems_lists_them(raw, tmp_path):
    broken = copy.deepcopy(raw)
    broken["points"][1]["code"] = "GV20"
    path = tmp_path / "points.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(CatalogError, match="GV20: the code is used twice"):
        load_catalog(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(CatalogError, match="cannot read"):
        load_catalog(path)
