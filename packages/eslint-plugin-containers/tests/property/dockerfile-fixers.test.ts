/**
 * Property tests for every Dockerfile fixer: on generated Dockerfiles (continuations, comment
 * lines inside them, CRLF, quoting, wrappers), `--fix` must leave a file that parses with the
 * same instructions, the same shell commands and every comment, and must converge.
 */
import fc from "fast-check";
import {
  type DockerfileExecForm,
  type DockerfileShellForm,
  type Node,
  parseDockerfile,
  type Program,
  visitorKeys,
} from "dockerfile-eslint-parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { plugin, pluginForConfig } from "../helpers/plugin.js";

const fixableRules = Object.fromEntries(
  Object.entries(plugin.rules)
    .filter(([, rule]) => rule.meta.fixable && rule.meta.languages.includes("containers/dockerfile"))
    .map(([name]) => [`containers/${name}`, "error" as const]),
);
const config: Linter.Config[] = [
  { files: ["**/Dockerfile"], plugins: { containers: pluginForConfig }, language: "containers/dockerfile", rules: fixableRules },
];

const word = fc.oneof(
  fc.constantFrom("flask", "-r", "requirements.txt", "--user", "server.js", "--port", "8000", "-q", "app.py"),
  fc.constantFrom('"quoted word"', "'single'", "$HOME", "${VERSION}", "a\\ b", "*.txt", "~/x"),
);
const separator = fc.constantFrom(" ", " ", " ", " \\\n  ", " \\\n  # a comment line\n  ", " \\\n\n  ");
const words = (count: number) =>
  fc.array(fc.tuple(separator, word), { maxLength: count }).map((pairs) => pairs.map(([sep, w]) => sep + w).join(""));

const instruction = fc.oneof(
  fc.constantFrom("FROM python:3.12-slim", "FROM node", "FROM node:latest AS build", "FROM scratch"),
  fc.tuple(fc.constantFrom("", "sudo ", "python3 -m ", "PIP_X=1 "), fc.constantFrom("pip", "pip3"), words(4)).map(
    ([prefix, pip, rest]) => `RUN ${prefix}${pip} install${rest}`,
  ),
  fc.tuple(fc.constantFrom("apt-get update && ", "cd /app; ", ""), words(3)).map(([before, rest]) => `RUN ${before}pip install${rest} && echo done`),
  fc.tuple(fc.constantFrom("apt-get install", "apt-get -q install", "apt install", "apk add", "yum install", "zypper in", "sudo apt-get update && apt-get install"), words(3)).map(
    ([command, rest]) => `RUN ${command}${rest}`,
  ),
  fc.tuple(fc.constantFrom("CMD", "ENTRYPOINT", "HEALTHCHECK CMD", "HEALTHCHECK --interval=5s CMD"), fc.constantFrom("node", "python", "/app/run"), words(4)).map(
    ([keyword, program, rest]) => `${keyword} ${program}${rest}`,
  ),
  fc.constantFrom("CMD node server.js > /log 2>&1", 'CMD ["node", "server.js"]', "ENV PIP_NO_CACHE_DIR=1", "# a comment", "WORKDIR /app"),
  // Inputs of the stage, ADD, EXPOSE and FROM --platform fixers.
  fc.constantFrom(
    "FROM golang:1.23 AS Build",
    "COPY --from=Build /out /app",
    "RUN --mount=type=bind,from=BUILD,target=/src true",
    "FROM --platform=$TARGETPLATFORM alpine:3.20",
    "ADD --chown=app ./config /config/",
    "EXPOSE 80/TCP 53/Udp",
  ),
  // Legacy `ENV key value`, COPY destinations, keyword and AS casing.
  fc.tuple(fc.constantFrom("ENV", "LABEL", "env", "ONBUILD ENV"), fc.constantFrom("KEY", "a.b"), words(3)).map(
    ([keyword, key, rest]) => `${keyword} ${key} value${rest}`,
  ),
  fc.tuple(fc.constantFrom("COPY", "ADD", "copy", "ONBUILD COPY"), words(3), fc.constantFrom(" /app", " dest", ' "/srv"', " $DEST")).map(
    ([keyword, sources, destination]) => `${keyword} src${sources}${destination}`,
  ),
  fc.constantFrom("from node as build", "FROM node as build", "From node As build", "onbuild run make"),
);

