/**
 * What other container linters call our rules: Docker's build checks (`docker build --check`),
 * hadolint's DL codes, dclint's rules, and the checks of kube-linter, Polaris and kube-score,
 * each mapped to the rule names of this plugin (the
 * catalogue's names, also for rules a given build may not ship yet; callers that act on a mapping
 * keep only the rules the plugin has). One table per tool; the migration guides in docs/ are
 * generated from these tables (`scripts/generate-migration-docs.ts`) and a test keeps them equal.
 */

/** A tool's rule maps to our rules, or to none with the reason why. */
export type Mapping = { rules: readonly string[]; note?: string } | { rules: readonly []; notCovered: string };

const to = (...rules: string[]): Mapping => ({ rules });
const toWith = (note: string, ...rules: string[]): Mapping => ({ rules, note });
const notCovered = (reason: string): Mapping => ({ rules: [], notCovered: reason });

/** Docker's build checks (https://docs.docker.com/reference/build-checks/) by name. */
export const DOCKER_BUILD_CHECKS: Readonly<Record<string, Mapping>> = {
  ConsistentInstructionCasing: to("instruction-casing"),
  CopyIgnoredFile: to("copy-ignored-file"),
  DuplicateStageName: to("no-duplicate-stage-names"),
  ExposeInvalidFormat: to("valid-expose"),
  ExposeProtoCasing: to("valid-expose"),
  FromAsCasing: to("from-as-casing"),
  FromPlatformFlagConstDisallowed: to("no-constant-platform"),
  InvalidBaseImagePlatform: notCovered(
    "needs the base image's manifest from a registry at build time; a linter reads only the file",
  ),
  InvalidDefaultArgInFrom: to("no-undefined-variables"),
  JSONArgsRecommended: to("prefer-exec-form"),
  LegacyKeyValueFormat: to("no-legacy-key-value"),
  MaintainerDeprecated: to("no-maintainer"),
  MultipleInstructionsDisallowed: to("no-duplicate-instructions"),
  NoEmptyContinuation: to("no-empty-continuation"),
  RedundantTargetPlatform: to("no-constant-platform"),
  ReservedStageName: to("no-reserved-stage-names"),
  SecretsUsedInArgOrEnv: to("no-secrets-in-args-and-env"),
  StageNameCasing: to("stage-name-casing"),
  UndefinedArgInFrom: to("no-undefined-variables"),
  UndefinedVar: to("no-undefined-variables"),
  WorkdirRelativePath: to("workdir-absolute"),
};

export interface HadolintRule {
  /** hadolint's own summary of the rule. */
  summary: string;
  /** `removed`: hadolint dropped the rule; `unassigned`: hadolint never used the code. */
  status?: "removed" | "unassigned";
  mapping: Mapping;
}

const hadolint = (summary: string, mapping: Mapping, status?: HadolintRule["status"]): HadolintRule =>
  status ? { summary, mapping, status } : { summary, mapping };

const PIN = to("pin-package-versions");
const LABELS = to("label-schema");

