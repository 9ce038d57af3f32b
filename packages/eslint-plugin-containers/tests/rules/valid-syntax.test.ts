import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { Linter as CurrentLinter } from "eslint";
import { describe, expect, it } from "vitest";
import rule from "../../src/rules/valid-syntax.js";
import { CORPUS_DIR, readCorpus } from "../helpers/corpus.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { pluginForConfig } from "../helpers/plugin.js";

const unknownInstruction = (keyword: string, suggestion = "") =>
  `Unknown instruction \`${keyword}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}: Docker stops the build here.`;
const unknownFlag = (flag: string, keyword: string, accepted: string, suggestion = "") =>
  `\`--${flag}\` is not a flag of ${keyword}${suggestion ? ` (did you mean \`--${suggestion}\`?)` : ""}: Docker rejects it (${keyword} takes ${accepted}).`;
const RUN_FLAGS = "`--mount`, `--network`, `--security`, `--device`";
const missing = (keyword: string, what: string) => `${keyword} needs ${what}: Docker rejects it without.`;
const extra = (word: string, reason: string) => `Unexpected \`${word}\`: ${reason}.`;
const FROM_USAGE = "FROM takes `image [AS name]`";
const invalidJson = (reason: string, fallback = "runs the whole text as a shell command") =>
  `Not valid JSON (${reason}): Docker does not read an exec form here and ${fallback}.`;
const SPLIT = "splits its words on spaces, even inside quotes: Docker reads this quote as never closed and fails;";
const IMAGE = (image: string) =>
  `\`${image}\` is not a valid image reference (the repository must be lowercase, like \`name[:tag][@digest]\`): Docker rejects it`;
const trailing = (keyword: string) =>
  `Docker has no end-of-line comments: it reads this \`#\` and the rest of the line as arguments of ${keyword}; put the comment on a line of its own.`;
const TRAILING_ESLINT =
  "`# eslint-disable-line` at the end of an instruction is no ESLint comment: a Dockerfile has no end-of-line comments, and ESLint only reads `#` lines of their own. Put `# eslint-disable-next-line ...` on the line above.";
const PATHS = "reads the words, brackets and quotes included, as paths";
const quote = (kind: "single" | "double") => `This ${kind} quote is never closed: Docker fails on the unterminated string.`;
const misplaced = (name: string) =>
  `\`# ${name}=\` is only a parser directive at the very top of the file, before any comment, empty line or instruction: here Docker reads it as a plain comment.`;
const flagValue = (value: string, flag: string, expected: string) => `\`${value}\` is not a valid \`--${flag}\`: Docker expects ${expected}.`;
const CHMOD = "an octal mode up to `7777` like `755`, or a symbolic one like `u+x`";
const DURATION = "a duration with a unit, like `30s` or `1m30s`";

