import type { ContainersRule } from "../utils/create-rule.js";
import composeBuildTargetExists from "./compose-build-target-exists.js";
import composeNoPrivileged from "./compose-no-privileged.js";
import composeNoVersion from "./compose-no-version.js";
import composeQuotedPorts from "./compose-quoted-ports.js";
import noLatestTag from "./no-latest-tag.js";
import noRootUser from "./no-root-user.js";
import pipNoCacheDir from "./pip-no-cache-dir.js";
import preferExecForm from "./prefer-exec-form.js";
import requireImageDigest from "./require-image-digest.js";

/** Every rule of the plugin, by name (keep the list sorted). */
export const rules: Record<string, ContainersRule> = {
  "compose-build-target-exists": composeBuildTargetExists,
  "compose-no-privileged": composeNoPrivileged,
  "compose-no-version": composeNoVersion,
  "compose-quoted-ports": composeQuotedPorts,
  "no-latest-tag": noLatestTag,
  "no-root-user": noRootUser,
  "pip-no-cache-dir": pipNoCacheDir,
  "prefer-exec-form": preferExecForm,
  "require-image-digest": requireImageDigest,
};
