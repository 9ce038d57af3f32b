import { describe } from "vitest";
import rule from "../../src/rules/no-container-unfriendly-commands.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const unstopped = (name: string, action: string) =>
  `\`service ${name} ${action}\` starts a daemon that the end of this RUN kills without a clean shutdown, and nothing of it runs in the container; if the RUN needs it (to seed data), end the RUN with \`service ${name} stop\`, otherwise start it in the image's entrypoint.`;
const message = (program: string) =>
  `\`${program}\` in RUN acts on the build container, which is thrown away (no init system, no terminal, no other processes); do the work in the image's entrypoint or leave it out.`;

describe.each(ESLINT_VERSIONS)("no-container-unfriendly-commands on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-container-unfriendly-commands", rule as never, {
    valid: [
      "FROM debian:12\nRUN apt-get install -y vim openssh-client procps\n",
      "FROM debian:12\nRUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts\n",
      "FROM debian:12\nRUN echo 'service nginx start'\n",
      // A daemon run only during the RUN, to seed data.
      "FROM debian:12\nRUN service postgresql start && psql -f /seed.sql && service postgresql stop\n",
      // Seen in real Dockerfiles: the same across lines, behind sudo, with a restart, in a heredoc.
      "FROM debian:12\nRUN service mysql start && \\\n    mysql -uroot < /seed.sql && \\\n    sudo service mysql stop\n",
      "FROM debian:12\nRUN service mysql restart; mysql < /seed.sql; service mysql stop\n",
      "FROM debian:12\nRUN <<EOF\nset -e\nservice redis-server start\nredis-cli < /seed.txt\nservice redis-server stop\nEOF\n",
      "FROM debian:12\nRUN mysqld --user=mysql & sleep 10 && mysql < /seed.sql && kill $!\n",
      "FROM debian:12\nCMD service nginx start && tail -f /dev/null\n",
      { code: "FROM debian:12\nRUN vim +PlugInstall +qall\n", options: [{ allow: ["vim"] }] },
    ],
    invalid: [
      {
        // No background job here: `2>&1` and `&&` are not one; a service started and never stopped.
        code: "FROM debian:12\nRUN make 2>&1 && kill -HUP 1\nRUN service postgresql start && psql -f /seed.sql\n",
        errors: [
          { message: message("kill"), line: 2, column: 18 },
          { message: unstopped("postgresql", "start"), line: 3, column: 5 },
        ],
      },
      {
        code: 'FROM debian:12\nRUN ["service", "nginx", "start"]\nRUN sh -c \'top -b -n 1\'\n',
        errors: [
          { message: unstopped("nginx", "start"), line: 2, column: 6, endColumn: 15 },
          { message: message("top"), line: 3, column: 12 },
        ],
      },
      {
        code: "FROM debian:12\nRUN service nginx start\n",
        errors: [{ message: unstopped("nginx", "start"), line: 2, column: 5, endLine: 2, endColumn: 12 }],
      },
      {
        // A stop with no start before it stops nothing; a stop before the start leaves the daemon
        // to be killed; another service's stop does not count; other actions; a lone stop.
        code: "FROM debian:12\nRUN service mysql stop; service mysql start\nRUN service mysql start && service nginx stop\nRUN service --status-all && service ssh reload\n",
        errors: [
          { message: message("service"), line: 2, column: 5 },
          { message: unstopped("mysql", "start"), line: 2, column: 25 },
          { message: unstopped("mysql", "start"), line: 3, column: 5 },
          { message: message("service"), line: 3, column: 28 },
          { message: message("service"), line: 4, column: 5 },
          { message: message("service"), line: 4, column: 29 },
        ],
      },
      {
        code: "FROM debian:12\nRUN apt-get update && sudo /usr/bin/vim -c ':q' \\\n && ps aux | grep x\nRUN <<EOF\nmount -t tmpfs none /mnt\nEOF\nONBUILD RUN shutdown -h now\n",
        errors: [
          { message: message("vim"), line: 2, column: 28, endColumn: 40 },
          { message: message("ps"), line: 3, column: 5 },
          { message: message("mount"), line: 5, column: 1 },
          { message: message("shutdown"), line: 7, column: 13 },
        ],
      },
      {
        code: "FROM debian:12\nRUN ssh git@example.com && vim x\n",
        options: [{ allow: ["vim"] }],
        errors: [{ message: message("ssh"), line: 2, column: 5 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-container-unfriendly-commands", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
