#!/usr/bin/env bash
# The README's "Write your own optimizer" walkthrough, run as written (the lines between its walkthrough markers),
# by Maven in the integration-test phase after the update site and the product are built (skipped with -DskipTests):
# copy the template, rename it, build it against the update site with the shipped contract as its test, drop the jar
# into the plug-in folder, see it listed and run an experiment with it headless.
# HOME is a throw-away folder (the walkthrough's ~/acme-optim and ~/.landscape/plugins); Maven runs offline on the
# local repository the reactor build used.
set -uo pipefail
ROOT=$1          # the source tree: its README and template
PRODUCT_DIR=$2   # the materialised product
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
M2=${MAVEN_USER_HOME:-$HOME/.m2}
passed=0; failed=0
check() { # check NAME CONDITION-EXIT-CODE
    if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "walkthrough: ok   $1"; else failed=$((failed + 1)); echo "walkthrough: FAIL $1"; fi
}
contains() { grep -qF -- "$2" <<< "$1"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

block=$(awk '/<!-- walkthrough:begin -->/ { inside = 1; next } /<!-- walkthrough:end -->/ { inside = 0 } inside' \
    "$ROOT/README.md" | sed '/^```/d')
check "the README has the walkthrough" "$([ "$(grep -c . <<< "$block")" -ge 5 ]; echo $?)"

mkdir -p "$work/home"
out=$(cd "$ROOT" && env HOME="$work/home" JAVA_HOME="$JAVA_HOME" MAVEN_USER_HOME="$M2" \
    MAVEN_ARGS="-o -q -Dmaven.repo.local=$M2/repository" LANDSCAPE_PRODUCT="$PRODUCT_DIR" \
    LANDSCAPE_PLUGINS= bash -euo pipefail -c "$block" 2>&1)
code=$?
check "the walkthrough runs to its end" "$code"
[ "$code" -eq 0 ] || echo "$out" | tail -n 40
check "the template's contract test ran" "$(ls "$work"/home/acme-optim/tests/target/surefire-reports/*.txt > /dev/null 2>&1; echo $?)"
check "the renamed bundle was built" "$(ls "$work"/home/acme-optim/bundle/target/com.acme.optim-1.0.0-SNAPSHOT.jar > /dev/null 2>&1; echo $?)"
check "optimizers lists the new optimizer with its bundle" "$(contains "$out" "com.acme.optim 1.0.0"; echo $?)"
check "the experiment ran with it" "$(grep -qE 'run-1 \(seed [0-9]+\) completed' <<< "$out"; echo $?)"
check "the run's configuration names the optimizer" "$(grep -q 'acme-nsgd' <(sed -n '/<runs/,$p' "$work/home/acme-optim/tour.landscape"); echo $?)"

# ---- the example bundles, headless through --plugins: listed with their bundles, and an experiment runs with each --
examples="$work/examples"
mkdir -p "$examples"
cp "$ROOT"/bundles/org.losslandscape.optim.lion/target/org.losslandscape.optim.lion-*.jar \
   "$ROOT"/bundles/org.losslandscape.optim.adahessian/target/org.losslandscape.optim.adahessian-*.jar "$examples/"
run_landscape() { env HOME="$work/home" JAVA_HOME="$JAVA_HOME" LANDSCAPE_PRODUCT="$PRODUCT_DIR" "$ROOT/landscape" "$@"; }
list=$(run_landscape --plugins "$examples" optimizers --json 2>&1)
check "optimizers lists Lion with its bundle" "$(grep -q '"id":"lion".*"bundle":"org.losslandscape.optim.lion"' <<< "$list"; echo $?)"
check "optimizers lists AdaHessian and its threshold" \
    "$(grep -q '"id":"adahessian".*"threshold":"(2 + 2β₁)/(η(1 − β₁)) on λ_max(P⁻¹H)"' <<< "$list"; echo $?)"
for id in lion adahessian; do
    file="$work/$id.landscape"
    run_landscape new --template tour -o "$file" > /dev/null 2>&1
    sed -i "s/optimizerId=\"[^\"]*\"/optimizerId=\"$id\"/; s/key=\"lr\" value=\"[^\"]*\"/key=\"lr\" value=\"0.001\"/" "$file"
    out=$(run_landscape --plugins "$examples" run "$file" 2>&1)
    check "a headless run with $id completes" "$(grep -qE 'run-1 \(seed [0-9]+\) completed' <<< "$out"; echo $?)"
done
out=$(run_landscape run "$work/lion.landscape" 2>&1)
check "without the plug-in, the file names the missing optimizer" "$(contains "$out" "optimizer 'lion'"; echo $?)"

echo "walkthrough: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
