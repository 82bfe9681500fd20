#!/usr/bin/env bash
# Redis ACL users, one per workload (docs/adr/0011), made from the chart's list of who publishes and who reads each
# topic (charts/onewindow/files/event-scopes.yaml). Sourced by eng/run.sh; the README's deploy section shows how a
# district's Redis gets the same users. Each function prints the arguments of one `ACL SETUSER`, one per line.

onewindow_event_scopes="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/charts/onewindow/files/event-scopes.yaml"

# The topics an app publishes or subscribes to: scoped_topics <app> publishes|subscribes
scoped_topics() {
  awk -v app="$1:" -v list="  $2:" '
    /^[^ #]/ { in_app = ($0 == app); in_list = 0; next }
    in_app && /^  [^ ]/ { in_list = ($0 == list); next }
    in_app && in_list && /^    - / { sub(/^    - /, ""); print }
  ' "$onewindow_event_scopes"
}

# What every user needs of the connection: the handshake StackExchange.Redis makes (AUTH, HELLO, CLIENT SETNAME and
# SETINFO, INFO, PING, ECHO, its tie-breaker key and configuration channel, and leaving a channel again), nothing of
# the server's administration.
redis_acl_connection_rules() {
  printf '%s\n' reset on "&__Booksleeve_MasterChanged" "%R~__Booksleeve_TieBreak" \
    +@connection -@admin -@dangerous +info +subscribe +unsubscribe +get
}

# A service (or the web console): its own keys (<app>:*: caches, counters, rate limits, sessions) and pub/sub channels
# (<app>:*: the console's replicas tell each other of a change in a hall) and, on the redis event transport, entries added
# only to the topics it publishes and the dead-letter topic, and consumer-group reads only of the topics it reads.
# redis_acl_service_rules <app> <password> redis|dapr [dead-letter topic]
redis_acl_service_rules() {
  local app="$1" password="$2" transport="$3" dead_letter="${4:-dead-letter}" topic
  redis_acl_connection_rules
  printf '%s\n' ">$password" "~$app:*" "&$app:*" +@read +@write +@keyspace +@scripting -@admin -@dangerous +info +publish
  [ "$transport" = redis ] || return 0
  local reads="" publishes=" ~$dead_letter"
  while read -r topic; do [ -n "$topic" ] && reads+=" ~$topic"; done < <(scoped_topics "$app" subscribes)
  while read -r topic; do [ -n "$topic" ] && publishes+=" ~$topic"; done < <(scoped_topics "$app" publishes)
  [ -n "$reads" ] && echo "(+xreadgroup +xack +xautoclaim +xclaim +xpending +xgroup|create +xinfo|stream$reads)"
  echo "(+xadd$publishes)"
}

# The gateway: its rate-limit counters and nothing of the event streams.
redis_acl_gateway_rules() {
  redis_acl_connection_rules
  printf '%s\n' ">$1" "~ratelimit:*" +@read +@write +@keyspace +@scripting -@admin -@dangerous +info
}

# Dapr's sidecars on the dapr transport: the streams of every topic and the dead-letter topic, nothing else; the
# component's publishingScopes and subscriptionScopes say which app may use which.
# redis_acl_dapr_rules <password> [dead-letter topic]
redis_acl_dapr_rules() {
  local password="$1" dead_letter="${2:-dead-letter}" topic keys=()
  redis_acl_connection_rules
  keys+=("~$dead_letter")
  while read -r topic; do keys+=("~$topic"); done < <(awk '/^    - / { sub(/^    - /, ""); print }' "$onewindow_event_scopes" | sort -u)
  printf '%s\n' ">$password" "${keys[@]}" +@stream +@keyspace
}
