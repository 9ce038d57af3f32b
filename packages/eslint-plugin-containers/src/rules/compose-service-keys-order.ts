import { createRule } from "../utils/create-rule.js";
import {
  firstOutOfOrder,
  getComposeRoot,
  getKeyName,
  reorderEntriesEdit,
  sortedOrder,
  writtenServiceValues,
} from "../utils/compose/index.js";

type Options = [{ groupOrder?: string[]; groups?: Record<string, string[]> }];

/** In a group's keys, stands for every `x-` extension key (kept in the order written). */
const EXTENSIONS = "x-properties";
const MERGE_KEY = "<<";
const OTHER = "other";

/**
 * dclint's groups (`service-keys-order`) in its default order, each with dclint's keys first and
 * in dclint's order. dclint's groups name 24 keys and push every other key to the end (`expose`
 * below `labels`, `init` below `user`), so the other service keys of the Compose spec are added
 * to the group they belong to, after dclint's (`expose` right after `ports`).
 */
export const DEFAULT_SERVICE_KEY_GROUPS: Readonly<Record<string, readonly string[]>> = {
  "Core Definitions": ["image", "build", "container_name", "extends", "provider", "platform", "pull_policy", "pull_refresh_after", "profiles"],
  "Service Dependencies": ["depends_on"],
  "Data Management and Configuration": ["volumes", "volumes_from", "configs", "secrets", "models", "tmpfs", "devices", "storage_opt"],
  "Environment Configuration": ["environment", "env_file"],
  Networking: [
    "ports", "expose", "networks", "network_mode", "extra_hosts",
    "hostname", "domainname", "mac_address", "dns", "dns_opt", "dns_search", "links", "external_links",
  ],
  "Runtime Behavior": [
    "command", "entrypoint", "working_dir", "restart", "healthcheck",
    "init", "stop_signal", "stop_grace_period", "post_start", "pre_stop", "stdin_open", "tty", "attach",
    "runtime", "scale", "deploy", "develop", "gpus", "cpu_count", "cpu_percent", "cpu_shares", "cpu_quota",
    "cpu_period", "cpu_rt_period", "cpu_rt_runtime", "cpus", "cpuset", "mem_limit", "mem_reservation",
    "mem_swappiness", "memswap_limit", "oom_kill_disable", "oom_score_adj", "pids_limit", "shm_size",
    "ulimits", "sysctls", "blkio_config", "device_cgroup_rules",
  ],
  "Operational Metadata": ["logging", "labels", "label_file", "annotations"],
  "Security and Execution Context": [
    "user", "isolation",
    "group_add", "privileged", "read_only", "cap_add", "cap_drop", "security_opt", "userns_mode", "pid", "ipc", "uts",
    "cgroup", "cgroup_parent", "credential_spec", "use_api_socket",
  ],
};

/** dclint's own groups, for the docs and tests: `{ groups: DCLINT_SERVICE_KEY_GROUPS }` gives dclint's order. */
export const DCLINT_SERVICE_KEY_GROUPS: Readonly<Record<string, readonly string[]>> = {
  "Core Definitions": ["image", "build", "container_name"],
  "Service Dependencies": ["depends_on"],
  "Data Management and Configuration": ["volumes", "volumes_from", "configs", "secrets"],
  "Environment Configuration": ["environment", "env_file"],
  Networking: ["ports", "networks", "network_mode", "extra_hosts"],
  "Runtime Behavior": ["command", "entrypoint", "working_dir", "restart", "healthcheck"],
  "Operational Metadata": ["logging", "labels"],
  "Security and Execution Context": ["user", "isolation"],
};

interface Rank {
  /** Position in the flattened order; -1 for `<<`, Infinity for keys no group names. */
  position: number;
  group: string;
}

/**
 * The rank of each key: groups in `groupOrder`, then the default groups it leaves out (default
 * order), then custom groups it leaves out (as defined). A key named by two groups takes the first.
 */
function buildRanks(options: Options[0]): { rank: (key: string) => Rank; groupNames: string[] } {
  const groups: Record<string, readonly string[]> = { ...DEFAULT_SERVICE_KEY_GROUPS, ...options.groups };
  const names = Object.keys(groups);
  const listed = (options.groupOrder ?? []).filter((name) => name in groups);
  const groupNames = [...new Set([...listed, ...names])];
  const positions = new Map<string, Rank>();
  for (const group of groupNames) {
    for (const key of groups[group]) if (!positions.has(key)) positions.set(key, { position: positions.size, group });
  }
  const rank = (key: string): Rank => {
    if (key === MERGE_KEY) return { position: -1, group: "`<<`" };
    return positions.get(key.startsWith("x-") ? EXTENSIONS : key) ?? { position: Infinity, group: OTHER };
  };
  return { rank, groupNames };
}

export default createRule<Options>("compose-service-keys-order", {
  meta: {
    type: "layout",
    docs: {
      description: "Require the keys of each Compose service in a fixed order of groups",
      config: "stylistic",
    },
    languages: ["compose"],
    fixable: "code",
    schema: [
      {
        type: "object",
        properties: {
          groupOrder: { type: "array", items: { type: "string" }, uniqueItems: true },
          groups: {
            type: "object",
            additionalProperties: { type: "array", items: { type: "string" }, uniqueItems: true },
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
    messages: {
      acrossGroups:
        'Key `{{name}}` of service "{{service}}" should come before `{{previous}}`: {{group}} keys go before {{previousGroup}} keys (order: {{order}}).',
      mergeFirst: 'Put the merge key `<<` of service "{{service}}" first, above `{{previous}}`: explicit keys below it read as overriding what it merges in.',
      withinGroup:
        'Key `{{name}}` of service "{{service}}" should come before `{{previous}}`: keep the {{group}} keys in the order {{keys}}.',
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const { rank, groupNames } = buildRanks(options);
    const groups: Record<string, readonly string[]> = { ...DEFAULT_SERVICE_KEY_GROUPS, ...options.groups };
    const compare = (a: Rank, b: Rank) => (a.position === b.position ? 0 : a.position < b.position ? -1 : 1);
    return {
      Program() {
        // A service written once and reused through an alias is checked once, where it is written.
        for (const { service, value: mapping } of writtenServiceValues(getComposeRoot(context), null)) {
          if (mapping.type !== "YAMLMapping") continue;
          const names = mapping.pairs.map((pair) => getKeyName(pair) ?? "");
          const ranks = names.map(rank);
          const index = firstOutOfOrder(ranks, compare);
          if (index === -1) continue;
          const edit = reorderEntriesEdit(context.sourceCode.text, mapping, sortedOrder(ranks, compare), {
            keepMergeKeysInPlace: true,
          });
          const current = ranks[index];
          const previous = ranks[index - 1];
          const pair = mapping.pairs[index];
          context.report({
            node: pair.key ?? pair,
            messageId:
              names[index] === MERGE_KEY ? "mergeFirst" : current.group === previous.group ? "withinGroup" : "acrossGroups",
            data: {
              name: names[index],
              previous: names[index - 1],
              service: service.name,
              group: current.group,
              previousGroup: previous.group,
              order: [...groupNames, OTHER].join(", "),
              keys: (groups[current.group] ?? []).join(", "),
            },
            fix: edit ? (fixer) => fixer.replaceTextRange(edit.range, edit.text) : null,
          });
        }
      },
    };
  },
});
