import { describe, expect, it } from "vitest";
import type { DockerfileStage } from "../src/ast.js";
import { findAll, findOne, parseChecked, sourceOf, where } from "./helpers/ast-utils.js";

/*
 * Exact locations: ESTree convention, 1-based lines and 0-based columns in UTF-16 code units;
 * `range` offsets into the text exactly as given (a BOM is character 0). Every input also passes
 * the structural invariants (parseChecked).
 */

describe("CRLF line endings", () => {
  const text = "FROM alpine:3.20\r\nRUN apk add \\\r\n    curl && echo hi\r\nCMD [\"sh\"]\r\n";

  it("counts \\r\\n as one line break and keeps it out of nodes", () => {
    const program = parseChecked(text);
    expect(where(program)).toBe("1:0-5:0");
    const run = findOne(program, "DockerfileRun");
    expect(where(run)).toBe("2:0-3:19");
    expect(sourceOf(text, run)).toBe("RUN apk add \\\r\n    curl && echo hi");
    const cmd = findOne(program, "DockerfileCmd");
    expect(where(cmd)).toBe("4:0-4:10");
    expect(sourceOf(text, cmd)).toBe('CMD ["sh"]');
  });

  it("places shell words after a CRLF continuation on the next line", () => {
    const program = parseChecked(text);
    const curl = findOne(program, "ShellWord", (word) => word.value === "curl");
    expect(where(curl)).toBe("3:4-3:8");
    expect(sourceOf(text, curl)).toBe("curl");
    const apk = findOne(program, "ShellCommand", (command) => command.name === "apk");
    expect(sourceOf(text, apk)).toBe("apk add \\\r\n    curl");
    const echo = findOne(program, "ShellCommand", (command) => command.name === "echo");
    expect(where(echo)).toBe("3:12-3:19");
  });

  it("joins the shell form value without the escape and line break", () => {
    const form = findOne(parseChecked(text), "DockerfileShellForm");
    expect(form.value).toBe("apk add     curl && echo hi");
    expect(form.value).not.toContain("\r");
  });
});

describe("byte order mark", () => {
  it("counts the BOM as the first character of line 1", () => {
    const text = "\uFEFFFROM alpine\nRUN echo hi\n";
    const program = parseChecked(text);
    expect(program.range).toEqual([0, text.length]);
    const from = findOne(program, "DockerfileFrom");
    expect(from.range).toEqual([1, 12]);
    expect(where(from)).toBe("1:1-1:12");
    expect(sourceOf(text, from.keyword)).toBe("FROM");
    expect(findOne(program, "DockerfileImageReference").raw).toBe("alpine");
    // Line 2 is unaffected.
    expect(where(findOne(program, "ShellWord", (word) => word.value === "echo"))).toBe("2:4-2:8");
  });

  it("still reads a parser directive after the BOM", () => {
    const text = "\uFEFF# escape=`\nFROM alpine\nRUN echo a `\n  b\n";
    const program = parseChecked(text);
    expect(program.escapeCharacter).toBe("`");
    const directive = findOne(program, "DockerfileParserDirective");
    expect(directive).toMatchObject({ name: "escape", value: "`" });
    expect(where(directive)).toBe("1:1-1:11");
    expect(sourceOf(text, directive)).toBe("# escape=`");
  });
});

