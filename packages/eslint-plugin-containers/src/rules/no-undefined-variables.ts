import type {
  DockerfileFrom,
  DockerfileInstruction,
  DockerfileKeyValue,
  DockerfileStage,
  Program,
} from "dockerfile-eslint-parser";
import { closestName } from "../utils/closest-name.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { argumentVariableUses } from "../utils/dockerfile/argument-variables.js";
import { allInstructions } from "../utils/dockerfile/instructions.js";
import { startsFromScratch } from "../utils/dockerfile/paths.js";
import { isAlwaysDefinedArg, PLATFORM_ARG_EXAMPLES, PLATFORM_ARGS } from "../utils/dockerfile/predefined-args.js";
import { globalArgs, stageEndState, stateBefore } from "../utils/dockerfile/stage-state.js";
import { earlierStageNames } from "../utils/dockerfile/stages.js";
import { expandVariables } from "../utils/dockerfile/variables.js";
import { isValidImageReference } from "../utils/image-reference-grammar.js";
import { locatedRange } from "../utils/source-location.js";
import { wildcardMatcher } from "../utils/wildcard.js";

/** `${name:word}`: no expansion Docker knows, but the placeholder of a template (dev containers). */
const TEMPLATE_PLACEHOLDER = /\$\{\w+:[^-+?]/u;

type Options = [{ knownVariables?: string[]; assumeBaseImageEnv?: boolean; checkFromDefaults?: boolean }];

/** A piece of an instruction that Docker expands variables in. */
interface Expanded {
  raw: string;
  range: [number, number];
}

/** What is defined where a piece is expanded, and how to explain a name that is not. */
interface Scope {
  /** A name no ARG/ENV of the file sets may come from the base image's ENV here. */
  baseImageEnv: boolean;
  defined: (name: string) => boolean;
  names: () => Iterable<string>;
  explain: (name: string) => string;
}

export default createRule<Options>("no-undefined-variables", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow variables that no `ARG` or `ENV` defines where Docker expands them, and `FROM` images that the default ARG values make invalid",
      config: "recommended",
    },
    languages: ["dockerfile"],
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          knownVariables: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
          assumeBaseImageEnv: { type: "boolean" },
          checkFromDefaults: { type: "boolean" },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ knownVariables: [], assumeBaseImageEnv: true, checkFromDefaults: true }],
    messages: {
      undefined:
        "`{{name}}` is not defined here: no ARG or ENV before this instruction sets it, so Docker expands it to an empty string; declare it with `ARG {{name}}` or `ENV {{name}}=...` (or list it in `knownVariables` if the base image sets it).",
      globalNotInStage:
        "`{{name}}` is a global ARG (declared before the first FROM), which is not in scope inside a stage; add `ARG {{name}}` to this stage before this instruction.",
      platformNotInStage:
        "`{{name}}` is a predefined platform ARG, which is only in scope inside a stage after `ARG {{name}}`; add that line before this instruction.",
      undeclaredInGlobalArg:
        "`{{name}}` is not declared above this ARG: the default of a global ARG can only use the global ARGs declared before it and the platform ARGs.",
      undeclaredInFrom:
        "`{{name}}` is not declared before the first FROM: FROM can only use the ARGs declared above the first FROM and the platform ARGs; add `ARG {{name}}` there.",
      argInOnbuild:
        "`{{name}}` is an ARG of this build, but the ONBUILD trigger runs in the build of an image FROM this one, where it is not set; use `ENV {{name}}=...`, or `ONBUILD ARG {{name}}` before this trigger.",
      invalidFrom:
        "With the default values of its ARGs, this FROM reads `{{expanded}}`, which is not a valid image reference; give {{names}} a default value that makes it one.",
      didYouMean: "Use `{{name}}` instead.",
    },
  },
  create(context: RuleContext<Options>) {
    const matchers = (context.options[0]?.knownVariables ?? []).map(wildcardMatcher);
    // PATH is in Docker's default environment even when the base image sets none.
    const isKnown = (name: string) => name === "PATH" || isAlwaysDefinedArg(name) || matchers.some((matches) => matches(name));
    const text = context.sourceCode.text;

    const assumeBaseImageEnv = context.options[0]?.assumeBaseImageEnv ?? true;
    const checkFromDefaults = context.options[0]?.checkFromDefaults ?? true;
    let definedInFile = new Set<string>();

    const check = (pieces: Expanded[], scope: Scope, escape: string): number => {
      let reported = 0;
      for (const piece of pieces) {
        for (const use of argumentVariableUses(piece, escape)) {
          // `${A:-x}`, `${A:+x}`, `${A:?x}`: the author has said what happens when A is unset.
          if (use.modifier !== null || scope.defined(use.name) || isKnown(use.name)) continue;
          // `${A:x}` is no expansion Docker knows (template placeholders): valid-syntax's business.
          if (TEMPLATE_PLACEHOLDER.test(text.slice(use.range[0], use.range[1]))) continue;
          const closest = closestName(use.name, scope.names());
          // Docker's own check reads the base image's ENV; here only a name the file sets
          // somewhere else (out of scope here) or a likely typo is sure to be wrong.
          if (scope.baseImageEnv && assumeBaseImageEnv && !closest && !definedInFile.has(use.name) && !PLATFORM_ARGS.has(use.name)) continue;
          reported++;
          context.report({
            node: locatedRange(text, use.range),
            messageId: scope.explain(use.name),
            data: { name: use.name },
            suggest: closest
              ? [{ messageId: "didYouMean", data: { name: closest }, fix: (fixer) => fixer.replaceTextRange(use.nameRange, closest) }]
              : [],
          });
        }
      }
      return reported;
    };

    return {
      Program(program: Program) {
        const escape = program.escapeCharacter;
        const globals = globalArgs(program);
        definedInFile = namesSetInFile(program);
        const globalNames = () => [...globals.keys(), ...PLATFORM_ARGS];
        const globalScope = (declared: ReadonlySet<string>, messageId: string): Scope => ({
          baseImageEnv: false,
          defined: (name) => declared.has(name) || PLATFORM_ARGS.has(name),
          names: () => [...declared, ...PLATFORM_ARGS],
          explain: () => messageId,
        });

        const declaredAbove = new Set<string>();
        for (const instruction of allInstructions(program)) {
          const parent = instruction.parent;
          if (parent?.type === "Program") {
            // A global ARG's default may use the global ARGs above it.
            if (instruction.type === "DockerfileArg") {
              for (const pair of instruction.pairs) {
                check(pair.value ? [pair.value] : [], globalScope(declaredAbove, "undeclaredInGlobalArg"), escape);
                declaredAbove.add(pair.key.value);
              }
            }
          } else if (instruction.type === "DockerfileFrom" && parent?.type === "DockerfileStage") {
            const scope: Scope = { ...globalScope(new Set(globals.keys()), "undeclaredInFrom"), names: globalNames };
            const reported = check(fromPieces(instruction), scope, escape);
            if (reported === 0 && checkFromDefaults) checkDefaultsOfFrom(program, parent, instruction, globals, escape);
          } else if (parent?.type === "DockerfileOnbuild" && parent.parent?.type === "DockerfileStage") {
            // (An ONBUILD above the first FROM is valid-instruction-order's finding.)
            const pieces = expandedPieces(instruction);
            if (expandsSomething(pieces)) check(pieces, onbuildScope(instruction), escape);
          } else if (parent?.type === "DockerfileStage") {
            const pieces = expandedPieces(instruction);
            if (expandsSomething(pieces)) check(pieces, stageScope(instruction, globals), escape);
          }
        }
      },
    };

    function checkDefaultsOfFrom(
      program: Program,
      stage: DockerfileStage,
      from: DockerfileFrom,
      globals: ReadonlyMap<string, DockerfileKeyValue>,
      escape: string,
    ) {
      const image = from.image;
      if (!image?.hasVariables) return;
      let unknowable = false;
      const lookup = (name: string, depth = 0): string | undefined => {
        if (name in PLATFORM_ARG_EXAMPLES) return PLATFORM_ARG_EXAMPLES[name];
        const value = globals.get(name)?.value?.value;
        if (value === undefined || depth > 8) return value;
        // A template placeholder (`ARG V=${templateOption:x}`) is no value Docker can expand.
        if (TEMPLATE_PLACEHOLDER.test(value)) unknowable = true;
        return expandVariables(value, (inner) => lookup(inner, depth + 1), escape).value;
      };
      const expansion = expandVariables(image.raw, (name) => lookup(name), escape);
      if (unknowable) return;
      const unresolved = expansion.unresolved;
      // FROM's word goes through Docker's lexer: `alpine:"${TAG}"` is `alpine:3.20`.
      const value = expansion.value.replace(/["']/gu, "");
      if (isValidImageReference(value) || earlierStageNames(program, stage).has(value.toLowerCase())) return;
      const used = argumentVariableUses({ raw: image.raw, range: image.range }, escape).map((use) => use.name);
      const culprits = [...new Set(unresolved.length > 0 ? unresolved : used)];
      context.report({
        node: image,
        messageId: "invalidFrom",
        data: { expanded: value, names: culprits.map((name) => `\`${name}\``).join(", ") },
      });
    }
  },
});

