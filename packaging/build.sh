#!/usr/bin/env bash
# Builds the Linux app image and .deb of Standoff with jlink + jpackage (JDK 17).
#
#   packaging/build.sh [VERSION]       from the repository root or anywhere
#
# Input: target/standoff.jar (the shaded jar; built with `mvn -B -o -q -DskipTests package` if
# missing). Output: target/dist/Standoff/ (app image) and target/dist/standoff_<ver>_<arch>.deb.
# VERSION defaults to the pom's <version>; any -SNAPSHOT/qualifier is dropped (jpackage wants
# 1-3 dot-separated numbers). Env: JAVA_HOME (JDK with jlink/jpackage), SKIP_DEB=1,
# DEB_MAINTAINER (e-mail for the control file), JAVA_OPTS_APP (default -Xmx2g).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" ]]; then
  JDK_BIN="$JAVA_HOME/bin"
else
  JDK_BIN="$(dirname "$(readlink -f "$(command -v jpackage)")")"
fi
for tool in jlink jpackage jdeps; do
  [[ -x "$JDK_BIN/$tool" ]] || { echo "build.sh: $JDK_BIN/$tool not found (set JAVA_HOME to a JDK 17+)" >&2; exit 1; }
done

RAW_VERSION="${1:-$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n1)}"
APP_VERSION="$(sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/' <<<"$RAW_VERSION")"
[[ "$APP_VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "build.sh: cannot derive a numeric version from '$RAW_VERSION'" >&2; exit 1; }

JAR=target/standoff.jar
if [[ ! -f "$JAR" ]]; then
  echo "build.sh: $JAR missing, building it"
  mvn -B -o -q -DskipTests package
fi

WORK=target/jpackage
DIST=target/dist
rm -rf "$WORK" "$DIST"
mkdir -p "$WORK/input" "$DIST"
cp "$JAR" "$WORK/input/"
# Licences: jpackage copies the input folder into the image's lib/app/, so LICENSE (Standoff's
# GPL v3), THIRD-PARTY.md and licenses/ (every bundled library's licence and NOTICE text, the same
# files as META-INF/licenses/ in the jar) end up next to standoff.jar in the app image and the .deb.
# The jlink runtime brings the JDK's own texts in lib/runtime/legal/.
for f in LICENSE THIRD-PARTY.md src/main/resources/META-INF/licenses; do
  [[ -e "$f" ]] || { echo "build.sh: $f missing" >&2; exit 1; }
done
cp LICENSE THIRD-PARTY.md "$WORK/input/"
cp -R src/main/resources/META-INF/licenses "$WORK/input/licenses"

# Modules: what `jdeps --ignore-missing-deps --print-module-deps --multi-release 17` reports for the
# shaded jar (java.base, java.desktop, java.management, java.naming, java.sql, jdk.jfr,
# jdk.unsupported), plus what is only reached reflectively or through services:
#   java.logging, java.xml     (used by Apache SIS / JavaFX; also implied by java.sql/java.desktop)
#   java.scripting             (not needed; left out)
#   jdk.crypto.ec              (TLS with EC ciphers for map tiles over HTTPS)
#   jdk.charsets               (shapefile .cpg/.dbf code pages outside java.base, e.g. CP437, CP850)
#   jdk.localedata             (number/date formats for non-English locales)
#   jdk.zipfs                  (zip file system provider)
MODULES="java.base,java.desktop,java.management,java.naming,java.sql,jdk.jfr,jdk.unsupported,java.logging,java.xml,jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.zipfs"
if [[ "${CHECK_MODULES:-0}" == 1 ]]; then
  echo "jdeps: $("$JDK_BIN/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 "$JAR")"
fi

echo "build.sh: jlink runtime ($MODULES)"
"$JDK_BIN/jlink" --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands \
  --output "$WORK/runtime"

COMMON=(
  --name Standoff
  --app-version "$APP_VERSION"
  --vendor "Standoff project"
  --description "Desktop GIS proximity explorer: mining sites, military installations and substations."
  --icon packaging/icons/standoff.png
)

echo "build.sh: app image $DIST/Standoff (version $APP_VERSION)"
"$JDK_BIN/jpackage" --type app-image "${COMMON[@]}" \
  --input "$WORK/input" --main-jar standoff.jar --main-class org.standoff.Main \
  --runtime-image "$WORK/runtime" \
  --java-options "${JAVA_OPTS_APP:--Xmx2g}" \
  --dest "$DIST"

if [[ "${SKIP_DEB:-0}" != 1 ]]; then
  command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null \
    || { echo "build.sh: .deb needs dpkg-deb and fakeroot (apt-get install -y fakeroot)" >&2; exit 1; }
  # packaging/linux/Standoff.desktop overrides jpackage's template.desktop (same tokens): JDK 17's
  # template has no %f in Exec=, so opening a .gpkg from a file manager would start Standoff
  # without the file. The .deb reuses the app image, so jlink runs once.
  echo "build.sh: .deb from the app image"
  "$JDK_BIN/jpackage" --type deb "${COMMON[@]}" \
    --app-image "$DIST/Standoff" \
    --file-associations packaging/file-associations.properties \
    --linux-package-name standoff \
    --license-file LICENSE \
    --linux-deb-maintainer "${DEB_MAINTAINER:-packaging@standoff.invalid}" \
    --linux-menu-group "Science;Geography;Geoscience;" \
    --linux-app-category science \
    --linux-package-deps libgtk-3-0 \
    --linux-shortcut \
    --resource-dir packaging/linux \
    ${JPACKAGE_VERBOSE:+--verbose} \
    --dest "$DIST"
fi

echo "build.sh: done"
ls -la "$DIST"
