#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/ again, from the built jars, on a private virtual display (Xvfb 1440x900,
# no window manager: the app sizes and places its window itself).
#
#   mvn -B -DskipTests package && tools/screenshots.sh
#
# Needs Xvfb, ImageMagick's import and xdotool (Debian: apt-get install -y xvfb xauth libgtk-3-0 imagemagick xdotool).
# Every shot starts the app on the same demo data (made once, with the default seed), opens a place with --open, and
# may act like a user (keys, typing, clicks) before the whole screen is saved.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
work=$(mktemp -d)
# The display and the app of a shot that failed halfway must not outlive the script (an orphaned Xvfb keeps the
# caller's lock file open, for one).
xpid="" apid=""
trap 'kill $apid $xpid 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$out"

mvn -B -q -o -pl app -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=runtime >/dev/null
classpath="$(cat "$work/cp.txt"):$(ls app/target/app-*.jar | head -1)"
# A live demo account with three connections and a year of captures (the seed makes the same one every time).
account=T61336348

# shoot NAME SECONDS ACTIONS ARGS...: ACTIONS is a ';'-separated list of xdotool commands ("key ctrl+k",
# "type lund", "mousemove 371 297 click 1"), run in order after SECONDS.
shoot() {
  local name=$1 wait_s=$2 actions=$3
  shift 3
  # SHOTS=regex takes only the shots whose names match (SHOTS=connections tools/screenshots.sh).
  [[ $name =~ ${SHOTS:-.} ]] || return 0
  local config="$work/config-$name"
  mkdir -p "$config"
  # A saved view, so the sidebar shows one.
  printf '%s\n' '{ "savedViews": [ { "name": "Vipps pending", "place": "accounts?connection=vipps&status=pending" } ] }' \
      > "$config/preferences.json"
  if [ -n "${with_draft:-}" ]; then
    mkdir -p "$config/drafts"
    printf '%s\n' "$draft_json" > "$config/drafts/$draft_file"
    # Two signups sent to merchants and not finished, for the desk's waiting list.
    for note in "signup/8f0c2d1e|Nordlys Frisør AS|post@nordlysfrisor.no|2026-12-06T14:05:00Z" \
                "prefill/3b9e7a51|Havgløtt Sjømat AS|kontor@havglott.no|2026-12-03T08:40:00Z"; do
      IFS="|" read -r note_id note_name note_email note_at <<<"$note"
      note_key="T12300000/$note_id"
      printf '{"key":"%s","savedAt":"%s","values":{"name":"%s","email":"%s"}}\n' "$note_key" "$note_at" \
          "$note_name" "$note_email" > "$config/drafts/$(printf '%s' "$note_key" | sha256sum | cut -c1-32).json"
    done
  fi
  local disp=":$((100 + RANDOM % 400))"
  Xvfb "$disp" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  xpid=$!
  sleep 1
  DISPLAY=$disp java -cp "$classpath" io.accountsdesk.app.Main --sandbox-data-dir "$work/sandbox" \
      --config-dir "$config" "$@" >"$work/$name.log" 2>&1 &
  apid=$!
  sleep "$wait_s"
  local IFS=';'
  for action in $actions; do
    if [[ $action == type\ * ]]; then
      # Typing takes the rest of the action as one text, spaces and all.
      DISPLAY=$disp xdotool type --delay 25 "${action#type }"
    else
      IFS=' ' read -r -a words <<<"$action"
      DISPLAY=$disp xdotool "${words[@]}"
    fi
    sleep 0.8
  done
  sleep 1.5
  DISPLAY=$disp import -window root "$out/$name.png"
  kill "$apid" 2>/dev/null || true
  wait "$apid" 2>/dev/null || true
  kill "$xpid" 2>/dev/null || true
  echo "saved $out/$name.png"
}

page="account?id=$account"
# Each theme's shot adds a note of its own, so the second does not show the first's twice (no ";": it splits actions).
declare -A note=(
  [light]="type Called the merchant: the Klarna refusal was about the old org. number. New application next week."
  [dark]="type Vipps contract sent for signature, follow up on Friday if it is still pending."
)

# The first start makes the demo data.
shoot accounts 14 "" --reset-sandbox --lang en --theme light
shoot accounts-dark-nb 9 "" --lang nb --theme dark
for theme in light dark; do
  shoot "account-overview-$theme" 9 "" --lang en --theme "$theme" --open "$page&tab=overview"
  shoot "account-details-$theme" 9 "" --lang en --theme "$theme" --open "$page&tab=details"
  shoot "account-services-$theme" 9 "" --lang en --theme "$theme" --open "$page&tab=services"
  shoot "account-connections-$theme" 9 "" --lang en --theme "$theme" --open "$page&tab=connections"
  shoot "account-events-$theme" 9 "key ctrl+n;${note[$theme]};key ctrl+Return" --lang en --theme "$theme" --open "$page&tab=events"
  shoot "account-link-$theme" 9 "mousemove 371 297 click 1" --lang en --theme "$theme" --open "$page&tab=link"
  shoot "palette-$theme" 9 "key ctrl+k;type lund" --lang en --theme "$theme" --open "$page&tab=overview"
