#!/usr/bin/env bash
# Tests of the ./landscape launcher script with the materialised product, run by Maven in the integration-test phase
# after smoke-test.sh (skipped with -DskipTests):
#   - a failed first build says what failed and where its full log is (the log survives the build's clean);
#   - a product installed read-only by root works for another user: --version (plain JVM and OSGi), help, new, run,
#     info, with its state in the user's folder; folders the user cannot write give a clear message;
#   - --version, help and info answered in the plain JVM print what the OSGi runtime prints, with the JDK's version
#     read from its release file (one JVM per call) and an ahead-of-time class cache made in the background.
# The shared-install test needs root (to create a throw-away user); CI runs as root. Elsewhere it is skipped.
set -uo pipefail
ROOT=$1          # the source tree: its landscape script is the one tested
PRODUCT_DIR=$2   # the materialised product
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
unset LANDSCAPE_PRODUCT LANDSCAPE_OSGI LANDSCAPE_USER_DIR LANDSCAPE_AOT LANDSCAPE_JAVA_OPTS
passed=0; failed=0
check() { # check NAME CONDITION-EXIT-CODE
    if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "launcher: ok   $1"; else failed=$((failed + 1)); echo "launcher: FAIL $1"; fi
}
contains() { grep -qF -- "$2" <<< "$1"; }   # contains TEXT NEEDLE
work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

# ---- 9. a failed first build says what failed and where the log is ------------------------------------------------
fake="$work/fake-root"
mkdir -p "$fake/bundles" "$fake/features" "$fake/releng" "$fake/target"
cp "$ROOT/landscape" "$fake/"
touch "$fake/pom.xml"
cat > "$fake/mvnw" <<'EOF'
#!/bin/sh
# a build that fails the way a real one does: clean deletes target/ first, then a module fails
rm -rf target
echo "[INFO] Building org.losslandscape.core 0.1.0-SNAPSHOT"
echo "[ERROR] Failed to execute goal org.eclipse.tycho:tycho-compiler-plugin:5.0.2:compile (default-compile) on project org.losslandscape.core: Compilation failure"
echo "[ERROR] /src/Foo.java:[3] cannot find symbol"
exit 1
EOF
chmod +x "$fake/mvnw"
err=$("$fake/landscape" --version 2>&1 > /dev/null); code=$?
check "a failed first build exits 1 (got $code)" $([ $code -eq 1 ]; echo $?)
! contains "$err" "cannot open"
check "a failed first build does not lose its log (no 'tail: cannot open')" $?
contains "$err" "building the product failed (./mvnw -B -DskipTests clean verify exited 1)"
check "a failed first build says that the build failed" $?
contains "$err" "on project org.losslandscape.core: Compilation failure"
check "a failed first build names the module and the goal that failed" $?
contains "$err" "The full build log is $fake/.landscape-build.log"
check "a failed first build says where the full log is" $?
grep -q "cannot find symbol" "$fake/.landscape-build.log" 2>/dev/null
check "the full log is there" $?
[ $failed -eq 0 ] || echo "$err" | sed 's/^/    | /'

# ---- 8. the plain-JVM commands answer like the OSGi runtime --------------------------------------------------------
prod="$work/product"
cp -a "$PRODUCT_DIR" "$prod"
# the copy brings the caches of $PRODUCT_DIR along, with its paths: they are made anew for the copy
L() { LANDSCAPE_PRODUCT="$prod" "$ROOT/landscape" "$@"; }
L new --template saddle-toy -o "$work/s.landscape" > /dev/null 2>&1
for args in "help" "help run" "info $work/s.landscape" "info --json $work/s.landscape"; do
    # shellcheck disable=SC2086
    plain=$(LANDSCAPE_AOT=0 L $args 2>/dev/null); c1=$?
    # shellcheck disable=SC2086
    osgi=$(LANDSCAPE_OSGI=1 L $args 2>/dev/null); c2=$?
    check "'$args' in the plain JVM prints what OSGi prints (exit $c1 and $c2)" $([ $c1 -eq 0 ] && [ $c2 -eq 0 ] && [ "$plain" = "$osgi" ]; echo $?)