describe.each(ESLINT_VERSIONS)("valid-syntax on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("valid-syntax", rule as never, {
    valid: [
      "# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended,StageNameCasing;error=true\nFROM alpine:3.20 AS build\nRUN echo hi\n",
      "#!/usr/bin/env buildctl\n# syntax=docker/dockerfile:1\nFROM alpine\n",
      "# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN [Net.ServicePointManager]::SecurityProtocol = 'Tls12' ; `\n    echo hi\n",
      "FROM --platform=$BUILDPLATFORM golang:1.22 AS Build-1.x\nARG A B=2\nENV A=1 B=\"two words\" C=\nENV LEGACY value with spaces\nLABEL a=b\n",
      "FROM alpine\nRUN --mount=type=cache,target=/root/.cache,sharing=locked,id=pip,uid=1000,mode=0755 \\\n    --mount=type=secret,id=token,required --mount=type=bind,from=build,source=/out,target=/in,rw \\\n    --mount=type=tmpfs,target=/tmp,size=64m --mount=type=ssh --network=none --security=insecure echo ok\n",
      "FROM alpine\nCOPY --from=build --chown=app:app --chmod=0755 --link --parents --exclude=*.md --exclude=*.txt a b /dst/\nCOPY --chmod=u+x,go=rx a /b\nADD --checksum=sha256:abc --keep-git-dir=true --unpack=false --link=FALSE https://x/y.tgz /z\n",
      "FROM alpine\nHEALTHCHECK --interval=30s --timeout=1m30s --start-period=0 --start-interval=500ms --retries=3 CMD wget -q localhost || exit 1\nHEALTHCHECK NONE\n",
      'FROM alpine\nCMD ["a", "b"]\nENTRYPOINT []\nSHELL ["/bin/sh", "-c"]\nVOLUME ["/data"]\nCOPY ["a b", "/c/"]\n',
      // Shell tests that start with `[` are not JSON.
      'FROM alpine\nRUN [ -f /x ] && echo yes\nRUN [ "$A" = "b" ] || exit 1\nRUN [[ -n "$B" ]]\n',
      // WORKDIR takes the whole rest of the line as one path.
      "FROM alpine\nWORKDIR /my dir\nUSER app:app\nSTOPSIGNAL SIGTERM\nEXPOSE 80 443/tcp\nMAINTAINER Jane Doe <jane@example.com>\n",
      // Nested quotes and $'...' in the shell are fine.
      "FROM alpine\nRUN echo \"$(echo \"a b\")\" && printf $'it\\'s\\n' && echo 'x' # it's a comment\n",
      "FROM alpine\nRUN <<EOF\necho hi\nEOF\nCOPY <<-EOT /etc/x\n\tbody\n\tEOT\nRUN cat <<A <<'B' > /x\na\nA\nb\nB\n",
      "FROM alpine\nONBUILD RUN --mount=type=cache,target=/x echo\nONBUILD COPY --from=a x /y\n",
      // Quotes that group spaces are fine where Docker reads quotes: flags, ENV, LABEL, WORKDIR, USER.
      'FROM alpine\nCOPY --chown="app user" a /b\nENV A="x y" B=\'z w\'\nLABEL "my key"="my value"\nWORKDIR "/a b"\nUSER "app"\nCOPY a\\ b /c/\n',
      "FROM alpine\nCOPY --chmod=07777 a /b\n",
      // Registries may have capitals, ports and IPv6 hosts; stage names match in any case.
      "FROM MyRegistry.io/app:1\nFROM localhost:5000/a/b@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM [::1]:5000/x:y\nFROM alpine AS Build\nFROM Build\nFROM ${BASE}:${TAG}\nFROM scratch\n",
      "FROM alpine\nSTOPSIGNAL sigterm\nSTOPSIGNAL 9\nSTOPSIGNAL RTMIN+3\nSTOPSIGNAL $SIG\nADD --checksum=sha256:abc https://x/y.tgz /z/\nADD --checksum=abc git@github.com:a/b.git /src\nCOPY --from=web https://x /y\n",
      // A shell comment in a shell form is fine; legacy ENV takes the whole rest of the line.
      "FROM alpine\nRUN make # build it\nENV COLOR #fff\nRUN echo \"# eslint-disable-line\"\n",
      // A stray `;` in `# check=` names no option.
      "# check=skip=JSONArgsRecommended;\nFROM alpine\n",
      // Variables in values are not judged.
      "FROM alpine\nRUN --network=$NET --mount=type=$T,target=/x echo\nHEALTHCHECK --interval=$I CMD true\nCOPY --chmod=$MODE --link=$L a /b\n",
      "# eslint-disable-next-line containers/valid-syntax\nFROM alpine\n",
    ],
    invalid: [
      {
        code: "FROM alpine\nCOPPY . /app\nrunn echo\n&& echo lost continuation\n",
        errors: [
          { message: unknownInstruction("COPPY", "COPY"), line: 2, column: 1, endLine: 2, endColumn: 6 },
          { message: unknownInstruction("runn", "RUN"), line: 3, column: 1, endLine: 3, endColumn: 5 },
          { message: unknownInstruction("&&"), line: 4, column: 1, endLine: 4, endColumn: 3 },
        ],
      },
      {
        // A shell line whose continuation `\\` is missing: the next line is no instruction.
        code: "FROM alpine\r\nRUN apt-get update &&\r\n\r\n    apt-get install -y curl\r\n",
        errors: [
          {
            message: "Unknown instruction `apt-get` (is the `\\` at the end of the line before missing?): Docker stops the build here.",
            line: 4,
            column: 5,
            endColumn: 12,
          },
        ],
      },
      {
        code: "FROM alpine\nRUN --mout=type=cache,target=/x --netwrk=none echo\nCMD --x y\nUSER --u=1 app\nENV --e=1 A=b\n",
        errors: [
          { message: unknownFlag("mout", "RUN", RUN_FLAGS, "mount"), line: 2, column: 5, endLine: 2, endColumn: 11 },
          { message: unknownFlag("netwrk", "RUN", RUN_FLAGS, "network"), line: 2, column: 33, endLine: 2, endColumn: 41 },
          { message: unknownFlag("x", "CMD", "no flags"), line: 3, column: 5, endLine: 3, endColumn: 8 },
          { message: unknownFlag("u", "USER", "no flags"), line: 4, column: 6, endLine: 4, endColumn: 9 },
          { message: unknownFlag("e", "ENV", "no flags"), line: 5, column: 5, endLine: 5, endColumn: 8 },
        ],
      },
      {
        code: "FROM --platform linux/amd64 alpine\nCOPY --chown=a --chown=b --link=yes --link= x /y\nADD --parents --from=x a /b\n",
        errors: [
          { message: "`--platform` needs a value (`--platform=...`): Docker rejects it without one.", line: 1, column: 6, endColumn: 16 },
          // Without `=`, the platform is the image and `alpine` an extra word.
          { message: extra("alpine", FROM_USAGE), line: 1, column: 29, endColumn: 35 },
          { message: "`--chown` is given twice: Docker rejects a repeated `--chown`; keep one.", line: 2, column: 16, endColumn: 23 },
          { message: "`--link` takes `true` or `false`, not `yes`: Docker rejects it.", line: 2, column: 26, endColumn: 36 },
          { message: "`--link` is given twice: Docker rejects a repeated `--link`; keep one.", line: 2, column: 37, endColumn: 43 },
          {
            message: unknownFlag("from", "ADD", "`--chown`, `--chmod`, `--link`, `--keep-git-dir`, `--checksum`, `--exclude`, `--unpack`, `--parents`"),
            line: 3,
            column: 15,
            endColumn: 21,
          },
        ],
      },
      {
        code: "FROM alpine\nCOPY --chmod=999 a /b\nRUN --network=bridge --security=root echo\nHEALTHCHECK --interval=30 --timeout=0.5ms --retries=-1 CMD true\n",
        errors: [
          { message: flagValue("999", "chmod", CHMOD), line: 2, column: 6, endColumn: 17 },
          { message: flagValue("bridge", "network", "`default`, `none` or `host`"), line: 3, column: 5, endColumn: 21 },
          { message: flagValue("root", "security", "`insecure` or `sandbox`"), line: 3, column: 22, endColumn: 37 },
          { message: flagValue("30", "interval", DURATION), line: 4, column: 13, endColumn: 26 },
          { message: flagValue("0.5ms", "timeout", "a duration of at least `1ms` (or `0`)"), line: 4, column: 27, endColumn: 42 },
          { message: flagValue("-1", "retries", "a whole number of at least 0"), line: 4, column: 43, endColumn: 55 },
        ],
      },
      {
        code: "FROM alpine\nRUN --mount=type=cach,target=/x --mount=type=cache,traget=/x,sharing=all,size=1g --mount=type=bind,uid=1,src --mount=type=secret echo\n",
        errors: [
          { message: "`cach` is not a valid `type` for `--mount`: Docker expects `bind`, `cache`, `tmpfs`, `secret` or `ssh`.", line: 2, column: 13, endColumn: 22 },
          { message: "`traget` is not a `--mount` option (did you mean `target`?): Docker rejects it.", line: 2, column: 52, endColumn: 58 },
          { message: "`all` is not a valid `sharing` for `--mount`: Docker expects `shared`, `private` or `locked`.", line: 2, column: 62, endColumn: 73 },
          { message: "`size` does not apply to `type=cache` mounts: Docker rejects it.", line: 2, column: 74, endColumn: 78 },
          { message: "`uid` does not apply to `type=bind` mounts: Docker rejects it.", line: 2, column: 100, endColumn: 103 },
          { message: "The `--mount` option `src` needs a value (`src=...`): Docker rejects it alone.", line: 2, column: 106, endColumn: 109 },
          { message: "A `type=secret` mount needs `id`, `source`, `target` or `env`: Docker rejects it without.", line: 2, column: 110, endColumn: 129 },
        ],
      },
      {
        code: "FROM alpine\nHEALTHCHECK --interval=5s NONE\nHEALTHCHECK NONE now\nHEALTHCHECK CMDD true\nHEALTHCHECK CMD\nHEALTHCHECK\n",
        errors: [
          { message: "`HEALTHCHECK NONE` ignores `--interval`: Docker never reads it; remove it.", line: 2, column: 13, endColumn: 23 },
          { message: extra("now", "`HEALTHCHECK NONE` takes nothing after `NONE`"), line: 3, column: 18, endColumn: 21 },
          { message: "`CMDD` is not a HEALTHCHECK type (did you mean `CMD`?): Docker expects `CMD <command>` or `NONE`.", line: 4, column: 13, endColumn: 17 },
          { message: missing("HEALTHCHECK CMD", "a command"), line: 5, column: 13, endColumn: 16 },
          { message: missing("HEALTHCHECK", "`CMD <command>` or `NONE`"), line: 6, column: 1, endColumn: 12 },
        ],
      },
      {
        code: "FROM\nFROM a b\nFROM a AS\nFROM a AS b c\nFROM a AS 1st\n",
        errors: [
          { message: missing("FROM", "an image"), line: 1, column: 1, endColumn: 5 },
          { message: extra("b", FROM_USAGE), line: 2, column: 8, endColumn: 9 },
          { message: missing("FROM … AS", "a stage name"), line: 3, column: 8, endColumn: 10 },
          { message: extra("c", FROM_USAGE), line: 4, column: 13, endColumn: 14 },
          {
            message: "`1st` is not a valid stage name: Docker wants a letter first, then letters, digits, `-`, `_` or `.`.",
            line: 5,
            column: 11,
            endColumn: 14,
          },
        ],
      },
      {
        code: "FROM alpine\nRUN\nCMD\nCOPY x\nCOPY\nENV\nENV A\nLABEL a=1 b\nARG\nEXPOSE\nUSER\nUSER a b\nWORKDIR\nSTOPSIGNAL SIGTERM now\nMAINTAINER\nONBUILD\nSHELL /bin/bash -c\nSHELL []\n",
        errors: [
          { message: "RUN has no command: Docker accepts it, but it runs nothing useful; write the command or remove the RUN.", line: 2, column: 1, endColumn: 4 },
          { message: "CMD has no command: Docker accepts it, but it runs nothing useful; write the command, or `CMD []` to clear it.", line: 3, column: 1, endColumn: 4 },
          { message: missing("COPY", "a source and a destination"), line: 4, column: 6, endColumn: 7 },
          { message: missing("COPY", "a source and a destination"), line: 5, column: 1, endColumn: 5 },
          { message: missing("ENV", "`key=value`"), line: 6, column: 1, endColumn: 4 },
          { message: "`ENV A` has no value: Docker rejects a name alone; write `A=value`.", line: 7, column: 5, endColumn: 6 },
          { message: "`LABEL b` has no value: Docker rejects a name alone; write `b=value`.", line: 8, column: 11, endColumn: 12 },
          { message: missing("ARG", "a name"), line: 9, column: 1, endColumn: 4 },
          { message: missing("EXPOSE", "a port"), line: 10, column: 1, endColumn: 7 },
          { message: missing("USER", "a user"), line: 11, column: 1, endColumn: 5 },
          {
            message: extra("b", "USER takes one `user[:group]`, and Docker reads the whole rest of the line as that name, which no user has"),
            line: 12,
            column: 8,
            endColumn: 9,
          },
          { message: missing("WORKDIR", "a path"), line: 13, column: 1, endColumn: 8 },
          {
            message: extra("now", "STOPSIGNAL takes one signal, and Docker reads the whole rest of the line as its name, which is no signal"),
            line: 14,
            column: 20,
            endColumn: 23,
          },
          { message: missing("MAINTAINER", "a name"), line: 15, column: 1, endColumn: 11 },
          { message: missing("ONBUILD", "the instruction to run in images built from this one"), line: 16, column: 1, endColumn: 8 },
          { message: "SHELL takes the JSON form (`SHELL [\"/bin/sh\", \"-c\"]`): Docker rejects the shell form.", line: 17, column: 7, endColumn: 19 },
          { message: missing("SHELL", "at least the shell program in its array"), line: 18, column: 7, endColumn: 9 },
        ],
      },
      {
        code: "FROM alpine\nCMD [\"a\", b]\nENTRYPOINT ['run.sh']\nCMD [\"a\" \"b\"]\nRUN [\"a\",]\nCMD [\"a\",\n",
        errors: [
          { message: invalidJson("unexpected `b`"), line: 2, column: 11, endColumn: 12 },
          { message: invalidJson("strings need double quotes"), line: 3, column: 13, endColumn: 14 },
          { message: invalidJson("expected `,` or `]`"), line: 4, column: 10, endColumn: 11 },
          { message: invalidJson("unexpected `]`"), line: 5, column: 10, endColumn: 11 },
          { message: invalidJson("it ends before the `]`"), line: 6, column: 5, endColumn: 6 },
        ],
      },
      {
        // Across a continuation, in COPY, VOLUME and SHELL, and a non-string element.
        code: "FROM alpine\nCMD [\"a\", \\\n  \"b\" \"c\"]\nCOPY [\"a\", \"b\" /c\nVOLUME [\"/a\" \"/b\"]\nSHELL ['sh', '-c']\nRUN [\"sleep\", 5]\n",
        errors: [
          { message: invalidJson("expected `,` or `]`"), line: 3, column: 7, endColumn: 8 },
          { message: invalidJson("expected `,` or `]`", PATHS), line: 4, column: 16, endColumn: 17 },
          { message: invalidJson("expected `,` or `]`", PATHS), line: 5, column: 14, endColumn: 15 },
          { message: invalidJson("strings need double quotes", "rejects SHELL without the JSON form"), line: 6, column: 8, endColumn: 9 },
          { message: "An exec-form array holds only strings: Docker rejects `5`; quote it.", line: 7, column: 15, endColumn: 16 },
        ],
      },
      {
        code: "FROM alpine\nRUN echo \"unclosed && true\nENV A=\"x B=y\nLABEL msg='it\nENV MSG It's\n",
        errors: [
          { message: quote("double"), line: 2, column: 10, endColumn: 11 },
          { message: quote("double"), line: 3, column: 7, endColumn: 8 },
          { message: quote("single"), line: 4, column: 11, endColumn: 12 },
          { message: quote("single"), line: 5, column: 11, endColumn: 12 },
        ],
      },
      {
        code: "FROM alpine\nCOPY --chmod=10000 a /b\nCOPY --chmod=64a a /b\nHEALTHCHECK --retries=three CMD true\nENTRYPOINT\n",
        errors: [
          { message: flagValue("10000", "chmod", CHMOD), line: 2, column: 6, endColumn: 19 },
          { message: flagValue("64a", "chmod", CHMOD), line: 3, column: 6, endColumn: 17 },
          { message: flagValue("three", "retries", "a whole number of at least 0"), line: 4, column: 13, endColumn: 28 },
          { message: "ENTRYPOINT has no command: Docker accepts it, but it runs nothing useful; write the command, or `ENTRYPOINT []` to clear it.", line: 5, column: 1, endColumn: 11 },
        ],
      },
      {
        code: "FROM alpine\nENV =x\nLABEL a=1 =\"y\"\nARG =z\nVOLUME \"\" /data\n",
        errors: [
          { message: "ENV needs a name before `=`: Docker rejects a blank name.", line: 2, column: 5, endColumn: 6 },
          { message: "LABEL needs a name before `=`: Docker rejects a blank name.", line: 3, column: 11, endColumn: 12 },
          { message: "ARG needs a name before `=`: Docker rejects a blank name.", line: 4, column: 5, endColumn: 6 },
          { message: "An empty path: Docker rejects a VOLUME of an empty string.", line: 5, column: 8, endColumn: 10 },
        ],
      },
      {
        code: "FROM Ubuntu:20.04\nFROM myorg/App AS app\nFROM node:-x\nSHELL [ /bin/sh, -c ]\n",
        errors: [
          { message: `${IMAGE("Ubuntu:20.04")}; write \`ubuntu:20.04\`.`, line: 1, column: 6, endColumn: 18 },
          { message: `${IMAGE("myorg/App")}; write \`myorg/app\`.`, line: 2, column: 6, endColumn: 15 },
          { message: `${IMAGE("node:-x")}.`, line: 3, column: 6, endColumn: 13 },
          { message: invalidJson("unexpected `/`", "rejects SHELL without the JSON form"), line: 4, column: 9, endColumn: 10 },
        ],
      },
      {
        code: "FROM alpine\nSTOPSIGNAL SIGTERN\nSTOPSIGNAL 0\nCOPY https://example.com/a.tgz /a/\nADD --checksum=sha256:abc a.tgz b.tgz /x/\nADD --checksum=sha256:abc local.tgz /x/\n",
        errors: [
          {
            message: "`SIGTERN` is not a signal Docker knows (did you mean `SIGTERM`?): it rejects it; use a name like `SIGTERM` or a number.",
            line: 2,
            column: 12,
            endColumn: 19,
          },
          { message: "`0` is not a signal Docker knows: it rejects it; use a name like `SIGTERM` or a number.", line: 3, column: 12, endColumn: 13 },
          { message: "COPY cannot fetch a URL: Docker rejects it; use ADD (with `--checksum`) or download it in a RUN.", line: 4, column: 6, endColumn: 31 },
          { message: "`--checksum` verifies a single download: Docker rejects it unless ADD has one source.", line: 5, column: 5, endColumn: 26 },
          { message: "`--checksum` verifies a single download: Docker rejects it unless ADD has a URL or git source.", line: 6, column: 5, endColumn: 26 },
        ],
      },
      {
        // Docker has no end-of-line comments: the words after `#` are arguments.
        code: "FROM alpine # base\nWORKDIR /app # main\nUSER app # drop root\nENV A=1 # one\nCOPY a /b/ # copy\nSTOPSIGNAL SIGTERM # stop\n",
        errors: [
          { message: trailing("FROM"), line: 1, column: 13, endColumn: 19 },
          { message: trailing("WORKDIR"), line: 2, column: 14, endColumn: 20 },
          { message: trailing("USER"), line: 3, column: 10, endColumn: 21 },
          { message: trailing("ENV"), line: 4, column: 9, endColumn: 14 },
          { message: trailing("COPY"), line: 5, column: 12, endColumn: 18 },
          { message: trailing("STOPSIGNAL"), line: 6, column: 20, endColumn: 26 },
        ],
      },
      {
        // ESLint directives at the end of an instruction do nothing.
        code: "FROM alpine\nRUN curl -fsSL https://x | sh # eslint-disable-line containers/no-remote-script-pipe\nCOPY a /b/ # eslint-disable-line\n",
        errors: [
          { message: TRAILING_ESLINT, line: 2, column: 31, endColumn: 85 },
          { message: TRAILING_ESLINT, line: 3, column: 12, endColumn: 33 },
        ],
      },
      {
        // Docker never expands variables in `COPY --from` nor in a mount's `from=`.
        code: "FROM alpine\nCOPY --from=$BUILDER /out /app\nRUN --mount=type=bind,from=${STAGE},target=/x echo\n",
        errors: [
          {
            message: "`--from` cannot use variables: Docker rejects `$BUILDER`; add a stage `FROM <image> AS <name>` (it may use a global ARG) and name that stage here.",
            line: 2,
            column: 6,
            endColumn: 21,
          },
          {
            message: "`from=` cannot use variables: Docker rejects `${STAGE}`; add a stage `FROM <image> AS <name>` (it may use a global ARG) and name that stage here.",
            line: 3,
            column: 23,
            endColumn: 36,
          },
        ],
      },
      {
        // COPY, ADD, VOLUME, FROM and EXPOSE split on spaces even inside quotes.
        code: "FROM alpine\nCOPY \"my file.txt\" /app/\nVOLUME '/data dir'\nEXPOSE \"80 443\"\n",
        errors: [
          { message: `COPY ${SPLIT} for a path with spaces use the JSON form, \`["a b", "/dest/"]\`.`, line: 2, column: 6, endColumn: 7 },
          { message: `VOLUME ${SPLIT} for a path with spaces use the JSON form, \`["a b", "/dest/"]\`.`, line: 3, column: 8, endColumn: 9 },
          { message: "EXPOSE splits its words on spaces, even inside quotes: Docker reads this quote as never closed and fails.", line: 4, column: 8, endColumn: 9 },
        ],
      },
      {
        // Text after the array, and a Windows path that is not valid JSON.
        code: "FROM alpine\nCMD [\"run\"] # start it\nENTRYPOINT [\"c:\\app\\run.exe\"]\n",
        errors: [
          { message: invalidJson("text after the `]`"), line: 2, column: 13, endColumn: 14 },
          { message: invalidJson("a string has an invalid escape (write `\\\\` for a backslash)"), line: 3, column: 13, endColumn: 14 },
        ],
      },
      {
        // After a `#!` line, BuildKit still reads `syntax` but no longer `escape`.
        code: "#!/usr/bin/env buildctl-daemonless.sh\n# syntax=docker/dockerfile:1\n# escape=`\nFROM alpine\n",
        errors: [{ message: misplaced("escape"), line: 3, column: 1, endColumn: 11 }],
      },
      {
        code: "FROM alpine\nCOPY <<EOF /etc/motd\nhello\nRUN echo never\n",
        errors: [{ message: "The heredoc `EOF` is never closed: Docker fails with \"unterminated heredoc\" (the body runs to the end of the file).", line: 2, column: 6, endColumn: 11 }],
      },
      {
        code: "FROM alpine\nRUN cat <<A <<-'B' > /x\na\nA\n",
        errors: [{ message: "The heredoc `B` is never closed: Docker fails with \"unterminated heredoc\" (the body runs to the end of the file).", line: 2, column: 13, endColumn: 19 }],
      },
      {
        code: "# Copyright header\n# syntax=docker/dockerfile:1\nFROM alpine\n# escape=`\n",
        errors: [
          { message: misplaced("syntax"), line: 2, column: 1, endLine: 2, endColumn: 29 },
          { message: misplaced("escape"), line: 4, column: 1, endColumn: 11 },
        ],
      },
      {
        code: "# syntax=docker/dockerfile:1\n\n# check=skip=all\nFROM alpine\n",
        errors: [{ message: misplaced("check"), line: 3, column: 1, endColumn: 17 }],
      },
      {
        code: "# syntax=a\n# SYNTAX=b\n# escape=x\nFROM alpine\n",
        errors: [
          { message: "A second `# syntax=` directive: Docker rejects the file; keep one.", line: 2, column: 1, endColumn: 11 },
          { message: "`# escape=` takes `\\` or `` ` ``, not `x`: Docker rejects it.", line: 3, column: 10, endColumn: 11 },
        ],
      },
      {
        code: "# escape=x\n# check=skip=UndefinedVars, JSONArgsRecommended,stagenamecasing;error=maybe;level=1\nFROM alpine\n",
        errors: [
          { message: "`# escape=` takes `\\` or `` ` ``, not `x`: Docker rejects it.", line: 1, column: 10, endColumn: 11 },
          { message: "`UndefinedVars` is not a Docker build check (did you mean `UndefinedVar`?): `# check=` silently ignores it.", line: 2, column: 14, endColumn: 27 },
          { message: "`stagenamecasing` is not a Docker build check (did you mean `StageNameCasing`?): `# check=` silently ignores it.", line: 2, column: 49, endColumn: 64 },
          { message: "`error=` takes `true` or `false`, not `maybe`: Docker rejects it.", line: 2, column: 71, endColumn: 76 },
          { message: "`level` is not a `# check=` option (`skip`, `error` or `experimental`): Docker rejects it.", line: 2, column: 77, endColumn: 82 },
        ],
      },
      {
        code: "FROM alpine\n# eslint-disable-line containers/no-root-user\nRUN echo\n",
        errors: [
          {
            message: "`# eslint-disable-line` disables nothing: a Dockerfile has no end-of-line comments, so it only covers its own comment line. Put `# eslint-disable-next-line` above the instruction.",
            line: 2,
            column: 1,
            endColumn: 46,
          },
        ],
      },
      {
        // Inside ONBUILD: reported at the inner instruction's token.
        code: "FROM alpine\nONBUILD COPY --form=build a /b\nONBUILD RUN\n",
        errors: [
          { message: unknownFlag("form", "COPY", "`--from`, `--chown`, `--chmod`, `--link`, `--parents`, `--exclude`", "from"), line: 2, column: 14, endColumn: 20 },
          { message: "RUN has no command: Docker accepts it, but it runs nothing useful; write the command or remove the RUN.", line: 3, column: 9, endColumn: 12 },
        ],
      },
      {
        code: "\uFEFF# syntax=docker/dockerfile:1\r\nFROM alpine\r\nRUN --mount=type=cache echo\r\nCOPPY a b\r\n",
        errors: [{ message: unknownInstruction("COPPY", "COPY"), line: 4, column: 1, endColumn: 6 }],
      },
    ],
  });

  it("keeps linting after the errors: other rules still report on later instructions", () => {
    const linter = new Linter();
    const text = "FROM python:3.12\nCOPPY . /app\nRUN --mout=x pip install flask\nCMD [\"python\" \"app.py\"]\nRUN pip install requests\n";
    const messages = linter.verify(
      text,
      [{ files: ["**/Dockerfile"], plugins: { containers: pluginForConfig }, language: "containers/dockerfile", rules: { "containers/valid-syntax": "error", "containers/pip-no-cache-dir": "error" } }] as never,
      "Dockerfile",
    );
    expect(messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
      "2:1 containers/valid-syntax",
      "3:5 containers/valid-syntax",
      "3:14 containers/pip-no-cache-dir",
      "4:15 containers/valid-syntax",
      "5:5 containers/pip-no-cache-dir",
    ]);
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "valid-syntax", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});