const dockerfile = fc
  .tuple(fc.array(instruction, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.boolean())
  .map(([lines, crlf, trailingNewline]) => {
    const text = lines.join("\n") + (trailingNewline ? "\n" : "");
    return crlf ? text.replace(/\n/gu, "\r\n") : text;
  });

/** What a command runs: exec-form elements, or the words of a plain shell command, or its text. */
function argv(form: DockerfileExecForm | DockerfileShellForm | null): string {
  if (!form) return "";
  if (form.type === "DockerfileExecForm") return JSON.stringify(form.elements.map((element) => element.value));
  const command = form.script?.body.length === 1 ? form.script.body[0] : null;
  if (command?.type === "ShellCommand" && command.words.every((w) => w.value !== null)) {
    return JSON.stringify(command.words.map((w) => w.value));
  }
  return form.value;
}

/**
 * Commands that clean-up fixers append (`&& rm -rf /var/lib/apt/lists/*`, `&& yum clean all`...):
 * left out of the comparison, which then checks that every other command is kept, in order.
 * `apt`, which prefer-apt-get renames, counts as `apt-get`.
 */
const APPENDED = /^\$ (rm|yum|dnf|microdnf|zypper|yarn)$/u;

/** The instructions, the commands each RUN runs, and what CMD/ENTRYPOINT/HEALTHCHECK run. */
function shape(program: Program): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    // prefer-copy turns ADD of local files into COPY on purpose.
    if (node.type.startsWith("Dockerfile") && "keyword" in node) found.push(node.type === "DockerfileAdd" ? "DockerfileCopy" : node.type);
    if (node.type === "DockerfileCmd" || node.type === "DockerfileEntrypoint" || node.type === "DockerfileHealthcheck") {
      found.push(argv(node.command));
      return;
    }
    if (node.type === "ShellCommand") found.push(`$ ${node.name}`);
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, Node | Node[] | null>)[key];
      if (Array.isArray(child)) child.forEach(visit);
      else if (child) visit(child);
    }
  };
  visit(program);
  return found;
}

describe("Dockerfile fixers (property)", () => {
  const linter = new Linter();

  it("has fixable rules to test", () => {
    expect(Object.keys(fixableRules)).toEqual(expect.arrayContaining(["containers/pip-no-cache-dir", "containers/prefer-exec-form", "containers/stage-name-casing", "containers/prefer-copy"]));
  });

  it("keep instructions, shell commands and comments, and converge", () => {
    fc.assert(
      fc.property(dockerfile, (text) => {
        const result = linter.verifyAndFix(text, config, "Dockerfile");
        expect(result.messages.filter((m) => m.fatal)).toEqual([]);
        const before = parseDockerfile(text);
        const after = parseDockerfile(result.output);
        // prefer-apt-get renames `apt` to `apt-get`.
        const kept = (program: Program) => shape(program).filter((entry) => !APPENDED.test(entry)).map((entry) => (entry === "$ apt" ? "$ apt-get" : entry));
        expect(kept(after)).toEqual(kept(before));
        expect(after.comments.map((c) => c.value)).toEqual(before.comments.map((c) => c.value));
        // no-constant-platform removes a redundant `--platform=$TARGETPLATFORM` on purpose.
        const tokens = (program: Program) => program.tokens.filter((token) => !/^--platform=\$\{?TARGETPLATFORM\}?$/u.test(token.value));
        expect(tokens(after).length).toBeGreaterThanOrEqual(tokens(before).length);
        // Converged: fixing the fixed file changes nothing.
        expect(linter.verifyAndFix(result.output, config, "Dockerfile").output).toBe(result.output);
      }),
      { numRuns: 300 },
    );
  });
});
