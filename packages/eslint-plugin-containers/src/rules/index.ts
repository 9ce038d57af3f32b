import type { ContainersRule } from "../utils/create-rule.js";
import noLatestTag from "./no-latest-tag.js";
import pipNoCacheDir from "./pip-no-cache-dir.js";
import preferExecForm from "./prefer-exec-form.js";

/** Every rule of the plugin, by name (keep the list sorted). */
export const rules: Record<string, ContainersRule> = {
  "no-latest-tag": noLatestTag,
  "pip-no-cache-dir": pipNoCacheDir,
  "prefer-exec-form": preferExecForm,
};
