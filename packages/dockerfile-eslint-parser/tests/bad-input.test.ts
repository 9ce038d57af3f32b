import { describe, expect, it } from "vitest";
import type { Program } from "../src/ast.js";
import { parseDockerfile } from "../src/parse-dockerfile.js";
import { DockerfileParseError } from "../src/parse-error.js";
import { checkInvariants } from "./helpers/invariants.js";
import { findAll, findOne, sourceOf, where } from "./helpers/ast-utils.js";

/**
 * Bad input gives a tolerant AST (the `valid-syntax` rule reports the problems); the only error
 * parseDockerfile may throw is a DockerfileParseError with a line and column.
 */
function parseTolerant(text: string): Program {
  let program: Program;
  try {
    program = parseDockerfile(text);
  } catch (error) {
    expect(error, `only DockerfileParseError may escape, got ${String(error)}`).toBeInstanceOf(DockerfileParseError);
    throw error;
  }
  expect(checkInvariants(text, program), "AST invariants").toEqual([]);
  return program;
}

/** The instruction types of a program, stages flattened. */
function instructionTypes(program: Program): string[] {
  return program.body.flatMap((node) => (node.type === "DockerfileStage" ? node.body.map((child) => child.type) : [node.type]));
}

describe("unterminated heredocs", () => {
  it("RUN <<EOF without its delimiter runs to the end of the file, body still parsed", () => {
    const text = "FROM alpine\nRUN <<EOF\napk add curl\n";
    const program = parseTolerant(text);
    const heredoc = findOne(program, "ShellHeredoc");
    expect(heredoc.delimiter).toBe("EOF");
    expect(heredoc.range[1]).toBe(text.length);
    expect(findOne(program, "ShellCommand").name).toBe("apk");
    expect(where(findOne(program, "ShellCommand"))).toBe("3:0-3:12");
  });

  it("COPY <<EOF without its delimiter keeps the body and the destination", () => {
    const text = "FROM alpine\nCOPY <<EOF /etc/x\nabc\n";
    const program = parseTolerant(text);
    const copy = findOne(program, "DockerfileCopy");
    expect(copy.destination?.value).toBe("/etc/x");
    expect(copy.heredocs).toHaveLength(1);
    expect(sourceOf(text, copy.heredocs[0])).toBe("abc\n");
  });

  it("a heredoc in a shell command without its delimiter marks the script", () => {
    const program = parseTolerant("FROM alpine\nRUN cat <<EOF > /x\nhello\n");
    expect(findOne(program, "ShellCommand", (command) => command.name === "cat").redirects[0].operator).toBe("<<");
  });
});

describe("stray continuation", () => {
  it("at the very end of the file", () => {
    const text = "FROM alpine\nRUN echo hi \\";
    const program = parseTolerant(text);
    const form = findOne(program, "DockerfileShellForm");
    expect(form.value).toBe("echo hi ");
    expect(form.range[1]).toBe(text.length);
    expect(findOne(program, "ShellCommand").words.map((word) => word.value)).toEqual(["echo", "hi"]);
  });

  it("followed by a newline and nothing else", () => {
    const program = parseTolerant("FROM alpine\nRUN echo hi \\\n");
    expect(findOne(program, "ShellCommand").name).toBe("echo");
  });

  it("followed only by a comment and blank lines", () => {
    const program = parseTolerant("FROM alpine\nRUN echo hi \\\n# trailing\n\n");
    expect(findOne(program, "ShellCommand").name).toBe("echo");
    expect(program.comments.map((comment) => comment.value)).toEqual([" trailing"]);
  });

  it("a lone escape as the whole file", () => {
    parseTolerant("\\");
    parseTolerant("\\\n");
    parseTolerant("# escape=`\n`");
  });
});

describe("garbage bytes", () => {
  it("NUL and control bytes inside a RUN do not hide the next instruction", () => {
    const program = parseTolerant("FROM alpine\nRUN \x00\x01\x02 echo \x00\nRUN ls\n");
    const runs = findAll(program, "DockerfileRun");
    expect(runs).toHaveLength(2);
    expect(findOne(program, "ShellCommand", (command) => command.name === "ls")).toBeTruthy();
    expect(findOne(runs[0], "ShellScript").hasError).toBe(true);
  });

  it("a file of NUL bytes is one unknown instruction", () => {
    const program = parseTolerant("\x00\x00\x00");
    expect(instructionTypes(program)).toEqual(["DockerfileUnknownInstruction"]);
  });

  it("random binary (deterministic bytes, decoded as latin1 and as UTF-8)", () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 20; round++) {
      const bytes = Buffer.from(Array.from({ length: 300 }, () => next() % 256));
      parseTolerant(bytes.toString("latin1"));
      parseTolerant(bytes.toString("utf8"));
      parseTolerant(`FROM alpine\nRUN ${bytes.toString("latin1")}\nUSER app\n`);
    }
  });

  it("lone surrogates and a BOM in the middle", () => {
    const program = parseTolerant("FROM alpine\nRUN echo \uD800 \uDC00 \uFEFF && ls\nUSER app\n");
    expect(instructionTypes(program)).toEqual(["DockerfileFrom", "DockerfileRun", "DockerfileUser"]);
  });
});

