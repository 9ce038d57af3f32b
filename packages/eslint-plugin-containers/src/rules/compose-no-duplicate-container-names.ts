import { createRule } from "../utils/create-rule.js";
import {
  type ComposeService,
  entryNode,
  findEntry,
  getComposeRoot,
  getScalarString,
  getServices,
  mayRunTogether,
} from "../utils/compose/index.js";

export default createRule("compose-no-duplicate-container-names", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow two services with the same `container_name` in a Compose file",
      config: "recommended",
    },
    languages: ["compose"],
    schema: [],
    messages: {
      duplicate:
        'Container name "{{name}}" is already used by service "{{other}}" (line {{line}}): Docker cannot create two containers with one name. Give this service another name, or drop `container_name`.',
    },
  },
  create(context) {
    return {
      Program() {
        const seen: Array<{ service: ComposeService; name: string; line: number }> = [];
        for (const service of getServices(getComposeRoot(context))) {
          const entry = findEntry(service.mapping, "container_name");
          // Interpolated names are compared as written: the same text is the same name at run time.
          const name = getScalarString(entry?.value);
          if (!entry || name === undefined || name === "") continue;
          const node = entryNode(entry, "value");
          const earlier = seen.find((other) => other.name === name && mayRunTogether(other.service, service));
          seen.push({ service, name, line: node.loc.start.line });
          if (!earlier) continue;
          context.report({
            node,
            messageId: "duplicate",
            data: { name, other: earlier.service.name, line: earlier.line },
          });
        }
      },
    };
  },
});