done
shoot account-overview-nb 9 "" --lang nb --theme light --open "$page&tab=overview"
shoot account-review 9 "mousemove 636 592 click 1;key ctrl+a;type Lund Dyrebutikk Sentrum;key ctrl+s" \
    --lang en --theme light --open "$page&tab=details"
shoot account-field-error 9 "mousemove 636 548 click 1;key ctrl+a;key BackSpace;key ctrl+s" \
    --lang en --theme light --open "$page&tab=details"
shoot delete-production 12 "key ctrl+Delete;type P6" --reset-sandbox --sandbox-production --lang en \
    --theme light --open "account?id=P61336348&tab=overview"

# Onboarding: a half-finished application (the drafts file is named by its key's digest, as DraftStore names it), so
# the desk and the wizard's steps show real typing. Enter goes to the next step.
draft_key="T12300000/new-account/demo-application"
draft_file="$(printf '%s' "$draft_key" | sha256sum | cut -c1-32).json"
draft_json='{"key":"'"$draft_key"'","savedAt":"2026-12-05T09:30:00Z","values":{"company.business_name":"Fjordkafé Bryggen AS","company.organization_number":"923609016","company.address.address_line":"Bryggen 12","company.address.postal_code":"5003","company.address.postal_place":"Bergen","company.email":"post@fjordkafe.no","company.phone_number":"+47 55 30 20 10","company.industry":"Café","company.merchant_category_code":"5814","applicant.first_name":"Ingrid","applicant.last_name":"Solberg","applicant.email":"ingrid@fjordkafe.no","applicant.phone_number":"+47 912 34 567","services.checkout.features.vipps.requested":"true","services.checkout.features.creditcard.requested":"true","account_manager.email":"anne.manager@example.com","sale_channel":"PARTNER","language_code":"nb","invite_users.0.first_name":"Ingrid","invite_users.0.last_name":"Solberg","invite_users.0.email":"ingrid@fjordkafe.no","invitation_note":"Velkommen til Dintero!"}}'
with_draft=1
# After delete-production the sandbox is in live mode: back to test mode with fresh demo data.
shoot onboarding-desk 14 "" --reset-sandbox --lang en --theme light --open onboarding
shoot onboarding-desk-dark-nb 9 "" --lang nb --theme dark --open onboarding
wizard="new-account?draft=demo-application"
steps=(company billing applicant services manager price invites review)
for i in "${!steps[@]}"; do
  keys=""
  for ((k = 0; k < i; k++)); do keys+="key Return;"; done
  shoot "wizard-$((i + 1))-${steps[$i]}" 9 "${keys%;}" --lang en --theme light --open "$wizard"
done
shoot wizard-review-dark-nb 9 "key Return;key Return;key Return;key Return;key Return;key Return;key Return" \
    --lang nb --theme dark --open "$wizard"
shoot wizard-result 9 "key Return;key Return;key Return;key Return;key Return;key Return;key Return;key Return" \
    --lang en --theme light --open "$wizard"
with_draft=
shoot wizard-field-errors 9 "type Nordlys Handel AS;key Tab;key Tab;type 123456789;key Tab" \
    --lang en --theme light --open new-account

# Bulk onboarding: a file with bad rows, opened by its place (the file chooser cannot be driven without a window
# manager), checked and shown with its verdicts.
bulk_csv="$work/merchants.csv"
cat > "$bulk_csv" <<'CSV'
Firmanavn;Organisasjonsnummer;Adresse;Postnummer;Poststed;Søker Fornavn;Søker Etternavn;Søker E-post;Telefon;Vipps;Notater
Fjordkafé Bryggen AS;923609016;Bryggen 12;5003;Bergen;Ingrid;Solberg;ingrid@fjordkafe.no;+47 55 30 20 10;x;ring fredag
Nordlys Frisør AS;912345670;Storgata 8;9008;Tromsø;Per;Hansen;per@nordlys.no;77 60 00 00;;
Havgløtt Sjømat AS;987654325;Kaigata 1;6003;Ålesund;Kari;Nordmann;kari@havglott.no;+47 70 10 20 30;x;
Solsikke Blomster AS;923609016;Torget 2;7011;Trondheim;Ola;Berg;ola@solsikke.no;;;
Bakeriet på Hjørnet AS;;Hjørnet 1;0150;Oslo;Anne;Lie;anne@bakeriet;;x;
CSV
shoot bulk-onboarding 9 "" --lang en --theme light --open "bulk-onboarding?file=$bulk_csv"
shoot bulk-onboarding-dark-nb 9 "" --lang nb --theme dark --open "bulk-onboarding?file=$bulk_csv"
# A run in progress: the sandbox answers each create after 5 s, so the shot catches the rows on their way.
shoot bulk-onboarding-running 9 "mousemove 1269 206 click 1" --lang en --theme light --open "bulk-onboarding?file=$bulk_csv" \
    --sandbox-faults "route=/accounts/*/management/accounts, method=POST, latency=5000ms"