done
for args in "info" "help no-such-command" "info $work/missing.landscape" "--version extra"; do
    # shellcheck disable=SC2086
    LANDSCAPE_AOT=0 L $args > /dev/null 2>&1; c1=$?
    # shellcheck disable=SC2086
    LANDSCAPE_OSGI=1 L $args > /dev/null 2>&1; c2=$?
    check "'$args' exits the same in the plain JVM and in OSGi ($c1, $c2)" $([ $c1 -eq $c2 ] && [ $c1 -ne 0 ]; echo $?)
done
plain=$(LANDSCAPE_AOT=0 L --version 2>/dev/null); osgi=$(LANDSCAPE_OSGI=1 L --version 2>/dev/null)
check "--version in the plain JVM prints the product version ($(head -n1 <<< "$plain"))" \
    $([ "$(head -n2 <<< "$plain")" = "$(head -n2 <<< "$osgi")" ]; echo $?)
contains "$plain" "Optimizers: sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw, sam (ServiceLoader)"
check "--version in the plain JVM finds the optimizers through the ServiceLoader" $?

# one JVM per call: the JDK's version comes from its release file (a fake JDK counts the JVMs started)
jdk="$work/jdk"
mkdir -p "$jdk/bin"
cp "$JAVA_HOME/release" "$jdk/release"
ln -s "$JAVA_HOME/bin/javac" "$jdk/bin/javac"
printf '#!/bin/sh\necho x >> "%s"\nexec "%s" "$@"\n' "$work/jvms" "$JAVA_HOME/bin/java" > "$jdk/bin/java"
chmod +x "$jdk/bin/java"
JAVA_HOME="$jdk" LANDSCAPE_AOT=0 L --version > /dev/null 2>&1
rm -f "$work/jvms"
JAVA_HOME="$jdk" LANDSCAPE_AOT=0 L --version > /dev/null 2>&1; code=$?
jvms=$(wc -l < "$work/jvms" 2>/dev/null || echo 0)
check "--version starts one JVM (got $jvms, exit $code)" $([ "$jvms" -eq 1 ] && [ $code -eq 0 ]; echo $?)

