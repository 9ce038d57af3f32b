import { parseDockerfile, type DockerfileExecForm, type DockerfileRun, type Node, type ShellCommand } from "dockerfile-eslint-parser";
import { describe, expect, it } from "vitest";
import { cacheDisabledBy, cacheIsKeptOut, mountsCacheOf } from "../../src/utils/dockerfile/tool-caches.js";
import { stagesInFinalImage } from "../../src/utils/dockerfile/stages.js";
import { type CommandLine, commandLineOf, commandLinesIn, hasOption } from "../../src/utils/shell/command-line.js";
import { installedPackages } from "../../src/utils/shell/package-versions.js";
import { shellStateBefore, variableAt } from "../../src/utils/shell/shell-state.js";
import { findNodes } from "../../src/utils/shell/walk.js";

const isRun = (node: Node): node is DockerfileRun => node.type === "DockerfileRun";
const isCommand = (node: Node): node is ShellCommand => node.type === "ShellCommand";

/** The command lines of the file's RUNs, in order. */
function lines(text: string): CommandLine[] {
  return findNodes(parseDockerfile(text), isRun).flatMap((run) => commandLinesIn(run));
}

/** The one command line of `RUN <script>`. */
function line(script: string): CommandLine {
  const found = lines(`FROM x\nRUN ${script}\n`);
  expect(found).toHaveLength(1);
  return found[0];
}

const values = (words: readonly { value: string | null }[]) => words.map((word) => word.value);
const options = (commandLine: CommandLine) => commandLine.options.map((option) => (option.value === null ? option.name : `${option.name}=${option.value}`));

describe("command lines: subcommands, options and operands", () => {
  it("skips option values before the subcommand", () => {
    const pip = line("pip --index-url https://x install flask");
    expect(pip.action).toBe("install");
    expect(values(pip.operands)).toEqual(["flask"]);
    expect(options(pip)).toEqual(["--index-url=https://x"]);
    expect(pip.options[0].global).toBe(true);
    const apt = line("apt-get -o Dpkg::Options::=--force-confold install -y curl");
    expect(apt.action).toBe("install");
    expect(values(apt.operands)).toEqual(["curl"]);
    expect(options(apt)).toEqual(["-o=Dpkg::Options::=--force-confold", "-y"]);
    expect(line("apt-get -t bookworm-backports install curl").action).toBe("install");
  });

  it("splits combined short flags, reads -ovalue and --opt=value", () => {
    expect(options(line("apt-get install -qy curl"))).toEqual(["-q", "-y"]);
    expect(options(line("apt-get -oAPT::Get::Assume-Yes=true install curl"))).toEqual(["-o=APT::Get::Assume-Yes=true"]);
    expect(options(line("pip install --index-url=https://x flask"))).toEqual(["--index-url=https://x"]);
    expect(options(line("curl -fsSLo /tmp/x https://x"))).toEqual(["-f", "-s", "-S", "-L", "-o=/tmp/x"]);
    expect(values(line("curl -fsSLo /tmp/x https://x").operands)).toEqual(["https://x"]);
    expect(options(line("tar xzf a.tgz -C /opt"))).toEqual(["-x", "-z", "-f=a.tgz", "-C=/opt"]);
    expect(values(line("tar xzf a.tgz -C /opt").operands)).toEqual([]);
  });

  it("reads the tools without subcommands", () => {
    expect(options(line("wget -qO- https://x"))).toEqual(["-q", "-O=-"]);
    expect(values(line("wget --progress=dot:giga -O /tmp/x https://x").operands)).toEqual(["https://x"]);
    expect(options(line("useradd -l -u 100000 -g app -m app"))).toEqual(["-l", "-u=100000", "-g=app", "-m"]);
    expect(values(line("useradd -l -u 100000 -g app -m app").operands)).toEqual(["app"]);
    expect(values(line("adduser -D -u 1000 -h /home/app app").operands)).toEqual(["app"]);
    expect(values(line("ln -sf /usr/bin/python3 /usr/bin/python").operands)).toEqual(["/usr/bin/python3", "/usr/bin/python"]);
    expect(values(line("unzip -q -d /opt x.zip").operands)).toEqual(["x.zip"]);
    expect(line("curl -fsSL https://x").subcommand).toBeNull();
  });

  it("resolves subcommand aliases and pip abbreviations", () => {
    expect(line("apk add curl").action).toBe("add");
    expect(line("zypper in -y curl").action).toBe("install");
    expect(line("npm i left-pad").action).toBe("install");
    expect(line("dnf erase x").action).toBe("remove");
    expect(hasOption(line("pip install --no-cache flask"), "--no-cache-dir")).toBe(true);
    // Ambiguous: --no-cache-dir, --no-clean, --no-color, --no-compile.
    expect(hasOption(line("pip install --no-c flask"), "--no-cache-dir")).toBe(false);
  });

  it("reads go's one-dash options and the end of options", () => {
    const go = line("go install -ldflags '-s -w' golang.org/x/tools/gopls@v0.14.2");
    expect(options(go)).toEqual(["-ldflags=-s -w"]);
    expect(values(go.operands)).toEqual(["golang.org/x/tools/gopls@v0.14.2"]);
    expect(values(line("apt-get install -- -weird").operands)).toEqual(["-weird"]);
  });

  it("looks through wrappers and launchers", () => {
    expect(line("sudo -u app pip install flask").tool).toBe("pip");
    expect(line("env A=1 B=2 apt-get install -y x").tool).toBe("apt-get");
    expect(line("python3 -m pip install flask")).toMatchObject({ tool: "pip", launcher: "python -m", action: "install" });
    expect(line("uv pip install flask")).toMatchObject({ tool: "pip", launcher: "uv", action: "install" });
    expect(line("/usr/bin/apt-get update").tool).toBe("apt-get");
    expect(line("gosu app npm ci").tool).toBe("npm");
    expect(line("timeout 60 apk add x").tool).toBe("apk");
    expect(lines("FROM x\nRUN command -v pip\n")).toEqual([]);
    expect(lines("FROM x\nRUN $PIP install flask\n")).toEqual([]);
  });

  it("sees commands wherever the shell runs them", () => {
    const script = [
      "RUN a && apt-get update || true; (apk add x) | tee log",
      "RUN if true; then pip install a; fi; for p in a; do npm i $p; done; echo $(yarn add b)",
      "RUN sh -c 'apt-get install -y c' && bash -ec \"gem install d\"",
      'RUN ["/bin/sh", "-c", "dnf install -y e"]',
      'RUN ["pip", "install", "f"]',
      "RUN <<EOF\nzypper in g\nEOF",
    ].join("\n");
    expect(lines(`FROM x\n${script}\n`).map((found) => found.tool)).toEqual([
      "apt-get", "apk", "pip", "npm", "yarn", "apt-get", "gem", "dnf", "pip", "zypper",
    ]);
  });
});

