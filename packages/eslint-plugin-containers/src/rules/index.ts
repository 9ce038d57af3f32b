import type { ContainersRule } from "../utils/create-rule.js";
import addRemoteChecksum from "./add-remote-checksum.js";
import apkNoCache from "./apk-no-cache.js";
import aptCleanLists from "./apt-clean-lists.js";
import aptNoInstallRecommends from "./apt-no-install-recommends.js";
import composeBindLocalhost from "./compose-bind-localhost.js";
import composeBuildTargetExists from "./compose-build-target-exists.js";
import composeDependsOnHealthy from "./compose-depends-on-healthy.js";
import composeNoBuildAndImage from "./compose-no-build-and-image.js";
import composeNoContainerName from "./compose-no-container-name.js";
import composeNoDangerousCapabilities from "./compose-no-dangerous-capabilities.js";
import composeNoDevBindMounts from "./compose-no-dev-bind-mounts.js";
import composeNoDockerSocket from "./compose-no-docker-socket.js";
import composeNoDuplicateContainerNames from "./compose-no-duplicate-container-names.js";
import composeNoDuplicatePorts from "./compose-no-duplicate-ports.js";
import composeNoHostNamespaces from "./compose-no-host-namespaces.js";
import composeNoNewPrivileges from "./compose-no-new-privileges.js";
import composeNoPrivileged from "./compose-no-privileged.js";
import composeNoQuotesInVolumes from "./compose-no-quotes-in-volumes.js";
import composeNoSensitiveMounts from "./compose-no-sensitive-mounts.js";
import composeNoUndefinedReferences from "./compose-no-undefined-references.js";
import composeNoVersion from "./compose-no-version.js";
import composePersistentVolumes from "./compose-persistent-volumes.js";
import composeQuotedPorts from "./compose-quoted-ports.js";
import composeReadOnly from "./compose-read-only.js";
import composeRequireProjectName from "./compose-require-project-name.js";
import composeResourceLimits from "./compose-resource-limits.js";
import composeRestartPolicy from "./compose-restart-policy.js";
import composeServiceKeysOrder from "./compose-service-keys-order.js";
import composeSortDependsOn from "./compose-sort-depends-on.js";
import composeSortPorts from "./compose-sort-ports.js";
import composeSortServices from "./compose-sort-services.js";
import composeTopLevelOrder from "./compose-top-level-order.js";
import composeValidSchema from "./compose-valid-schema.js";
import copyDestinationSlash from "./copy-destination-slash.js";
import copyIgnoredFile from "./copy-ignored-file.js";
import copyRequiresWorkdir from "./copy-requires-workdir.js";
import dockerignoreNoDuplicatePatterns from "./dockerignore-no-duplicate-patterns.js";
import dockerignoreNoIneffectiveExceptions from "./dockerignore-no-ineffective-exceptions.js";
import dockerignoreRequiredEntries from "./dockerignore-required-entries.js";
import dockerignoreValidPatterns from "./dockerignore-valid-patterns.js";
import fromAsCasing from "./from-as-casing.js";
import instructionCasing from "./instruction-casing.js";
import k8sJobRestartPolicy from "./k8s-job-restart-policy.js";
import k8sNoContainerSocket from "./k8s-no-container-socket.js";
import k8sNoDangerousCapabilities from "./k8s-no-dangerous-capabilities.js";
import k8sNoDuplicateEnv from "./k8s-no-duplicate-env.js";
import k8sNoHostNamespaces from "./k8s-no-host-namespaces.js";
import k8sNoHostPorts from "./k8s-no-host-ports.js";
import k8sNoPrivilegeEscalation from "./k8s-no-privilege-escalation.js";
import k8sNoPrivileged from "./k8s-no-privileged.js";
import k8sNoRemovedApiVersion from "./k8s-no-removed-api-version.js";
import k8sNoSensitiveHostMounts from "./k8s-no-sensitive-host-mounts.js";
import k8sNoUnmaskedProcMount from "./k8s-no-unmasked-proc-mount.js";
import k8sNoUnsafeSysctls from "./k8s-no-unsafe-sysctls.js";
import k8sProbePortExposed from "./k8s-probe-port-exposed.js";
import k8sReadOnlyRootFilesystem from "./k8s-read-only-root-filesystem.js";
import k8sRequireDropCapabilities from "./k8s-require-drop-capabilities.js";
import k8sResourceLimits from "./k8s-resource-limits.js";
import k8sSeccompProfile from "./k8s-seccomp-profile.js";
import k8sSelectorMatchesTemplate from "./k8s-selector-matches-template.js";
import labelSchema from "./label-schema.js";
import layerCacheOrder from "./layer-cache-order.js";
import noConsecutiveRun from "./no-consecutive-run.js";
import noConstantPlatform from "./no-constant-platform.js";
import noContainerUnfriendlyCommands from "./no-container-unfriendly-commands.js";
import noCopyAllInFinalStage from "./no-copy-all-in-final-stage.js";
import noCopyWholeFilesystem from "./no-copy-whole-filesystem.js";
import noDistUpgrade from "./no-dist-upgrade.js";
import noDuplicateInstructions from "./no-duplicate-instructions.js";
import noDuplicateStageNames from "./no-duplicate-stage-names.js";
import noEmptyContinuation from "./no-empty-continuation.js";
import noEnvSelfReference from "./no-env-self-reference.js";
import noLatestTag from "./no-latest-tag.js";
import noLegacyKeyValue from "./no-legacy-key-value.js";
import noMaintainer from "./no-maintainer.js";
import noMixedDownloaders from "./no-mixed-downloaders.js";
import noRemoteScriptPipe from "./no-remote-script-pipe.js";
import noReservedStageNames from "./no-reserved-stage-names.js";
import noRootUser from "./no-root-user.js";
import noSecretsInArgsAndEnv from "./no-secrets-in-args-and-env.js";
import noShellCmd from "./no-shell-cmd.js";
import noSudo from "./no-sudo.js";
import noUndefinedVariables from "./no-undefined-variables.js";
import packageCacheClean from "./package-cache-clean.js";
import packageManagerYes from "./package-manager-yes.js";
import pinPackageVersions from "./pin-package-versions.js";
import pipNoCacheDir from "./pip-no-cache-dir.js";
import preferAddForArchives from "./prefer-add-for-archives.js";
import preferAptGet from "./prefer-apt-get.js";
import preferCopy from "./prefer-copy.js";
import preferExecForm from "./prefer-exec-form.js";
import preferShellInstruction from "./prefer-shell-instruction.js";
import preferSlimBaseImage from "./prefer-slim-base-image.js";
import preferWorkdir from "./prefer-workdir.js";
import requireDockerignore from "./require-dockerignore.js";
import requireHealthcheck from "./require-healthcheck.js";
import requireImageDigest from "./require-image-digest.js";
import requireMultiStage from "./require-multi-stage.js";
import requirePipefail from "./require-pipefail.js";
import stageNameCasing from "./stage-name-casing.js";
import trustedRegistries from "./trusted-registries.js";
import useraddNoLogInit from "./useradd-no-log-init.js";
import validCopyFrom from "./valid-copy-from.js";
import validExpose from "./valid-expose.js";
import validInstructionOrder from "./valid-instruction-order.js";
import validLabelKeys from "./valid-label-keys.js";
import validSyntax from "./valid-syntax.js";
import wgetQuietProgress from "./wget-quiet-progress.js";
import workdirAbsolute from "./workdir-absolute.js";