describe("valid-syntax on the corpus", () => {
  // Files Docker really rejects, with the reason (everything else must give no finding).
  const REJECTED: Record<string, string> = {
    // `WRONG DOCKERFILE` on line 17: a deliberately broken fixture of docker/compose's e2e tests.
    "docker__compose__pkg__e2e__fixtures__wrong-composefile__service1__Dockerfile": "17:1 unknownInstruction",
    // `FROM REPLACE-ME`: templates whose placeholder a build script replaces before building;
    // as written, Docker fails ("repository name must be lowercase").
    "microsoft__vscode-dev-containers__build__assets__alpine.Dockerfile": "1:6 invalidImageReference",
    "microsoft__vscode-dev-containers__build__assets__debian.Dockerfile": "1:6 invalidImageReference",
    "microsoft__vscode-dev-containers__build__assets__redhat.Dockerfile": "1:6 invalidImageReference",
  };
  const categories = new Map(
    readFileSync(path.join(CORPUS_DIR, "MANIFEST.tsv"), "utf8")
      .split("\n")
      .map((line) => line.split("\t"))
      .filter((columns) => columns[1] === "dockerfile")
      .map((columns) => [columns[0].replace("dockerfiles/", ""), columns[2]]),
  );

  it("reports nothing on the files Docker builds, and only the listed problems elsewhere", { timeout: 300_000 }, async () => {
    const { Linter } = await import("eslint");
    const linter = new Linter();
    const config = [{ files: ["**/Dockerfile"], plugins: { containers: pluginForConfig }, language: "containers/dockerfile", rules: { "containers/valid-syntax": "error" } }];
    const findings: Record<string, string[]> = {};
    const files = readCorpus("dockerfiles").filter((file) => file.name !== "MANIFEST.tsv");
    for (const { name, text } of files) {
      const messages = linter.verify(text, config as never, "Dockerfile");
      if (messages.length > 0) findings[name] = messages.map((message) => `${message.line}:${message.column} ${message.messageId ?? message.message}`);
    }
    expect(files.filter((file) => categories.get(file.name) === "real").length).toBeGreaterThan(700);
    expect(findings).toEqual(Object.fromEntries(Object.entries(REJECTED).map(([name, finding]) => [name, [finding]])));
  });
});

