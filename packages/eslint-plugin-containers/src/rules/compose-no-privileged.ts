import { createRule } from "../utils/create-rule.js";
import {
  entryNode,
  getComposeBoolean,
  getComposeRoot,
  getEntryAtPath,
  getServices,
} from "../utils/compose/index.js";

/** Where a service asks for privileges: to run (`privileged`) and to build (`build.privileged`). */
const PRIVILEGED_PATHS = [
  { path: ["privileged"], messageId: "privileged" },
  { path: ["build", "privileged"], messageId: "privilegedBuild" },
] as const;

export default createRule("compose-no-privileged", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow privileged Compose services and builds",
      config: "recommended",
    },
    languages: ["compose"],
    schema: [],
    messages: {
      privileged:
        'Service "{{service}}" runs privileged, which gives the container every capability and access to all host devices. Grant only the capabilities it needs with `cap_add` instead.',
      privilegedBuild:
        'Service "{{service}}" builds privileged, which runs its build steps with every capability and access to all host devices. Remove `build.privileged` unless the build truly needs it.',
    },
  },
  create(context) {
    return {
      Program() {
        for (const service of getServices(getComposeRoot(context))) {
          for (const { path, messageId } of PRIVILEGED_PATHS) {
            const entry = getEntryAtPath(service.mapping, path);
            // Only a value Compose reads as true: `false`, `no` and `${VAR}` stay quiet.
            if (entry && getComposeBoolean(entry.value) === true) {
              context.report({ node: entryNode(entry, "value"), messageId, data: { service: service.name } });
            }
          }
        }
      },
    };
  },
});