/** hadolint's DL rules: DL1001, DL3000–DL3065 (and DL3067, which the catalogue covers), DL4000–DL4006. */
export const HADOLINT_RULES: Readonly<Record<string, HadolintRule>> = {
  DL1001: hadolint(
    "Refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`",
    notCovered("ESLint's own switch does this: `linterOptions: { noInlineConfig: true }` or `--no-inline-config`"),
  ),
  DL3000: hadolint("Use absolute WORKDIR", to("workdir-absolute")),
  DL3001: hadolint("Commands that make no sense in a container (ssh, vim, shutdown, service, ps...)", to("no-container-unfriendly-commands")),
  DL3002: hadolint("Last user should not be root", to("no-root-user")),
  DL3003: hadolint("Use WORKDIR to switch to a directory", to("prefer-workdir")),
  DL3004: hadolint("Do not use sudo", to("no-sudo")),
  DL3005: hadolint("Do not use apt-get dist-upgrade", toWith("hadolint removed DL3005; our rule still reports `dist-upgrade`", "no-dist-upgrade"), "removed"),
  DL3006: hadolint("Always tag the version of an image explicitly", to("no-latest-tag")),
  DL3007: hadolint("Using latest is prone to errors", to("no-latest-tag")),
  DL3008: hadolint("Pin versions in apt-get install", PIN),
  DL3009: hadolint("Delete the apt-get lists after installing something", to("apt-clean-lists")),
  DL3010: hadolint("Use ADD for extracting archives into an image", to("prefer-add-for-archives")),
  DL3011: hadolint("Valid UNIX ports range from 0 to 65535", to("valid-expose")),
  DL3012: hadolint("Multiple HEALTHCHECK instructions", to("no-duplicate-instructions")),
  DL3013: hadolint("Pin versions in pip", PIN),
  DL3014: hadolint("Use the -y switch (apt-get)", to("package-manager-yes")),
  DL3015: hadolint("Avoid additional packages by specifying --no-install-recommends", to("apt-no-install-recommends")),
  DL3016: hadolint("Pin versions in npm", PIN),
  DL3017: hadolint(
    "Do not use apk upgrade",
    notCovered("hadolint removed it: upgrading the base image's packages is a legitimate way to get security fixes"),
    "removed",
  ),
  DL3018: hadolint("Pin versions in apk add", PIN),
  DL3019: hadolint("Use the --no-cache switch with apk add", to("apk-no-cache")),
  DL3020: hadolint("Use COPY instead of ADD for files and folders", to("prefer-copy")),
  DL3021: hadolint("COPY with more than 2 arguments requires the last argument to end with /", to("copy-destination-slash")),
  DL3022: hadolint("COPY --from should reference a previously defined FROM alias", to("valid-copy-from")),
  DL3023: hadolint("COPY --from cannot reference its own FROM alias", to("valid-copy-from")),
  DL3024: hadolint("FROM aliases (stage names) must be unique", to("no-duplicate-stage-names")),
  DL3025: hadolint("Use arguments JSON notation for CMD and ENTRYPOINT arguments", to("prefer-exec-form")),
  DL3026: hadolint("Use only an allowed registry in the FROM image", to("trusted-registries")),
  DL3027: hadolint("Do not use apt, use apt-get or apt-cache", to("prefer-apt-get")),
  DL3028: hadolint("Pin versions in gem install", PIN),
  DL3029: hadolint("Do not use --platform flag with FROM", to("no-constant-platform")),
  DL3030: hadolint("Use the -y switch with yum install", to("package-manager-yes")),
  DL3031: hadolint(
    "Do not use yum update",
    notCovered("hadolint removed it: updating packages is a legitimate way to get security fixes"),
    "removed",
  ),
  DL3032: hadolint("yum clean all missing after yum command", to("package-cache-clean")),
  DL3033: hadolint("Specify version with yum install", PIN),
  DL3034: hadolint("Non-interactive switch missing from zypper command", to("package-manager-yes")),
  DL3035: hadolint("Do not use zypper dist-upgrade", to("no-dist-upgrade")),
  DL3036: hadolint("zypper clean missing after zypper use", to("package-cache-clean")),
  DL3037: hadolint("Specify version with zypper install", PIN),
  DL3038: hadolint("Use the -y switch with dnf install", to("package-manager-yes")),
  DL3039: hadolint(
    "Do not use dnf update",
    notCovered("hadolint removed it: updating packages is a legitimate way to get security fixes"),
    "removed",
  ),
  DL3040: hadolint("dnf clean all missing after dnf command", to("package-cache-clean")),
  DL3041: hadolint("Specify version with dnf install", PIN),
  DL3042: hadolint("Avoid cache directory with pip install --no-cache-dir", to("pip-no-cache-dir")),
  DL3043: hadolint("ONBUILD, FROM or MAINTAINER triggered from within ONBUILD", to("valid-instruction-order")),
  DL3044: hadolint("Do not refer to an environment variable within the same ENV statement", to("no-env-self-reference")),
  DL3045: hadolint("COPY to a relative destination without WORKDIR set", to("copy-requires-workdir")),
  DL3046: hadolint("useradd without flag -l and high UID", to("useradd-no-log-init")),
  DL3047: hadolint("wget without flag --progress", to("wget-quiet-progress")),
  DL3048: hadolint("Invalid label key", to("valid-label-keys")),
  DL3049: hadolint("Label is missing", LABELS),
  DL3050: hadolint("Superfluous label(s) present", LABELS),
  DL3051: hadolint("Label is empty", LABELS),
  DL3052: hadolint("Label is not a valid URL", LABELS),
  DL3053: hadolint("Label is not a valid RFC 3339 time", LABELS),
  DL3054: hadolint("Label is not a valid SPDX license identifier", LABELS),
  DL3055: hadolint("Label is not a valid git hash", LABELS),
  DL3056: hadolint("Label does not conform to semantic versioning", LABELS),
  DL3057: hadolint("HEALTHCHECK instruction missing", to("require-healthcheck")),
  DL3058: hadolint("Label is not a valid RFC 5322 email", LABELS),
  DL3059: hadolint("Multiple consecutive RUN instructions", to("no-consecutive-run")),
  DL3060: hadolint("yarn cache clean missing after yarn install", to("package-cache-clean")),
  DL3061: hadolint("Invalid instruction order: begin with FROM, ARG or a comment", to("valid-instruction-order")),
  DL3062: hadolint("Pin versions in go install", PIN),
  DL3063: hadolint("Stage name should not be a reserved word", to("no-reserved-stage-names")),
  DL3064: hadolint("Potentially sensitive data in ARG or ENV", to("no-secrets-in-args-and-env")),
  DL3065: hadolint("FROM --platform=$TARGETPLATFORM is redundant", to("no-constant-platform")),
  DL3067: hadolint("COPY --from of a whole filesystem (`/`)", to("no-copy-whole-filesystem")),
  DL4000: hadolint("MAINTAINER is deprecated", to("no-maintainer")),
  DL4001: hadolint("Either use wget or curl but not both", to("no-mixed-downloaders")),
  DL4002: hadolint("(no such rule)", notCovered("hadolint never assigned DL4002"), "unassigned"),
  DL4003: hadolint("Multiple CMD instructions found", to("no-duplicate-instructions")),
  DL4004: hadolint("Multiple ENTRYPOINT instructions found", to("no-duplicate-instructions")),
  DL4005: hadolint("Use SHELL to change the default shell", to("prefer-shell-instruction")),
  DL4006: hadolint("Set the SHELL option -o pipefail before RUN with a pipe in it", to("require-pipefail")),
};

