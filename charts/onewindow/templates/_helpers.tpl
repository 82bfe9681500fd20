{{/* Names */}}
{{- define "onewindow.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- else if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* The name of one workload's objects: <fullname>-<workload>. Call with (dict "root" $ "name" $name). */}}
{{- define "onewindow.workloadName" -}}
{{- printf "%s-%s" (include "onewindow.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "onewindow.credentialsSecret" -}}
{{- .Values.secrets.name | default (printf "%s-credentials" (include "onewindow.fullname" .)) -}}
{{- end -}}

{{/* The Dapr app API token secret of one service (key "token"). Call with (dict "root" $ "name" $name). */}}
{{- define "onewindow.appTokenSecret" -}}
{{- printf "%s-dapr-app-token" (include "onewindow.workloadName" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The credentials key of a Redis user's password: redis-<user>-password, or the shared redis-password. */}}
{{- define "onewindow.redisPasswordKey" -}}
{{- if .root.Values.redis.perWorkloadUsers -}}{{- printf "redis-%s-password" .user -}}{{- else -}}redis-password{{- end -}}
{{- end -}}

{{- define "onewindow.daprConfig" -}}
{{- printf "%s-dapr" (include "onewindow.fullname" .) -}}
{{- end -}}

{{/* Labels */}}
{{- define "onewindow.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: onewindow
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ include "onewindow.tag" . | quote }}
onewindow.io/district: {{ .Values.district.code | quote }}
{{- end -}}

{{/* Call with (dict "root" $ "name" $name) */}}
{{- define "onewindow.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "onewindow.workloadLabels" -}}
{{ include "onewindow.labels" .root }}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/component: {{ ternary "gateway" "service" (eq .name "gateway") }}
{{- end -}}

{{/* Images: <registry><repositoryPrefix>/<name>:<tag>, as eng/images.sh builds them. */}}
{{- define "onewindow.tag" -}}
{{- .Values.image.tag | default .Chart.AppVersion -}}
{{- end -}}

{{- define "onewindow.image" -}}
{{- printf "%s%s/%s:%s" .root.Values.image.registry .root.Values.image.repositoryPrefix .name (include "onewindow.tag" .root) -}}
{{- end -}}

{{/* A workload's settings: the defaults overlaid with its own entry. Call with (dict "root" $ "config" $entry); yields YAML. */}}
{{- define "onewindow.settings" -}}
{{- $merged := mergeOverwrite (deepCopy .root.Values.defaults) (deepCopy (.config | default dict)) -}}
{{- toYaml $merged -}}
{{- end -}}

{{/* Enabled services, sorted: a list of names. */}}
{{- define "onewindow.enabledServices" -}}
{{- $names := list -}}
{{- range $name, $svc := .Values.services -}}
{{- if $svc.enabled -}}{{- $names = append $names $name -}}{{- end -}}
{{- end -}}
{{- toJson (sortAlpha $names) -}}
{{- end -}}

{{/* The apps of the event bus, each with a Dapr sidecar: the enabled services and the web console, sorted. */}}
{{- define "onewindow.daprApps" -}}
{{- $apps := include "onewindow.enabledServices" . | fromJsonArray -}}
{{- if .Values.web.enabled -}}{{- $apps = append $apps "web" -}}{{- end -}}
{{- toJson (sortAlpha $apps) -}}
{{- end -}}

{{- define "onewindow.validateName" -}}
{{- if not (regexMatch "^[a-z][a-z0-9-]{0,30}$" .) -}}
{{- fail (printf "service name %q must be a lower-case DNS label (it is the Dapr app id and the image name)" .) -}}
{{- end -}}
{{- end -}}

{{/* Database name and roles of a service, as eng/run.sh names them: onewindow_<svc>, <svc>_app, <svc>_owner ('-' as '_'). */}}
{{- define "onewindow.pgConnection" -}}
{{- $pg := .root.Values.postgresql -}}
{{- printf "Host=%s;Port=%v;Database=%s%s;Username=%s_%s;Password=$(%s);SSL Mode=%s" $pg.host $pg.port $pg.databasePrefix (.name | replace "-" "_") (.name | replace "-" "_") .role .passwordVar $pg.sslMode -}}
{{- end -}}

{{/* A workload's Redis connection: its own ACL user where redis.perWorkloadUsers. Call with (dict "root" $ "name" $name). */}}
{{- define "onewindow.redisConnection" -}}
{{- $r := .root.Values.redis -}}
{{- $user := ternary (printf "user=%s," .name) "" (and $r.perWorkloadUsers true) -}}
{{- printf "%s:%v,%spassword=$(REDIS_PASSWORD),ssl=%t,abortConnect=false" $r.host $r.port $user $r.ssl -}}
{{- end -}}

{{- define "onewindow.secretEnv" -}}
- name: {{ .env }}
  valueFrom:
    secretKeyRef:
      name: {{ include "onewindow.credentialsSecret" .root }}
      key: {{ .key }}
{{- end -}}

{{/*
Environment shared by the gateway and every service: environment name, Redis, OIDC, telemetry.
Connection strings are assembled from the endpoints in values and the passwords in the credentials secret
(Kubernetes expands $(VAR) from variables defined earlier in the list). Call with (dict "root" $ "name" $workload).
*/}}
{{- define "onewindow.commonEnv" -}}
{{- $root := .root -}}
- name: ASPNETCORE_ENVIRONMENT
  value: {{ $root.Values.environment | quote }}
{{ include "onewindow.secretEnv" (dict "root" $root "env" "REDIS_PASSWORD" "key" (include "onewindow.redisPasswordKey" (dict "root" $root "user" .name))) }}
- name: ConnectionStrings__redis
  value: {{ include "onewindow.redisConnection" . | quote }}
{{ include "onewindow.secretEnv" (dict "root" $root "env" "Authentication__Authority" "key" "oidc-authority") }}
- name: Authentication__Audience
  value: {{ $root.Values.oidc.audience | quote }}
{{- if $root.Values.services.identity.enabled }}
# The platform's own provider: its discovery document is read inside the cluster, not through the ingress.
- name: Authentication__MetadataAddress
  value: {{ printf "%s/.well-known/openid-configuration" (include "onewindow.identityAddress" $root) | quote }}
{{- end }}
{{- with $root.Values.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
{{- end -}}

{{/* Environment of a service (its Deployment, its migration and seed Jobs). Call with (dict "root" $ "name" $name "settings" $s). */}}
{{- define "onewindow.serviceEnv" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{ include "onewindow.commonEnv" (dict "root" $root "name" $name) }}
{{ include "onewindow.secretEnv" (dict "root" $root "env" "POSTGRES_APP_PASSWORD" "key" (printf "postgres-%s-app-password" $name)) }}
- name: ConnectionStrings__{{ $name }}
  value: {{ include "onewindow.pgConnection" (dict "root" $root "name" $name "role" "app" "passwordVar" "POSTGRES_APP_PASSWORD") | quote }}
{{ include "onewindow.secretEnv" (dict "root" $root "env" "PersonalData__ActiveKeyId" "key" "personal-data-active-key-id") }}
{{ include "onewindow.secretEnv" (dict "root" $root "env" "PersonalData__BlindIndexKey" "key" "personal-data-blind-index-key") }}
{{- range $root.Values.personalData.keyIds }}
{{ include "onewindow.secretEnv" (dict "root" $root "env" (printf "PersonalData__Keys__%s" .) "key" (printf "personal-data-key-%s" .)) }}
{{- end }}
{{ include "onewindow.eventBusEnv" (dict "root" $root "name" $name) }}
{{- range $other := (include "onewindow.enabledServices" $root | fromJsonArray) }}
- name: Services__{{ $other }}__Grpc
  value: {{ printf "http://%s:%v" (include "onewindow.workloadName" (dict "root" $root "name" $other)) $root.Values.ports.grpc | quote }}
{{- end }}
{{- if eq $name "notification" }}
{{ include "onewindow.notificationEnv" $root }}
{{- end }}
{{- if eq $name "identity" }}
{{ include "onewindow.identityEnv" $root }}
{{- end }}
{{- range $key, $value := .settings.env }}
- name: {{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- end -}}

{{/* An app of the event bus: Dapr's transport, its app id and the token its sidecar presents. Call with (dict "root" $ "name" $app). */}}
{{- define "onewindow.eventBusEnv" -}}
{{- $root := .root -}}
- name: EventBus__Transport
  value: dapr
- name: EventBus__AppId
  value: {{ .name | quote }}
- name: EventBus__PubSubName
  value: {{ $root.Values.dapr.pubsubName | quote }}
- name: EventBus__DeadLetterTopic
  value: {{ $root.Values.dapr.deadLetterTopic | quote }}
- name: EventBus__AppApiToken
  valueFrom:
    secretKeyRef:
      name: {{ include "onewindow.appTokenSecret" (dict "root" $root "name" .name) }}
      key: token
- name: EventBus__Redis__MaxLenApprox
  value: {{ $root.Values.dapr.maxLenApprox | quote }}
- name: EventBus__Redis__Concurrency
  value: {{ $root.Values.dapr.concurrency | quote }}
- name: EventBus__Redis__MaxDeliveryAttempts
  value: {{ $root.Values.dapr.maxDeliveryAttempts | quote }}
- name: EventBus__Redis__PendingIdleTimeout
  value: {{ include "onewindow.timespan" $root.Values.dapr.processingTimeout | quote }}
{{- end -}}

{{/* Notification's SMS provider and its own identity at the OIDC provider (values: notification). */}}
{{- define "onewindow.notificationEnv" -}}
{{- $n := .Values.notification -}}
- name: Notification__Sms__Channel
  value: {{ $n.sms.channel | quote }}
{{- if eq $n.sms.channel "tencent" }}
- name: Notification__Sms__Tencent__Region
  value: {{ $n.sms.region | quote }}
- name: Notification__Sms__Tencent__SmsSdkAppId
  value: {{ $n.sms.smsSdkAppId | quote }}
- name: Notification__Sms__Tencent__SignName
  value: {{ $n.sms.signName | quote }}
{{ include "onewindow.secretEnv" (dict "root" . "env" "Notification__Sms__Tencent__SecretId" "key" "notification-sms-secret-id") }}
{{ include "onewindow.secretEnv" (dict "root" . "env" "Notification__Sms__Tencent__SecretKey" "key" "notification-sms-secret-key") }}
{{ include "onewindow.secretEnv" (dict "root" . "env" "Notification__Sms__Tencent__CallbackToken" "key" "notification-sms-callback-token") }}
{{- else }}
- name: Notification__Sms__Local__Folder
  value: {{ $n.sms.localFolder | quote }}
{{- end }}
{{- if .Values.oidc.authority }}
- name: ServiceIdentity__TokenEndpoint
  value: {{ $n.serviceIdentity.tokenEndpoint | default (printf "%s/connect/token" (include "onewindow.identityAddress" .)) | quote }}
- name: ServiceIdentity__ClientId
  value: {{ $n.serviceIdentity.clientId | quote }}
{{ include "onewindow.secretEnv" (dict "root" . "env" "ServiceIdentity__ClientSecret" "key" "notification-client-secret") }}
{{- end }}
{{- end -}}

{{/* A Go-style duration of seconds, minutes or hours ("30s", "2m", "1h") as a .NET TimeSpan ("00:00:30"). */}}
{{- define "onewindow.timespan" -}}
{{- $d := toString . -}}
{{- $n := regexFind "^[0-9]+" $d | int -}}
{{- $unit := trimPrefix (toString $n) $d -}}
{{- $seconds := 0 -}}
{{- if eq $unit "s" }}{{ $seconds = $n }}{{ else if eq $unit "m" }}{{ $seconds = mul $n 60 }}{{ else if eq $unit "h" }}{{ $seconds = mul $n 3600 }}{{ else }}{{ fail (printf "%q: use whole seconds, minutes or hours (30s, 2m, 1h)" $d) }}{{ end -}}
{{- printf "%02d:%02d:%02d" (div $seconds 3600) (mod (div $seconds 60) 60) (mod $seconds 60) -}}
{{- end -}}

{{/* Security contexts and the writable /tmp of a read-only root file system. */}}
{{- define "onewindow.podSecurity" -}}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
automountServiceAccountToken: {{ .Values.serviceAccount.automountToken }}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "onewindow.containerSecurity" -}}
securityContext:
  {{- toYaml .Values.containerSecurityContext | nindent 2 }}
volumeMounts:
  - name: tmp
    mountPath: /tmp
{{- end -}}

{{- define "onewindow.tmpVolume" -}}
volumes:
  - name: tmp
    emptyDir:
      sizeLimit: 256Mi
{{- end -}}

{{/*
Dapr's scope metadata for the enabled services, from files/event-scopes.yaml: "app1=t1,t2;app2=t3".
Call with (dict "root" $ "services" $names "list" "publishes"|"subscribes" "extra" $topicsEveryAppGets).
*/}}
{{- define "onewindow.eventScopes" -}}
{{- $scopes := .root.Files.Get "files/event-scopes.yaml" | fromYaml -}}
{{- $entries := list -}}
{{- range $name := .services -}}
{{- $app := index $scopes $name | default dict -}}
{{- $topics := concat (index $app $.list | default list) $.extra -}}
{{- $entries = append $entries (printf "%s=%s" $name (join "," $topics)) -}}
{{- end -}}
{{- join ";" $entries -}}
{{- end -}}

{{/* The address a browser sees the web console at (web.publicOrigin, or the gateway's ingress host over HTTPS). */}}
{{- define "onewindow.consoleOrigin" -}}
{{- .Values.web.publicOrigin | default (printf "https://%s/" .Values.gateway.ingress.host) -}}
{{- end -}}

{{/*
The web console: the common environment, where a browser sees it, the gateway it calls the services through and the
provider's back channel inside the cluster, its client secret at the provider, and the event bus (the hall's calls).
*/}}
{{- define "onewindow.webEnv" -}}
{{- $root := .root -}}
{{ include "onewindow.commonEnv" . }}
- name: Console__PublicOrigin
  value: {{ include "onewindow.consoleOrigin" $root | quote }}
- name: Console__GatewayAddress
  value: {{ printf "http://%s:%v/" (include "onewindow.workloadName" (dict "root" $root "name" "gateway")) $root.Values.ports.http | quote }}
{{- if $root.Values.services.identity.enabled }}
- name: Console__ProviderAddress
  value: {{ printf "%s/" (include "onewindow.identityAddress" $root) | quote }}
{{- end }}
{{ include "onewindow.secretEnv" (dict "root" $root "env" "Console__ClientSecret" "key" "console-client-secret") }}
{{ include "onewindow.eventBusEnv" (dict "root" $root "name" "web") }}
{{- range $key, $value := .settings.env }}
- name: {{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- end -}}

{{/* The identity provider's HTTP address inside the cluster. */}}
{{- define "onewindow.identityAddress" -}}
{{- printf "http://%s:%v" (include "onewindow.workloadName" (dict "root" . "name" "identity")) .Values.ports.http -}}
{{- end -}}

{{/*
The identity provider (values: identity, oidc): the issuer is oidc.authority, what browsers and tokens name; its
signing keys (newest first, PEM) and the key that encrypts its codes and refresh tokens are in the credentials
secret; the service clients' secrets are those the clients hold.
*/}}
{{- define "onewindow.identityEnv" -}}
- name: Identity__Issuer
  value: {{ .Values.oidc.authority | quote }}
- name: Identity__District
  value: {{ .Values.district.code | quote }}
{{- range $i, $key := .Values.identity.signingKeyIds }}
{{ include "onewindow.secretEnv" (dict "root" $ "env" (printf "Identity__SigningKeys__%d" $i) "key" (printf "identity-signing-key-%s" $key)) }}
{{- end }}
{{ include "onewindow.secretEnv" (dict "root" . "env" "Identity__EncryptionKey" "key" "identity-encryption-key") }}
{{- if .Values.services.notification.enabled }}
{{ include "onewindow.secretEnv" (dict "root" . "env" "Identity__Clients__notification__Secret" "key" "notification-client-secret") }}
{{- end }}
{{- if .Values.web.enabled }}
# The console signs people in here and is sent back to its own address.
{{ include "onewindow.secretEnv" (dict "root" . "env" "Identity__Clients__onewindow-console__Secret" "key" "console-client-secret") }}
- name: Identity__Clients__onewindow-console__RedirectUris__0
  value: {{ printf "%ssignin-oidc" (include "onewindow.consoleOrigin" .) | quote }}
- name: Identity__Clients__onewindow-console__PostLogoutRedirectUris__0
  value: {{ printf "%ssignout-callback-oidc" (include "onewindow.consoleOrigin" .) | quote }}
{{- end }}
{{- /* Residents' sign-in: its own client, to text codes (notification) and check real names (intake) as identity-service. */}}
{{ include "onewindow.secretEnv" (dict "root" . "env" "Identity__Clients__identity__Secret" "key" "identity-client-secret") }}
- name: ServiceIdentity__TokenEndpoint
  value: {{ printf "%s/connect/token" (include "onewindow.identityAddress" .) | quote }}
- name: ServiceIdentity__ClientId
  value: identity
{{ include "onewindow.secretEnv" (dict "root" . "env" "ServiceIdentity__ClientSecret" "key" "identity-client-secret") }}
{{- $proxies := .Values.identity.residents.trustedProxies | default (concat .Values.gateway.forwardedHeaders.knownNetworks .Values.gateway.forwardedHeaders.knownProxies) }}
{{- range $i, $proxy := $proxies }}
- name: Identity__Residents__TrustedProxies__{{ $i }}
  value: {{ $proxy | quote }}
{{- end }}
{{- end -}}
