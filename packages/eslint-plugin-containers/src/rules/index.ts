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
import layerCacheOrder from "./layer-cache-order.js";
import noConstantPlatform from "./no-constant-platform.js";
import noCopyAllInFinalStage from "./no-copy-all-in-final-stage.js";
import noCopyWholeFilesystem from "./no-copy-whole-filesystem.js";
import noDistUpgrade from "./no-dist-upgrade.js";
import noDuplicateInstructions from "./no-duplicate-instructions.js";
import noDuplicateStageNames from "./no-duplicate-stage-names.js";
import noLatestTag from "./no-latest-tag.js";
import noReservedStageNames from "./no-reserved-stage-names.js";
import noRootUser from "./no-root-user.js";
import noSecretsInArgsAndEnv from "./no-secrets-in-args-and-env.js";
import noShellCmd from "./no-shell-cmd.js";
import packageCacheClean from "./package-cache-clean.js";
import packageManagerYes from "./package-manager-yes.js";
import pinPackageVersions from "./pin-package-versions.js";
import pipNoCacheDir from "./pip-no-cache-dir.js";
import preferAptGet from "./prefer-apt-get.js";
import preferCopy from "./prefer-copy.js";
import preferExecForm from "./prefer-exec-form.js";
import preferSlimBaseImage from "./prefer-slim-base-image.js";
import requireHealthcheck from "./require-healthcheck.js";
import requireImageDigest from "./require-image-digest.js";
import requireMultiStage from "./require-multi-stage.js";
import stageNameCasing from "./stage-name-casing.js";
import trustedRegistries from "./trusted-registries.js";
import validCopyFrom from "./valid-copy-from.js";
import validExpose from "./valid-expose.js";

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
  "layer-cache-order": layerCacheOrder,
  "no-constant-platform": noConstantPlatform,
  "no-copy-all-in-final-stage": noCopyAllInFinalStage,
  "no-copy-whole-filesystem": noCopyWholeFilesystem,
  "no-dist-upgrade": noDistUpgrade,
  "no-duplicate-instructions": noDuplicateInstructions,
  "no-duplicate-stage-names": noDuplicateStageNames,
  "no-latest-tag": noLatestTag,
  "no-reserved-stage-names": noReservedStageNames,
  "no-root-user": noRootUser,
  "no-secrets-in-args-and-env": noSecretsInArgsAndEnv,
  "no-shell-cmd": noShellCmd,
  "package-cache-clean": packageCacheClean,
  "package-manager-yes": packageManagerYes,
  "pin-package-versions": pinPackageVersions,
  "pip-no-cache-dir": pipNoCacheDir,
  "prefer-apt-get": preferAptGet,
  "prefer-copy": preferCopy,
  "prefer-exec-form": preferExecForm,
  "prefer-slim-base-image": preferSlimBaseImage,
  "require-healthcheck": requireHealthcheck,
  "require-image-digest": requireImageDigest,
  "require-multi-stage": requireMultiStage,
  "stage-name-casing": stageNameCasing,
  "trusted-registries": trustedRegistries,
  "valid-copy-from": validCopyFrom,
  "valid-expose": validExpose,
};
