import {
  entryNode,
  findEntry,
  getComposeBoolean,
  getComposeRoot,
  getServices,
  mayBeDefinedElsewhere,
} from "../utils/compose/index.js";
import { createRule } from "../utils/create-rule.js";

export default createRule("compose-read-only", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require Compose services to run with a read-only root filesystem",
      config: "strict",
    },
    languages: ["compose"],
    schema: [],
    messages: {
      missing:
        'Service "{{service}}" has a writable root filesystem, so an attacker can change its programs and drop files. Add `read_only: true`, with `tmpfs` or volumes for the paths it writes.',
      disabled:
        'Service "{{service}}" sets `read_only: false`, so an attacker can change its programs and drop files. Set it to true, with `tmpfs` or volumes for the paths it writes.',
    },
  },
  create(context) {
    return {
      Program() {
        for (const service of getServices(getComposeRoot(context))) {
          if (mayBeDefinedElsewhere(service)) continue;
          const entry = findEntry(service.mapping, "read_only");
          if (!entry) {
            context.report({ node: entryNode(service.entry, "key"), messageId: "missing", data: { service: service.name } });
          } else if (getComposeBoolean(entry.value) === false) {
            // `${READ_ONLY}` is unknown until run time: not reported.
            context.report({ node: entryNode(entry, "value"), messageId: "disabled", data: { service: service.name } });
          }
        }
      },
    };
  },
});