describe("backtick escape (Windows Dockerfiles)", () => {
  const text = [
    "# escape=`",
    "FROM mcr.microsoft.com/windows/servercore:ltsc2022",
    "RUN powershell -Command `",
    "    Write-Host hi `",
    "    ; echo",
    'SHELL ["sh", "-c"]',
    "RUN apt-get install `",
    "  # a comment inside the continuation",
    "  curl",
    "",
  ].join("\n");

  it("continues lines with the backtick and ends the RUN where the continuation stops", () => {
    const program = parseChecked(text);
    const [first, second] = findAll(program, "DockerfileRun");
    expect(where(first)).toBe("3:0-5:10");
    expect(where(second)).toBe("7:0-9:6");
    expect(second.command?.type).toBe("DockerfileShellForm");
  });

  it("does not parse cmd/powershell text as POSIX shell, but does after SHELL [\"sh\", ...]", () => {
    const program = parseChecked(text);
    const [first, second] = findAll(program, "DockerfileShellForm");
    expect(first.script).toBeNull();
    expect(first.value).toBe("powershell -Command     Write-Host hi     ; echo");
    expect(second.script).not.toBeNull();
    const curl = findOne(program, "ShellWord", (word) => word.value === "curl");
    expect(where(curl)).toBe("9:2-9:6");
    expect(findOne(program, "ShellCommand").words.map((word) => word.value)).toEqual(["apt-get", "install", "curl"]);
  });

  it("keeps the backslash a normal character (Windows paths)", () => {
    const source = "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver\nWORKDIR C:\\app\\\nCOPY a.txt C:\\app\\\n";
    const program = parseChecked(source);
    const workdir = findOne(program, "DockerfileWorkdir");
    expect(workdir.arguments.map((arg) => arg.value)).toEqual(["C:\\app\\"]);
    expect(where(workdir)).toBe("3:0-3:15");
    expect(findOne(program, "DockerfileCopy").destination?.value).toBe("C:\\app\\");
  });
});