# Connections: a demo account given a fifth provider (a Vipps signup, made with the account's exchanged token) and a
# Swish signup back-dated past the "stuck" threshold, so the tab shows five providers in mixed states. The standalone
# sandbox prepares the same data folder the app then opens.
if [[ connections-tab-light =~ ${SHOTS:-.} || connections-board-light =~ ${SHOTS:-.} ]]; then
  five=T46971695
  java -jar "$(ls sandbox/target/sandbox-*-standalone.jar | head -1)" --port 18181 --data-dir "$work/sandbox" \
      --reset >"$work/standalone.log" 2>&1 &
  spid=$!
  for _ in $(seq 60); do grep -qs "Client secret" "$work/standalone.log" && break; sleep 1; done
  client_id=$(sed -n 's/.*Client id *//p' "$work/standalone.log" | head -1)
  client_secret=$(sed -n 's/.*Client secret *//p' "$work/standalone.log" | head -1)
  api=http://127.0.0.1:18181/v1
  token=$(curl -s -u "$client_id:$client_secret" -H 'Content-Type: application/json' \
      -d '{"grant_type":"client_credentials","audience":"'"$api"'/accounts/T12300000"}' \
      "$api/accounts/T12300000/auth/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  sub=$(curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d '{"account_id":"'"$five"'"}' "$api/accounts/T12300000/auth/exchange_token" \
      | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  curl -s -o /dev/null -X POST -H "Authorization: Bearer $sub" "$api/accounts/$five/management/settings/connections/vipps"
  curl -s -o /dev/null -H 'Content-Type: application/json' -d '{"days":5}' \
      "$api/_sandbox/accounts/$five/connections/swish/backdate"
  kill $spid; wait $spid 2>/dev/null || true
  for theme in light dark; do
    shoot "connections-tab-$theme" 10 "" --lang en --theme "$theme" --open "account?id=$five&tab=connections"
    shoot "connections-board-$theme" 10 "" --lang en --theme "$theme" --open connections-board
  done
  # Select the Swish row, then "Complete Swish signup…": the form with its masked fields and certificate choosers.
  shoot connections-form-swish 10 "mousemove 311 624 click 1;mousemove 340 817 click 1" --lang en --theme light \
      --open "account?id=$five&tab=connections"
  shoot connections-board-nb 10 "" --lang nb --theme dark --open connections-board
  shoot settings 10 "" --lang en --theme light --open settings
fi

# Price packages: the list, and the first package chosen (Down selects it) with its prices beside it.
shoot price-packages 10 "" --lang en --theme light --open price-packages
shoot price-packages-selected-dark-nb 10 "mousemove 352 320 click 1" --lang nb --theme dark \
    --open price-packages
# Assignment: a package chosen, "Let an account use the chosen…", an account id typed into the question.
shoot price-packages-assign 10 "mousemove 352 320 click 1;mousemove 400 215 click 1;type T46971695" \
    --lang en --theme light --open price-packages
# ...and the before / after the user confirms (in production the account id must be typed there).
for theme in light dark; do
  shoot "price-packages-assign-review-$theme" 10 \
      "mousemove 352 320 click 1;mousemove 400 215 click 1;type T46971695;key Return" \
      --lang en --theme "$theme" --open price-packages
done
# Three catalogue packages side by side, only the differences, each held against the first.
for theme in light dark; do
  # The worked example filled with the demo account's last month of captures, so each package's charge shows.
  shoot "price-package-compare-$theme" 10 "mousemove 560 666 click 1;type $account;key Return" \
      --lang en --theme "$theme" \
      --open "price-package-compare?ids=NO_DINTERO_PP001,NO_DINTERO_PP004,NO_DINTERO_PP002"
done
# The editor on a copy of a catalogue package (the seed has no update), its first amount chosen.
for theme in light dark; do
  shoot "price-package-editor-$theme" 10 "key Down;key Down" --lang en --theme "$theme" \
      --open "price-package-editor?copy=NO_DINTERO_PP002"
done
# An account's package opened from its page: read-only, with Edit as a new copy.
shoot price-package-editor-readonly 10 "" --lang en --theme light \
    --open "price-package-editor?view=NO_DINTERO_PP002"

# Approvals: a demo account's Approvals tab (its applications come from the demo counters), and the review queue of
# every case still waiting across the demo's sub-accounts, longest waiting first.
for theme in light dark; do
  shoot "approvals-tab-$theme" 10 "" --lang en --theme "$theme" --open "account?id=$account&tab=approvals"
  shoot "approvals-queue-$theme" 16 "" --lang en --theme "$theme" --open approvals-queue
done
# "New seller" on the demo (test) account: the form with the test-mode rule and its three outcomes.
shoot approvals-seller-form 10 "mousemove 514 234 click 1" --lang en --theme light \
    --open "account?id=$account&tab=approvals"
