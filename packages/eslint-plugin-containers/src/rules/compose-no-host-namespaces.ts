import { entryNode, findEntry, getComposeRoot, getScalarString, getServices } from "../utils/compose/index.js";
import { createRule } from "../utils/create-rule.js";

/** The service keys that share a host namespace when set to `host`, and what that exposes. */
const NAMESPACE_KEYS = [
  { key: "network_mode", messageId: "network" },
  { key: "pid", messageId: "pid" },
  { key: "ipc", messageId: "ipc" },
  { key: "uts", messageId: "uts" },
  { key: "userns_mode", messageId: "userns" },
  { key: "cgroup", messageId: "cgroup" },
] as const;

export default createRule("compose-no-host-namespaces", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow sharing the host's network, PID, IPC, UTS, user or cgroup namespace",
      config: "recommended",
    },
    languages: ["compose"],
    schema: [],
    messages: {
      network:
        'Service "{{service}}" uses the host\'s network namespace (`network_mode: host`): it can bind any host port and reach services listening on the host\'s localhost. Publish the ports it needs with `ports` instead.',
      pid:
        'Service "{{service}}" shares the host\'s PID namespace (`pid: host`): it sees every host process and can signal or inspect them. Remove `pid: host`.',
      ipc:
        'Service "{{service}}" shares the host\'s IPC namespace (`ipc: host`): it can read and write the host\'s shared memory. Remove `ipc: host`, or share IPC with one service (`ipc: service:<name>`).',
      uts:
        'Service "{{service}}" shares the host\'s UTS namespace (`uts: host`): it can change the host\'s hostname. Remove `uts: host`.',
      userns:
        'Service "{{service}}" turns off user-namespace remapping (`userns_mode: host`): root in the container is root on the host. Remove `userns_mode: host`.',
      cgroup:
        'Service "{{service}}" uses the host\'s cgroup namespace (`cgroup: host`): it sees the host\'s whole cgroup tree. Use `cgroup: private` or remove the key.',
    },
  },
  create(context) {
    return {
      Program() {
        for (const service of getServices(getComposeRoot(context))) {
          for (const { key, messageId } of NAMESPACE_KEYS) {
            const entry = findEntry(service.mapping, key);
            // Docker compares with "host" exactly; `${NET_MODE}` is unknown until run time.
            if (entry && getScalarString(entry.value) === "host") {
              context.report({ node: entryNode(entry, "value"), messageId, data: { service: service.name } });
            }
          }
        }
      },
    };
  },
});