describe("continuation lines", () => {
  it("skips comment lines inside a continuation (curl at line 4 col 2)", () => {
    const text = "FROM debian\nRUN apt-get update \\\n  # install curl\n  curl -fsSL https://example.com\n";
    const program = parseChecked(text);
    const curl = findOne(program, "ShellWord", (word) => word.value === "curl");
    expect(where(curl)).toBe("4:2-4:6");
    expect(curl.range).toEqual([52, 56]);
    expect(sourceOf(text, curl)).toBe("curl");
    // The comment is a Program comment, not shell text.
    expect(program.comments.map((comment) => [comment.value, where(comment)])).toEqual([[" install curl", "3:2-3:16"]]);
    expect(findOne(program, "DockerfileShellForm").value).toBe("apt-get update   curl -fsSL https://example.com");
  });

  it("keeps && after a comment line as the operator between the commands", () => {
    const text = "FROM debian\nRUN apt-get update \\\n  # install curl\n  && apt-get install -y \\\n  curl\n";
    const program = parseChecked(text);
    const logical = findOne(program, "ShellLogicalExpression");
    expect(logical.operator).toBe("&&");
    expect(where(logical.left)).toBe("2:4-2:18");
    expect(where(logical.right)).toBe("4:5-5:6");
    expect(sourceOf(text, logical.right)).toBe("apt-get install -y \\\n  curl");
  });

  it("treats empty and blank lines inside a continuation as nothing", () => {
    const text = "FROM debian\nRUN apt-get update \\\n\n  && apt-get install -y \\\n   \n  curl\n";
    const program = parseChecked(text);
    const run = findOne(program, "DockerfileRun");
    expect(where(run)).toBe("2:0-6:6");
    expect(where(findOne(program, "ShellWord", (word) => word.value === "curl"))).toBe("6:2-6:6");
    expect(findOne(program, "DockerfileShellForm").value).toBe("apt-get update   && apt-get install -y   curl");
    // The instruction after the RUN is still separate.
    expect(findAll(program, "DockerfileRun")).toHaveLength(1);
  });

  it("ends an instruction at an escaped escape character, as BuildKit does (moby/buildkit#1559)", () => {
    // docker-library/mongo's Windows Dockerfiles: `C:\\Windows\\System32\\` is a path, not a continuation.
    const text = "FROM alpine\nCOPY a.dll C:\\\\Windows\\\\System32\\\\\n\n# a comment\nENV A=1\nRUN echo a\\\\\nRUN echo b \\\n  c\n";
    const program = parseChecked(text);
    const types = (program.body[0] as DockerfileStage).body.map((node) => node.type);
    expect(types).toEqual(["DockerfileFrom", "DockerfileCopy", "DockerfileEnv", "DockerfileRun", "DockerfileRun"]);
    expect(where(findOne(program, "DockerfileCopy"))).toBe("2:0-2:34");
    expect(findOne(program, "DockerfileCopy").destination?.raw).toBe("C:\\\\Windows\\\\System32\\\\");
    const [first, second] = findAll(program, "DockerfileShellForm");
    expect(first.value).toBe("echo a\\\\");
    // A single escape still continues the line.
    expect(second.value).toBe("echo b   c");
  });

  it("locates a flag and words that continue over lines", () => {
    const text = "FROM alpine\nRUN --mount=type=cache,target=/var/cache/apk \\\n    apk add \\\n      git\n";
    const program = parseChecked(text);
    const flag = findOne(program, "DockerfileFlag");
    expect(flag).toMatchObject({ name: "mount", value: "type=cache,target=/var/cache/apk" });
    expect(flag.options).toEqual([{ name: "type", value: "cache" }, { name: "target", value: "/var/cache/apk" }]);
    expect(where(flag)).toBe("2:4-2:44");
    expect(where(findOne(program, "ShellCommand"))).toBe("3:4-4:9");
  });

  it("locates ENV/LABEL pairs across continuation lines", () => {
    const text = 'FROM alpine\nLABEL a="x y" \\\n      b=c\nENV PATH=/opt/bin:$PATH \\\n    LANG=C.UTF-8\nENV TZ Europe/Paris UTC\n';
    const program = parseChecked(text);
    const [a, b] = findOne(program, "DockerfileLabel").pairs;
    expect(where(a)).toBe("2:6-2:13");
    expect(a.value?.value).toBe("x y");
    expect(a.value?.raw).toBe('"x y"');
    expect(where(b)).toBe("3:6-3:9");
    const [env, legacy] = findAll(program, "DockerfileEnv");
    expect(env.pairs.map((pair) => [pair.key.value, pair.value?.value])).toEqual([
      ["PATH", "/opt/bin:$PATH"],
      ["LANG", "C.UTF-8"],
    ]);
    expect(where(env.pairs[0])).toBe("4:4-4:23");
    expect(where(env.pairs[1])).toBe("5:4-5:16");
    expect(env.pairs.every((pair) => !pair.legacy)).toBe(true);
    // `ENV key value...`: one pair, the value is the rest of the line.
    expect(legacy.pairs).toHaveLength(1);
    expect(legacy.pairs[0]).toMatchObject({ legacy: true, key: { value: "TZ" }, value: { value: "Europe/Paris UTC" } });
    expect(where(legacy.pairs[0])).toBe("6:4-6:23");
  });

  it("reads `ARG A B=1 C` as three args (ARG has no legacy form)", () => {
    const program = parseChecked('FROM alpine\nARG TARGETOS TARGETARCH=amd64 \\\n    V="1 2"\n');
    const pairs = findOne(program, "DockerfileArg").pairs;
    expect(pairs.map((pair) => [pair.key.value, pair.value?.value ?? null, pair.legacy])).toEqual([
      ["TARGETOS", null, false],
      ["TARGETARCH", "amd64", false],
      ["V", "1 2", false],
    ]);
    expect(pairs.map(where)).toEqual(["2:4-2:12", "2:13-2:29", "3:4-3:11"]);
    expect(where(pairs[1].value!)).toBe("2:24-2:29");
  });
});

