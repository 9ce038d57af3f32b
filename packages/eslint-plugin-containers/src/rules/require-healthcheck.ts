import type { Program } from "dockerfile-eslint-parser";
import type { AST } from "yaml-eslint-parser";
import {
  type ComposeService,
  entryNode,
  getComposeRoot,
  getDependencies,
  getServices,
  type HealthcheckState,
  isLongRunningService,
  serviceHealthcheck,
} from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { effectiveHealthcheck } from "../utils/dockerfile/healthcheck.js";
import { isArtifactStage, looksLikeService } from "../utils/dockerfile/image-role.js";
import { getStages } from "../utils/dockerfile/stages.js";
import { fileContext } from "../utils/file-context.js";
import { fileKind } from "../utils/file-kind.js";
import { kubernetesProbeListeners } from "../utils/kubernetes/probes.js";

type Options = [{ longRunning?: boolean; always?: boolean; livenessProbe?: boolean }];

export default createRule<Options>("require-healthcheck", {
  meta: {
    type: "problem",
    docs: {
      description:
        "Require a HEALTHCHECK in a Dockerfile's final stage, a `healthcheck` on Compose services others wait for, and readiness probes on Kubernetes services",
      config: "recommended",
    },
    languages: ["dockerfile", "compose", "kubernetes"],
    schema: [
      {
        type: "object",
        properties: { longRunning: { type: "boolean" }, always: { type: "boolean" }, livenessProbe: { type: "boolean" } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ longRunning: false, always: false, livenessProbe: false }],
    messages: {
      dockerfileAlways:
        "The final stage has no HEALTHCHECK, so Docker cannot tell a hung container from a working one. Add `HEALTHCHECK CMD <probe>`, or `HEALTHCHECK NONE` to state that the image has none.",
      dockerfile:
        "The final stage runs a service but has no HEALTHCHECK, so Docker cannot tell a hung container from a working one. Add `HEALTHCHECK CMD <probe>`, or `HEALTHCHECK NONE` to state that the image has none.",
      dependencyAbsent:
        'Service "{{service}}" waits for "{{dependency}}" to be healthy, but "{{dependency}}" has no `healthcheck`, so `docker compose up` fails unless its image defines one. Add a `healthcheck` to "{{dependency}}".',
      dependencyDisabled:
        'Service "{{service}}" waits for "{{dependency}}" to be healthy, but the healthcheck of "{{dependency}}" is disabled, so `docker compose up` fails. Enable its healthcheck, or wait with `condition: service_started`.',
      kubernetesProbe:
        "The {{container}} serves traffic but has no {{probes}}, so Kubernetes sends it requests before it is ready and keeps a hung container in rotation. Add the probe (httpGet, tcpSocket, grpc or exec).",
      longRunning:
        'Service "{{service}}" keeps running but has no `healthcheck`, so Compose cannot tell a hung container from a working one. Add a `healthcheck`, or `healthcheck: {disable: true}` to state that it has none.',
    },
  },
  create(context: RuleContext<Options>) {
    if (fileKind(context) === "compose") return composeListeners(context);
    if (fileKind(context) === "kubernetes") {
      const options = context.options[0] ?? {};
      return kubernetesProbeListeners(context as RuleContext<unknown[]>, { livenessProbe: options.livenessProbe ?? false, always: options.always ?? false });
    }
    if (fileKind(context) !== "dockerfile") return {};
    const always = context.options[0]?.always ?? false;
    // Test fixtures, CI images and dev containers are not deployed services.
    if (!always && fileContext(context) !== null) return {};
    return {
      Program(program: Program) {
        const stages = getStages(program);
        const final = stages[stages.length - 1];
        if (!final || effectiveHealthcheck(final) || isArtifactStage(final)) return;
        // CLI tools, build images, base images and one-shot jobs have nothing to probe.
        if (!always && !looksLikeService(final)) return;
        context.report({ node: final.from.image ?? final.from, messageId: always ? "dockerfileAlways" : "dockerfile" });
      },
    };
  },
});

function composeListeners(context: RuleContext<Options>) {
  const longRunning = context.options[0]?.longRunning ?? false;
  return {
    Program() {
      const services = getServices(getComposeRoot(context));
      const byName = new Map(services.map((service) => [service.name, service]));
      const states = new Map<ComposeService, HealthcheckState>();
      const stateOf = (service: ComposeService) => {
        let state = states.get(service);
        if (state === undefined) {
          state = serviceHealthcheck(context as RuleContext<unknown[]>, service);
          states.set(service, state);
        }
        return state;
      };

      // A condition shared through an anchor or `<<` is reported once, not once per service.
      const reportedNodes = new Set<AST.YAMLNode>();
      const awaited = new Set<ComposeService>();
      for (const service of services) {
        for (const dependency of getDependencies(service).dependencies) {
          const target = byName.get(dependency.name);
          if (dependency.condition !== "service_healthy" || !dependency.conditionEntry || !target?.mapping) continue;
          awaited.add(target);
          const state = stateOf(target);
          if (state !== "absent" && state !== "disabled") continue;
          const node = entryNode(dependency.conditionEntry, "value");
          if (reportedNodes.has(node)) continue;
          reportedNodes.add(node);
          context.report({
            node,
            messageId: state === "absent" ? "dependencyAbsent" : "dependencyDisabled",
            data: { service: service.name, dependency: dependency.name },
          });
        }
      }

      if (!longRunning) return;
      for (const service of services) {
        // Services others wait for are covered above, at the condition that needs the check.
        if (awaited.has(service) || !isLongRunningService(service, services)) continue;
        if (stateOf(service) !== "absent") continue;
        context.report({ node: entryNode(service.entry, "key"), messageId: "longRunning", data: { service: service.name } });
      }
    },
  };
}
