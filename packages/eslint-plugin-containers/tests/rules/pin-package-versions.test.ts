import { describe } from "vitest";
import rule from "../../src/rules/pin-package-versions.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (item: string, pinned: string) =>
  `\`${item}\` is installed at whatever version is current at build time; pin it (\`${pinned}\`).`;

describe.each(ESLINT_VERSIONS)("pin-package-versions on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("pin-package-versions", rule as never, {
    valid: [
      "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 git=1:2.39.* ./local.deb\n",
      "FROM debian:12\nARG CURL_VERSION\nRUN apt-get install -y curl=${CURL_VERSION} $EXTRA_PACKAGES\n",
      "FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confold -t bookworm-backports install -y curl=8.5.0-1\n",
      "FROM alpine:3.20\nRUN apk add --no-cache --virtual .deps curl=8.5.0-r0 bash~5.2 /tmp/x.apk\n",
      "FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt flask==3.0.3 'django>=4.2,<5' attrs~=23.1 . git+https://github.com/x/y.git@v1 ./dist/app.whl\n",
      "FROM python:3.12\nRUN pip install -c constraints.txt flask requests\n",
      "FROM python:3.12\nRUN pip install --index-url https://example.com/simple flask==3.0.3\n",
      "FROM node:20\nRUN npm install -g left-pad@1.3.0 @scope/pkg@^2.1.0 && npm ci && npm install\n",
      "FROM node:20\nRUN yarn global add serve@14.2.1 && yarn add zod@3.23.8 && pnpm add lodash@4.17.21\n",
      "FROM ruby:3.3\nRUN gem install rails:7.1.3 && gem install bundler -v 2.5.6 && gem install --version=1.0 x\n",
      "FROM rockylinux:9\nRUN yum install -y httpd-2.4.57 nodejs:18 @development ./x.rpm && dnf install -y git-2.43.0-1.el9\n",
      "FROM opensuse/leap:15\nRUN zypper -n install curl=8.0.1 git-2.43.0\n",
      "FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.16.1 ./cmd/... && go install\n",
      // Not installs; a dry run.
      "FROM debian:12\nRUN apt-get remove -y curl && pip uninstall -y flask && npm run build && apt-get install -s curl\n",
    ],
    invalid: [
      {
        code: "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n    curl \\\n    git=1:2.39.5-0+deb12u1\n",
        output: null,
        errors: [{ message: message("curl", "curl=<version>"), line: 3, column: 5, endLine: 3, endColumn: 9 }],
      },
      {
        // The value of `-t` is a release, not a package; `curl/bookworm-backports` is not a version.
        code: "FROM debian:12\nRUN apt-get -t bookworm-backports install -y curl/bookworm-backports\n",
        output: null,
        errors: [{ message: message("curl/bookworm-backports", "curl/bookworm-backports=<version>"), line: 2, column: 46 }],
      },
      {
        code: "FROM alpine:3.20\nRUN apk add --no-cache -t .deps curl\n",
        output: null,
        errors: [{ message: message("curl", "curl=<version>"), line: 2, column: 33 }],
      },
      {
        // `-r` takes a file; `pip` behind python -m and sudo.
        code: "FROM python:3.12\nRUN sudo python3 -m pip install -r requirements.txt flask 'requests[socks]'\n",
        output: null,
        errors: [
          { message: message("flask", "flask==<version>"), line: 2, column: 53 },
          { message: message("requests[socks]", "requests[socks]==<version>"), line: 2, column: 59 },
        ],
      },
      {
        code: "FROM node:20\nRUN npm install -g npm@latest @angular/cli\n",
        output: null,
        errors: [
          { message: message("npm@latest", "npm@<version>"), line: 2, column: 20 },
          { message: message("@angular/cli", "@angular/cli@<version>"), line: 2, column: 31 },
        ],
      },
      {
        code: "FROM golang:1.22\nRUN go install -ldflags '-s -w' golang.org/x/tools/gopls@latest\nRUN gem install bundler\nRUN [\"yum\", \"install\", \"-y\", \"java-11-openjdk\"]\nRUN sh -c 'zypper -n in vim'\n",
        output: null,
        errors: [
          { message: message("golang.org/x/tools/gopls@latest", "golang.org/x/tools/gopls@<version>"), line: 2, column: 33 },
          { message: message("bundler", "bundler:<version>"), line: 3, column: 17 },
          { message: message("java-11-openjdk", "java-11-openjdk-<version>"), line: 4, column: 30 },
          { message: message("vim", "vim=<version>"), line: 5, column: 25 },
        ],
      },
      {
        code: "FROM alpine:3.20\nRUN <<EOF\napk add --no-cache bash\nEOF\nONBUILD RUN apk add --no-cache make\n",
        output: null,
        errors: [
          { message: message("bash", "bash=<version>"), line: 3, column: 20 },
          { message: message("make", "make=<version>"), line: 5, column: 32 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "pin-package-versions", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
