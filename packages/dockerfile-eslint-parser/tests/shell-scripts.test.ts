import { describe, expect, it } from "vitest";
import { findAll, findOne, parseChecked, sourceOf, where } from "./helpers/ast-utils.js";

/* Scripts run by `sh -c` are parsed as shell, at their source positions (docs/ast.md, ShellWord). */

const commandsOf = (text: string) => findAll(parseChecked(text), "ShellCommand").map((command) => sourceOf(text, command));

describe("sh -c scripts", () => {
  it("parses a single-quoted script across a continuation line", () => {
    const text = "FROM a\nRUN sudo bash -ec 'apt-get update && \\\n  apt-get install -y x' && su app -c \"pip install y\"\n";
    const program = parseChecked(text);
    const install = findOne(program, "ShellCommand", (command) => command.name === "apt-get" && command.words[1]?.value === "install");
    expect(where(install)).toBe("3:2-3:22");
    const pip = findOne(program, "ShellCommand", (command) => command.name === "pip");
    expect(sourceOf(text, pip)).toBe("pip install y");
    expect(pip.parent?.type).toBe("ShellWord");
  });

  it("finds the script after options and option values", () => {
    expect(commandsOf("FROM a\nRUN bash -o pipefail -c 'curl x | tar x'\n")).toEqual(["bash -o pipefail -c 'curl x | tar x'", "curl x", "tar x"]);
    expect(commandsOf("FROM a\nRUN /bin/sh -c ls\n")).toEqual(["/bin/sh -c ls", "ls"]);
  });

  it("leaves scripts alone when they do not map 1:1 or do not parse", () => {
    expect(commandsOf("FROM a\nRUN sh -c $'ls\\n'\n")).toEqual(["sh -c $'ls\\n'"]);
    expect(commandsOf("FROM a\nRUN sh -c \"ls\"' -l'\n")).toEqual(["sh -c \"ls\"' -l'"]);
    expect(commandsOf("FROM a\nRUN sh -c 'if then'\n")).toEqual(["sh -c 'if then'"]);
    expect(commandsOf("FROM a\nRUN sh 'script.sh'\n")).toEqual(["sh 'script.sh'"]);
    expect(commandsOf("FROM a\nRUN find . -exec sh -c 'rm x' \\;\n")).toEqual(["find . -exec sh -c 'rm x' \\;"]);
  });

  it("parses a double-quoted script with escaped quotes, keeping the words in place", () => {
    const text = 'FROM a\nRUN su app -s /bin/sh -c " \\\n  A=\\"x y\\" && if [ \\"\\$A\\" = \\"b\\" ]; then curl -fsSL \\"https://x\\" -o /tmp/x; fi"\n';
    const program = parseChecked(text);
    const curl = findOne(program, "ShellCommand", (command) => command.name === "curl");
    expect(sourceOf(text, curl)).toBe('curl -fsSL \\"https://x\\" -o /tmp/x');
    expect(curl.words.map((word) => sourceOf(text, word))).toEqual(["curl", "-fsSL", '\\"https://x\\"', "-o", "/tmp/x"]);
    const assignment = findOne(program, "ShellAssignment", (node) => node.name === "A");
    expect(sourceOf(text, assignment)).toBe('A=\\"x y\\"');
  });

  it("parses the script of an exec form that runs a shell", () => {
    const text = 'FROM a\nRUN ["/bin/sh", "-c", "apk add z && rm -rf /var/cache/apk/*"]\nCMD ["sh", "-c", "echo \\"hi\\""]\n';
    const program = parseChecked(text);
    const scripts = findAll(program, "DockerfileArgument").filter((argument) => argument.script);
    expect(scripts).toHaveLength(1);
    expect(sourceOf(text, scripts[0].script!)).toBe("apk add z && rm -rf /var/cache/apk/*");
    expect(where(findOne(program, "ShellCommand", (command) => command.name === "rm"))).toBe("2:36-2:59");
  });

  it("skips `--` before the script, in shell form and exec form alike", () => {
    expect(commandsOf("FROM a\nRUN sh -c -- 'ls -l'\n")).toEqual(["sh -c -- 'ls -l'", "ls -l"]);
    const text = 'FROM a\nRUN ["sh", "-ec", "--", "ls -l"]\n';
    const scripts = findAll(parseChecked(text), "DockerfileArgument").filter((argument) => argument.script);
    expect(scripts.map((argument) => sourceOf(text, argument.script!))).toEqual(["ls -l"]);
  });

  it("reads a lone assignment as a command without words", () => {
    const program = parseChecked("FROM a\nRUN A=1; B=2 C=3\n");
    const commands = findAll(program, "ShellCommand");
    expect(commands.map((command) => [command.name, command.words.length, command.assignments.map((a) => a.name)])).toEqual([
      [null, 0, ["A"]],
      [null, 0, ["B", "C"]],
    ]);
  });
});

describe("Windows base images named in the tag or the repository", () => {
  it("does not parse their shell forms as POSIX shell", () => {
    for (const image of ["mcr.microsoft.com/dotnet/sdk:8.0-windowsservercore-ltsc2022", "stefanscherer/node-windows:10", "mcr.microsoft.com/windows/nanoserver:ltsc2022"]) {
      const program = parseChecked(`FROM ${image}\nRUN iex ((new-object net.webclient).DownloadString('https://x/install.ps1'))\n`);
      expect(findOne(program, "DockerfileShellForm").script).toBeNull();
    }
    for (const image of ["debian:12", "acme/windmill:1", "acme/app:server-core"]) {
      expect(findOne(parseChecked(`FROM ${image}\nRUN ls\n`), "DockerfileShellForm").script).not.toBeNull();
    }
  });
});

describe("hadolint's shell pragma", () => {
  it("names the default shell of the file", () => {
    const powershell = parseChecked("FROM bats-jenkins\n# hadolint shell=powershell\nRUN & C:/x.ps1 --plugins a\n");
    expect(findOne(powershell, "DockerfileShellForm").script).toBeNull();
    const bash = parseChecked("# hadolint shell=bash\nFROM debian\nRUN ls\n");
    expect(findOne(bash, "DockerfileShellForm").script).not.toBeNull();
  });
});
