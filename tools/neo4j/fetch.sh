#!/usr/bin/env bash
# Puts the jars of Neo4j Community (version pinned in pom.xml) into tools/neo4j/lib/,
# from Maven Central through the local Maven repository (~/.m2).
# Idempotent: does nothing when lib/.complete names the pom's version, so it is
# cheap to call before every test run. Needs Maven 3 and Java 17+ on PATH.
# Usage: tools/neo4j/fetch.sh [--force]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lib="$here/lib"
marker="$lib/.complete"

# The version is read from the pom so there is one place to change it.
version="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$here/pom.xml")"
if [[ -z "$version" ]]; then
  echo "fetch.sh: no <neo4j.version> in $here/pom.xml; fix the pom" >&2
  exit 2
fi

if [[ "${1:-}" != "--force" && -f "$marker" && "$(cat "$marker")" == "$version" ]]; then
  exit 0
fi

if ! command -v mvn >/dev/null 2>&1; then
  echo "fetch.sh: Maven (mvn) is not on PATH; install it (Debian: apt-get install maven)" >&2
  exit 3
fi

# Download into a fresh folder and swap it in at the end, so an interrupted
# fetch never leaves a half-filled lib/ that looks complete.
tmp="$(mktemp -d "$here/.lib-tmp.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
echo "fetch.sh: fetching Neo4j $version jars from Maven Central into $lib ..." >&2
mvn -q -B -Dstyle.color=never -f "$here/pom.xml" dependency:copy-dependencies \
  -DoutputDirectory="$tmp" -DincludeScope=runtime
if ! ls "$tmp"/neo4j-"$version".jar >/dev/null 2>&1; then
  echo "fetch.sh: Maven finished but $tmp/neo4j-$version.jar is missing" >&2
  exit 4
fi
echo "$version" > "$tmp/.complete"
rm -rf "$lib"
mv "$tmp" "$lib"
trap - EXIT
echo "fetch.sh: $(ls "$lib"/*.jar | wc -l) jars in $lib" >&2
