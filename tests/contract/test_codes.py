"""Code lists: the installed data files, resolving what registers write, and broken files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from contract import codes
from contract.codes import CodeList, CodeListError, load_code_list
from contract.failure import InvalidValue

ACCESSORS: dict[str, Callable[[], CodeList]] = {
    "pk_provinces": codes.pk_provinces,
    "af_provinces": codes.af_provinces,
    "crossing_points": codes.crossing_points,
    "document_types": codes.document_types,
    "check_results": codes.check_results,
    "return_types": codes.return_types,
    "vulnerabilities": codes.vulnerabilities,
    "complaint_categories": codes.complaint_categories,
    "sexes": codes.sexes,
    "custody": codes.custody,
    "methods": codes.methods,
}

PK_PROVINCES = {
    "PK-BA": "Balochistan", "PK-GB": "Gilgit-Baltistan", "PK-IS": "Islamabad Capital Territory",
    "PK-KP": "Khyber Pakhtunkhwa", "PK-PB": "Punjab", "PK-SD": "Sindh",
    "PK-JK": "Azad Jammu and Kashmir",
}

AF_PROVINCES = {
    "AF-BAL": "Balkh", "AF-BAM": "Bamyan", "AF-BDG": "Badghis", "AF-BDS": "Badakhshan",
    "AF-BGL": "Baghlan", "AF-DAY": "Daykundi", "AF-FRA": "Farah", "AF-FYB": "Faryab",
    "AF-GHA": "Ghazni", "AF-GHO": "Ghor", "AF-HEL": "Helmand", "AF-HER": "Herat",
    "AF-JOW": "Jowzjan", "AF-KAB": "Kabul", "AF-KAN": "Kandahar", "AF-KAP": "Kapisa",
    "AF-KDZ": "Kunduz", "AF-KHO": "Khost", "AF-KNR": "Kunar", "AF-LAG": "Laghman",
    "AF-LOG": "Logar", "AF-NAN": "Nangarhar", "AF-NIM": "Nimroz", "AF-NUR": "Nuristan",
    "AF-PAN": "Panjshir", "AF-PAR": "Parwan", "AF-PIA": "Paktia", "AF-PKA": "Paktika",
    "AF-SAM": "Samangan", "AF-SAR": "Sar-e Pul", "AF-TAK": "Takhar", "AF-URU": "Uruzgan",
    "AF-WAR": "Wardak", "AF-ZAB": "Zabul",
}

PK_ALIASES = {
    "PK-KP": ["KP", "KPK", "NWFP", "Khyber Pakhtunkhwa", "Khyber-Pakhtunkhwa", "Pakhtunkhwa",
              "khyber_pakhtunkhwa", "KHYBER PAKHTUNKHWA", "K.P.K.", "N.W.F.P", "PK-KP", "pk_kp"],
    "PK-IS": ["ICT", "Islamabad", "Islamabad Capital Territory", "IS", "PK-IS"],
    "PK-JK": ["AJK", "AJ&K", "Azad Kashmir", "Azad Jammu & Kashmir", "Azad Jammu and Kashmir",
              "JK", "PK-JK"],
    "PK-GB": ["GB", "Gilgit Baltistan", "Gilgit-Baltistan", "Northern Areas", "PK-GB"],
    "PK-PB": ["Punjab", "Panjab", "PB", "PK-PB"],
    "PK-SD": ["Sindh", "Sind", "SD", "PK-SD"],
    "PK-BA": ["Balochistan", "Baluchistan", "Balochstan", "BA", "PK-BA"],
}

AF_ALIASES = {
    "AF-LOG": ["AF-LOW", "Logar", "Lowgar"],
    "AF-URU": ["AF-ORU", "Oruzgan", "Urozgan", "Uruzgan"],
    "AF-NAN": ["Nangrahar", "Nangarhar", "NAN", "af-nan"],
    "AF-PIA": ["Paktiya", "Paktia"],
    "AF-SAR": ["Sar-i-Pul", "Sari Pul", "Sar-e Pul", "Sar-e-Pul", "sar e pul"],
    "AF-WAR": ["Maidan Wardak", "Wardag", "Wardak"],
    "AF-DAY": ["Daikundi", "Daykundi"],
    "AF-JOW": ["Jawzjan", "Jowzjan"],
    "AF-KNR": ["Konar", "Kunar"],
    "AF-HEL": ["Helmund", "Helmand"],
    "AF-KAN": ["Qandahar", "Kandahar"],
    "AF-KDZ": ["Kondoz", "Kunduz"],
    "AF-BAM": ["Bamiyan", "Bamyan"],
    "AF-PAN": ["Panjsher", "Panjshir"],
    "AF-NIM": ["Nimruz", "Nimroz"],
}

CROSSING_ALIASES = {
    "TORKHAM": ["Torkham", "Torkhum", "TORKHAM"],
    "CHAMAN": ["Chaman"],
    "GHULAM_KHAN": ["Ghulam Khan", "Ghulam Khan Kalay", "ghulam-khan", "GHULAM_KHAN"],
    "ANGOOR_ADDA": ["Angoor Adda", "Angur Adda"],
    "KHARLACHI": ["Kharlachi", "Kharlachi Kurram"],
    "BADINI": ["Badini"],
    "BARABCHA": ["Barabcha"],
    "NOOR_WAHAB": ["Noor Wahab", "noor_wahab"],
}

OTHER_ALIASES = {
    "document_types": {
        "por": ["PoR", "POR card", "Proof of Registration", "por"],
        "acc": ["ACC", "Afghan Citizen Card", "acc"],
        "passport": ["passport", "Passport", "PASSPORT"],
        "tazkira": ["Tazkira", "Tazkera", "Taskira", "e-Tazkira", "Tazkara", "تذکره"],
        "visa": ["visa", "Visa"],
        "other": ["other", "Other"],
        "none": ["none", "None", "no document", "No Document", "nil", "-", " - "],
    },
    "check_results": {
        "verified": ["verified", "Verified"],
        "expired": ["expired"],
        "mismatch": ["mismatch"],
        "suspected_forgery": ["suspected forgery", "suspected-forgery", "Suspected_Forgery",
                              "forgery", "forged"],
        "unreadable": ["unreadable"],
        "not_presented": ["not presented", "Not-Presented", "not_presented"],
    },
    "return_types": {
        "voluntary": ["voluntary", "Voluntary"],
        "deported": ["deported", "deportee", "deportation", "forced"],
        "assisted": ["assisted"],
    },
    "vulnerabilities": {
        "unaccompanied_child": ["unaccompanied child"],
        "separated_child": ["separated child"],
        "female_headed_household": ["female-headed household", "female headed household"],
        "disability": ["disability"],
        "serious_medical_condition": ["serious medical condition"],
        "older_person_at_risk": ["older person at risk"],
        "pregnant_or_lactating": ["pregnant or lactating"],
    },
    "sexes": {
        "M": ["M", "m", "male", "Male", "man"],
        "F": ["F", "f", "female", "FEMALE", "woman"],
    },
    "custody": {
        "returned_to_holder": ["returned to holder", "returned_to_holder"],
        "retained": ["retained"],
        "cancelled": ["cancelled"],
    },
    "methods": {"visual": ["visual"], "mrz": ["mrz", "MRZ"], "reader": ["reader"]},
    "complaint_categories": {
        "extortion_or_bribe": ["extortion or bribe", "bribe"],
        "mistreatment": ["mistreatment"],
        "property_left_behind": ["property left behind"],
        "document_confiscated": ["document confiscated"],
        "family_separation": ["family separation"],
        "delay": ["delay"],
        "lost_belongings": ["lost belongings"],
        "other": ["other"],
    },
}


def _cases(list_name: str, aliases: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    return [(list_name, text, code) for code, texts in aliases.items() for text in texts]


ALIAS_CASES = [
    *_cases("pk_provinces", PK_ALIASES),
    *_cases("af_provinces", AF_ALIASES),
    *_cases("crossing_points", CROSSING_ALIASES),
    *(case for name, aliases in OTHER_ALIASES.items() for case in _cases(name, aliases)),
]


@pytest.mark.parametrize(("list_name", "text", "code"), ALIAS_CASES)
def test_written_forms_resolve_to_their_code(list_name: str, text: str, code: str) -> None:
    assert ACCESSORS[list_name]().resolve(text) == code


def test_pakistan_has_its_seven_units_in_iso_form() -> None:
    provinces = codes.pk_provinces()
    assert dict(zip(provinces.codes, map(provinces.name, provinces.codes), strict=True)) \
        == PK_PROVINCES


def test_afghanistan_has_its_thirty_four_provinces_in_iso_form() -> None:
    provinces = codes.af_provinces()
    assert len(provinces) == 34
    assert {code: provinces.name(code) for code in provinces.codes} == AF_PROVINCES


@pytest.mark.parametrize("code", sorted(AF_PROVINCES))
def test_every_afghan_province_resolves_by_code_name_and_bare_code(code: str) -> None:
    provinces = codes.af_provinces()
    assert provinces.resolve(code) == code
    assert provinces.resolve(code.lower()) == code
    assert provinces.resolve(code.removeprefix("AF-")) == code
    assert provinces.resolve(AF_PROVINCES[code].upper()) == code


@pytest.mark.parametrize("code", sorted(PK_PROVINCES))
def test_every_pakistan_province_resolves_by_code_name_and_bare_code(code: str) -> None:
    provinces = codes.pk_provinces()
    assert provinces.resolve(code) == code
    assert provinces.resolve(code.removeprefix("PK-").lower()) == code
    assert provinces.resolve(PK_PROVINCES[code]) == code


def test_old_afghan_codes_resolve_to_the_current_ones() -> None:
    assert codes.af_provinces().resolve("AF-LOW") == "AF-LOG"
    assert codes.af_provinces().resolve("af-oru") == "AF-URU"
    assert "AF-LOW" not in codes.af_provinces()  # accepted, never stored


def test_native_names_resolve_across_keyboard_variants() -> None:
    # Arabic kaf and yeh (ك ي), as an Arabic keyboard types them, against the Persian letters.
    assert codes.af_provinces().resolve("كابل") == "AF-KAB"
    assert codes.af_provinces().resolve("ننگرهار") == "AF-NAN"
    assert codes.pk_provinces().resolve("خيبر پختونخوا") == "PK-KP"


@pytest.mark.parametrize("text", ["Jalalabad", "Peshawar", "Kabul city", "AF-XYZ", "PK-KP-1"])
def test_cities_and_made_up_codes_are_not_provinces(text: str) -> None:
    with pytest.raises(InvalidValue):
        codes.af_provinces().resolve(text)
    with pytest.raises(InvalidValue):
        codes.pk_provinces().resolve(text)


@pytest.mark.parametrize("text", ["", "   ", "\t\n", None])
def test_blank_resolves_to_none(text: str | None) -> None:
    assert codes.document_types().resolve(text) is None
    assert codes.pk_provinces().resolve(text) is None


def test_unknown_value_names_the_text_and_the_choices() -> None:
    with pytest.raises(InvalidValue) as caught:
        codes.document_types().resolve("pasport")
    error = caught.value
    assert error.code == "unknown_document_type"
    assert error.field == "document_type"
    assert str(error) == ("unknown document type 'pasport'; "
                          "expected one of: PoR, ACC, passport, Tazkira, visa, other, none")


def test_unknown_value_in_a_long_list_names_the_text_and_an_example() -> None:
    with pytest.raises(InvalidValue) as caught:
        codes.af_provinces().resolve("Jalalabad", field="destination")
    assert caught.value.code == "unknown_af_province"
    assert caught.value.field == "destination"
    assert "'Jalalabad'" in str(caught.value)
    assert "AF-" in str(caught.value)
    assert "Balkh" not in str(caught.value)  # 34 names would drown the message


@pytest.mark.parametrize(("list_name", "error_code", "field"), [
    ("pk_provinces", "unknown_pk_province", "origin_province"),
    ("af_provinces", "unknown_af_province", "destination_province"),
    ("crossing_points", "unknown_crossing_point", "checkpoint"),
    ("document_types", "unknown_document_type", "document_type"),
    ("check_results", "unknown_check_result", "result"),
    ("return_types", "unknown_return_type", "return_type"),
    ("vulnerabilities", "unknown_vulnerability", "vulnerabilities"),
    ("complaint_categories", "unknown_complaint_category", "category"),
    ("sexes", "unknown_sex", "sex"),
    ("custody", "unknown_custody", "custody"),
    ("methods", "unknown_method", "method"),
])
def test_each_list_reports_its_own_error_code_and_field(list_name: str, error_code: str,
                                                        field: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        ACCESSORS[list_name]().resolve("zzz unknown")
    assert (caught.value.code, caught.value.field) == (error_code, field)
    assert "'zzz unknown'" in str(caught.value)


def test_lookups_by_code_are_exact() -> None:
    provinces = codes.pk_provinces()
    assert "PK-KP" in provinces
    assert "KP" not in provinces
    with pytest.raises(InvalidValue) as caught:
        provinces.name("KP")
    assert caught.value.code == "unknown_pk_province"


def test_listed_codes() -> None:
    assert codes.document_types().codes == (
        "por", "acc", "passport", "tazkira", "visa", "other", "none")
    assert codes.check_results().codes == (
        "verified", "expired", "mismatch", "suspected_forgery", "unreadable", "not_presented")
    assert codes.return_types().codes == ("voluntary", "deported", "assisted")
    assert codes.vulnerabilities().codes == (
        "unaccompanied_child", "separated_child", "female_headed_household", "disability",
        "serious_medical_condition", "older_person_at_risk", "pregnant_or_lactating")
    assert codes.sexes().codes == ("M", "F")
    assert codes.custody().codes == ("returned_to_holder", "retained", "cancelled")
    assert codes.methods().codes == ("visual", "mrz", "reader")
    assert codes.crossing_points().codes == (
        "TORKHAM", "CHAMAN", "GHULAM_KHAN", "ANGOOR_ADDA", "KHARLACHI", "BADINI", "BARABCHA",
        "NOOR_WAHAB")
    assert "other" in codes.complaint_categories()


def test_vulnerability_names_are_the_design_wording() -> None:
    names = [entry.name.lower() for entry in codes.vulnerabilities().entries]
    assert names == ["unaccompanied child", "separated child", "female-headed household",
                     "disability", "serious medical condition", "older person at risk",
                     "pregnant or lactating"]


def test_crossing_points_know_their_time_zone_and_province() -> None:
    provinces = {"TORKHAM": "PK-KP", "CHAMAN": "PK-BA", "GHULAM_KHAN": "PK-KP",
                 "ANGOOR_ADDA": "PK-KP", "KHARLACHI": "PK-KP", "BADINI": "PK-BA",
                 "BARABCHA": "PK-BA", "NOOR_WAHAB": "PK-KP"}
    for code, province in provinces.items():
        assert codes.crossing_point_timezone(code) == "Asia/Karachi"
        assert codes.crossing_point_province(code) == province
    with pytest.raises(InvalidValue):
        codes.crossing_point_timezone("Torkham")  # a stored code, not a spelling


@pytest.mark.parametrize("list_name", sorted(ACCESSORS))
def test_every_spelling_in_the_installed_files_resolves_to_its_own_entry(list_name: str) -> None:
    code_list = ACCESSORS[list_name]()
    assert code_list is ACCESSORS[list_name]()  # read once
    for entry in code_list.entries:
        for spelling in entry.spellings():
            assert code_list.resolve(spelling) == entry.code


# --- broken files fail loudly -----------------------------------------------------------------

def _write(tmp_path: Path, entries: object, name: str = "pk_provinces.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    return path


def test_two_entries_claiming_one_alias_fail_naming_both(tmp_path: Path) -> None:
    path = _write(tmp_path, [
        {"code": "PK-KP", "name": "Khyber Pakhtunkhwa", "aliases": ["KP"]},
        {"code": "PK-PB", "name": "Punjab", "aliases": ["k-p"]},
    ])
    with pytest.raises(CodeListError) as caught:
        load_code_list(path, "pk_provinces")
    message = str(caught.value)
    assert "pk_provinces.json" in message
    assert "'k-p'" in message and "'PK-KP'" in message and "'PK-PB'" in message


def test_an_alias_equal_to_another_entrys_code_fails(tmp_path: Path) -> None:
    path = _write(tmp_path, [
        {"code": "PK-KP", "name": "Khyber Pakhtunkhwa", "aliases": []},
        {"code": "PK-PB", "name": "Punjab", "aliases": ["pk kp"]},
    ])
    with pytest.raises(CodeListError, match="PK-KP"):
        load_code_list(path, "pk_provinces")


def test_one_entry_may_repeat_its_own_spelling(tmp_path: Path) -> None:
    path = _write(tmp_path, [{"code": "PK-PB", "name": "Punjab", "aliases": ["PUNJAB"]}])
    assert load_code_list(path, "pk_provinces").resolve("punjab") == "PK-PB"


@pytest.mark.parametrize(("entries", "problem"), [
    ([{"code": "PK-PB", "name": "Punjab", "aliases": []},
      {"code": "PK-PB", "name": "Panjab", "aliases": []}], "twice"),
    ([{"code": "PK-PB", "aliases": []}], "'name'"),
    ([{"code": "", "name": "Punjab", "aliases": []}], "'code'"),
    ([{"code": "PK-PB", "name": "Punjab"}], "aliases"),
    ([{"code": "PK-PB", "name": "Punjab", "aliases": "Panjab"}], "aliases"),
    ([{"code": "PK-PB", "name": "Punjab", "aliases": [""]}], "aliases"),
    ([{"code": "PK-PB", "name": "Punjab", "aliases": [], "alias": ["Panjab"]}], "alias"),
    (["PK-PB"], "not an object"),
    ([], "no entries"),
    ({"code": "PK-PB"}, "entries"),
])
def test_malformed_entries_fail_with_the_reason(tmp_path: Path, entries: object,
                                                problem: str) -> None:
    path = _write(tmp_path, entries)
    with pytest.raises(CodeListError, match=problem) as caught:
        load_code_list(path, "pk_provinces")
    assert "pk_provinces.json" in str(caught.value)


def test_invalid_json_fails_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "sexes.json"
    path.write_text('{"entries": [{"code": "M",}]}', encoding="utf-8")
    with pytest.raises(CodeListError, match=r"sexes\.json.*not valid JSON"):
        load_code_list(path, "sexes")


def test_missing_file_fails_with_the_file_name(tmp_path: Path) -> None:
    with pytest.raises(CodeListError, match=r"methods\.json"):
        load_code_list(tmp_path / "methods.json", "methods")


def test_crossing_points_need_a_real_time_zone(tmp_path: Path) -> None:
    entry = {"code": "TORKHAM", "name": "Torkham", "aliases": [], "province": "PK-KP"}
    missing = _write(tmp_path, [entry], "crossing_points.json")
    with pytest.raises(CodeListError, match="timezone"):
        load_code_list(missing, "crossing_points")
    wrong = _write(tmp_path, [{**entry, "timezone": "Asia/Peshawar"}], "crossing_points.json")
    with pytest.raises(CodeListError, match="Asia/Peshawar"):
        load_code_list(wrong, "crossing_points")