/** The image and the `--platform` value of a FROM. */
function fromPieces(from: DockerfileFrom): Expanded[] {
  return [...(from.image ? [{ raw: from.image.raw, range: from.image.range }] : []), ...flagValues(from, ["platform"])];
}

/** The values of the named flags (`--chown=$USER`), located at the end of their flag. */
function flagValues(instruction: DockerfileInstruction, names: string[]): Expanded[] {
  return instruction.flags
    .filter((flag) => names.includes(flag.name) && flag.value !== null)
    .map((flag) => ({ raw: flag.value!, range: [flag.range[1] - flag.value!.length, flag.range[1]] }));
}

/**
 * The words Docker expands in an instruction of a stage (RUN, CMD, ENTRYPOINT and HEALTHCHECK
 * are left to the shell at run time; MAINTAINER and SHELL are not expanded).
 */
function expandedPieces(instruction: DockerfileInstruction): Expanded[] {
  switch (instruction.type) {
    case "DockerfileCopy":
    case "DockerfileAdd":
      return [...flagValues(instruction, ["chown", "chmod"]), ...instruction.sources, ...(instruction.destination ? [instruction.destination] : [])];
    case "DockerfileEnv":
    case "DockerfileArg":
      return instruction.pairs.flatMap((pair) => (pair.value ? [pair.value] : []));
    case "DockerfileLabel":
      return instruction.pairs.flatMap((pair) => [pair.key, ...(pair.value ? [pair.value] : [])]);
    case "DockerfileExpose":
    case "DockerfileStopsignal":
    case "DockerfileUser":
    case "DockerfileVolume":
    case "DockerfileWorkdir":
      return instruction.arguments;
    default:
      return [];
  }
}

