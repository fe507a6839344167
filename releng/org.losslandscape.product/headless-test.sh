#!/usr/bin/env bash
# The headless feature in a plain Equinox, run by Maven in the integration-test phase (skipped with -DskipTests):
# p2 has installed org.losslandscape.headless.feature, and nothing else, into INSTALL (the director execution
# headless-install of this module's pom). This script
#   - checks that no org.eclipse.swt* bundle (and no bundle of ours with a UI) came with it;
#   - writes a config.ini that lists every bundle of INSTALL/plugins in osgi.bundles (no simpleconfigurator, no p2)
#     and names the application org.losslandscape.cli.app;
#   - starts the OSGi framework of the install itself (plugins/org.eclipse.osgi_*.jar, nothing else on the class
#     path) and runs the tour:
#     trained, analysed (the toy-surface bundle's kind is listed among the services), reported;
#   - checks the tour's outputs: the run completed, the HTML report and its charts exist.
set -uo pipefail
INSTALL=$1
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
passed=0; failed=0
check() { # check NAME CONDITION-EXIT-CODE
    if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "headless: ok   $1"; else failed=$((failed + 1)); echo "headless: FAIL $1"; fi
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PLUGINS="$INSTALL/plugins"

# ---- what the headless feature installs --------------------------------------------------------------------------
[ -d "$PLUGINS" ] && [ -n "$(ls "$PLUGINS")" ]
check "the headless feature installed bundles into $PLUGINS" $?
swt=$(ls "$PLUGINS" | grep '^org\.eclipse\.swt' | tr '\n' ' ')
check "no org.eclipse.swt* bundle is installed (got: ${swt:-none})" $([ -z "$swt" ]; echo $?)
ui=$(ls "$PLUGINS" | grep -E '^org\.(losslandscape\.ui|eclipse\.(ui|jface|e4\.ui)|eclipse\.swtchart)' | tr '\n' ' ')
check "no workbench bundle is installed (got: ${ui:-none})" $([ -z "$ui" ]; echo $?)
for b in compute model core analysis.toy analysis.dynamics analysis.critical analysis.flatness report cli; do
    ls "$PLUGINS"/org.losslandscape.${b}_*.jar > /dev/null 2>&1
    check "org.losslandscape.$b is installed" $?
done
FRAMEWORK=$(ls "$PLUGINS"/org.eclipse.osgi_*.jar 2>/dev/null | head -n1)
check "the OSGi framework org.eclipse.osgi came with it" $([ -n "$FRAMEWORK" ]; echo $?)
[ -n "$FRAMEWORK" ] || { echo "headless: $passed passed, $failed failed"; exit 1; }

# ---- a plain Equinox: config.ini with osgi.bundles ----------------------------------------------------------------
conf="$work/configuration"
mkdir -p "$conf"
bundles=()
for path in "$PLUGINS"/*; do
    name=$(basename "$path")
    id=${name%%_*}
    case "$id" in
        org.eclipse.osgi) continue ;;                                   # the framework itself
        org.apache.felix.scr|org.eclipse.equinox.common) bundles+=("reference:file:$path@2:start") ;;
        org.eclipse.core.runtime|org.eclipse.equinox.app) bundles+=("reference:file:$path@start") ;;
        *) bundles+=("reference:file:$path") ;;
    esac
done
{
    echo "osgi.bundles=$(IFS=,; echo "${bundles[*]}")"
    echo "osgi.bundles.defaultStartLevel=4"
    echo "eclipse.application=org.losslandscape.cli.app"
    echo "osgi.install.area=file:$INSTALL/"
} > "$conf/config.ini"
grep -q "org.losslandscape.analysis.toy" "$conf/config.ini"
check "config.ini lists the bundles, the toy-surface analysis bundle among them (${#bundles[@]} bundles)" $?

# The framework's own main (java -jar org.eclipse.osgi_*.jar) leaves the framework running after the application
# returns (it sets osgi.noShutdown); this starter, compiled from source by java itself, runs the framework of the
# same jar the way the Eclipse launcher does: EclipseStarter.run, then exit with the application's code. A command
# that takes longer than the limit is a failure, not a hung build.
cat > "$work/Start.java" <<'EOF_JAVA'
import org.eclipse.core.runtime.adaptor.EclipseStarter;

/** Starts the framework on the class path, runs the configured application with the arguments, stops, exits. */
public class Start {
    public static void main(String[] args) throws Exception {
        Object result = EclipseStarter.run(args, null);
        System.exit(result instanceof Integer code ? code : 1);
    }
}
EOF_JAVA
cli() {
    timeout 300 "$JAVA" --add-modules jdk.incubator.vector -Djava.awt.headless=true -cp "$FRAMEWORK" \
        "$work/Start.java" -configuration "$conf" -data @none "$@"
}

# ---- the headless application in it ------------------------------------------------------------------------------
out=$(cli --version 2> "$work/version.err"); code=$?
check "--version exits 0 (got $code$( [ $code -eq 0 ] || head -c 300 "$work/version.err" | tr '\n' ' '))" $([ $code -eq 0 ]; echo $?)
echo "$out" | grep -q "(OSGi services)$"; code=$?
check "the optimizers are OSGi services (got: $(echo "$out" | grep Optimizers))" $code
out=$(cli analyses --json 2> /dev/null); code=$?
echo "$out" | grep -q '"id":"toy-surface".*"package":"http://losslandscape.org/analysis/toy/1.0".*"bundle":"org.losslandscape.analysis.toy"'
check "analyses --json lists toy-surface from its own bundle (exit $code)" $?
echo "$out" | grep -q '"id":"gradient-flow".*"package":"http://losslandscape.org/analysis/dynamics/1.0".*"bundle":"org.losslandscape.analysis.dynamics"'
check "analyses --json lists gradient-flow from the dynamics bundle" $?
echo "$out" | grep -q '"id":"critical-points".*"package":"http://losslandscape.org/analysis/critical/1.0".*"bundle":"org.losslandscape.analysis.critical"'
check "analyses --json lists critical-points from the critical-points bundle" $?
echo "$out" | grep -q '"id":"pac-bayes".*"package":"http://losslandscape.org/analysis/flatness/1.0".*"bundle":"org.losslandscape.analysis.flatness"'
check "analyses --json lists pac-bayes from the flatness bundle" $?

# ---- the tour ----------------------------------------------------------------------------------------------------
tour="$work/tour"
cli tour -o "$tour" > "$work/tour.out" 2> "$work/tour.err"; code=$?
check "tour exits 0 (got $code$( [ $code -eq 0 ] || tail -n 5 "$work/tour.err" | tr '\n' ' '))" $([ $code -eq 0 ]; echo $?)
grep -q "run-1 (seed [0-9]*) completed" "$work/tour.out"
check "tour: run-1 completed" $?
[ -s "$tour/tour.landscape" ]
check "tour: the experiment file is written" $?
grep -q '<img src="loss.png"' "$tour/report/index.html" 2> /dev/null
check "tour: the HTML report shows the charts" $?
[ -s "$tour/report/loss.png" ] && ls "$tour"/report/landscape*.png > /dev/null 2>&1
check "tour: the report's loss and landscape charts are drawn" $?
ls "$tour"/tour.results/run-1/*.npy > /dev/null 2>&1
check "tour: the run's results are .npy files beside the experiment" $?
cli validate "$tour/tour.landscape" > /dev/null 2>&1; code=$?
check "the tour file validates after the run (got $code)" $([ $code -eq 0 ]; echo $?)
# a toy-surface template, whose kind the separate bundle provides, runs too
cli new --template saddle-escape -o "$work/saddle.landscape" > /dev/null 2>&1 \
    && cli run "$work/saddle.landscape" > "$work/saddle.out" 2>&1
grep -q "run-1 (seed [0-9]*) completed" "$work/saddle.out"; code=$?
check "a toy-surface template runs (the analysis of the separate bundle)$(grep -m1 error "$work/saddle.out")" $code

# landscape verify reads each template's checks beside it through its bundle's class loader (the core's and the toy
# bundle's), runs the quick version and checks the effect
cli verify --quick tour saddle-escape -o "$work/verify" > "$work/verify.out" 2> "$work/verify.err"; code=$?
passes=$(grep -c '^PASS ' "$work/verify.out")
check "verify --quick tour saddle-escape: every effect passes (exit $code, $passes PASS lines)$(grep -m1 FAIL "$work/verify.out")" \
    $([ $code -eq 0 ] && [ "$passes" -ge 6 ] && grep -q '^PASS  saddle-escape ' "$work/verify.out"; echo $?)

echo "headless: $passed passed, $failed failed"
[ $failed -eq 0 ]
