#!/usr/bin/env bash
# Regenerates src-gen/ (and plugin.xml) of org.losslandscape.model from model/landscape.genmodel with EMF's own
# code generator, headless, in a plain JVM (generator/: a small Maven project, jars from Maven Central).
#
#   bundles/org.losslandscape.model/generate.sh          regenerate
#   bundles/org.losslandscape.model/generate.sh --init   first recreate model/landscape.genmodel from the .ecore
#                                                        (only after adding/removing classifiers if reconcile
#                                                        is not enough; review the diff)
#   bundles/org.losslandscape.model/generate.sh BUNDLE   regenerate another bundle whose EMF package extends the
#                                                        experiment model (its model/*.genmodel; e.g.
#                                                        bundles/org.losslandscape.analysis.toy, whose own
#                                                        generate.sh calls this)
#
# src-gen/ is deleted and written afresh (no merging), so the result depends only on the .ecore, the .genmodel
# and the pinned generator versions in generator/pom.xml. Never edit src-gen/ by hand.
set -euo pipefail

MODEL_BUNDLE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$MODEL_BUNDLE/../.." && pwd)
GEN="$MODEL_BUNDLE/generator"
INIT=
if [ "${1:-}" = "--init" ]; then INIT=1; shift; fi
BUNDLE=$(cd "${1:-$MODEL_BUNDLE}" && pwd)
[ -z "$INIT" ] || [ "$BUNDLE" = "$MODEL_BUNDLE" ] || { echo "generate.sh: --init is for the experiment model only" >&2; exit 2; }

die() { echo "generate.sh: $*" >&2; exit 1; }

java_major() {
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n1
}
find_java_home() {
    local candidates=() dir major
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    while IFS= read -r dir; do candidates+=("$dir"); done < <(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed 's#/$##' | sort -t- -k2 -V -r)
    for dir in "${candidates[@]}"; do
        [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
        major=$(java_major "$dir/bin/java")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$dir"; return 0; fi
    done
    return 1
}
JAVA_HOME=$(find_java_home) || die "no JDK 21 or newer found (JAVA_HOME, /usr/lib/jvm/*)"
export JAVA_HOME

# compile the generator and resolve its class path (offline when ~/.m2 already has everything)
"$ROOT/mvnw" -B -q -f "$GEN/pom.xml" ${MVN_ARGS:-} compile dependency:build-classpath \
    -Dmdep.outputFile="$GEN/target/classpath.txt" || die "building the generator failed"
CP="$GEN/target/classes:$(cat "$GEN/target/classpath.txt")"
run() { "$JAVA_HOME/bin/java" -cp "$CP" org.losslandscape.model.generator.GenerateModel "$@"; }

if [ -n "$INIT" ]; then
    run init "$BUNDLE"
fi

# plugin.xml and plugin.properties are seeded so that the generator merges into them: it rewrites the extensions
# marked <!-- @generated landscape --> and keeps the others; MANIFEST.MF and build.properties are hand-maintained
# (the generator's proposals for them are left in $OUT)
OUT="$GEN/target/out/$(basename "$BUNDLE")"
rm -rf "$OUT"
mkdir -p "$OUT"
cp "$BUNDLE/plugin.xml" "$BUNDLE/plugin.properties" "$OUT/"
run generate "$BUNDLE" "$OUT"
[ -d "$OUT/src-gen" ] || die "the generator wrote no src-gen/ into $OUT"

rm -rf "$BUNDLE/src-gen"
cp -r "$OUT/src-gen" "$BUNDLE/src-gen"
cp "$OUT/plugin.xml" "$OUT/plugin.properties" "$BUNDLE/"
echo "regenerated $(find "$BUNDLE/src-gen" -name '*.java' | wc -l) Java files in src-gen/, merged plugin.xml" \
     "(the generator's MANIFEST.MF/build.properties proposals: ${OUT#"$ROOT"/})"
