import type { DockerfileArgument, DockerfileCopy, DockerfileOnbuild, DockerfileRun, Node, ShellCommand } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { type CommandLine, commandLinesIn, findOption, hasOption } from "../utils/shell/command-line.js";
import { invocationOf } from "../utils/shell/commands.js";
import { findNodes } from "../utils/shell/walk.js";

/** The archives ADD unpacks: tar, plain or compressed with gzip, bzip2 or xz (not zip). */
const TAR_ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$/iu;
/** What ADD cannot do: pick or rename members, strip directories, write elsewhere, list. */
const BEYOND_ADD = [
  "-T", "-X", "-O", "-t", "-K", "-N", "--files-from", "--exclude-from", "--exclude", "--wildcards", "--strip-components",
  "--transform", "--xform", "--to-stdout", "--to-command", "--list", "--starting-file", "--newer", "--occurrence",
];
/** A RUN that checks the archive before unpacking it needs the file as copied. */
const VERIFIERS = /^(sha(1|224|256|384|512)sum|md5sum|b2sum|cksum|gpg|gpgv)$/u;

function baseName(path: string): string {
  return path.replace(/(?<!\/)\/+$/u, "").split("/").at(-1)!;
}

/** The archive file a plain `tar -x` unpacks, or null when it does more than ADD can. */
function extractedArchive(line: CommandLine): string | null {
  if (line.tool !== "tar" || !hasOption(line, "-x", "--extract", "--get")) return null;
  if (hasOption(line, ...BEYOND_ADD) || line.operands.length > 0) return null;
  return findOption(line, "-f", "--file")?.value ?? null;
}

/**
 * The RUNs after a COPY that run in the same build: the stage's RUNs for a COPY of the stage,
 * the later `ONBUILD RUN` triggers for an `ONBUILD COPY` (triggers run in order in the child build).
 */
function laterRuns(copy: DockerfileCopy): DockerfileRun[] {
  const onbuild = copy.parent?.type === "DockerfileOnbuild" ? (copy.parent as DockerfileOnbuild) : null;
  const body = ((onbuild ?? copy).parent as { body: Node[] }).body;
  const after = body.slice(body.indexOf(onbuild ?? copy) + 1);
  if (!onbuild) return after.filter((node): node is DockerfileRun => node.type === "DockerfileRun");
  return after.flatMap((node) => (node.type === "DockerfileOnbuild" && node.trigger?.type === "DockerfileRun" ? [node.trigger] : []));
}

export default createRule("prefer-add-for-archives", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Use ADD to unpack a local tar archive instead of COPY followed by `tar -x`",
      config: "strict",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      copyThenExtract:
        "`{{archive}}` is copied here and unpacked by `tar` on line {{line}}, so the archive stays in a layer; `ADD {{source}} <dir>/` unpacks it in one step.",
    },
  },
  create(context: RuleContext) {
    return {
      "DockerfileStage > DockerfileCopy, DockerfileStage > DockerfileOnbuild > DockerfileCopy"(copy: DockerfileCopy) {
        if (copy.flags.some((flag) => flag.name === "from") || copy.heredocs.length > 0 || !copy.destination) return;
        if (looksLikeWindowsStage(copy)) return;
        const destination = copy.destination.value;
        const archives: Array<{ source: DockerfileArgument; name: string }> = [];
        for (const source of copy.sources) {
          if (source.value.includes("$") || !TAR_ARCHIVE.test(source.value)) continue;
          // `COPY app.tgz /tmp/bundle.tgz` lands under the destination's name.
          const name = copy.sources.length === 1 && TAR_ARCHIVE.test(destination) ? baseName(destination) : baseName(source.value);
          archives.push({ source, name });
        }
        if (archives.length === 0) return;
        const later = laterRuns(copy);
        for (const { source, name } of archives) {
          for (const run of later) {
            const programs = findNodes(run, (node: Node): node is ShellCommand => node.type === "ShellCommand").map((command) => invocationOf(command)?.program);
            if (programs.some((program) => program !== undefined && VERIFIERS.test(program))) continue;
            const tar = commandLinesIn(run).find((line) => {
              const file = extractedArchive(line);
              return file !== null && baseName(file) === name;
            });
            if (!tar) continue;
            context.report({
              node: source,
              messageId: "copyThenExtract",
              data: { archive: name, source: source.value, line: tar.programWord.loc.start.line },
            });
            break;
          }
        }
      },
    };
  },
});
