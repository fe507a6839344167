#!/usr/bin/env bash
# Gives the template your bundle name and optimizer id:  ./rename.sh com.acme.optim acme-nsgd
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: ./rename.sh BUNDLE_NAME OPTIMIZER_ID   (e.g. com.acme.optim acme-nsgd)" >&2; exit 2; }
name=$1 id=$2
[[ $name =~ ^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$ ]] || { echo "rename.sh: '$name' is not a bundle name like com.acme.optim" >&2; exit 2; }
[[ $id =~ ^[a-z][a-z0-9_.-]*$ ]] || { echo "rename.sh: '$id' is not a lower-case optimizer id" >&2; exit 2; }
cd "$(dirname "$0")"
for src in bundle/src/main/java tests/src; do
    old="$src/org/example/optim"
    new="$src/${name//.//}"
    if [ "$old" != "$new" ]; then
        mkdir -p "$(dirname "$new")"
        mv "$old" "$new"
        rmdir -p "$src/org/example" 2>/dev/null || true
    fi
done
grep -rlZ --exclude=rename.sh -e 'org\.example\.optim' -e '"nsgd"' . | xargs -0 sed -i \
    -e "s/org\\.example\\.optim/$name/g" -e "s/\"nsgd\"/\"$id\"/g"
echo "renamed to bundle $name with optimizer '$id'"
