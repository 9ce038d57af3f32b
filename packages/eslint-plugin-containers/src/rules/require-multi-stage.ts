import type { Node, Program, ShellCommand } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { packagesApplication } from "../utils/dockerfile/application-image.js";
import { getStages } from "../utils/dockerfile/stages.js";
import { type BuildStep, type BuildStepKind, buildStepOf, removesPackages } from "../utils/shell/build-steps.js";
import { findNodes } from "../utils/shell/walk.js";

const PRIORITY: BuildStepKind[] = ["compile", "dev-packages", "dependency-install"];

const isCommand = (node: Node): node is ShellCommand => node.type === "ShellCommand";

export default createRule("require-multi-stage", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a builder stage when a Dockerfile builds or installs build-time dependencies",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      singleStage:
        "This single-stage image runs {{step}}, so the tools and files it needs at build time ship in the image; do it in a builder stage (`FROM ... AS build`) and COPY --from=build only the result into a slim final stage.",
    },
  },
  create(context: RuleContext) {
    // A dev container is a development environment: its build tools are the point.
    if (/(?:^|[\\/])\.devcontainer[\\/]/u.test(context.filename)) return {};
    return {
      Program(program: Program) {
        const stages = getStages(program);
        // A base or tool image (python, buildpack-deps, a CI toolbox) is its toolchain.
        if (stages.length !== 1 || !packagesApplication(stages[0])) return;
        const steps: BuildStep[] = [];
        for (const instruction of stages[0].body) {
          if (instruction.type !== "DockerfileRun") continue;
          const commands = findNodes(instruction, isCommand);
          // Build dependencies installed and removed in one RUN never reach a layer.
          if (commands.some(removesPackages)) continue;
          for (const command of commands) {
            const step = buildStepOf(command);
            if (step) steps.push(step);
          }
        }
        const step = PRIORITY.map((kind) => steps.find((candidate) => candidate.kind === kind)).find(Boolean);
        if (step) context.report({ node: step.command, messageId: "singleStage", data: { step: step.label } });
      },
    };
  },
});
