#!/bin/sh
# Chromium as the kiosk (or the waiting-room display): full screen, no address bar, no
# translate prompt or crash bubble, a throw-away profile so nothing a resident typed
# survives a restart. Run by ko-kiosk-browser.service, which restarts it if it crashes.
#   kiosk-browser.sh https://eservice.ko.go.th/kiosk
#   kiosk-browser.sh https://eservice.ko.go.th/display?device=<enrolment token>
set -eu
URL="${1:?usage: kiosk-browser.sh URL}"
PROFILE="$(mktemp -d "${XDG_RUNTIME_DIR:-/tmp}/ko-kiosk-browser.XXXXXX")"
trap 'rm -rf "$PROFILE"' EXIT INT TERM

# Not exec: the trap must run to remove the profile when Chromium exits.
/usr/bin/chromium \
  --kiosk \
  --user-data-dir="$PROFILE" \
  --no-first-run \
  --no-default-browser-check \
  --noerrdialogs \
  --disable-infobars \
  --disable-session-crashed-bubble \
  --disable-translate \
  --disable-features=Translate,TranslateUI,InfiniteSessionRestore \
  --disable-pinch \
  --overscroll-history-navigation=0 \
  --password-store=basic \
  --check-for-update-interval=31536000 \
  --autoplay-policy=no-user-gesture-required \
  --lang=th \
  "$URL"
