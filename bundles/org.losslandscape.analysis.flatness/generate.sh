#!/usr/bin/env bash
# Regenerates src-gen/ (and the generated parts of plugin.xml) of this bundle from model/flatness.genmodel with the
# experiment model's headless EMF generator (bundles/org.losslandscape.model/generate.sh); never edit src-gen/.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
exec "$HERE/../org.losslandscape.model/generate.sh" "$HERE"
