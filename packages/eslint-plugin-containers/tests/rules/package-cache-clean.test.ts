import { describe } from "vitest";
import rule from "../../src/rules/package-cache-clean.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (command: string, cleanup: string) =>
  `\`${command}\` leaves its package cache in this layer; clean it in the same RUN (\`&& ${cleanup}\`).`;

describe.each(ESLINT_VERSIONS)("package-cache-clean on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("package-cache-clean", rule as never, {
    valid: [
      "FROM rockylinux:9\nRUN yum install -y httpd && yum clean all\n",
      "FROM fedora:40\nRUN dnf -y install httpd && dnf clean all\n",
      "FROM fedora:40\nRUN dnf -y install httpd && rm -rf /var/cache/dnf\n",
      "FROM rockylinux:9\nRUN yum install -y httpd && rm -rf /var/cache/yum/*\n",
      "FROM ubi9/ubi-minimal\nRUN microdnf install -y tar; microdnf clean all\n",
      "FROM opensuse/leap:15\nRUN zypper -n install curl && zypper clean --all\n",
      "FROM opensuse/leap:15\nRUN zypper -n in curl && zypper cc\n",
      "FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n",
      "FROM node:20\nRUN yarn --version && npm --version\n",
      // Cache mounts on the tool's cache.
      "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf -y install httpd\n",
      "FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n",
      "FROM node:20\nENV YARN_CACHE_FOLDER=/yc\nRUN --mount=type=cache,target=/yc yarn install\n",
      // Not installing; a dry run; a builder stage copied from file by file.
      "FROM fedora:40\nRUN dnf -y remove httpd && dnf list installed\n",
      "FROM fedora:40\nRUN dnf install --assumeno httpd\n",
      "FROM node:20 AS build\nRUN yarn install && yarn build\nFROM nginx:1\nCOPY --from=build /app/dist /usr/share/nginx/html\n",
      // Fixed outputs stay fixed.
      "FROM opensuse/leap:15\nRUN <<EOF\nzypper -n in curl && zypper clean --all\nEOF\n",
      "FROM node:20\nRUN sh -c 'yarn install --frozen-lockfile && yarn cache clean'\nONBUILD RUN yarn && yarn cache clean\n",
      "FROM rockylinux:9\nRUN yum install -y \\\n      httpd \\\n    # web\n    && yum clean all \\\n    && echo done\n",
    ],
    invalid: [
      {
        code: "FROM rockylinux:9\nRUN yum install -y httpd\n",
        output: "FROM rockylinux:9\nRUN yum install -y httpd && yum clean all\n",
        errors: [{ message: message("yum install", "yum clean all"), line: 2, column: 5, endLine: 2, endColumn: 16 }],
      },
      {
        code: "FROM rockylinux:9\nRUN yum install -y \\\n      httpd \\\n    # web\n    && echo done\n",
        output: "FROM rockylinux:9\nRUN yum install -y \\\n      httpd && yum clean all \\\n    # web\n    && echo done\n",
        errors: [{ message: message("yum install", "yum clean all"), line: 2, column: 5 }],
      },
      {
        // `clean` without `all` leaves the metadata; the fix goes after the last dnf command.
        code: "FROM fedora:40\nRUN dnf -y install httpd && dnf clean packages\n",
        output: "FROM fedora:40\nRUN dnf -y install httpd && dnf clean packages && dnf clean all\n",
        errors: [{ message: message("dnf install", "dnf clean all"), line: 2, column: 5, endColumn: 19 }],
      },
      {
        code: "FROM opensuse/leap:15\nRUN <<EOF\nzypper -n in curl\nEOF\n",
        output: "FROM opensuse/leap:15\nRUN <<EOF\nzypper -n in curl && zypper clean --all\nEOF\n",
        errors: [{ message: message("zypper in", "zypper clean --all"), line: 3, column: 1, endColumn: 13 }],
      },
      {
        code: "FROM node:20\nRUN sh -c 'yarn install --frozen-lockfile'\nONBUILD RUN yarn\n",
        output: "FROM node:20\nRUN sh -c 'yarn install --frozen-lockfile && yarn cache clean'\nONBUILD RUN yarn && yarn cache clean\n",
        errors: [
          { message: message("yarn install", "yarn cache clean"), line: 2, column: 12 },
          { message: message("yarn", "yarn cache clean"), line: 3, column: 13 },
        ],
      },
      {
        // A mount on another tool's cache does not count; a pipeline gets no fix.
        code: "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/apt dnf -y install httpd | tee /log\n",
        output: null,
        errors: [{ message: message("dnf install", "dnf clean all"), line: 2, column: 46 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "package-cache-clean", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
