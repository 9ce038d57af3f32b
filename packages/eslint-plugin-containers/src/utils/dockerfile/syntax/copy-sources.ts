import type { DockerfileInstruction } from "dockerfile-eslint-parser";
import type { SyntaxProblem } from "./problem.js";
import type { Word } from "./words.js";

const URL_SOURCE = /^https?:\/\//iu;
/** What ADD fetches: HTTP(S) URLs and git remotes. */
const REMOTE_SOURCE = /^(?:https?:\/\/|git@|ssh:\/\/|git:\/\/)/iu;

/**
 * Sources Docker refuses: a URL in COPY ("source can't be a URL for COPY"), and an
 * `ADD --checksum` with several sources or a local one (the checksum is for one download).
 */
export function checkCopySources(instruction: DockerfileInstruction, flags: Word[]): SyntaxProblem[] {
  if (instruction.type === "DockerfileCopy") {
    if (flags.some((flag) => flag.value.startsWith("--from="))) return [];
    return instruction.sources
      .filter((source) => URL_SOURCE.test(source.value))
      .map((source) => ({ messageId: "copyUrl" as const, range: source.range }));
  }
  if (instruction.type !== "DockerfileAdd") return [];
  const checksum = flags.find((flag) => flag.value.startsWith("--checksum="));
  if (!checksum || instruction.sources.some((source) => source.value.includes("$"))) return [];
  if (instruction.sources.length + instruction.heredocs.length > 1) {
    return [{ messageId: "checksumSources", data: { reason: "one source" }, range: checksum.range }];
  }
  const [source] = instruction.sources;
  return source && !REMOTE_SOURCE.test(source.value)
    ? [{ messageId: "checksumSources", data: { reason: "a URL or git source" }, range: checksum.range }]
    : [];
}
