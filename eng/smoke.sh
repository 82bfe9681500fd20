#!/usr/bin/env bash
# The smoke walk: the issues' "Done when" flows, through the gateway of a running `eng/run.sh`, as the
# demo district's own staff (docs/demo-district.md). Each flow prints what it did and stops at the
# first answer that is not the expected one. Usage: eng/smoke.sh [flow...]  (default: every flow, in the order
# identity intake policy_law hr_payroll review social_work notification). Run it from the checkout that runs the stack:
# the notification flow reads the local Tencent SMS provider's day files under its .onewindow/.
# Needs curl, jq, openssl and redis-cli (the run command installs them).
set -Eeuo pipefail
# The district's days: a leave "today" or "last month" is China's, whatever zone this machine is in (after 16:00 UTC
# the machine's date is already yesterday in China).
export TZ=Asia/Shanghai
trap 'echo "FAILED: eng/smoke.sh line $LINENO: $BASH_COMMAND" >&2' ERR
gateway="${ONEWINDOW_GATEWAY_URL:-http://127.0.0.1:${ONEWINDOW_GATEWAY_PORT:-8080}}"
redis_port="${ONEWINDOW_REDIS_PORT:-56379}"
identity_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.onewindow/identity"

fail() { echo "FAILED: $*" >&2; exit 1; }
demo_password() { jq -r .Identity.DemoPassword "$identity_dir/../../services/identity/src/OneWindow.Identity/appsettings.Development.json"; }
step() { echo "  - $*"; }

# token <demo account> [roles]: an access token of a demo member of staff (docs/demo-district.md) from the identity
# provider's demo grant (Development only). The roles are the account's, from the register; the second argument
# only says, for the reader, which roles the walk relies on.
token() {
  curl -fsS "$gateway/connect/token" -d grant_type=urn:onewindow:grant-type:demo-account \
    -d client_id=onewindow-demo -d scope=onewindow -d "username=$1" | jq -r .access_token
}

# call <expected status> <method> <path> <token or -> [json body]: prints the response body.
# District staff act on a centre by naming it: set acting_for=<centre> for the call.
call() {
  local expected="$1" method="$2" path="$3" bearer="$4" body="${5:-}" out status
  out="$(mktemp)"
  local args=(-sS -o "$out" -w '%{http_code}' -X "$method" "$gateway$path")
  [ "$bearer" != "-" ] && args+=(-H "Authorization: Bearer $bearer")
  [ -n "${acting_for:-}" ] && args+=(-H "X-OneWindow-Centre: $acting_for")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' -d "$body")
  status="$(curl "${args[@]}")"
  if [ "$status" != "$expected" ]; then
    echo "$method $path answered $status, expected $expected:" >&2
    cat "$out" >&2; echo >&2; rm -f "$out"
    fail "$method $path"
  fi
  cat "$out"; rm -f "$out"
}

# eventually <seconds> <command...>: retries a check until it holds, for what travels by event.
eventually() {
  local seconds="$1"; shift
  local deadline=$((SECONDS + seconds))
  until ("$@") >/dev/null 2>&1; do
    [ "$SECONDS" -ge "$deadline" ] && { "$@" || true; fail "not within ${seconds}s: $*"; }
    sleep 0.2
  done
}

# stream_has <topic> <jq filter over the CloudEvent>: the event was published on the bus.
stream_has() {
  REDISCLI_AUTH="${ONEWINDOW_REDIS_ADMIN_PASSWORD:-onewindow-local-redis}" redis-cli --no-auth-warning -p "$redis_port" XRANGE "$1" - + | grep '^{' | jq -e "select($2)" >/dev/null
}

# form_token: the antiforgery token of the page on standard input (every form of the provider's pages has one).
form_token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'; }

