#!/usr/bin/python3
"""Checks every data file under policies/ against its JSON schema in policies/schema/, and
checks that the schemas reject the known-bad documents in tests/schema/bad/ (so this test can
fail). Usage: check_schemas.py SOURCE_DIR"""
import json
import pathlib
import sys

import jsonschema
import yaml


class StringDates(yaml.SafeLoader):
    """YAML dates stay strings, as faaslint reads them."""


StringDates.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def schema_for(path: pathlib.Path) -> str:
    if path.parent.name == "catalogs":
        return path.stem + ".schema.json"
    if path.parent.name == "languages":
        return "language.schema.json"
    if path.parent.name == "aws-iam":
        return "aws-iam-" + path.stem + ".schema.json"
    if path.parent.name == "providers":
        return "provider.schema.json"
    return "policy.schema.json"  # packs and .faaslint.yaml files


def errors(root: pathlib.Path, doc_path: pathlib.Path, schema_name: str) -> list[str]:
    schema = json.loads((root / "policies/schema" / schema_name).read_text())
    validator = jsonschema.Draft202012Validator(schema)
    text = doc_path.read_text()
    data = json.loads(text) if doc_path.suffix == ".json" else yaml.load(text, Loader=StringDates)
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in validator.iter_errors(data)]


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    failed = 0
    for schema in sorted((root / "policies/schema").glob("*.json")):
        jsonschema.Draft202012Validator.check_schema(json.loads(schema.read_text()))
    good = (sorted((root / "policies").glob("**/*.yaml")) + sorted((root / "policies/catalogs").glob("**/*.json"))
            + sorted(root.glob("examples/*/.faaslint.yaml")))
    for path in good:
        for e in errors(root, path, schema_for(path)):
            print(f"{path.relative_to(root)}: {e}")
            failed += 1
    # tests/schema/bad/<schema-stem>.<case>.yaml must each be rejected.
    bad = sorted((root / "tests/schema/bad").glob("*.yaml"))
    for path in bad:
        schema_name = path.name.split(".")[0] + ".schema.json"
        if not errors(root, path, schema_name):
            print(f"{path.relative_to(root)}: accepted by {schema_name}, but it is invalid")
            failed += 1
    print(f"{len(good)} policy files checked, {len(bad)} invalid documents rejected as expected" if not failed else f"{failed} problem(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
