#!/usr/bin/env bash
# Retakes the user guide's screenshots by driving the real application (ScreenshotTour) under a
# virtual display. Needs xvfb (apt-get install -y xvfb) and GTK 3 (libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
xvfb-run -a -s "-screen 0 1400x900x24" \
  java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.standoff.ui.ScreenshotTour docs/images
