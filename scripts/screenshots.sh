#!/bin/sh
# Pictures of every screen (French and English, light and dark, 1024 x 700 and 1280 x 800) and of the dialogs,
# headless, into DIR (default target/screens), for a person to look at. Usage: scripts/screenshots.sh [DIR]
set -e
DIR=${1:-target/screens}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
mvn -B -o -q test -Dtest=ScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false -Dvodcompare.screens="$DIR"
ls "$DIR"