describe("installed packages and pinning", () => {
  const pins = (script: string) => Object.fromEntries(installedPackages(line(script)).map((item) => [item.value, item.pinned]));
  it("apt and apk", () => {
    expect(pins("apt-get install -y curl=7.88* git ./local.deb vim/bookworm-backports")).toEqual({
      "curl=7.88*": true, git: false, "./local.deb": true, "vim/bookworm-backports": false,
    });
    expect(pins("apk add --no-cache -t .deps curl=8.5.0-r0 bash~5.2 git")).toEqual({ "curl=8.5.0-r0": true, "bash~5.2": true, git: false });
  });
  it("pip", () => {
    expect(pins("pip install -r requirements.txt flask==3.0 'django>=4,<5' attrs~=23.1 requests . git+https://x/y.git x.whl")).toEqual({
      "flask==3.0": true, "django>=4,<5": true, "attrs~=23.1": true, requests: false, ".": true, "git+https://x/y.git": true, "x.whl": true,
    });
    expect(pins("pip install -c constraints.txt flask")).toEqual({});
    expect(pins("pip install flask==${FLASK_VERSION} $EXTRA")).toEqual({});
  });
  it("npm, yarn, pnpm, go, gem", () => {
    expect(pins("npm install -g left-pad@1.3.0 @scope/pkg @scope/b@^2 npm@latest")).toEqual({
      "left-pad@1.3.0": true, "@scope/pkg": false, "@scope/b@^2": true, "npm@latest": false,
    });
    expect(pins("yarn global add serve@14")).toEqual({ "serve@14": true });
    expect(pins("pnpm add zod")).toEqual({ zod: false });
    expect(pins("go install golang.org/x/tools/gopls@latest example.com/a@v1.2.3 ./cmd/x")).toEqual({
      "golang.org/x/tools/gopls@latest": false, "example.com/a@v1.2.3": true, "./cmd/x": true,
    });
    expect(pins("gem install rails:7.1.0 bundler")).toEqual({ "rails:7.1.0": true, bundler: false });
    expect(pins("gem install bundler -v 2.5.0")).toEqual({ bundler: true });
  });
  it("yum, dnf, zypper", () => {
    expect(pins("yum install -y httpd-2.4.57 java-11-openjdk gcc-c++ nodejs:18 @development")).toEqual({
      "httpd-2.4.57": true, "java-11-openjdk": false, "gcc-c++": false, "nodejs:18": true, "@development": true,
    });
    expect(pins("zypper install -y curl=8.0 git-2.43.0 vim")).toEqual({ "curl=8.0": true, "git-2.43.0": true, vim: false });
  });
});

