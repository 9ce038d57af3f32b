import { createRule } from "../utils/create-rule.js";
import { entryNode, findEntry, getComposeRoot, getServices } from "../utils/compose/index.js";

export default createRule("compose-no-container-name", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow `container_name` in Compose services",
      config: "strict",
    },
    languages: ["compose"],
    schema: [],
    messages: {
      containerName:
        'Service "{{service}}" sets `container_name`: the service cannot be scaled past one container and two copies of the project cannot run side by side. Remove it and reach the service by its name.',
    },
  },
  create(context) {
    return {
      Program() {
        for (const service of getServices(getComposeRoot(context))) {
          const entry = findEntry(service.mapping, "container_name");
          if (!entry) continue;
          context.report({ node: entryNode(entry, "key"), messageId: "containerName", data: { service: service.name } });
        }
      },
    };
  },
});