/** dclint's rules (dclint 3.x) and the two checks it always runs. */
export const DCLINT_RULES: Readonly<Record<string, Mapping>> = {
  "invalid-yaml": toWith("YAML that does not parse is always a parsing error in ESLint; no rule to turn on"),
  "invalid-schema": to("compose-valid-schema"),
  "no-build-and-image": to("compose-no-build-and-image"),
  "no-duplicate-container-names": to("compose-no-duplicate-container-names"),
  "no-duplicate-exported-ports": to("compose-no-duplicate-ports"),
  "no-quotes-in-volumes": to("compose-no-quotes-in-volumes"),
  "no-unbound-port-interfaces": to("compose-bind-localhost"),
  "no-version-field": to("compose-no-version"),
  "require-project-name-field": to("compose-require-project-name"),
  "require-quotes-in-ports": to("compose-quoted-ports"),
  "service-container-name-regex": toWith(
    "the Compose schema's `container_name` pattern is the one dclint checks",
    "compose-valid-schema",
  ),
  "service-dependencies-alphabetical-order": to("compose-sort-depends-on"),
  "service-image-require-explicit-tag": to("no-latest-tag"),
  "service-keys-order": to("compose-service-keys-order"),
  "service-ports-alphabetical-order": to("compose-sort-ports"),
  "services-alphabetical-order": to("compose-sort-services"),
  "top-level-properties-order": to("compose-top-level-order"),
};