describe("shell state before a command", () => {
  const commandNamed = (text: string, name: string) => findNodes(parseDockerfile(text), isCommand).filter((command) => command.name === name).at(-1)!;

  it("collects exports, assignments, set options and cd of the same RUN", () => {
    const text = [
      "FROM x",
      "ENV A=stage",
      'SHELL ["/bin/bash", "-o", "errexit", "-c"]',
      "RUN export B=1 && C=2; set -euxo pipefail; cd /src && D=3 pip install . && set +o pipefail",
      "",
    ].join("\n");
    const state = shellStateBefore(commandNamed(text, "pip"));
    expect(Object.fromEntries(state.variables)).toEqual({ B: "1", C: "2", D: "3" });
    expect([...state.options].sort()).toEqual(["errexit", "nounset", "pipefail", "xtrace"]);
    expect(state.directory).toBe("/src");
    expect(variableAt(state, "A")).toBe("stage");
    expect(variableAt(state, "Z")).toBeUndefined();
  });

  it("counts the prefix of an enclosing sh -c", () => {
    const state = shellStateBefore(commandNamed("FROM x\nRUN PIP_NO_CACHE_DIR=1 sh -c 'pip install x'\n", "pip"));
    expect(state.variables.get("PIP_NO_CACHE_DIR")).toBe("1");
  });
});

describe("tool caches", () => {
  const runOf = (text: string) => findNodes(parseDockerfile(text), isRun)[0];
  it("a mount exempts only the tool whose cache it covers", () => {
    const run = runOf("FROM x\nRUN --mount=type=cache,target=/root/.cache pip install x\n");
    expect(mountsCacheOf(run, "pip")).toBe(true);
    expect(mountsCacheOf(run, "apt")).toBe(false);
    const apt = runOf("FROM x\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=tmpfs,target=/var/lib/apt apt-get update\n");
    expect(mountsCacheOf(apt, "apt")).toBe(true);
    expect(mountsCacheOf(apt, "apt-lists")).toBe(true);
    expect(mountsCacheOf(runOf("FROM x\nRUN --mount=type=bind,target=/root/.cache/pip pip install x\n"), "pip")).toBe(false);
    expect(mountsCacheOf(runOf("FROM x\nRUN --mount=type=cache,target=/pipc pip install x\n"), "pip", (name) => (name === "PIP_CACHE_DIR" ? "/pipc" : undefined))).toBe(true);
  });

  it("reads cache-disabling variables as the tool does", () => {
    const lookup = (value: string | null) => (name: string) => (name === "PIP_NO_CACHE_DIR" || name === "UV_NO_CACHE" ? value : undefined);
    expect(cacheDisabledBy("pip", lookup("1"))).toBe(true);
    // pip disables its cache for every boolean it accepts, false included (pip's _handle_no_cache_dir).
    expect(cacheDisabledBy("pip", lookup("off"))).toBe(true);
    expect(cacheDisabledBy("pip", lookup("maybe"))).toBe(false);
    // Set to a value unknown here (a build arg without default): taken as turning the cache off.
    expect(cacheDisabledBy("pip", lookup(null))).toBe(true);
    expect(cacheDisabledBy("uv", lookup("1"))).toBe(true);
    for (const value of ["0", "off", "no", "false"]) expect(cacheDisabledBy("uv", lookup(value))).toBe(false);
  });

  it("builder stages copied file by file are exempt; the final stage and stages copied wholesale are not", () => {
    const program = parseDockerfile(
      "FROM x AS deps\nRUN pip install a\nFROM deps AS build\nRUN pip install b\nFROM x AS root\nRUN pip install c\nFROM x\nCOPY --from=build /app /app\nCOPY --from=root / /\nRUN pip install d\n",
    );
    const commands = findNodes(program, isCommand);
    expect(commands.map((command) => cacheIsKeptOut(command, "pip"))).toEqual([true, true, false, false]);
    expect([...stagesInFinalImage(program)].map((stage) => stage.index).sort()).toEqual([2, 3]);
  });

  it("the exec form is read too", () => {
    const form = findNodes(parseDockerfile('FROM x\nRUN ["pip", "install", "x"]\n'), (node: Node): node is DockerfileExecForm => node.type === "DockerfileExecForm")[0];
    expect(commandLinesIn(form.parent as DockerfileRun)[0]).toMatchObject({ tool: "pip", action: "install" });
    expect(commandLineOf(findNodes(parseDockerfile("FROM x\nRUN true\n"), isCommand)[0])).toBeNull();
  });
});