# totp <base32 key>: an authenticator's current code (RFC 6238: HMAC-SHA1, 30 s, 6 digits), with openssl.
totp() {
  local key_hex counter hmac offset
  key_hex="$(printf '%s' "$1" | base32 -d | od -An -tx1 | tr -d ' \n')"
  counter="$(printf '%016x' $(( $(date +%s) / 30 )))"
  hmac="$(printf "$(echo "$counter" | sed 's/../\\x&/g')" | openssl dgst -sha1 -mac HMAC -macopt "hexkey:$key_hex" | awk '{print $NF}')"
  offset=$(( 16#${hmac:39:1} * 2 ))
  printf '%06d' $(( (16#${hmac:$offset:8} & 0x7fffffff) % 1000000 ))
}

# jwt_claims <token>: the payload of a JWT, as JSON.
jwt_claims() {
  local payload="${1#*.}"; payload="${payload%%.*}"
  payload="$(echo "$payload" | tr '_-' '/+')"
  while [ $(( ${#payload} % 4 )) -ne 0 ]; do payload="$payload="; done
  echo "$payload" | base64 -d
}

# sign_in <cookie jar> <staff id> <password> [return url]: the provider's sign-in page, and the authenticator's code
# for the roles that need one (its key kept under .onewindow/identity by the walk that enrolled it). Prints where the
# provider sends the browser afterwards.
sign_in() {
  local jar="$1" staff="$2" password="$3" back="${4:-/account}" page location key_file key
  page="$(curl -fsS -c "$jar" -b "$jar" "$gateway/account/login")"
  location="$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$gateway/account/login" \
    --data-urlencode "StaffId=$staff" --data-urlencode "Password=$password" --data-urlencode "ReturnUrl=$back" \
    --data-urlencode "__RequestVerificationToken=$(echo "$page" | form_token)")"
  [ -n "$location" ] || fail "$staff could not sign in"
  if [[ "$location" == */account/second-factor* ]]; then
    key_file="$identity_dir/authenticator-$staff"
    page="$(curl -fsS -c "$jar" -b "$jar" "$location")"
    key="$(echo "$page" | grep -o '<code class="secret">[A-Z2-7]*</code>' | sed 's/<[^>]*>//g' || true)"
    if [ -n "$key" ]; then echo "$key" > "$key_file"; fi
    [ -f "$key_file" ] || fail "$staff has an authenticator enrolled by someone else; its key is not in $key_file"
    # A code is good once: a walk straight after another waits for the authenticator's next one.
    while [ "$(cat "$key_file.step" 2>/dev/null || echo 0)" -ge $(( $(date +%s) / 30 )) ]; do sleep 1; done
    echo $(( $(date +%s) / 30 )) > "$key_file.step"
    location="$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$location" \
      --data-urlencode "Code=$(totp "$(cat "$key_file")")" --data-urlencode "ReturnUrl=$back" \
      --data-urlencode "__RequestVerificationToken=$(echo "$page" | form_token)")"
    [ -n "$location" ] || fail "$staff's authenticator code was refused"
  fi
  echo "$location"
}

# new_id_number [decade]: a valid GB 11643 number for a fictional resident of Yangpu born in that decade
# (194 for the 1940s; the 1970s by default).
new_id_number() {
  local body weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) sum=0 i
  body="310110${1:-197}$((RANDOM % 10))0$((RANDOM % 9 + 1))1$((RANDOM % 9))$(printf '%03d' $((RANDOM % 1000)))"
  for i in $(seq 0 16); do sum=$((sum + ${body:$i:1} * weights[i])); done
  local checks="10X98765432"
  echo "$body${checks:$((sum % 11)):1}"
}

# new_household <clerk token> [decade of birth]: registers a one-person household in grid JP-G02; prints its
# resident id.
new_household() {
  local number
  number="$(new_id_number "${2:-}")"
  call 200 POST /api/intake/v1/households "$1" \
    "{\"address\":\"杨浦区江浦路100弄1号101室\",\"grid\":\"JP-G02\",\"monthlyIncome\":\"1200.00\",\"members\":[{\"name\":\"测试居民\",\"idNumber\":\"$number\",\"phone\":\"13800138000\",\"hukouDistrict\":\"310110\",\"relation\":\"RELATION_HEAD\"}]}" \
    | jq -r '.members[0].residentId'
}

# through_first_review <item> <resident id>: accepts the item at intake with its unconditional materials and has
# first review pass it (after a supervisor's re-check when the item is time-limited); prints the file id.
through_first_review() {
  local item="$1" resident="$2" clerk head materials file reviewer supervisor
  clerk="$(token jiangpu-s004 '["clerk"]')"
  head="$(token jiangpu-s019 '["head","reviewer"]')"
  materials="$(call 200 GET "/api/intake/v1/items/$item/checklist" "$clerk" | jq -c '[.materials[] | select(.condition == "") | .code]')"
  file="$(call 200 POST /api/intake/v1/applications "$clerk" "{\"itemCode\":\"$item\",\"residentId\":\"$resident\",\"materials\":$materials}" | jq -r .file.fileId)"
  eventually 10 review_file_assigned "$head" "$file"
  reviewer="$(call 200 GET "/api/review/v1/files/$file" "$head" | jq -r .reviewerStaffId)"
  if call 200 GET "/api/policy-law/v1/guides/$item" - | jq -e '.timeLimited' >/dev/null; then
    supervisor="$(call 200 GET /api/review/v1/roster "$head" \
      | jq -r --arg r "$reviewer" '[.reviewers[] | select((.roles | index("supervisor")) and .staffId != $r) | .staffId][0] // empty')"
    [ -n "$supervisor" ] || fail "no supervisor other than $reviewer in jiangpu's first review"
    call 200 POST "/api/review/v1/files/$file:recheck" "$(token "$supervisor" '["reviewer","supervisor"]')" '{}' >/dev/null
  fi
  call 200 POST "/api/review/v1/files/$file:pass" "$(token "$reviewer" '["reviewer"]')" '{"note":"材料齐全，符合条件"}' >/dev/null
  echo "$file"
}

# event_lag_ms <earlier topic> <later topic> <file id>: milliseconds between the two events' occurrence for a file.
event_lag_ms() {
  local times
  times="$(for topic in "$1" "$2"; do
    REDISCLI_AUTH="${ONEWINDOW_REDIS_ADMIN_PASSWORD:-onewindow-local-redis}" redis-cli --no-auth-warning -p "$redis_port" XRANGE "$topic" - + | grep '^{' | jq -r --arg f "$3" 'select(.data.fileId == $f) | .time' | head -n 1
  done)"
  echo "$times" | xargs -n 1 date +%s%N -d | paste -sd' ' | awk '{ printf "%d", ($2 - $1) / 1000000 }'
}

# now_ms: milliseconds since the epoch, for what the issues time.
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Households holding dibao and public rental housing, both annual reviews falling due whenever the demo
# runs: their heads' ID numbers, from docs/demo-district.md (kept true by a test).
mapfile -t demo_heads < <(grep -oE '\| [0-9]{17}[0-9X] \|' "$(dirname "${BASH_SOURCE[0]}")/../docs/demo-district.md" | tr -d '| ')

flow_policy_law() {
  echo "policy-law: guides without login, reviewed -> approved -> disbursement scheduled"
  call 200 GET /api/policy-law/v1/guides/dibao - | jq -e '.code == "dibao" and (.materials | length) > 0' >/dev/null
  call 200 GET /api/policy-law/v1/guides/dibao/print - | grep -q '最低生活保障' || fail "printable guide"
  step "guide dibao readable anonymously (JSON and printable HTML)"

  local officer clerk file household reviewer
  officer="$(token jiangpu-s031 '["policy-officer"]')"
  clerk="$(token jiangpu-s004 '["clerk"]')"
  file="$(through_first_review elderly-allowance "$(new_household "$clerk" 194)")"
  household="$(call 200 GET "/api/intake/v1/applications/$file" "$clerk" | jq -r .householdId)"
  reviewer="$(call 200 GET "/api/review/v1/files/$file" "$(token jiangpu-s019 '["head","reviewer"]')" | jq -r .reviewerStaffId)"
  step "elderly-allowance for a resident born in the 1940s accepted at intake and passed by $reviewer at first review"
  eventually 10 call 200 GET "/api/policy-law/v1/approvals/$file" "$officer"
  step "file in policy-law's approval worklist"

  # A reviewer holding the policy-officer post too is refused by policy-law's own check (its tests); the demo
  # district has nobody on both posts, so the walk shows the reviewer as the register has them.
  call 403 POST "/api/policy-law/v1/approvals/$file:approve" "$(token "$reviewer" '["reviewer"]')" '{"monthlyAmount":"150.00"}' >/dev/null
  step "its reviewer is refused (403)"

  call 200 POST "/api/policy-law/v1/approvals/$file:approve" "$officer" '{"monthlyAmount":"150.00","amountReason":"冒烟测试：按核定金额发放"}' \
    | jq -e '.status | test("APPROVED")' >/dev/null
  call 409 POST "/api/policy-law/v1/approvals/$file:approve" "$officer" '{"monthlyAmount":"150.00"}' >/dev/null
  step "approved by jiangpu-s031; approving twice is refused (409)"

  eventually 10 stream_has application-approved ".data.fileId == \"$file\""
  eventually 10 stream_has disbursement-scheduled ".data.householdId == \"$household\" and .data.itemCode == \"elderly-allowance\""
  call 200 GET "/api/policy-law/v1/disbursement/schedules?householdId=$household" "$officer" \
    | jq -e '[.. | objects | select(.itemCode? == "elderly-allowance")] | length > 0' >/dev/null
  step "application-approved and disbursement-scheduled published; the schedule lists elderly-allowance"
}

flow_intake() {
  echo "intake: a ticket, one visit that does everything due, an instant item, the one-time notice, a rating"
  local clerk device ticket resident visit accepted
  clerk="$(token jiangpu-s004 '["clerk"]')"
  device="$(token jiangpu-s052 '["device"]')"
  call 200 POST /api/intake/v1/windows/05:open "$clerk" '{"type":"WINDOW_TYPE_COMPREHENSIVE"}' >/dev/null
  ticket="$(call 200 POST /api/intake/v1/tickets "$device" '{"windowType":"WINDOW_TYPE_COMPREHENSIVE"}' | jq -r .ticketId)"
  call 200 POST /api/intake/v1/windows/05:call-next "$clerk" '{}' | jq -e '.status == "TICKET_STATUS_CALLED"' >/dev/null
  step "ticket issued at the kiosk and called to window 05"

  # The first demo household whose reviews are not already in hand (an earlier walk took the others).
  local head
  resident=""
  for head in "${demo_heads[@]}"; do
    resident="$(call 200 POST /api/intake/v1/residents:find "$clerk" "{\"idNumber\":\"$head\"}" | jq -r .residentId)"
    (call 200 POST /api/intake/v1/applications:check "$clerk" \
      "{\"itemCode\":\"dibao-review\",\"residentId\":\"$resident\",\"materials\":[]}") >/dev/null 2>&1 && break
    resident=""
  done
  [ -n "$resident" ] || fail "every demo household in docs/demo-district.md has its reviews in hand: start from a fresh .onewindow/"
  call 200 POST "/api/intake/v1/tickets/$ticket:start" "$clerk" "{\"residentId\":\"$resident\"}" >/dev/null
  call 200 POST /api/intake/v1/applications:check "$clerk" \
    "{\"itemCode\":\"dibao-review\",\"residentId\":\"$resident\",\"materials\":[\"id-card\"]}" \
    | jq -e '(.complete | not) and (.missing | length) == 2 and (.notice | contains("一次性告知书"))' >/dev/null
  call 400 POST /api/intake/v1/applications "$clerk" \
    "{\"itemCode\":\"dibao-review\",\"residentId\":\"$resident\",\"materials\":[\"id-card\"]}" | grep -q materials-missing
  step "with materials missing: the one-time notice (一次性告知书) lists both, acceptance is refused"

  accepted="$(call 200 POST /api/intake/v1/applications "$clerk" \
    "{\"itemCode\":\"dibao-review\",\"residentId\":\"$resident\",\"ticketId\":\"$ticket\",\"materials\":[\"id-card\",\"hukou-book\",\"income-proof\"],\"deliveryMethod\":\"DELIVERY_METHOD_HOME_DELIVERY\"}")"
  echo "$accepted" | jq -e '.file.status == "FILE_STATUS_ACCEPTED" and (.receipt | contains("受理回执"))' >/dev/null
  echo "$accepted" | jq -e '[.alsoDue[].itemCode] | index("public-rental-review")' >/dev/null
  visit="$(echo "$accepted" | jq -r .file.visitId)"
  step "minimum living allowance annual review accepted ($(echo "$accepted" | jq -r .file.fileNumber)); public rental housing annual review offered as due"

  call 200 POST /api/intake/v1/applications "$clerk" \
    "{\"itemCode\":\"public-rental-review\",\"residentId\":\"$resident\",\"ticketId\":\"$ticket\",\"visitId\":\"$visit\",\"fromBundling\":true,\"materials\":[\"lease\"]}" \
    | jq -e '.file.fromBundling and (.file.bundledWith | length) == 1' >/dev/null
  step "public rental housing annual review accepted in the same visit, reusing the materials already checked"

  call 200 POST /api/intake/v1/applications "$clerk" \
    "{\"itemCode\":\"residence-certificate\",\"residentId\":\"$resident\",\"ticketId\":\"$ticket\",\"visitId\":\"$visit\",\"materials\":[]}" \
    | jq -e '.file.status == "FILE_STATUS_COMPLETED"' >/dev/null
  step "instant item (居住证明开具) completed at the window"

  call 200 POST "/api/intake/v1/tickets/$ticket:finish" "$clerk" '{}' >/dev/null
  # Only the rating pad the director bound to window 05 rates it (docs/adr/0031; the console's front-hall journey
  # approves one and rates): the demo device account is bound to no window.
  call 403 POST "/api/intake/v1/tickets/$ticket:rate" "$device" '{"score":5,"comment":"一次办好"}' | grep -q not-this-windows-pad
  step "service finished; a device not bound to window 05 cannot rate it"
}

# scan_done <token> <scan id>: the silent-family scan has checked every household of its centres.
scan_done() {
  call 200 GET "/api/social-work/v1/silent-family/scans/$2" "$1" | jq -e '.status == "SCAN_STATUS_DONE"' >/dev/null
}

# run_computed <token> <run id>: the payroll run is past computing, every payslip in.
run_computed() {
  call 200 GET "/api/hr-payroll/v1/payroll-runs/$2" "$1" | jq -e '.status != "RUN_STATUS_COMPUTING" and .status != "RUN_STATUS_FAILED"' >/dev/null
}

flow_hr_payroll() {
  echo "hr-payroll: staff, skills and a pay scale; last month evaluated, paid, with payslips and the bank file"
  local admin director district_hr month run staff
  admin="$(token jiangpu-s002 '["hr-admin"]')"
  director="$(token jiangpu-s001 '["director"]')"
  district_hr="$(token yangpu-hr '["hr-admin"]' district)"
  staff="$(call 200 GET /api/hr-payroll/v1/staff "$admin" | jq '.staff | length')"
  [ "$staff" -ge 50 ] || fail "jiangpu has $staff staff"
  call 200 GET /api/hr-payroll/v1/staff/jiangpu-s020 "$admin" | jq -e '(.itemsAsA | length) > 0' >/dev/null
  call 200 GET /api/hr-payroll/v1/pay-scale "$admin" | jq -e '.version >= 1' >/dev/null
  step "$staff staff on the register with their A/B skills; pay scale in force"

  month="$(date -d "$(date +%Y-%m-15) -1 month" +%Y-%m)"
  run="$(call 200 GET "/api/hr-payroll/v1/payroll-runs?month=$month" "$admin" | jq -r '[.runs[]? | select((.kind | ascii_downcase) == "regular")][0].runId // empty')"
  # A month whose payroll is approved keeps its evaluations: a second walk reads them instead.
  if [ -z "$run" ]; then
    call 200 POST "/api/hr-payroll/v1/evaluations/$month:evaluate" "$admin" '{}' >/dev/null
  fi
  call 200 GET "/api/hr-payroll/v1/evaluations/$month" "$admin" \
    | jq -e '[.evaluations[] | select(.staffId == "jiangpu-s004") | .lines[] | select(.metric == "tickets-served")] | length == 1' >/dev/null
  step "$month evaluated from the month's work data (a clerk's score shows the tickets served)"

  if [ -z "$run" ]; then
    run="$(call 200 POST /api/hr-payroll/v1/payroll-runs "$admin" "{\"month\":\"$month\"}" | jq -r .runId)"
  fi
  # hr-payroll answers with the run computing and computes its payslips in the background (docs/adr/0022).
  eventually 30 run_computed "$admin" "$run"
  status="$(call 200 GET "/api/hr-payroll/v1/payroll-runs/$run" "$admin" | jq -r .status)"
  if [ "$status" = "RUN_STATUS_DRAFT" ]; then
    acting_for=jiangpu call 200 POST "/api/hr-payroll/v1/payroll-runs/$run:review" "$district_hr" '{}' >/dev/null
    call 403 POST "/api/hr-payroll/v1/payroll-runs/$run:approve" "$admin" '{}' >/dev/null
    call 200 POST "/api/hr-payroll/v1/payroll-runs/$run:approve" "$director" '{}' >/dev/null
  fi
  call 200 GET "/api/hr-payroll/v1/payroll-runs/$run" "$director" | jq -e '.status == "RUN_STATUS_APPROVED" or .status == "RUN_STATUS_PAID"' >/dev/null
  step "payroll run for $month prepared by hr, reviewed by the district, approved by the director (hr cannot approve)"

  call 200 GET "/api/hr-payroll/v1/payroll-runs/$run/bank-file" "$director" | tail -n 1 | grep -q '^合计' || fail "bank file control line"
  call 200 GET "/api/hr-payroll/v1/payroll-runs/$run/payslips/jiangpu-s004/print" "$director" | grep -q '工资' || fail "payslip"
  step "bank file (CSV with its control line) and a printable payslip"
}

flow_review() {
  echo "review: A/B assignment, leave hands files to B, at most two returns, passed files reach approval"
  local head clerk officer roster pick item a b materials
  head="$(token jiangpu-s019 '["head","reviewer"]')"
  clerk="$(token jiangpu-s004 '["clerk"]')"
  officer="$(token jiangpu-s031 '["policy-officer"]')"
  roster="$(call 200 GET /api/review/v1/roster "$head")"
  # A routed item (no outside departments, no supervisor re-check) whose A and B are both at work; the A is not
  # the head, who approves the A's leave below (nobody decides their own leave).
  for pick in $(echo "$roster" | jq -r '[.reviewers[] | select(.available)] as $av
      | [$av[] | select(.head | not) | .staffId as $a | .itemsAsA[] | . as $i | ($av | map(select(.itemsAsB | index($i))) | first) as $b
         | select($b != null) | "\($i):\($a):\($b.staffId)"] | .[]'); do
    item="${pick%%:*}"
    if call 200 GET "/api/policy-law/v1/guides/$item" - | jq -e '.kind == "内部流转件" and (.timeLimited | not)' >/dev/null; then
      a="$(echo "$pick" | cut -d: -f2)"; b="$(echo "$pick" | cut -d: -f3)"
      break
    fi
    item=""
  done
  [ -n "$item" ] || fail "no routed item has both its A and its B at work in jiangpu"
  materials="$(call 200 GET "/api/intake/v1/items/$item/checklist" "$clerk" | jq -c '[.materials[] | select(.condition == "") | .code]')"

  local resident file started assigned_ms
  resident="$(new_household "$clerk")"
  started="$(now_ms)"
  file="$(call 200 POST /api/intake/v1/applications "$clerk" "{\"itemCode\":\"$item\",\"residentId\":\"$resident\",\"materials\":$materials}" | jq -r .file.fileId)"
  eventually 10 review_file_held_by "$head" "$file" "$a"
  assigned_ms=$(($(now_ms) - started))
  step "$item accepted at intake; assigned to its A ($a): $(event_lag_ms application-accepted application-assigned "$file") ms from the acceptance's commit to the assignment's, ${assigned_ms} ms as the clerk's request to the head's poll (every 200 ms) saw it"

  local a_token leave
  a_token="$(token "$a" '["reviewer"]')"
  leave="$(call 200 POST /api/hr-payroll/v1/leave "$a_token" "{\"from\":\"$(date +%F)\",\"to\":\"$(date +%F)\",\"kind\":\"LEAVE_KIND_PERSONAL\",\"reason\":\"家中有事\"}" | jq -r .leaveId)"
  call 200 POST "/api/hr-payroll/v1/leave/$leave:approve" "$head" '{}' >/dev/null
  eventually 10 review_file_held_by "$head" "$file" "$b"
  step "$a's leave approved by the head in hr-payroll: the open file moved to the B ($b)"

  local second
  resident="$(new_household "$clerk")"
  second="$(call 200 POST /api/intake/v1/applications "$clerk" "{\"itemCode\":\"$item\",\"residentId\":\"$resident\",\"materials\":$materials}" | jq -r .file.fileId)"
  eventually 10 review_file_held_by "$head" "$second" "$b"
  step "with $a on leave, the next $item file goes straight to $b"

  local b_token first_material round
  b_token="$(token "$b" '["reviewer"]')"
  first_material="$(echo "$materials" | jq -r '.[0]')"
  for round in 1 2; do
    call 200 POST "/api/review/v1/files/$file:return" "$b_token" \
      "{\"issues\":[{\"materialCode\":\"$first_material\",\"kind\":\"ISSUE_KIND_WRONG\",\"note\":\"复印件不清晰\"}]}" >/dev/null
    eventually 10 intake_file_returned "$clerk" "$file" "$round"
    call 200 POST "/api/intake/v1/applications/$file:supplement" "$clerk" "{\"materials\":[\"$first_material\"]}" >/dev/null
    eventually 10 review_file_in_review "$head" "$file"
    step "return $round: intake shows the file returned ($round of 2); the supplement brings it back to review"
  done
  local third
  # A rule refusal travels as gRPC FAILED_PRECONDITION, which transcoding answers with 400 (docs/adr/0001).
  third="$(call 400 POST "/api/review/v1/files/$file:return" "$b_token" \
    "{\"issues\":[{\"materialCode\":\"$first_material\",\"kind\":\"ISSUE_KIND_WRONG\"}]}")"
  echo "$third" | grep -q 'return-limit-reached' || fail "third return refused for another reason: $third"
  step "a third return is refused (400 return-limit-reached, 最多2次)"

  call 200 POST "/api/review/v1/files/$file:pass" "$b_token" '{"note":"材料齐全，符合条件"}' >/dev/null
  eventually 10 call 200 GET "/api/policy-law/v1/approvals/$file" "$officer"
  call 403 POST "/api/policy-law/v1/approvals/$file:approve" "$b_token" '{}' >/dev/null
  step "passed by $b: in policy-law's approval worklist, where $b is refused (403)"
}

flow_social_work() {
  echo "social-work: a rejected dibao application is referred; case, home visit, plan with a policy and a training class; silent families; two months' figures"
  local clerk officer sw admin household file
  clerk="$(token jiangpu-s004 '["clerk"]')"
  officer="$(token jiangpu-s031 '["policy-officer"]')"
  sw="$(token jiangpu-s036 '["social-worker"]')"
  admin="$(token yangpu-admin '["district-admin"]' district)"

  file="$(through_first_review dibao "$(new_household "$clerk")")"
  eventually 10 call 200 GET "/api/policy-law/v1/approvals/$file" "$officer"
  call 200 POST "/api/policy-law/v1/approvals/$file:reject" "$officer" '{"reason":"家庭财产超过本市最低生活保障家庭财产标准"}' >/dev/null
  step "dibao accepted at intake, passed at first review after the supervisor's re-check, rejected by policy-law (jiangpu-s031)"

  local referral case_id
  eventually 10 social_work_referred "$sw" "$file"
  referral="$(call 200 GET "/api/social-work/v1/referrals?status=REFERRAL_STATUS_OPEN&pageSize=200" "$sw" | jq -c --arg f "$file" '[.referrals[] | select(.fileId == $f)][0]')"
  household="$(echo "$referral" | jq -r .householdId)"
  case_id="$(call 200 POST "/api/social-work/v1/referrals/$(echo "$referral" | jq -r .referralId):accept" "$sw" '{}' | jq -r .caseId)"
  step "the rejection referred the household to social work; jiangpu-s036 accepted it as case $case_id"

  call 200 POST /api/social-work/v1/visits:record "$sw" \
    "{\"householdId\":\"$household\",\"caseId\":\"$case_id\",\"purpose\":\"VISIT_PURPOSE_ASSESSMENT\",\"visitedAt\":\"$(date -d '-1 hour' +%FT%T%:z)\",\"findings\":\"户主失业，独居，愿意参加技能培训\"}" \
    | jq -e '.status == "VISIT_STATUS_DONE"' >/dev/null
  call 200 POST "/api/social-work/v1/cases/$case_id:advance" "$sw" '{"to":"CASE_STATUS_ASSESSMENT"}' >/dev/null
  call 200 PUT "/api/social-work/v1/cases/$case_id/situation" "$sw" \
    '{"situation":{"needs":["NEED_JOB_TRAINING","NEED_EMPLOYMENT"],"risks":["RISK_LONG_TERM_UNEMPLOYMENT"],"employment":"EMPLOYMENT_STATUS_UNEMPLOYED","monthlyIncome":"1200.00"}}' >/dev/null
  call 200 POST "/api/social-work/v1/cases/$case_id:advance" "$sw" '{"to":"CASE_STATUS_PLAN"}' >/dev/null
  step "home visit recorded; situation assessed (job training, employment)"

  local plan policy training
  call 200 PUT "/api/social-work/v1/cases/$case_id/plan" "$sw" "{\"goals\":[\"三个月内参加职业技能培训并就业\"],\"reviewOn\":\"$(date -d '+60 days' +%F)\"}" >/dev/null
  plan="$(call 200 GET "/api/social-work/v1/cases/$case_id/plan" "$sw")"
  echo "$plan" | jq -e '.suggestionsAvailable' >/dev/null || fail "policy-law's suggestions unavailable"
  policy="$(echo "$plan" | jq -r '[.suggestedPolicies[] | select(.itemCode != "dibao")][0].itemCode // empty')"
  [ -n "$policy" ] || fail "policy-law suggests nothing for household $household"
  call 200 POST "/api/social-work/v1/cases/$case_id/plan/policies" "$sw" "{\"itemCode\":\"$policy\"}" \
    | jq -e --arg p "$policy" '[.policies[] | select(.itemCode == $p and .reason != "")] | length == 1' >/dev/null
  training="$(call 200 GET "/api/social-work/v1/cases/$case_id/resource-matches" "$sw" \
    | jq -r '[.matches[] | select(.kind == "RESOURCE_KIND_TRAINING_CLASS")][0].resourceId // empty')"
  [ -n "$training" ] || fail "no training class with a free place matches the case"
  call 200 POST "/api/social-work/v1/cases/$case_id/plan/resources" "$sw" "{\"resourceId\":\"$training\",\"kind\":\"LINK_KIND_REFERRAL\"}" \
    | jq -e '[.resources[] | select(.kind == "RESOURCE_KIND_TRAINING_CLASS")] | length == 1' >/dev/null
  call 200 POST "/api/social-work/v1/cases/$case_id/plan/actions" "$sw" "{\"description\":\"报名职业技能培训\",\"owner\":\"jiangpu-s036\",\"dueOn\":\"$(date -d '+14 days' +%F)\"}" >/dev/null
  call 200 POST "/api/social-work/v1/cases/$case_id:advance" "$sw" '{"to":"CASE_STATUS_IN_PROGRESS"}' | jq -e '.status == "CASE_STATUS_IN_PROGRESS"' >/dev/null
  step "plan links $policy (policy-law says eligible) and a job-training class; the case is in progress"

  local scan scan_id
  scan="$(call 200 POST /api/social-work/v1/silent-family:scan "$admin" '{}')"
  echo "$scan" | jq -e '.status == "SCAN_STATUS_SCANNING" and ([.centres[].centre] | length >= 3)' >/dev/null
  # social-work answers with the scan scanning and scans the households in the background (docs/adr/0022).
  scan_id="$(echo "$scan" | jq -r .scanId)"
  eventually 120 scan_done "$admin" "$scan_id"
  scan="$(call 200 GET "/api/social-work/v1/silent-family/scans/$scan_id" "$admin")"
  call 200 GET /api/social-work/v1/silent-family/findings "$sw" \
    | jq -e '(.findings | length) > 0 and all(.findings[]; (.reasons | length) > 0 and all(.reasons[]; .text != ""))' >/dev/null
  step "silent-family scan over the district: $(echo "$scan" | jq -r '[.centres[] | "\(.centre) \(.findingsRaised)"] | join(", ")') new findings; jiangpu's each carry reasons"

  call 200 GET /api/social-work/v1/statistics "$sw" \
    | jq -e '.centres[0].report | test("人力资源调查1120人次.*接待困难对象20人次.*岗位推荐9人.*入户调查15人次.*个案6个、结案2个")' >/dev/null
  step "the two months before this one, in the article's words: $(call 200 GET /api/social-work/v1/statistics "$sw" | jq -r '.centres[0].report')"
}

social_work_referred() { call 200 GET "/api/social-work/v1/referrals?status=REFERRAL_STATUS_OPEN&pageSize=200" "$1" | jq -e --arg f "$2" '[.referrals[] | select(.fileId == $f)] | length == 1' >/dev/null; }
review_file_assigned() { call 200 GET "/api/review/v1/files/$2" "$1" | jq -e '.reviewerStaffId != ""' >/dev/null; }

review_file_held_by() { call 200 GET "/api/review/v1/files/$2" "$1" | jq -e --arg r "$3" '.reviewerStaffId == $r' >/dev/null; }
review_file_in_review() { call 200 GET "/api/review/v1/files/$2" "$1" | jq -e '.status == "FILE_STATUS_IN_REVIEW"' >/dev/null; }
intake_file_returned() { call 200 GET "/api/intake/v1/applications/$2" "$1" | jq -e --argjson n "$3" '.status == "FILE_STATUS_RETURNED" and .returnCount == $n' >/dev/null; }

flow_notification() {
  echo "notification: a return texts what to bring; an approved home delivery becomes the grid manager's task; a failing SMS provider, retries, a resend"
  local sms_dir name port
  sms_dir="${ONEWINDOW_STATE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.onewindow}/sms"
  for name in review:5102 policy-law:5103 notification:5106; do
    port="${name#*:}"
    curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 || fail "${name%%:*} does not answer on 127.0.0.1:$port (eng/run.sh starts it)"
  done
  [ -e "$sms_dir/fail" ] && fail "the SMS fault switch $sms_dir/fail is on already: remove it first"

  # A routed item (no outside departments, no supervisor re-check) this centre offers.
  local clerk head officer code item="" checklist materials material material_name
  clerk="$(token jiangpu-s004 '["clerk"]')"
  head="$(token jiangpu-s019 '["head","reviewer"]')"
  officer="$(token jiangpu-s031 '["policy-officer"]')"
  for code in $(call 200 GET /api/policy-law/v1/guides - | jq -r '.guides[] | select(.kind == "内部流转件" and (.timeLimited | not)) | .code'); do
    if call 200 GET "/api/intake/v1/items/$code/checklist" "$clerk" 2>/dev/null | jq -e '.enabled' >/dev/null; then item="$code"; break; fi
  done
  [ -n "$item" ] || fail "jiangpu offers no routed item without a supervisor re-check"
  checklist="$(call 200 GET "/api/intake/v1/items/$item/checklist" "$clerk")"
  materials="$(echo "$checklist" | jq -c '[.materials[] | select((.condition // "") == "") | .code]')"
  material="$(echo "$materials" | jq -r '.[0]')"
  material_name="$(echo "$checklist" | jq -r --arg m "$material" '.materials[] | select(.code == $m) | .name')"

  local resident file holder reviewer
  resident="$(new_household "$clerk")"
  file="$(call 200 POST /api/intake/v1/applications "$clerk" \
    "{\"itemCode\":\"$item\",\"residentId\":\"$resident\",\"materials\":$materials,\"deliveryMethod\":\"DELIVERY_METHOD_HOME_DELIVERY\"}" | jq -r .file.fileId)"
  eventually 15 review_file_assigned "$head" "$file"
  holder="$(call 200 GET "/api/review/v1/files/$file" "$head" | jq -r .reviewerStaffId)"
  reviewer="$(token "$holder" '["reviewer"]')"
  step "$item accepted for home delivery (a new household in grid JP-G02); review gave it to $holder"

  # (a) Returned for supplement: the resident is texted what to bring.
  local sms id line
  call 200 POST "/api/review/v1/files/$file:return" "$reviewer" \
    "{\"issues\":[{\"materialCode\":\"$material\",\"kind\":\"ISSUE_KIND_WRONG\",\"note\":\"复印件不清晰\"}]}" >/dev/null
  eventually 30 notification_sms_is "$clerk" "$file" file-returned 'DELIVERY_STATUS_DELIVERED|DELIVERY_STATUS_SENT'
  sms="$(notification_sms "$clerk" "$file" file-returned)"
  id="$(echo "$sms" | jq -r .deliveryId)"
  line="$(grep -hF "$id" "$sms_dir"/sms-*.log)" || fail "no line for delivery $id in $sms_dir/sms-*.log"
  echo "$line" | grep -q "请携带：.*$material_name" || fail "the text does not list $material_name: $line"
  step "returned by $holder: SMS $id taken by the local Tencent provider ($sms_dir), listing what to bring ($material_name)"

  eventually 10 intake_file_returned "$clerk" "$file" 1
  call 200 POST "/api/intake/v1/applications/$file:supplement" "$clerk" "{\"materials\":[\"$material\"]}" >/dev/null
  eventually 10 review_file_in_review "$head" "$file"
  step "supplement accepted at intake; the file is back in review"

  # (c) From here the provider fails: the approval's text is retried, then fails (the switch goes whatever happens).
  mkdir -p "$sms_dir" && echo InternalError > "$sms_dir/fail"
  # shellcheck disable=SC2064 # expanded now on purpose: the local is gone when the script exits
  trap "rm -f '$sms_dir/fail'" EXIT
  step "SMS provider failing: $sms_dir/fail makes the local Tencent provider answer InternalError"

  holder="$(call 200 GET "/api/review/v1/files/$file" "$head" | jq -r .reviewerStaffId)"
  call 200 POST "/api/review/v1/files/$file:pass" "$(token "$holder" '["reviewer"]')" '{"note":"材料已补正，符合条件"}' >/dev/null
  eventually 15 call 200 GET "/api/policy-law/v1/approvals/$file" "$officer"
  call 200 POST "/api/policy-law/v1/approvals/$file:approve" "$officer" '{"monthlyAmount":"75.00","amountReason":"冒烟测试：按核定金额发放"}' | jq -e '.status | test("APPROVED")' >/dev/null
  step "passed by $holder, approved by jiangpu-s031"

  # (b) Approved for home delivery: a task for the grid manager of the household's grid, who confirms it.
  local grid_head task task_id manager manager_token other
  grid_head="$(token jiangpu-s041 '["head","grid-manager"]')"
  eventually 30 notification_task_assigned "$grid_head" "$file"
  task="$(notification_task "$grid_head" "$file")"
  task_id="$(echo "$task" | jq -r .taskId)"
  manager="$(echo "$task" | jq -r .gridManagerStaffId)"
  eventually 10 stream_has delivery-task-created ".data.taskId == \"$task_id\""
  manager_token="$(token "$manager" '["grid-manager"]')"
  call 200 GET /api/notification/v1/delivery-tasks "$manager_token" \
    | jq -e --arg t "$task_id" '.tasks[] | select(.taskId == $t) | .address | contains("江浦路100弄1号101室")' >/dev/null
  step "delivery task $task_id for grid $(echo "$task" | jq -r .grid), assigned to $manager, in their list with the full address"

  other=jiangpu-s041; [ "$manager" = jiangpu-s041 ] && other=jiangpu-s043
  call 403 POST "/api/notification/v1/delivery-tasks/$task_id:confirm" "$(token "$other" '["grid-manager"]')" \
    '{"receivedBy":"测试居民","signatureReference":"SD-SMOKE"}' >/dev/null
  call 200 POST "/api/notification/v1/delivery-tasks/$task_id:confirm" "$manager_token" \
    "{\"receivedBy\":\"测试居民\",\"signatureReference\":\"SD-$(date +%Y%m%d)-$RANDOM\"}" | jq -e '.status == "TASK_STATUS_DELIVERED"' >/dev/null
  eventually 10 stream_has delivery-confirmed ".data.taskId == \"$task_id\""
  eventually 15 intake_file_delivered "$clerk" "$file"
  step "another grid manager ($other) is refused (403); $manager confirms: delivery-confirmed, and intake shows the result delivered"

  # (c) continued: the approval's text was tried again and again, then failed; resent once the provider is back.
  local failed failed_id again again_id
  eventually 90 notification_sms_is "$clerk" "$file" file-approved DELIVERY_STATUS_FAILED
  failed="$(notification_sms "$clerk" "$file" file-approved)"
  failed_id="$(echo "$failed" | jq -r .deliveryId)"
  echo "$failed" | jq -e '(.attempts // 0) > 1' >/dev/null || fail "not retried: $failed"
  call 200 GET "/api/notification/v1/deliveries?status=DELIVERY_STATUS_FAILED&channel=CHANNEL_SMS" "$clerk" \
    | jq -e --arg d "$failed_id" '[.deliveries[] | select(.deliveryId == $d)] | length == 1' >/dev/null
  if grep -qF "$failed_id" "$sms_dir"/sms-*.log; then fail "the failing provider wrote $failed_id"; fi
  step "approval SMS $failed_id: $(echo "$failed" | jq -r '.attempts') attempts, then failed ($(echo "$failed" | jq -r .lastError)); listed as failed"

  rm -f "$sms_dir/fail"
  trap - EXIT
  again="$(call 200 POST "/api/notification/v1/deliveries/$failed_id:resend" "$clerk" '{}')"
  again_id="$(echo "$again" | jq -r .deliveryId)"
  call 409 POST "/api/notification/v1/deliveries/$failed_id:resend" "$clerk" '{}' >/dev/null
  eventually 30 notification_delivery_is "$clerk" "$again_id" 'DELIVERY_STATUS_DELIVERED|DELIVERY_STATUS_SENT'
  line="$(grep -hF "$again_id" "$sms_dir"/sms-*.log)" || fail "no line for the resent delivery $again_id"
  echo "$line" | grep -q '网格员送达上门' || fail "the approval text does not say the grid manager brings the result: $line"
  step "switch removed; resent as $again_id by jiangpu-s004 (a second resend is refused, 409) and taken by the local Tencent provider"
}

review_file_assigned() { call 200 GET "/api/review/v1/files/$2" "$1" | jq -e '(.reviewerStaffId // "") != ""' >/dev/null; }
intake_file_delivered() { call 200 GET "/api/intake/v1/applications/$2" "$1" | jq -e '.delivery.progress == "DELIVERY_PROGRESS_DELIVERED"' >/dev/null; }
# notification_sms <staff token> <file> <kind>: the newest text message of that kind about the file.
notification_sms() {
  call 200 GET "/api/notification/v1/deliveries?fileId=$2&channel=CHANNEL_SMS" "$1" \
    | jq -ce --arg k "$3" 'first(.deliveries[]? | select(.kind == $k))'
}
# The checks below print what they found when it is not what they wait for (eventually shows the last try).
notification_sms_is() {
  local sms
  if sms="$(notification_sms "$1" "$2" "$3")" && echo "$sms" | jq -e --arg s "$4" '.status | test("^(" + $s + ")$")' >/dev/null; then return 0; fi
  echo "$3 SMS: ${sms:-none}"
  return 1
}
notification_delivery_is() {
  local delivery
  if delivery="$(call 200 GET "/api/notification/v1/deliveries/$2" "$1")" && echo "$delivery" | jq -e --arg s "$3" '.status | test("^(" + $s + ")$")' >/dev/null; then return 0; fi
  echo "delivery: ${delivery:-none}"
  return 1
}
notification_task() {
  call 200 GET /api/notification/v1/delivery-tasks "$1" | jq -ce --arg f "$2" 'first(.tasks[]? | select(.fileId == $f))'
}
notification_task_assigned() {
  local task
  if task="$(notification_task "$1" "$2")" && echo "$task" | jq -e '.status == "TASK_STATUS_ASSIGNED"' >/dev/null; then return 0; fi
  echo "delivery task: ${task:-none}"
  return 1
}

flow_identity() {
  echo "identity: /dev/token is gone; a clerk signs in by code + PKCE and intake takes the token; a worker hired through hr-payroll activates and signs in; a kiosk approved by the director through the device flow; a resident signs in by SMS code and binds by real name"
  local jar verifier challenge location back code tokens admin worker page activation device user_code poll director_location
  [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$gateway/dev/token" -H 'Content-Type: application/json' -d '{}')" = 404 ] \
    || fail "POST /dev/token still answers"
  curl -fsS "$gateway/.well-known/openid-configuration" | jq -e '.device_authorization_endpoint and .jwks_uri and (.code_challenge_methods_supported | index("S256"))' >/dev/null
  step "POST /dev/token answers 404; discovery names the keys, PKCE (S256) and the device endpoint"

  jar="$(mktemp)"
  verifier="$(openssl rand -hex 32)"
  challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=')"
  location="$(curl -sS -o /dev/null -w '%{redirect_url}' -G "$gateway/connect/authorize" --data-urlencode client_id=onewindow-console \
    --data-urlencode response_type=code --data-urlencode "redirect_uri=$gateway/signin-oidc" --data-urlencode "scope=openid onewindow offline_access" \
    --data-urlencode state=smoke --data-urlencode "code_challenge=$challenge" --data-urlencode code_challenge_method=S256)"
  # The sign-in page's way back, decoded once: it is posted again as a form field.
  back="${location#*ReturnUrl=}"; back="$(printf '%b' "${back//%/\\x}")"
  location="$(sign_in "$jar" jiangpu-s004 "$(demo_password)" "$back")"
  location="$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$location")"
  code="$(echo "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')"
  [ -n "$code" ] || fail "no code came back: $location"
  tokens="$(curl -fsS "$gateway/connect/token" -d grant_type=authorization_code -d "code=$code" -d "redirect_uri=$gateway/signin-oidc" \
    -d client_id=onewindow-console -d "client_secret=$(cat "$identity_dir/console-secret")" -d "code_verifier=$verifier")"
  call 200 GET /api/intake/v1/queue "$(echo "$tokens" | jq -r .access_token)" >/dev/null
  step "jiangpu-s004 signed in on the provider's page (code + PKCE, demo password); intake accepts the token"

  admin="$(token jiangpu-s002 '["hr-admin"]')"
  worker="jiangpu-t$(date +%s)"
  call 200 POST /api/hr-payroll/v1/staff "$admin" "{\"staffId\":\"$worker\",\"name\":\"新同事\",\"department\":\"DEPARTMENT_FRONT_WINDOWS\",\"roles\":[\"clerk\"],\"communityWorker\":true,\"tier\":3,\"grade\":1,\"title\":\"PROFESSIONAL_TITLE_NONE\",\"hiredOn\":\"$(date +%Y-%m-%d)\",\"idNumber\":\"$(new_id_number 199)\",\"bankAccount\":\"6222000011112222\"}" >/dev/null
  eventually 15 call 200 GET "/api/identity/v1/accounts/$worker" "$admin"
  activation="$(call 200 POST "/api/identity/v1/accounts/$worker:issue-activation-code" "$admin" '{}' | jq -r .code)"
  jar="$(mktemp)"
  page="$(curl -fsS -c "$jar" -b "$jar" "$gateway/account/activate")"
  [ "$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$gateway/account/activate" --data-urlencode "StaffId=$worker" \
    --data-urlencode "Code=$activation" --data-urlencode Password=Window2026first --data-urlencode Confirmation=Window2026first \
    --data-urlencode "__RequestVerificationToken=$(echo "$page" | form_token)")" = 302 ] || fail "$worker could not activate"
  [ "$(sign_in "$jar" "$worker" Window2026first)" = "$gateway/account" ] || fail "$worker could not sign in"
  curl -fsS -b "$jar" "$gateway/account" | grep -q "$worker" || fail "the provider does not show $worker signed in"
  step "$worker hired by jiangpu-s002 through hr-payroll, given an activation code, activated and signed in"

  device="$(curl -fsS "$gateway/connect/device" -d client_id=onewindow-device -d "scope=onewindow offline_access")"
  user_code="$(echo "$device" | jq -r .user_code)"
  poll() { curl -sS "$gateway/connect/token" -d grant_type=urn:ietf:params:oauth:grant-type:device_code -d "device_code=$(echo "$device" | jq -r .device_code)" -d client_id=onewindow-device; }
  poll | jq -e '.error == "authorization_pending"' >/dev/null
  jar="$(mktemp)"
  director_location="$(sign_in "$jar" jiangpu-s001 "$(demo_password)")"
  [ "$director_location" = "$gateway/account" ] || fail "the director could not sign in: $director_location"
  page="$(curl -fsS -c "$jar" -b "$jar" -G "$gateway/connect/verify" --data-urlencode "user_code=$user_code")"
  [ "$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$gateway/connect/verify" --data-urlencode "user_code=$user_code" \
    --data-urlencode Number=kiosk-smoke --data-urlencode Kind=kiosk --data-urlencode "Name=一楼取号机" \
    --data-urlencode "__RequestVerificationToken=$(echo "$page" | form_token)")" = 302 ] || fail "the director could not approve $user_code"
  tokens="$(poll)"
  jwt_claims "$(echo "$tokens" | jq -r .access_token)" | jq -e '.sub == "jiangpu-kiosk-smoke" and .role == "device" and .tenant == "jiangpu"' >/dev/null \
    || fail "the kiosk's token: $tokens"
  step "a kiosk showed $user_code, jiangpu-s001 (password and authenticator) approved it, and it holds a device token of jiangpu"

  # A demo resident (docs/demo-district.md): 钟梓慧 of Jiangpu, her number on the register. Binding is once, so a walk
  # after the first finds her account bound already; either way her next token is the register's resident of jiangpu.
  local phone=14335349625 name=钟梓慧 id_number=310110198112300604 resident=c9eb0a30-9dab-4888-bf6f-fa5858f0b39f sms_dir sms_code bound
  sms_dir="${ONEWINDOW_STATE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.onewindow}/sms"
  jar="$(mktemp)"
  verifier="$(openssl rand -hex 32)"
  challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=')"
  location="$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" -G "$gateway/connect/authorize" --data-urlencode client_id=onewindow-console \
    --data-urlencode response_type=code --data-urlencode "redirect_uri=$gateway/signin-oidc" --data-urlencode "scope=openid onewindow offline_access" \
    --data-urlencode state=smoke --data-urlencode "code_challenge=$challenge" --data-urlencode code_challenge_method=S256 \
    --data-urlencode acr_values=urn:onewindow:acr:resident-sms)"
  [[ "$location" == */account/resident* ]] || fail "a resident's authorization request did not land on the SMS page: $location"
  back="${location#*ReturnUrl=}"; back="$(printf '%b' "${back//%/\\x}")"
  page="$(curl -fsS -c "$jar" -b "$jar" "$gateway/account/resident")"
  curl -fsS -o /dev/null -c "$jar" -b "$jar" "$gateway/account/resident" --data-urlencode "Phone=$phone" --data-urlencode Step=send \
    --data-urlencode "ReturnUrl=$back" --data-urlencode "__RequestVerificationToken=$(echo "$page" | form_token)"
  # The local Tencent provider's line: time, the number masked, the reference, the serial number, the text with the code.
  sms_code="$(grep -hF "${phone:0:3}****${phone:7:4}" "$sms_dir"/sms-*.log 2>/dev/null | tail -n 1 | grep -o '验证码是 [0-9]\{6\}' | grep -o '[0-9]\{6\}')"
  [ -n "$sms_code" ] || fail "no sign-in code for $phone in $sms_dir/sms-*.log"
  location="$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$gateway/account/resident" --data-urlencode "Phone=$phone" \
    --data-urlencode "Code=$sms_code" --data-urlencode Step=verify --data-urlencode "ReturnUrl=$back" \
    --data-urlencode "__RequestVerificationToken=$(echo "$page" | form_token)")"
  [ -n "$location" ] || fail "the code texted to $phone did not sign her in"
  step "$name asked for a code at /account/resident (acr_values resident-sms), read it in the local Tencent SMS provider's day file and signed in"

  page="$(curl -fsS -c "$jar" -b "$jar" "$gateway/account/bind")"
  if echo "$page" | grep -q 'name="IdNumber"'; then
    curl -fsS -o /dev/null -c "$jar" -b "$jar" "$gateway/account/bind" --data-urlencode "Name=$name" --data-urlencode "IdNumber=$id_number" \
      --data-urlencode "__RequestVerificationToken=$(echo "$page" | form_token)"
    bound="bound to her record"
  else
    bound="already bound by an earlier walk"
  fi
  location="$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$gateway${back}")"
  code="$(echo "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')"
  [ -n "$code" ] || fail "no code came back for the resident: $location"
  tokens="$(curl -fsS "$gateway/connect/token" -d grant_type=authorization_code -d "code=$code" -d "redirect_uri=$gateway/signin-oidc" \
    -d client_id=onewindow-console -d "client_secret=$(cat "$identity_dir/console-secret")" -d "code_verifier=$verifier")"
  jwt_claims "$(echo "$tokens" | jq -r .access_token)" | jq -e --arg r "$resident" '.sub == $r and .role == "resident" and .tenant == "jiangpu" and (.resident_account | length > 0)' >/dev/null \
    || fail "the resident's token after binding: $(jwt_claims "$(echo "$tokens" | jq -r .access_token)")"
  step "$name $bound by name and ID number (intake's register); her token is resident $resident of jiangpu"
}

flow_console() {
  echo "console: the home page at /, a staff page sends the browser to the provider, an unknown /api/ address stays 404"
  local home location
  home="$(curl -fsS "$gateway/")"
  echo "$home" | grep -q '欢迎来到街道社区事务受理服务中心' || fail "the console's home page at $gateway/"
  location="$(curl -s -o /dev/null -w '%{redirect_url}' "$gateway/desk")"
  case "$location" in "$gateway/connect/authorize?"*code_challenge_method=S256*) ;; *) fail "/desk sends the browser to $location" ;; esac
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$gateway/api/billing/v1/anything")" = 404 ] || fail "an unknown /api/ address"
  step "the console answers at $gateway/ in Chinese; /desk redirects to the provider's authorize (PKCE); /api/billing is 404"
}

flows=("$@")
[ ${#flows[@]} -eq 0 ] && flows=(identity console intake policy_law hr_payroll review social_work notification)
curl -fsS "$gateway/readyz" >/dev/null || fail "nothing answers at $gateway/readyz: start eng/run.sh first"
for flow in "${flows[@]}"; do "flow_${flow//-/_}"; done
echo "smoke: ${flows[*]} passed"