describe("valid-syntax on random input", () => {
  const linter = new CurrentLinter();
  const config = [{ files: ["**/Dockerfile"], plugins: { containers: pluginForConfig }, language: "containers/dockerfile", rules: { "containers/valid-syntax": "error" } }];
  /** Lints `text`: no crash, and every report lies inside the file, start before end. */
  const problemsOf = (text: string): string[] => {
    const lines = text.split(/\r\n|\r|\n/u).length;
    return linter.verify(text, config as never, "Dockerfile").flatMap((message) => {
      if (message.fatal) return message.message.startsWith("Parsing error") ? [] : [message.message];
      const end = { line: message.endLine ?? message.line, column: message.endColumn ?? message.column };
      const ordered = message.line < end.line || (message.line === end.line && message.column <= end.column);
      return message.line >= 1 && end.line <= lines && ordered ? [] : [`${message.line}:${message.column}-${end.line}:${end.column} ${message.message}`];
    });
  };
  const FRAGMENTS = [
    "FROM alpine", "FROM", "AS", "RUN", "CMD", "COPY", "ADD", "ENV", "LABEL", "ARG", "USER", "HEALTHCHECK", "NONE", "SHELL", "ONBUILD",
    "VOLUME", "EXPOSE", "STOPSIGNAL", "--mount=type=cache,target=/x", "--mount=type=secret,id=a,required", "--chmod=7", "--link=",
    "--from=$X", "--interval=5", "--", "--x", "[", "]", "[\"a\",", "\"", "'", "\\", "`", "<<EOF", "<<-'EOF'", "EOF", "=", "a=b",
    "# syntax=x", "# check=skip=A,B;error=maybe;", "# escape=`", "# eslint-disable-line", "#!", "&&", "|", "$(", ")", "\uFEFF", "\t",
  ];
  const BREAKS = ["\n", "\r\n", "\r", "\\\n", "`\n", " \\\n# c\n", "\\\n\n"];
  const dockerfileish = fc
    .array(fc.tuple(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 6 }), fc.constantFrom(...BREAKS)), { maxLength: 10 })
    .map((lines) => lines.map(([parts, end]) => parts.join(" ") + end).join(""));
  const corpus = readCorpus("dockerfiles").filter((file) => file.name !== "MANIFEST.tsv").map((file) => file.text);

  it("random Dockerfile-like text", () => {
    fc.assert(fc.property(dockerfileish, (text) => {
      expect(problemsOf(text)).toEqual([]);
    }), { numRuns: Number(process.env.FC_NUM_RUNS ?? 300) });
  });

  it("corpus files cut at a random point", () => {
    fc.assert(fc.property(fc.nat(corpus.length - 1), fc.nat(), (index, cut) => {
      const text = corpus[index];
      expect(problemsOf(text.slice(0, cut % (text.length + 1)))).toEqual([]);
    }), { numRuns: Number(process.env.FC_NUM_RUNS ?? 150) });
  });
});
