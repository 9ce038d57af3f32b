import { entryNode, findEntry, getComposeRoot, getEntryAtPath, getServices, isLongRunningService } from "../utils/compose/index.js";
import { createRule } from "../utils/create-rule.js";

export default createRule("compose-restart-policy", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a restart policy on long-running Compose services",
      config: "strict",
    },
    languages: ["compose"],
    schema: [],
    messages: {
      missing:
        'Service "{{service}}" has no restart policy, so it stays down after it crashes or the Docker daemon restarts. Set `restart: unless-stopped` (or `always`, `on-failure`), or `deploy.restart_policy`.',
    },
  },
  create(context) {
    return {
      Program() {
        const services = getServices(getComposeRoot(context));
        for (const service of services) {
          // `extends` may bring the policy from the service it extends.
          if (findEntry(service.mapping, "extends") || !isLongRunningService(service, services)) continue;
          if (findEntry(service.mapping, "restart") || getEntryAtPath(service.mapping, ["deploy", "restart_policy"])) continue;
          context.report({ node: entryNode(service.entry, "key"), messageId: "missing", data: { service: service.name } });
        }
      },
    };
  },
});
