#!/usr/bin/env bash
# Opens each desktop's product archive and checks what it holds: the SWT fragment of its platform and no other, the
# Equinox launcher jar, the workbench's bundles and the launcher script of its OS (executable in the tar.gz), with
# the Vector API option. Then unpacks the Linux x86_64 archive and runs a command through its own launcher script.
#   archives-test.sh PRODUCTS_DIR     (target/products of this module)
set -euo pipefail
DIR=$1
fail() { echo "archives-test: FAIL: $*" >&2; exit 1; }
JAR_TOOL=${JAVA_HOME:+$JAVA_HOME/bin/}jar

check() { # PLATFORM(os.ws.arch) SWT-FRAGMENT LAUNCHER ROOT (the product's folder in the archive)
    local platform=$1 swt=$2 launcher=$3 root=$4 archive listing
    archive=$(ls "$DIR"/org.losslandscape.product-"$platform".{tar.gz,zip} 2>/dev/null | head -n1 || true)
    [ -n "$archive" ] || fail "no archive for $platform in $DIR"
    if [[ $archive == *.zip ]]; then
        listing=$("$JAR_TOOL" tf "$archive")
    else
        listing=$(tar tvzf "$archive")
    fi
    local swts
    swts=$(grep -oE 'plugins/org\.eclipse\.swt\.(gtk|win32|cocoa)\.[a-z0-9]+\.[a-z0-9_]+_[^/]*\.jar' <<< "$listing" | sort -u)
    [ "$(wc -l <<< "$swts")" -eq 1 ] && [[ $swts == "plugins/$swt"_* ]] \
        || fail "$platform: expected the SWT fragment $swt alone, found: ${swts:-none}"
    grep -qE 'plugins/org\.eclipse\.equinox\.launcher_[^/]*\.jar' <<< "$listing" || fail "$platform: no Equinox launcher jar"
    for b in org.losslandscape.ui org.losslandscape.cli org.losslandscape.core org.losslandscape.compute; do
        grep -qE "plugins/${b}_[^/]*\.jar" <<< "$listing" || fail "$platform: bundle $b missing"
    done
    grep -qE "(^| )$root/plugins/" <<< "$listing" || fail "$platform: no $root/plugins folder"
    grep -qE "(^| )$root/$launcher\$" <<< "$listing" || fail "$platform: no launcher $launcher in $root"
    case $launcher in
        landscape) grep -qE "^-rwx.* $root/landscape\$" <<< "$listing" || fail "$platform: landscape is not executable"
                   ! grep -q 'landscape\.cmd$' <<< "$listing" || fail "$platform: holds the Windows launcher" ;;
        landscape.cmd) ! grep -qE '/landscape$' <<< "$listing" || fail "$platform: holds the Unix launcher" ;;
    esac
    local script
    if [[ $archive == *.zip ]]; then
        script=$(unzip -p "$archive" "$root/$launcher")
    else
        script=$(tar xzf "$archive" -O "$root/$launcher")
    fi
    grep -q -- '--add-modules jdk.incubator.vector' <<< "$script" || fail "$platform: $launcher does not enable the Vector API"
    echo "archives-test: $platform: $(basename "$archive") ($(du -h "$archive" | cut -f1)): $swt, $launcher, bundles ok"
}

check linux.gtk.x86_64 org.eclipse.swt.gtk.linux.x86_64 landscape landscape
check linux.gtk.aarch64 org.eclipse.swt.gtk.linux.aarch64 landscape landscape
check win32.win32.x86_64 org.eclipse.swt.win32.win32.x86_64 landscape.cmd landscape
# macOS: an application bundle, with the product (and the script) inside, as Tycho lays it out
check macosx.cocoa.x86_64 org.eclipse.swt.cocoa.macosx.x86_64 landscape landscape.app/Contents/Eclipse
check macosx.cocoa.aarch64 org.eclipse.swt.cocoa.macosx.aarch64 landscape landscape.app/Contents/Eclipse

# the Linux x86_64 archive as a user gets it: unpacked anywhere, started by its own script
tmp=$(mktemp -d "${TMPDIR:-/tmp}/archives-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
tar xzf "$DIR/org.losslandscape.product-linux.gtk.x86_64.tar.gz" -C "$tmp"
version=$(HOME="$tmp/home" "$tmp/landscape/landscape" --version 2>&1) || fail "landscape --version: $version"
grep -q '^Loss Landscape Workbench 0\.1\.0' <<< "$version" || fail "landscape --version printed: $version"
out=$(cd "$tmp" && HOME="$tmp/home" "$tmp/landscape/landscape" verify --quick saddle-escape 2>&1) \
    || fail "landscape verify --quick saddle-escape: $out"
grep -q '^PASS' <<< "$out" || fail "verify printed no PASS line: $out"
echo "archives-test: the unpacked linux.gtk.x86_64 archive runs through its own launcher: $(grep '^Loss' <<< "$version");" \
    "verify --quick saddle-escape: $(grep -c '^PASS' <<< "$out") PASS"

# and its workbench, from the same script (under Xvfb in the build)
if [ -n "${DISPLAY:-}" ]; then
    HOME="$tmp/home" "$tmp/landscape/landscape" workbench -data "$tmp/workspace" > "$tmp/workbench.log" 2>&1 &
    pid=$!
    found=1
    for _ in $(seq 1 90); do
        if xwininfo -root -tree 2>/dev/null | grep -q '"[^"]*Loss Landscape Workbench"'; then found=0; break; fi
        kill -0 $pid 2>/dev/null || break
        sleep 1
    done
    # the window is up before the workspace's metadata is written
    for _ in $(seq 1 30); do [ ! -d "$tmp/workspace/.metadata" ] && sleep 1 || break; done
    kill $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
    [ $found -eq 0 ] || fail "'landscape workbench' from the archive opened no window: $(tail -n 20 "$tmp/workbench.log")"
    [ -d "$tmp/workspace/.metadata" ] || fail "the workbench did not use the -data workspace"
    echo "archives-test: 'landscape workbench' from the archive opens a window titled 'Loss Landscape Workbench'"
else
    echo "archives-test: no DISPLAY: the archive's workbench was not started"
fi
