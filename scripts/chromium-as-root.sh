#!/bin/sh
# Chromium for the browser tests when they run as root (as CI does), started without the
# capability to raise its own priority (CAP_SYS_NICE). With it, Chromium puts its browser,
# GPU and compositor threads at nice -8, ahead of every other process: a site-kit build in the
# same CI run as the Storybook check took eight times as long as alone, against two to three
# times for the rest. Without it, Chromium's threads share the cores evenly with the builds
# and the test processes, as they do for anyone who is not root. scripts/chromium.js picks this.
exec setpriv --bounding-set=-sys_nice --inh-caps=-sys_nice -- "${CHROME_PATH:-/usr/bin/chromium}" "$@"