/** kube-linter's checks, as named in `ignore-check.kube-linter.io/<check>` annotations. */
export const KUBE_LINTER_CHECKS: Readonly<Record<string, Mapping>> = {
  "dangling-service": notCovered("needs every object of the cluster, not one file"),
  "docker-sock": to("k8s-no-container-socket"),
  "drop-net-raw-capability": to("k8s-require-drop-capabilities"),
  "duplicate-env-var": to("k8s-no-duplicate-env"),
  "env-var-secret": to("no-secrets-in-args-and-env"),
  "host-ipc": to("k8s-no-host-namespaces"),
  "host-network": to("k8s-no-host-namespaces"),
  "host-pid": to("k8s-no-host-namespaces"),
  "latest-tag": to("no-latest-tag"),
  "liveness-port": to("k8s-probe-port-exposed"),
  "mismatching-selector": to("k8s-selector-matches-template"),
  "no-extensions-v1beta": to("k8s-no-removed-api-version"),
  "no-read-only-root-fs": to("k8s-read-only-root-filesystem"),
  "no-readiness-probe": to("require-healthcheck"),
  "privilege-escalation-container": to("k8s-no-privilege-escalation"),
  "privileged-container": to("k8s-no-privileged"),
  "readiness-port": to("k8s-probe-port-exposed"),
  "run-as-non-root": to("no-root-user"),
  "sensitive-host-mounts": to("k8s-no-sensitive-host-mounts"),
  "startup-port": to("k8s-probe-port-exposed"),
  "unsafe-proc-mount": to("k8s-no-unmasked-proc-mount"),
  "unsafe-sysctls": to("k8s-no-unsafe-sysctls"),
  "unset-cpu-requirements": to("k8s-resource-limits"),
  "unset-memory-requirements": to("k8s-resource-limits"),
};

/** Polaris' checks, as named in `polaris.fairwinds.com/<check>-exempt` annotations. */
export const POLARIS_CHECKS: Readonly<Record<string, Mapping>> = {
  cpuLimitsMissing: toWith("with the option `requireCpuLimit: true`", "k8s-resource-limits"),
  cpuRequestsMissing: to("k8s-resource-limits"),
  dangerousCapabilities: to("k8s-no-dangerous-capabilities"),
  hostIPCSet: to("k8s-no-host-namespaces"),
  hostNetworkSet: to("k8s-no-host-namespaces"),
  hostPIDSet: to("k8s-no-host-namespaces"),
  hostPathSet: toWith("with the option `anyHostPath: true`", "k8s-no-sensitive-host-mounts"),
  hostPortSet: to("k8s-no-host-ports"),
  insecureCapabilities: to("k8s-require-drop-capabilities"),
  livenessProbeMissing: toWith("with the option `livenessProbe: true`", "require-healthcheck"),
  memoryLimitsMissing: to("k8s-resource-limits"),
  memoryRequestsMissing: to("k8s-resource-limits"),
  notReadOnlyRootFilesystem: to("k8s-read-only-root-filesystem"),
  privilegeEscalationAllowed: to("k8s-no-privilege-escalation"),
  procMount: to("k8s-no-unmasked-proc-mount"),
  pullPolicyNotAlways: notCovered("a pinned tag or digest makes the pull policy irrelevant; see no-latest-tag"),
  readinessProbeMissing: to("require-healthcheck"),
  runAsPrivileged: to("k8s-no-privileged"),
  runAsRootAllowed: to("no-root-user"),
  tagNotSpecified: to("no-latest-tag"),
};

/** kube-score's checks, as listed in its `kube-score/ignore` annotation. */
export const KUBE_SCORE_CHECKS: Readonly<Record<string, Mapping>> = {
  "container-image-tag": to("no-latest-tag"),
  "container-resources": to("k8s-resource-limits"),
  "container-security-context-privileged": to("k8s-no-privileged"),
  "container-security-context-readonlyrootfilesystem": to("k8s-read-only-root-filesystem"),
  "container-security-context-user-group-id": to("no-root-user"),
  "container-seccomp-profile": to("k8s-seccomp-profile"),
  "cronjob-restartpolicy": to("k8s-job-restart-policy"),
  "pod-probes": to("require-healthcheck"),
  "pod-networkpolicy": notCovered("needs the NetworkPolicies of the namespace, usually in other files"),
};

/** Our rules for some entries of a table (unknown names contribute nothing). */
export function rulesFor(table: Readonly<Record<string, Mapping | HadolintRule>>, names: Iterable<string>): Set<string> {
  const rules = new Set<string>();
  for (const name of names) {
    const entry = Object.hasOwn(table, name) ? table[name] : undefined;
    const mapping = entry && "mapping" in entry ? entry.mapping : entry;
    for (const rule of mapping?.rules ?? []) rules.add(rule);
  }
  return rules;
}
