#!/usr/bin/env bash
# Builds the Flex Consumption deployment package of the Function App.
#
#   scripts/package.sh [OUTPUT]        (OUTPUT defaults to artifacts/deploy)
#
# Writes OUTPUT/site, the deployable folder:
#   host.json                  the Functions host settings (custom handler, queues, routePrefix)
#   app/NoticeFunctions        the self-contained linux-x64 handler, with everything it loads
#   <function>/function.json   one folder per function, written by the app's publish step
# and OUTPUT/notice-functions.zip, the same folder zipped with its Unix modes kept, so the
# handler stays executable. azd deploys the folder (azure.yaml, dist); the zip is for
# `az functionapp deployment source config-zip`.
#
# Needs the .NET SDK and Debian's `zip` (apt-get install zip). Runs on Linux: the publish step
# starts the linux-x64 executable to write the function folders.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
output="${1:-$root/artifacts/deploy}"
mkdir -p "$output"
output="$(cd "$output" && pwd)"
site="$output/site"
package="$output/notice-functions.zip"

fail() { echo "package.sh: $*" >&2; exit 1; }

command -v dotnet >/dev/null 2>&1 || fail "the .NET SDK (dotnet) is needed"
command -v zip >/dev/null 2>&1 || fail "'zip' is needed to keep the executable bit in the package (Debian/Ubuntu: apt-get install zip)"

rm -rf "$site" "$package"
mkdir -p "$site"

# -o puts the handler in site/app; FunctionAppDir tells the app's publish step where to write the
# function folders. The build's own bin/obj go under OUTPUT/build, so packaging never shares
# intermediate files with a build or test run going on at the same time. No symbols, and source
# paths mapped, so no path of this machine is shipped.
dotnet publish "$root/src/NoticeFunctions" \
  -c Release -r linux-x64 --self-contained \
  -o "$site/app" \
  --artifacts-path "$output/build" \
  -p:FunctionAppDir="$site/" \
  -p:DebugType=none -p:DebugSymbols=false \
  -p:PathMap="$root=/src" \
  --nologo

if [ ! -f "$site/host.json" ]; then
  [ -f "$root/host.json" ] || fail "there is no host.json at the repository root for the Functions host"
  cp "$root/host.json" "$site/host.json"
fi

# The executable host.json names must exist and be executable.
executable="$(sed -n 's/.*"defaultExecutablePath"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$site/host.json" | head -n 1)"
[ -n "$executable" ] || fail "host.json names no customHandler.description.defaultExecutablePath"
[ -f "$site/$executable" ] || fail "host.json names '$executable', which the publish did not produce"
chmod +x "$site/$executable"

functions=$(find "$site" -mindepth 2 -maxdepth 2 -name function.json | wc -l)
[ "$functions" -gt 0 ] || fail "the publish wrote no function folders (<function>/function.json) next to host.json"

# Never ship a developer's settings: they point at Azurite and turn on the development sign-in.
find "$site" \( -name 'local.settings*.json' -o -name 'appsettings.Development.json' \) -delete

(cd "$site" && zip -q -r -X "$package" .)
echo "package.sh: $package ($functions functions, handler $executable)"