describe("unknown instructions", () => {
  it("are DockerfileUnknownInstruction and the following RUN still has its shell", () => {
    const text = "FROM alpine\nFOO bar baz\nRUN apt-get install -y curl\n";
    const program = parseTolerant(text);
    expect(instructionTypes(program)).toEqual(["DockerfileFrom", "DockerfileUnknownInstruction", "DockerfileRun"]);
    const unknown = findOne(program, "DockerfileUnknownInstruction");
    expect(unknown.keyword.value).toBe("FOO");
    expect(unknown.arguments.map((arg) => arg.value)).toEqual(["bar", "baz"]);
    const command = findOne(program, "ShellCommand");
    expect(command.name).toBe("apt-get");
    expect(command.parent?.type).toBe("ShellScript");
    expect(where(command)).toBe("3:4-3:27");
  });

  it("before any FROM sit at the top level", () => {
    const program = parseTolerant("BOGUS\nFROM alpine\n");
    expect(program.body.map((node) => node.type)).toEqual(["DockerfileUnknownInstruction", "DockerfileStage"]);
  });
});

describe("FROM without arguments", () => {
  it("has no image, and the stage and its instructions remain", () => {
    const program = parseTolerant("FROM\nRUN echo hi\n");
    const from = findOne(program, "DockerfileFrom");
    expect(from.image).toBeNull();
    expect(from.stageName).toBeNull();
    const stage = findOne(program, "DockerfileStage");
    expect(stage.body.map((node) => node.type)).toEqual(["DockerfileFrom", "DockerfileRun"]);
    expect(findOne(program, "ShellCommand").name).toBe("echo");
  });

  it("FROM image AS without a name", () => {
    const program = parseTolerant("FROM alpine AS\nRUN true\n");
    const from = findOne(program, "DockerfileFrom");
    expect(from.image?.name).toBe("alpine");
    expect(from.stageName).toBeNull();
    expect(findOne(program, "DockerfileStage").name).toBeNull();
  });
});

describe("malformed exec form JSON", () => {
  it("an unclosed array is kept as a shell form; later instructions stay", () => {
    const text = 'FROM alpine\nCMD ["sh", "-c"\nENTRYPOINT ["a", b]\nRUN echo ok\n';
    const program = parseTolerant(text);
    expect(instructionTypes(program)).toEqual(["DockerfileFrom", "DockerfileCmd", "DockerfileEntrypoint", "DockerfileRun"]);
    expect(findOne(program, "DockerfileCmd").command?.type).toBe("DockerfileShellForm");
    expect(findOne(program, "DockerfileEntrypoint").command?.type).toBe("DockerfileShellForm");
    expect(findOne(program, "DockerfileRun").command?.type).toBe("DockerfileShellForm");
    expect(findOne(program, "ShellCommand", (command) => command.name === "echo")).toBeTruthy();
  });

  it("an empty array, single quotes and trailing commas do not crash", () => {
    const program = parseTolerant("FROM alpine\nCMD []\nCMD ['sh']\nCMD [\"a\",]\nSHELL [\nHEALTHCHECK CMD [\"x\"\n");
    expect(findAll(program, "DockerfileCmd")).toHaveLength(3);
    expect(findOne(program, "DockerfileHealthcheck").subcommand?.value).toBe("CMD");
  });
});

describe("malformed flags, pairs and words", () => {
  it("a word containing -- before a -- word is not a flag (`RUN k-- --`)", () => {
    const program = parseTolerant("FROM alpine\nRUN k-- --x\n");
    const run = findOne(program, "DockerfileRun");
    expect(run.flags).toEqual([]);
    expect(findOne(program, "ShellCommand").words.map((word) => word.value)).toEqual(["k--", "--x"]);
  });

  it("ENV with blank names keeps pairs disjoint", () => {
    parseTolerant("ENV = \\  \\");
    parseTolerant("ENV a=1 = b=2\nRUN true\n");
    parseTolerant("ENV\\\n =\\\n\\  #");
    parseTolerant("ENV S \\\n\\\t\tf");
  });

  it("continuation-only arguments", () => {
    parseTolerant("; \\\n\\\t\\\n\t;");
    parseTolerant("RUN \\\n\\\n\\\n");
    parseTolerant("COPY --from=\\\n");
  });

  it("keywords without arguments", () => {
    const keywords = ["RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK", "SHELL", "COPY", "ADD", "ENV", "LABEL", "ARG", "ONBUILD", "EXPOSE", "USER", "WORKDIR", "VOLUME", "STOPSIGNAL", "MAINTAINER"];
    const program = parseTolerant(`FROM alpine\n${keywords.join("\n")}\n`);
    expect(instructionTypes(program)).toHaveLength(keywords.length + 1);
    expect(findOne(program, "DockerfileRun").command).toBeNull();
  });

  it("a heredoc-like word without a body in the shell (`RUN <<EOF bash`)", () => {
    const program = parseTolerant("FROM alpine\nRUN <<EOF bash\nset -e\nEOF\nUSER app\n");
    expect(instructionTypes(program)).toEqual(["DockerfileFrom", "DockerfileRun", "DockerfileUser"]);
  });
});

describe("DockerfileParseError", () => {
  it("carries the ESLint fields (1-based lineNumber and column) and is a SyntaxError", () => {
    const error = new DockerfileParseError("boom", { line: 3, column: 4 }, 17);
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error.name).toBe("DockerfileParseError");
    expect([error.lineNumber, error.column, error.index]).toEqual([3, 5, 17]);
  });
});
