import type { ContainersRule } from "../utils/create-rule.js";
import composeBindLocalhost from "./compose-bind-localhost.js";
import composeBuildTargetExists from "./compose-build-target-exists.js";
import composeDependsOnHealthy from "./compose-depends-on-healthy.js";
import composeNoBuildAndImage from "./compose-no-build-and-image.js";
import composeNoContainerName from "./compose-no-container-name.js";
import composeNoDuplicateContainerNames from "./compose-no-duplicate-container-names.js";
import composeNoDuplicatePorts from "./compose-no-duplicate-ports.js";
import composeNoPrivileged from "./compose-no-privileged.js";
import composeNoVersion from "./compose-no-version.js";
import composeQuotedPorts from "./compose-quoted-ports.js";
import composeRequireProjectName from "./compose-require-project-name.js";
import composeRestartPolicy from "./compose-restart-policy.js";
import noLatestTag from "./no-latest-tag.js";
import noRootUser from "./no-root-user.js";
import pipNoCacheDir from "./pip-no-cache-dir.js";
import preferExecForm from "./prefer-exec-form.js";
import requireHealthcheck from "./require-healthcheck.js";
import requireImageDigest from "./require-image-digest.js";

/** Every rule of the plugin, by name (keep the list sorted). */
export const rules: Record<string, ContainersRule> = {
  "compose-bind-localhost": composeBindLocalhost,
  "compose-build-target-exists": composeBuildTargetExists,
  "compose-depends-on-healthy": composeDependsOnHealthy,
  "compose-no-build-and-image": composeNoBuildAndImage,
  "compose-no-container-name": composeNoContainerName,
  "compose-no-duplicate-container-names": composeNoDuplicateContainerNames,
  "compose-no-duplicate-ports": composeNoDuplicatePorts,
  "compose-no-privileged": composeNoPrivileged,
  "compose-no-version": composeNoVersion,
  "compose-quoted-ports": composeQuotedPorts,
  "compose-require-project-name": composeRequireProjectName,
  "compose-restart-policy": composeRestartPolicy,
  "no-latest-tag": noLatestTag,
  "no-root-user": noRootUser,
  "pip-no-cache-dir": pipNoCacheDir,
  "prefer-exec-form": preferExecForm,
  "require-healthcheck": requireHealthcheck,
  "require-image-digest": requireImageDigest,
};
