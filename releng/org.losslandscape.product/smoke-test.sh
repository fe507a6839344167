#!/usr/bin/env bash
# Smoke test of the materialised product, run by Maven in the integration-test phase (skipped with -DskipTests):
# the headless application answers --version and exit codes, and the workbench opens a window on the display
# (Xvfb under ./landscape test and .ci/run), of which a screenshot is kept in target/screenshots/.
set -uo pipefail
PRODUCT_DIR=$1
EXPECTED_VERSION=$2   # the unqualified version, e.g. 0.1.0
SHOTS=$3
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR=$(ls "$PRODUCT_DIR"/plugins/org.eclipse.equinox.launcher_*.jar | head -n1)
passed=0; failed=0
check() { # check NAME CONDITION-EXIT-CODE
    if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "smoke: ok   $1"; else failed=$((failed + 1)); echo "smoke: FAIL $1"; fi
}
cli() { "$JAVA" --add-modules jdk.incubator.vector -Djava.awt.headless=true -jar "$JAR" -install "$PRODUCT_DIR" -application org.losslandscape.cli.app \
        -nosplash -data @none "$@" 2>/dev/null; }

out=$(cli --version); code=$?
check "--version exits 0" $([ $code -eq 0 ]; echo $?)
echo "$out" | head -n1 | grep -Eq "^Loss Landscape Workbench ${EXPECTED_VERSION//./\\.}\.[0-9]+$"
check "--version prints 'Loss Landscape Workbench $EXPECTED_VERSION.<qualifier>' (got: $(echo "$out" | head -n1))" $?
echo "$out" | grep -q "^Optimizers: sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw, sam (OSGi services)$"
check "the optimizers are OSGi services in the product (got: $(echo "$out" | grep Optimizers))" $?
cli no-such-command > /dev/null; code=$?
check "an unknown command exits 2 (got $code)" $([ $code -eq 2 ]; echo $?)

# the main job inside the product: the tour example is created, trained, analysed and reported
tour=$(mktemp -d)
cli tour -o "$tour" > "$tour.out"; code=$?
check "tour exits 0 (got $code)" $([ $code -eq 0 ]; echo $?)
grep -q "run-1 (seed [0-9]*) completed" "$tour.out"
check "tour: run-1 completed" $?
for chart in loss accuracy; do
    identify -format '%w %h %k' "$tour/report/$chart.png" 2>/dev/null | awk '{ exit !($1 == 900 && $2 == 560 && $3 > 20) }'
    check "tour: the report's $chart chart is 900x560 and drawn" $?
done
ls "$tour"/report/landscape*.png > /dev/null 2>&1
check "tour: the report has a landscape chart" $?
grep -q '<img src="loss.png"' "$tour/report/index.html" 2>/dev/null
check "tour: index.html shows the charts" $?
cli validate "$tour/tour.landscape" > /dev/null; code=$?
check "the tour file still validates after the run (got $code)" $([ $code -eq 0 ]; echo $?)
rm -rf "$tour" "$tour.out"

if [ -z "${DISPLAY:-}" ]; then
    check "a display for the workbench (run under xvfb-run)" 1
else
    data=$(mktemp -d)
    "$JAVA" --add-modules jdk.incubator.vector -jar "$JAR" -install "$PRODUCT_DIR" -data "$data" \
        -product org.losslandscape.ui.product > "$data.log" 2>&1 &
    pid=$!
    found=1
    for _ in $(seq 1 90); do
        if xwininfo -root -tree 2>/dev/null | grep -q '"[^"]*Loss Landscape Workbench"'; then found=0; break; fi
        kill -0 $pid 2>/dev/null || break
        sleep 1
    done
    check "./landscape workbench opens a window titled 'Loss Landscape Workbench'" $found
    if [ $found -eq 0 ]; then
        # the title appears before the workbench has painted: take screenshots until one shows a drawn window
        mkdir -p "$SHOTS"
        colours=0
        for _ in $(seq 1 45); do
            sleep 1
            import -window root "$SHOTS/product-workbench.png" 2>/dev/null
            colours=$(identify -format '%k' "$SHOTS/product-workbench.png" 2>/dev/null || echo 0)
            if [ "${colours:-0}" -gt 20 ]; then
                sleep 2  # let the last parts paint, then keep that picture
                import -window root "$SHOTS/product-workbench.png" 2>/dev/null
                break
            fi
        done
        check "the window is drawn ($colours colours on screen)" $([ "${colours:-0}" -gt 20 ]; echo $?)
    else
        tail -n 20 "$data.log"
    fi
    kill $pid 2>/dev/null; wait $pid 2>/dev/null
    rm -rf "$data" "$data.log"
fi
echo "smoke: $passed passed, $failed failed"
[ $failed -eq 0 ]
