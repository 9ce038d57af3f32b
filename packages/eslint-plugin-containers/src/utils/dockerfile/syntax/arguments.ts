import type { DockerfileInstruction, DockerfileKeyValue } from "dockerfile-eslint-parser";
import { closestName } from "../../closest-name.js";
import { didYouMean, type SyntaxProblem } from "./problem.js";
import type { Word } from "./words.js";

/** Docker's rule for stage names (checked lowercased). */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/u;

/** What an instruction with no arguments at all is missing, for the simple instructions. */
const REQUIRED: Record<string, string> = {
  DockerfileExpose: "a port",
  DockerfileWorkdir: "a path",
  DockerfileUser: "a user",
  DockerfileStopsignal: "a signal",
  DockerfileMaintainer: "a name",
};

/** Instructions that read the whole rest of the line as one value, which cannot hold a space. */
const ONE_WORD: Record<string, string> = {
  DockerfileUser: "USER takes one `user[:group]`, and Docker reads the whole rest of the line as that name, which no user has",
  DockerfileStopsignal: "STOPSIGNAL takes one signal, and Docker reads the whole rest of the line as its name, which is no signal",
};

const missing = (node: { range: [number, number] }, keyword: string, what: string): SyntaxProblem => ({
  messageId: "missingArgument",
  data: { keyword, what },
  range: node.range,
});

/** `ENV =x`: the pair's key is empty and sits right before its `=`. */
const blankName = (keyword: string, pair: DockerfileKeyValue): SyntaxProblem => ({
  messageId: "blankName",
  data: { keyword },
  range: [pair.key.range[1], pair.key.range[1] + 1],
});

const extra = (word: Word, reason: string): SyntaxProblem => ({ messageId: "extraArgument", data: { word: word.raw, reason }, range: word.range });

/**
 * Missing or extra arguments, by instruction. `args` are the instruction's words after its flags
 * (up to an end-of-line comment); ENV, LABEL and ARG pairs from `end` on are not judged.
 */
export function checkArguments(instruction: DockerfileInstruction, args: Word[], end = instruction.range[1]): SyntaxProblem[] {
  const keyword = instruction.keyword.value;
  switch (instruction.type) {
    case "DockerfileFrom":
      return checkFrom(instruction.keyword, args);
    case "DockerfileRun":
    case "DockerfileCmd":
    case "DockerfileEntrypoint":
      return instruction.command ? [] : [{
        messageId: "emptyCommand",
        data: { keyword, alternative: keyword === "RUN" ? "; write the command or remove the RUN" : `; write the command, or \`${keyword} []\` to clear it` },
        range: instruction.keyword.range,
      }];
    case "DockerfileShell":
      if (!instruction.command) return [missing(instruction.keyword, keyword, "the shell as a JSON array, like `[\"/bin/sh\", \"-c\"]`")];
      if (instruction.command.type === "DockerfileExecForm") {
        return instruction.command.elements.length === 0 ? [missing(instruction.command, keyword, "at least the shell program in its array")] : [];
      }
      // Text starting with `[` is judged as broken JSON instead.
      return instruction.command.value.trimStart().startsWith("[") ? [] : [{ messageId: "shellNotJson", range: instruction.command.range }];
    case "DockerfileHealthcheck":
      return checkHealthcheck(instruction, args);
    case "DockerfileCopy":
    case "DockerfileAdd":
      if (instruction.destination) return [];
      return [missing(instruction.sources[0] ?? instruction.keyword, keyword, "a source and a destination")];
    case "DockerfileEnv":
    case "DockerfileLabel":
      if (instruction.pairs.length === 0) return [missing(instruction.keyword, keyword, "`key=value`")];
      return instruction.pairs.filter((pair) => pair.range[0] < end).flatMap((pair): SyntaxProblem[] => {
        if (pair.key.raw === "") return [blankName(keyword, pair)];
        return pair.value === null ? [{ messageId: "missingValue", data: { keyword, key: pair.key.raw }, range: pair.key.range }] : [];
      });
    case "DockerfileArg":
      if (instruction.pairs.length === 0) return [missing(instruction.keyword, keyword, "a name")];
      return instruction.pairs.filter((pair) => pair.range[0] < end && pair.key.raw === "").map((pair) => blankName(keyword, pair));
    case "DockerfileVolume":
      if (instruction.arguments.length === 0) return [missing(instruction.keyword, keyword, "a path")];
      return instruction.arguments
        .filter((argument) => argument.value.trim() === "" && argument.raw !== "")
        .map((argument) => ({ messageId: "emptyVolume" as const, range: argument.range }));
    case "DockerfileOnbuild":
      return instruction.trigger ? [] : [missing(instruction.keyword, keyword, "the instruction to run in images built from this one")];
    case "DockerfileUnknownInstruction":
      return [];
    default: {
      if (instruction.arguments.length === 0) return REQUIRED[instruction.type] ? [missing(instruction.keyword, keyword, REQUIRED[instruction.type])] : [];
      const reason = ONE_WORD[instruction.type];
      return reason && args.length > 1 ? [extra(args[1], reason)] : [];
    }
  }
}

function checkFrom(keyword: { range: [number, number] }, args: Word[]): SyntaxProblem[] {
  const usage = "FROM takes `image [AS name]`";
  if (args.length === 0) return [missing(keyword, "FROM", "an image")];
  if (args.length === 1) return [];
  if (args[1].value.toUpperCase() !== "AS") return [extra(args[1], usage)];
  if (args.length === 2) return [missing(args[1], "FROM … AS", "a stage name")];
  if (args.length > 3) return [extra(args[3], usage)];
  const name = args[2];
  if (name.raw.includes("$") || STAGE_NAME.test(name.value.toLowerCase())) return [];
  return [{ messageId: "invalidStageName", data: { name: name.raw }, range: name.range }];
}

function checkHealthcheck(instruction: Extract<DockerfileInstruction, { type: "DockerfileHealthcheck" }>, args: Word[]): SyntaxProblem[] {
  const { subcommand } = instruction;
  if (!subcommand) return [missing(instruction.keyword, "HEALTHCHECK", "`CMD <command>` or `NONE`")];
  if (subcommand.value === "NONE") {
    return args.length > 1 ? [extra(args[1], "`HEALTHCHECK NONE` takes nothing after `NONE`")] : [];
  }
  if (subcommand.value === "CMD") return instruction.command ? [] : [missing(subcommand, "HEALTHCHECK CMD", "a command")];
  return [{
    messageId: "healthcheckType",
    data: { type: subcommand.raw, suggestion: didYouMean(closestName(subcommand.value, ["CMD", "NONE"])) },
    range: subcommand.range,
  }];
}