/** Every rule of the plugin, by name (keep the list sorted). */
export const rules: Record<string, ContainersRule> = {
  "add-remote-checksum": addRemoteChecksum,
  "apk-no-cache": apkNoCache,
  "apt-clean-lists": aptCleanLists,
  "apt-no-install-recommends": aptNoInstallRecommends,
  "compose-bind-localhost": composeBindLocalhost,
  "compose-build-target-exists": composeBuildTargetExists,
  "compose-depends-on-healthy": composeDependsOnHealthy,
  "compose-no-build-and-image": composeNoBuildAndImage,
  "compose-no-container-name": composeNoContainerName,
  "compose-no-dangerous-capabilities": composeNoDangerousCapabilities,
  "compose-no-dev-bind-mounts": composeNoDevBindMounts,
  "compose-no-docker-socket": composeNoDockerSocket,
  "compose-no-duplicate-container-names": composeNoDuplicateContainerNames,
  "compose-no-duplicate-ports": composeNoDuplicatePorts,
  "compose-no-host-namespaces": composeNoHostNamespaces,
  "compose-no-new-privileges": composeNoNewPrivileges,
  "compose-no-privileged": composeNoPrivileged,
  "compose-no-quotes-in-volumes": composeNoQuotesInVolumes,
  "compose-no-sensitive-mounts": composeNoSensitiveMounts,
  "compose-no-undefined-references": composeNoUndefinedReferences,
  "compose-no-version": composeNoVersion,
  "compose-persistent-volumes": composePersistentVolumes,
  "compose-quoted-ports": composeQuotedPorts,
  "compose-read-only": composeReadOnly,
  "compose-require-project-name": composeRequireProjectName,
  "compose-resource-limits": composeResourceLimits,
  "compose-restart-policy": composeRestartPolicy,
  "compose-service-keys-order": composeServiceKeysOrder,
  "compose-sort-depends-on": composeSortDependsOn,
  "compose-sort-ports": composeSortPorts,
  "compose-sort-services": composeSortServices,
  "compose-top-level-order": composeTopLevelOrder,
  "compose-valid-schema": composeValidSchema,
  "copy-destination-slash": copyDestinationSlash,
  "copy-ignored-file": copyIgnoredFile,
  "copy-requires-workdir": copyRequiresWorkdir,
  "dockerignore-no-duplicate-patterns": dockerignoreNoDuplicatePatterns,
  "dockerignore-no-ineffective-exceptions": dockerignoreNoIneffectiveExceptions,
  "dockerignore-required-entries": dockerignoreRequiredEntries,
  "dockerignore-valid-patterns": dockerignoreValidPatterns,
  "from-as-casing": fromAsCasing,
  "instruction-casing": instructionCasing,
  "k8s-job-restart-policy": k8sJobRestartPolicy,
  "k8s-no-container-socket": k8sNoContainerSocket,
  "k8s-no-dangerous-capabilities": k8sNoDangerousCapabilities,
  "k8s-no-duplicate-env": k8sNoDuplicateEnv,
  "k8s-no-host-namespaces": k8sNoHostNamespaces,
  "k8s-no-host-ports": k8sNoHostPorts,
  "k8s-no-privilege-escalation": k8sNoPrivilegeEscalation,
  "k8s-no-privileged": k8sNoPrivileged,
  "k8s-no-removed-api-version": k8sNoRemovedApiVersion,
  "k8s-no-sensitive-host-mounts": k8sNoSensitiveHostMounts,
  "k8s-no-unmasked-proc-mount": k8sNoUnmaskedProcMount,
  "k8s-no-unsafe-sysctls": k8sNoUnsafeSysctls,
  "k8s-probe-port-exposed": k8sProbePortExposed,
  "k8s-read-only-root-filesystem": k8sReadOnlyRootFilesystem,
  "k8s-require-drop-capabilities": k8sRequireDropCapabilities,
  "k8s-resource-limits": k8sResourceLimits,
  "k8s-seccomp-profile": k8sSeccompProfile,
  "k8s-selector-matches-template": k8sSelectorMatchesTemplate,
  "label-schema": labelSchema,
  "layer-cache-order": layerCacheOrder,
  "no-consecutive-run": noConsecutiveRun,
  "no-constant-platform": noConstantPlatform,
  "no-container-unfriendly-commands": noContainerUnfriendlyCommands,
  "no-copy-all-in-final-stage": noCopyAllInFinalStage,
  "no-copy-whole-filesystem": noCopyWholeFilesystem,
  "no-dist-upgrade": noDistUpgrade,
  "no-duplicate-instructions": noDuplicateInstructions,
  "no-duplicate-stage-names": noDuplicateStageNames,
  "no-empty-continuation": noEmptyContinuation,
  "no-env-self-reference": noEnvSelfReference,
  "no-latest-tag": noLatestTag,
  "no-legacy-key-value": noLegacyKeyValue,
  "no-maintainer": noMaintainer,
  "no-mixed-downloaders": noMixedDownloaders,
  "no-remote-script-pipe": noRemoteScriptPipe,
  "no-reserved-stage-names": noReservedStageNames,
  "no-root-user": noRootUser,
  "no-secrets-in-args-and-env": noSecretsInArgsAndEnv,
  "no-shell-cmd": noShellCmd,
  "no-sudo": noSudo,
  "no-undefined-variables": noUndefinedVariables,
  "package-cache-clean": packageCacheClean,
  "package-manager-yes": packageManagerYes,
  "pin-package-versions": pinPackageVersions,
  "pip-no-cache-dir": pipNoCacheDir,
  "prefer-add-for-archives": preferAddForArchives,
  "prefer-apt-get": preferAptGet,
  "prefer-copy": preferCopy,
  "prefer-exec-form": preferExecForm,
  "prefer-shell-instruction": preferShellInstruction,
  "prefer-slim-base-image": preferSlimBaseImage,
  "prefer-workdir": preferWorkdir,
  "require-dockerignore": requireDockerignore,
  "require-healthcheck": requireHealthcheck,
  "require-image-digest": requireImageDigest,
  "require-multi-stage": requireMultiStage,
  "require-pipefail": requirePipefail,
  "stage-name-casing": stageNameCasing,
  "trusted-registries": trustedRegistries,
  "useradd-no-log-init": useraddNoLogInit,
  "valid-copy-from": validCopyFrom,
  "valid-expose": validExpose,
  "valid-instruction-order": validInstructionOrder,
  "valid-label-keys": validLabelKeys,
  "valid-syntax": validSyntax,
  "wget-quiet-progress": wgetQuietProgress,
  "workdir-absolute": workdirAbsolute,
};