# the ahead-of-time cache (JDK 25+) is made in the background after the first call and then used
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release")
if [ "${major:-0}" -ge 25 ]; then
    L help > /dev/null 2>&1
    for _ in $(seq 1 120); do
        ls "$prod"/configuration/org.losslandscape.cli/cli-*.aot > /dev/null 2>&1 && ! ls "$prod"/configuration/org.losslandscape.cli/*.pending > /dev/null 2>&1 && break
        sleep 1
    done
    ls "$prod"/configuration/org.losslandscape.cli/cli-*.aot > /dev/null 2>&1
    check "an AOT cache is made in the product's configuration area" $?
    out=$(L info "$work/s.landscape" 2>/dev/null); code=$?
    check "info with the AOT cache prints the same (exit $code)" \
        $([ $code -eq 0 ] && [ "$out" = "$(LANDSCAPE_OSGI=1 L info "$work/s.landscape" 2>/dev/null)" ]; echo $?)
fi

# ---- 10. run --spark through the product: the launcher finds the job jar the reactor built -------------------------
spark_jar=$(ls "$ROOT"/bundles/org.losslandscape.spark/target/org.losslandscape.spark-*.jar 2>/dev/null | grep -v -- '-sources.jar$' | head -n1)
if [ -n "$spark_jar" ]; then
    # two moons, a small MLP, a 9 x 9 surface; as a sweep of two learning rates and as a single run
    experiment() { # experiment FILE WITH-VARIANTS
        cat > "$1" <<XMI
<?xml version="1.0" encoding="UTF-8"?>
<landscape:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:landscape="http://losslandscape.org/model/1.0" name="spark" seed="1">
  <dataset kind="TWO_MOONS" validationFraction="0.25" seed="1"><parameters key="n_per_class" value="40"/></dataset>
  <network><layers units="8"/><layers kind="TANH"/><layers units="2"/></network>
  <optimizer optimizerId="adam"><hyperParameters key="lr" value="0.01"/></optimizer>
  <training steps="30" evaluateEvery="10"/>
  <analyses xsi:type="landscape:SurfaceAnalysis" name="plane" directionKind="FILTER_NORMALISED" resolution="9"/>
$( [ "$2" = yes ] && printf '  <variants name="lr a"><settings key="optimizer.hyperParameters.lr" value="0.01"/></variants>\n  <variants name="lr b"><settings key="optimizer.hyperParameters.lr" value="0.02"/></variants>\n' )
</landscape:Experiment>
XMI
    }
    mkdir -p "$work/spark/local" "$work/spark/sweep" "$work/spark/single"
    experiment "$work/spark/local/x.landscape" yes
    experiment "$work/spark/sweep/x.landscape" yes
    experiment "$work/spark/single/x.landscape" no
    out=$(L run "$work/spark/sweep/x.landscape" --spark "local[2]" --seed 4 2>&1); code=$?
    check "run --spark local[2] of a sweep exits 0 (got $code)" $([ $code -eq 0 ]; echo $?)
    [ $code -eq 0 ] || echo "$out" | tail -n 20 | sed 's/^/    | /'
    check "the sweep: two whole runs, each one Spark task" $([ "$(grep -c 'Spark task-end .* ok' <<< "$out")" -eq 2 ] && [ "$(grep -o 'backend="spark"' "$work/spark/sweep/x.landscape" | wc -l)" -eq 2 ]; echo $?)
    L run "$work/spark/local/x.landscape" --seed 4 > /dev/null 2>&1
    # (run ids follow the order runs finish in; the digests of every run's result files do not)
    digests() { (cd "$1" && for r in run-*; do (cd "$r" && sha256sum -- *.npy); done) | sort; }
    check "the sweep's result files on Spark are the local runs' byte for byte" $([ -n "$(digests "$work/spark/local/x.results")" ] && [ "$(digests "$work/spark/local/x.results")" = "$(digests "$work/spark/sweep/x.results")" ]; echo $?)
    L run "$work/spark/sweep/x.landscape" --spark "local[2]" --seed 4 > /dev/null 2>&1
    check "the same sweep again runs nothing (resume: both runs are in the file)" $([ "$(grep -o '<runs ' "$work/spark/sweep/x.landscape" | wc -l)" -eq 2 ]; echo $?)
    out=$(L run "$work/spark/single/x.landscape" --spark "local[2]" --seed 4 2>&1); code=$?
    check "run --spark local[2] of one run exits 0, its surface in blocks (got $code)" $([ $code -eq 0 ] && grep -q 'Spark plan: .* tasks of 81 points' <<< "$out"; echo $?)
    experiment "$work/spark/local/y.landscape" no
    L run "$work/spark/local/y.landscape" --seed 4 > /dev/null 2>&1
    check "its results are the local run's byte for byte (surface included), and the merged blocks are gone" $([ -n "$(digests "$work/spark/local/y.results")" ] && [ "$(digests "$work/spark/local/y.results")" = "$(digests "$work/spark/single/x.results")" ] && [ ! -e "$work/spark/single/x.results/.blocks" ]; echo $?)
else
    echo "launcher: skip run --spark (bundles/org.losslandscape.spark is not built)"
fi

# ---- 7. a product installed read-only by root, used by another user ----------------------------------------------
if [ "$(id -u)" -ne 0 ] || ! command -v useradd > /dev/null || ! command -v runuser > /dev/null; then
    echo "launcher: skip the shared-install test (needs root, useradd and runuser)"
else
    user=landscape-test
    home="$work/home"
    mkdir -p "$home"
    # like nobody and most service accounts, the user's passwd home does not exist: Java's user.home (and with it
    # Equinox's own fallback, ~/.eclipse) is unusable, while $HOME points to a folder the user can write
    id "$user" > /dev/null 2>&1 || useradd -M -d /nonexistent -s /bin/bash "$user" || check "useradd $user" 1
    usermod -d /nonexistent "$user" > /dev/null 2>&1
    chown "$user" "$home"
    # a checkout with its built product, installed by root, who ran it once, then made read-only
    inst="$work/opt/releng/org.losslandscape.product/target/products/org.losslandscape.product/linux/gtk/x86_64/landscape"
    mkdir -p "$(dirname "$inst")"
    cp -a "$PRODUCT_DIR" "$inst"
    cp "$ROOT/landscape" "$work/opt/landscape.sh"
    LANDSCAPE_OSGI=1 "$work/opt/landscape.sh" --version > /dev/null 2>&1
    rm -rf "$inst/configuration/org.losslandscape.cli"
    chown -R root:root "$work/opt"
    chmod -R go-w,a+rX "$work/opt"
    touch "$work/installed"
    U() { (cd "$home" && runuser -u "$user" -- env HOME="$home" JAVA_HOME="$JAVA_HOME" "$work/opt/landscape.sh" "$@"); }

    out=$(U --version 2>"$work/err"); code=$?
    check "shared install: --version exits 0 (got $code; $(grep -v WARNING "$work/err" | head -n2 | tr '\n' ' '))" $([ $code -eq 0 ]; echo $?)
    contains "$out" "Loss Landscape Workbench "
    check "shared install: --version prints the version" $?
    out=$(LANDSCAPE_OSGI=1 U --version 2>/dev/null); code=$?
    contains "$out" "(OSGi services)"
    check "shared install: --version in the OSGi runtime exits 0 with the OSGi services (got $code)" $?
    U help > /dev/null 2>&1
    check "shared install: help exits 0" $?
    mkdir -p "$home/work" && chown "$user" "$home/work"
    out=$(U new --template saddle-toy -o "$home/work/s.landscape" 2>&1); code=$?
    check "shared install: new writes into the user's folder (got $code)" $([ $code -eq 0 ] && [ -f "$home/work/s.landscape" ]; echo $?)
    out=$(U run "$home/work/s.landscape" 2>&1); code=$?
    check "shared install: run exits 0 (got $code)" $([ $code -eq 0 ]; echo $?)
    contains "$out" "run-1 (seed 3) completed"
    check "shared install: run-1 completed" $?
    out=$(U info "$home/work/s.landscape" 2>/dev/null)
    contains "$out" "run run-1: completed"
    check "shared install: info shows the run" $?
    [ -z "$(find "$work/opt" -newer "$work/installed" -print -quit)" ]
    check "shared install: nothing was written into the product folder" $?
    ls -d "$home"/.landscape/*/configuration/org.eclipse.osgi > /dev/null 2>&1
    check "shared install: the configuration area is in the user's folder (~/.landscape)" $?

    # folders the user cannot write
    out=$(U new --template saddle-toy -o "$work/opt/x.landscape" 2>&1); code=$?
    contains "$out" "permission denied: the folder $work/opt is not writable by user $user"; r=$?
    check "new into a read-only folder: a clear message (exit $code: $(grep -v WARNING <<< "$out" | head -n1))" $([ $r -eq 0 ] && [ $code -eq 1 ]; echo $?)
    cp "$home/work/s.landscape" "$work/opt/ro.landscape"
    out=$(U run "$work/opt/ro.landscape" 2>&1); code=$?
    contains "$out" "the folder $work/opt is not writable by user $user"; r=$?
    check "run of a file in a read-only folder: a clear message (exit $code: $(grep -v WARNING <<< "$out" | head -n1))" $([ $r -eq 0 ] && [ $code -eq 1 ]; echo $?)
    out=$(U export "$home/work/s.landscape" --format csv -o "$work/opt/out" 2>&1); code=$?
    contains "$out" "the folder $work/opt is not writable by user $user"; r=$?
    check "export into a read-only folder: a clear message (exit $code)" $([ $r -eq 0 ] && [ $code -eq 1 ]; echo $?)
    out=$(U workbench -data "$work/opt/ws" 2>&1); code=$?
    contains "$out" "the workspace $work/opt/ws is not writable by $user"; r=$?
    check "workbench with a read-only workspace: a clear message (exit $code)" $([ $r -eq 0 ] && [ $code -eq 1 ]; echo $?)
    out=$(cd / && runuser -u "$user" -- env HOME=/nonexistent JAVA_HOME="$JAVA_HOME" "$work/opt/landscape.sh" --version 2>&1); code=$?
    contains "$out" "Set HOME or LANDSCAPE_USER_DIR to a folder you can write"; r=$?
    check "a user without a writable home: a clear message (exit $code)" $([ $r -eq 0 ] && [ $code -eq 1 ]; echo $?)

    # let the background AOT cache maker finish before the user goes
    for _ in $(seq 1 60); do pgrep -u "$user" > /dev/null || break; sleep 1; done
    userdel "$user" 2>/dev/null
fi

echo "launcher: $passed passed, $failed failed"
[ $failed -eq 0 ]
