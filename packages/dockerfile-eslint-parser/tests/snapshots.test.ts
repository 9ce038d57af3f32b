import { describe, expect, it } from "vitest";
import { compactAst, parseChecked } from "./helpers/ast-utils.js";

/*
 * Whole-AST snapshots of the tricky inputs. `parent` is left out and `loc`/`range` are compacted
 * to `"line:col-line:col"` / `"start-end"` so a reviewer can read a diff. A change here is a
 * change of the AST contract (docs/ast.md): review it as such.
 */
const inputs: Record<string, string> = {
  "CRLF with a continuation": "FROM alpine:3.20\r\nRUN apk add \\\r\n    curl && echo hi\r\nCMD [\"sh\"]\r\n",
  "BOM before FROM": "\uFEFFFROM alpine\nRUN echo hi\n",
  "backtick escape, Windows image, then SHELL sh":
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    Write-Host hi\nSHELL [\"sh\", \"-c\"]\nRUN apt-get install `\n  curl\n",
  "comment and empty lines inside a continuation":
    "FROM debian\nRUN apt-get update \\\n  # install curl\n\n  && apt-get install -y --no-install-recommends \\\n  curl \\\n  && rm -rf /var/lib/apt/lists/*\n",
  "RUN heredoc run as the script": "FROM alpine\nRUN <<EOF\nset -e\napk add curl\necho done > /tmp/x\nEOF\n",
  "RUN heredoc fed to cat, then &&": "FROM alpine\nRUN cat <<'EOF' > /etc/motd && chmod 644 /etc/motd\nhello\nEOF\n",
  "COPY heredocs": "FROM alpine\nCOPY <<EOF /etc/app.conf\nkey=value\nEOF\nCOPY --chmod=755 <<one.sh <<two.sh /usr/local/bin/\necho 1\none.sh\necho 2\ntwo.sh\n",
  "no trailing newline": "FROM alpine AS base\nUSER app",
  "empty file": "",
  "only comments": "# syntax is not a directive here\n\n# another comment\n",
  "parser directives and global ARG": "# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended\nARG VERSION=3.20\nFROM alpine:${VERSION}\n",
  "multi-stage with flags, ONBUILD and HEALTHCHECK":
    "FROM --platform=$BUILDPLATFORM golang:1.22@sha256:abc AS build\nRUN --mount=type=cache,target=/root/.cache go build -o /out ./...\n\nFROM gcr.io/distroless/static\nCOPY --from=build /out /app\nONBUILD RUN make\nHEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1\nEXPOSE 8080/tcp\nENTRYPOINT [\"/app\"]\n",
  "shell structure": "FROM alpine\nRUN if [ -f /x ]; then FOO=1 make \"$TARGET\" 2>/dev/null; fi | tee log; for f in $(ls); do echo \"$f\"; done\n",
  "unterminated heredoc": "FROM alpine\nRUN <<EOF\napk add curl\n",
  "unknown instruction and bad JSON": "FROM alpine\nFOO bar\nCMD [\"sh\", \"-c\"\nRUN echo ok\n",
};

describe("AST snapshots", () => {
  for (const [name, text] of Object.entries(inputs)) {
    it(name, () => {
      expect(compactAst(parseChecked(text))).toMatchSnapshot();
    });
  }
});