/** Whether a piece holds a `$`: the scope is only worked out for those (most hold none). */
function expandsSomething(pieces: Expanded[]): boolean {
  return pieces.some((piece) => piece.raw.includes("$"));
}

/** ARGs and ENVs in effect in the stage, and the earlier pairs of the instruction itself. */
function stageScope(instruction: DockerfileInstruction, globals: ReadonlyMap<string, DockerfileKeyValue>): Scope {
  const state = stateBefore(instruction);
  const own = new Set<string>();
  if (instruction.type === "DockerfileEnv") {
    // A use of a name set in the same ENV is no-env-self-reference's finding.
    for (const pair of instruction.pairs) own.add(pair.key.value);
  }
  const ownArgs = instruction.type === "DockerfileArg" ? instruction.pairs : [];
  return {
    baseImageEnv: !startsFromScratch(state),
    defined: (name) =>
      state.env.has(name) || state.args.has(name) || own.has(name) || ownArgs.some((pair) => pair.key.value === name && pair.value !== null),
    names: () => [...state.env.keys(), ...state.args.keys()],
    explain: (name) => (globals.has(name) ? "globalNotInStage" : PLATFORM_ARGS.has(name) ? "platformNotInStage" : "undefined"),
  };
}

/**
 * An ONBUILD trigger runs first thing in a build FROM this image: only the ENV this image ends
 * with and the ARG/ENV triggers registered before it are set there.
 */
function onbuildScope(trigger: DockerfileInstruction): Scope {
  const onbuild = trigger.parent!;
  const stage = onbuild.parent as DockerfileStage;
  const env = stageEndState(stage).env;
  const args = stateBefore(onbuild).args;
  const earlier = new Set<string>();
  for (const instruction of stage.body) {
    if (instruction === onbuild) break;
    const inner = instruction.type === "DockerfileOnbuild" ? instruction.trigger : null;
    if (inner?.type === "DockerfileArg" || inner?.type === "DockerfileEnv") for (const pair of inner.pairs) earlier.add(pair.key.value);
  }
  return {
    baseImageEnv: true,
    defined: (name) => env.has(name) || earlier.has(name),
    names: () => [...env.keys(), ...earlier],
    explain: (name) => (args.has(name) ? "argInOnbuild" : "undefined"),
  };
}

/** Every name an ARG or ENV of the file sets, in any stage or ONBUILD trigger. */
function namesSetInFile(program: Program): Set<string> {
  const names = new Set<string>();
  for (const instruction of allInstructions(program)) {
    if (instruction.type === "DockerfileArg" || instruction.type === "DockerfileEnv") for (const pair of instruction.pairs) names.add(pair.key.value);
  }
  return names;
}
