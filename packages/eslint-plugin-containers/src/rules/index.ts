import type { ContainersRule } from "../utils/create-rule.js";
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
import copyRequiresWorkdir from "./copy-requires-workdir.js";
import fromAsCasing from "./from-as-casing.js";
import instructionCasing from "./instruction-casing.js";
import labelSchema from "./label-schema.js";
import noEmptyContinuation from "./no-empty-continuation.js";
import noEnvSelfReference from "./no-env-self-reference.js";
import noLatestTag from "./no-latest-tag.js";
import noLegacyKeyValue from "./no-legacy-key-value.js";
import noMaintainer from "./no-maintainer.js";
import noRootUser from "./no-root-user.js";
import noSecretsInArgsAndEnv from "./no-secrets-in-args-and-env.js";
import noUndefinedVariables from "./no-undefined-variables.js";
import pipNoCacheDir from "./pip-no-cache-dir.js";
import preferExecForm from "./prefer-exec-form.js";
import requireHealthcheck from "./require-healthcheck.js";
import requireImageDigest from "./require-image-digest.js";
import trustedRegistries from "./trusted-registries.js";
import validInstructionOrder from "./valid-instruction-order.js";
import validLabelKeys from "./valid-label-keys.js";
import workdirAbsolute from "./workdir-absolute.js";

/** Every rule of the plugin, by name (keep the list sorted). */
export const rules: Record<string, ContainersRule> = {
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
  "copy-requires-workdir": copyRequiresWorkdir,
  "from-as-casing": fromAsCasing,
  "instruction-casing": instructionCasing,
  "label-schema": labelSchema,
  "no-empty-continuation": noEmptyContinuation,
  "no-env-self-reference": noEnvSelfReference,
  "no-latest-tag": noLatestTag,
  "no-legacy-key-value": noLegacyKeyValue,
  "no-maintainer": noMaintainer,
  "no-root-user": noRootUser,
  "no-secrets-in-args-and-env": noSecretsInArgsAndEnv,
  "no-undefined-variables": noUndefinedVariables,
  "pip-no-cache-dir": pipNoCacheDir,
  "prefer-exec-form": preferExecForm,
  "require-healthcheck": requireHealthcheck,
  "require-image-digest": requireImageDigest,
  "trusted-registries": trustedRegistries,
  "valid-instruction-order": validInstructionOrder,
  "valid-label-keys": validLabelKeys,
  "workdir-absolute": workdirAbsolute,
};