describe("heredocs", () => {
  it("parses the body of RUN <<EOF as the script, at its own lines", () => {
    const text = "FROM alpine\nRUN <<EOF\napk add curl\necho done > /tmp/x\nEOF\n";
    const program = parseChecked(text);
    const run = findOne(program, "DockerfileRun");
    expect(where(run)).toBe("2:0-5:3");
    const heredoc = findOne(program, "ShellHeredoc");
    expect(heredoc).toMatchObject({ delimiter: "EOF", value: "apk add curl\necho done > /tmp/x" });
    expect(where(heredoc)).toBe("3:0-5:3");
    expect(heredoc.script).not.toBeNull();
    const apk = findOne(program, "ShellCommand", (command) => command.name === "apk");
    expect(where(apk)).toBe("3:0-3:12");
    const echo = findOne(program, "ShellCommand", (command) => command.name === "echo");
    expect(where(echo)).toBe("4:0-4:18");
    const redirect = findOne(program, "ShellRedirect");
    expect(redirect.operator).toBe(">");
    expect(sourceOf(text, redirect)).toBe("> /tmp/x");
    expect(redirect.target?.value).toBe("/tmp/x");
    // The next instruction is not swallowed.
    expect(findAll(program, "DockerfileFrom")).toHaveLength(1);
  });

  it("parses a heredoc fed to a shell (`RUN bash <<'EOF'`) as a script", () => {
    const text = "FROM alpine\nRUN bash <<'EOF'\nset -eux\nmake install\nEOF\n";
    const program = parseChecked(text);
    const heredoc = findOne(program, "ShellHeredoc");
    expect(heredoc.delimiter).toBe("EOF");
    expect(heredoc.value).toBe("set -eux\nmake install");
    expect(heredoc.script?.body.map((statement) => statement.type === "ShellCommand" && statement.name)).toEqual(["set", "make"]);
    expect(where(findOne(program, "ShellCommand", (command) => command.name === "make"))).toBe("4:0-4:12");
    // The redirect's target is the delimiter without its quotes.
    const redirect = findOne(program, "ShellRedirect");
    expect(redirect.operator).toBe("<<");
    expect(redirect.target?.value).toBe("EOF");
    expect(sourceOf(text, redirect)).toBe("<<'EOF'");
  });

  it("keeps a heredoc fed to another command as data", () => {
    const text = "FROM alpine\nRUN cat <<EOF > /etc/motd && echo ok\nhello\nEOF\n";
    const program = parseChecked(text);
    const heredoc = findOne(program, "ShellHeredoc");
    expect(heredoc.script).toBeNull();
    expect(heredoc.value).toBe("hello");
    expect(where(heredoc)).toBe("3:0-4:3");
    const logical = findOne(program, "ShellLogicalExpression");
    expect(sourceOf(text, logical)).toBe("cat <<EOF > /etc/motd && echo ok");
    const cat = findOne(program, "ShellCommand", (command) => command.name === "cat");
    expect(cat.redirects.map((redirect) => redirect.operator)).toEqual(["<<", ">"]);
  });

  it("nests a heredoc inside a loop of a RUN <<EOF script under that loop", () => {
    const text = "FROM alpine\nRUN <<EOF\nfor f in a b; do\n  cat <<X > $f\nhello\nX\ndone\nEOF\n";
    const program = parseChecked(text);
    const inner = findOne(program, "ShellHeredoc", (heredoc) => heredoc.delimiter === "X");
    expect(inner.value).toBe("hello");
    expect(where(inner)).toBe("5:0-6:1");
    expect(inner.parent?.type).toBe("ShellCompound");
  });

  it("locates COPY heredocs and their destination", () => {
    const text = "FROM alpine\nCOPY <<EOF /etc/app.conf\nkey=value\nEOF\nCOPY <<one.txt <<two.txt /dest/\nfirst\none.txt\nsecond\ntwo.txt\n";
    const program = parseChecked(text);
    const [single, double] = findAll(program, "DockerfileCopy");
    expect(single.destination?.value).toBe("/etc/app.conf");
    expect(single.heredocs).toHaveLength(1);
    expect(single.heredocs[0]).toMatchObject({ delimiter: "EOF", value: "key=value" });
    expect(where(single.heredocs[0])).toBe("3:0-4:3");
    expect(where(single)).toBe("2:0-4:3");
    expect(double.heredocs.map((heredoc) => [heredoc.delimiter, heredoc.value, where(heredoc)])).toEqual([
      ["one.txt", "first", "6:0-7:7"],
      ["two.txt", "second", "8:0-9:7"],
    ]);
    expect(double.destination?.value).toBe("/dest/");
  });
});

