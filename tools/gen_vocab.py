"""Generate `kg/vocab.py`, the Python vocabulary of the techkg ontology.

    python tools/gen_vocab.py            # rewrite kg/vocab.py from schemas/techkg.ttl
    python tools/gen_vocab.py --check    # exit 1 if kg/vocab.py is stale

The module is an rdflib `DefinedNamespace` with `_fail = True` (like rdflib's
own `namespace/_FOAF.py`): `TKG.operates` is a URIRef, `TKG.operatez` raises.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "schemas" / "techkg.ttl"
TARGET = ROOT / "kg" / "vocab.py"
NS = "https://techkg.dev/ontology#"

SECTIONS = (("Classes", OWL.Class), ("Object properties", OWL.ObjectProperty),
            ("Datatype properties", OWL.DatatypeProperty),
            ("Annotation properties", OWL.AnnotationProperty),
            ("Individuals", OWL.NamedIndividual))


def _doc(g: Graph, term: URIRef) -> str:
    text = str(g.value(term, RDFS.comment) or g.value(term, RDFS.label) or "")
    return " ".join(text.split()).replace("\\", "\\\\").replace('"', "'")


def render(ontology: Path = ONTOLOGY) -> str:
    """The text of `kg/vocab.py` for `ontology` (deterministic: terms sorted per section)."""
    g = Graph().parse(ontology, format="turtle")
    lines = [
        '"""The techkg ontology as an rdflib DefinedNamespace. GENERATED: do not edit.',
        "",
        "Regenerate with `python tools/gen_vocab.py` after changing schemas/techkg.ttl;",
        "tests/test_vocab.py fails when this file is stale.",
        '"""',
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        "",
        "class TKG(DefinedNamespace):",
        f'    """techkg ontology terms ({NS}); unknown names raise AttributeError."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{NS}")',
    ]
    seen: set[str] = set()
    for title, kind in SECTIONS:
        terms = sorted(str(s)[len(NS):] for s in g.subjects(RDF.type, kind)
                       if isinstance(s, URIRef) and str(s).startswith(NS))
        terms = [t for t in terms if t not in seen]
        if not terms:
            continue
        lines += ["", f"    # {title}"]
        for t in terms:
            seen.add(t)
            line = f"    {t}: URIRef  # {_doc(g, URIRef(NS + t))}"
            if len(line) > 99:  # keep the generated file within the line limit, on a word
                line = line[:96].rsplit(" ", 1)[0] + " ..."
            lines.append(line)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if kg/vocab.py is stale")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is stale: run python tools/gen_vocab.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