describe("file edges", () => {
  it("handles a file without a trailing newline", () => {
    const text = "FROM alpine\nRUN echo hi";
    const program = parseChecked(text);
    expect(program.range).toEqual([0, 11 + 1 + 11]);
    expect(where(program)).toBe("1:0-2:11");
    const stage = findOne(program, "DockerfileStage");
    expect(stage.range[1]).toBe(text.length);
    expect(where(findOne(program, "ShellWord", (word) => word.value === "hi"))).toBe("2:9-2:11");
  });

  it("gives an empty file an empty Program", () => {
    const program = parseChecked("");
    expect(program).toMatchObject({ type: "Program", body: [], comments: [], tokens: [], range: [0, 0] });
    expect(where(program)).toBe("1:0-1:0");
  });

  it("gives a file of only comments comments and no body", () => {
    const text = "# just a comment\n# another\n";
    const program = parseChecked(text);
    expect(program.body).toEqual([]);
    expect(program.comments.map((comment) => [comment.value, where(comment), sourceOf(text, comment)])).toEqual([
      [" just a comment", "1:0-1:16", "# just a comment"],
      [" another", "2:0-2:9", "# another"],
    ]);
    expect(where(program)).toBe("1:0-3:0");
  });

  it("handles a lone comment without a newline", () => {
    const program = parseChecked("# only");
    expect(program.comments).toHaveLength(1);
    expect(where(program.comments[0])).toBe("1:0-1:6");
  });

  it("ends each stage at its last instruction, not at the trailing comments", () => {
    const text = "FROM a AS build\nRUN make\n\n# next stage\nFROM b\nCOPY --from=build /out /out\n";
    const program = parseChecked(text);
    const stages = program.body.filter((node): node is DockerfileStage => node.type === "DockerfileStage");
    expect(stages.map((stage) => [stage.index, stage.name, where(stage)])).toEqual([
      [0, "build", "1:0-2:8"],
      [1, null, "5:0-6:27"],
    ]);
  });

  it("counts columns in UTF-16 code units", () => {
    const text = "FROM alpine\nRUN echo 'héllo 🐳' && ls\n";
    const program = parseChecked(text);
    const ls = findOne(program, "ShellCommand", (command) => command.name === "ls");
    // `RUN echo 'héllo 🐳' && ` is 23 code units (the whale is two).
    expect(where(ls)).toBe("2:23-2:25");
    expect(sourceOf(text, ls)).toBe("ls");
  });
});

describe("argument values", () => {
  it("removes each escape once (`C:\\\\docs` is `C:\\docs`), from the source text", () => {
    const text = 'FROM alpine AS "b\\\\c"\nWORKDIR C:\\\\docs\nCOPY C:\\\\a\\\\b.txt "C:\\\\x y\\\\" /d/\n';
    const program = parseChecked(text);
    expect(findOne(program, "DockerfileFrom").stageName?.value).toBe("b\\c");
    expect(findOne(program, "DockerfileWorkdir").arguments.map((arg) => arg.value)).toEqual(["C:\\docs"]);
    expect(findOne(program, "DockerfileCopy").sources.map((arg) => arg.value)).toEqual(["C:\\a\\b.txt", "C:\\x", 'y\\']);
  });

  it("keeps escapes inside single quotes and escapes only `\"`, `$` and the escape inside double quotes", () => {
    const text = "FROM alpine\nWORKDIR 'C:\\docs' \"C:\\docs\\\\x\\\"y\\$z\" \\$HOME\n";
    const program = parseChecked(text);
    expect(findOne(program, "DockerfileWorkdir").arguments.map((arg) => arg.value)).toEqual(["C:\\docs", 'C:\\docs\\x"y$z', "$HOME"]);
  });

  it("joins a continuation inside a word, dropping comment lines", () => {
    const text = "FROM alpine\nWORKDIR /a\\\n# note\nb\nARG V=x\\\ny\n";
    const program = parseChecked(text);
    expect(findOne(program, "DockerfileWorkdir").arguments.map((arg) => arg.value)).toEqual(["/ab"]);
    expect(findOne(program, "DockerfileArg").pairs[0].value?.value).toBe("xy");
  });

  it("with the backtick escape, a backslash is a plain character", () => {
    const text = "# escape=`\nFROM alpine\nWORKDIR C:\\\\docs `\"x`\" \"C:\\a\"\n";
    const program = parseChecked(text);
    expect(findOne(program, "DockerfileWorkdir").arguments.map((arg) => arg.value)).toEqual(["C:\\\\docs", '"x"', "C:\\a"]);
  });
});
