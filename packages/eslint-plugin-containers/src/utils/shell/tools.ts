/**
 * What the command-line model knows about each tool, declared once: the program names, the
 * subcommands and their aliases, and the options that take a value. Only options that take a
 * value need listing: every other `-x`/`--xyz` is a flag. Getting these right is what keeps
 * `apt-get -o Dpkg::Options::=--force-confold install` from reading the option's value as the
 * subcommand, and `pip install -r requirements.txt` from reading the file as a package.
 */
export type ToolName =
  | "apt-get" | "apt" | "aptitude" | "apk" | "pip" | "npm" | "yarn" | "pnpm" | "gem" | "bundle"
  | "yum" | "dnf" | "microdnf" | "zypper" | "go" | "curl" | "wget" | "useradd" | "adduser"
  | "tar" | "unzip" | "ln";

export interface ToolSpec {
  /** Whether the first operand is a subcommand (`apt-get install`); false for `curl`, `tar`... */
  subcommands: boolean;
  /** Subcommand aliases to their canonical name (`in` → `install`). Names not listed stay as written. */
  aliases?: Readonly<Record<string, string>>;
  /** Short option letters that take a value (`o` for `-o X` / `-oX`). */
  shortWithValue?: string;
  /** Long options that take a value, as written (`--index-url`); `--opt=value` needs no listing. */
  longWithValue?: readonly string[];
  /** Go-style options: one dash, whole words (`-ldflags x`), no combined short flags. */
  singleDashLong?: boolean;
  /** Long options that may be abbreviated to any unambiguous prefix (pip's optparse). */
  abbreviatable?: readonly string[];
}

const APT_GET: ToolSpec = {
  subcommands: true,
  shortWithValue: "octa",
  longWithValue: ["--option", "--config-file", "--target-release", "--default-release", "--host-architecture", "--build-profiles"],
};

/** pip's long options (so that a prefix such as `--no-cache` resolves to `--no-cache-dir`). */
const PIP_OPTIONS = [
  "--abi", "--break-system-packages", "--cache-dir", "--cert", "--check-build-dependencies", "--client-cert",
  "--compile", "--config-settings", "--constraint", "--disable-pip-version-check", "--dry-run", "--editable",
  "--exists-action", "--extra-index-url", "--find-links", "--force-reinstall", "--global-option", "--group",
  "--help", "--ignore-installed", "--ignore-requires-python", "--implementation", "--index-url", "--install-option",
  "--isolated", "--keyring-provider", "--log", "--no-binary", "--no-build-isolation", "--no-cache-dir", "--no-clean",
  "--no-color", "--no-compile", "--no-deps", "--no-index", "--no-input", "--no-python-version-warning",
  "--no-use-pep517", "--no-warn-conflicts", "--no-warn-script-location", "--only-binary", "--platform", "--pre",
  "--prefer-binary", "--prefix", "--progress-bar", "--proxy", "--python", "--python-version", "--quiet", "--report",
  "--require-hashes", "--require-virtualenv", "--requirement", "--retries", "--root", "--root-user-action", "--src",
  "--target", "--timeout", "--trusted-host", "--upgrade", "--upgrade-strategy", "--use-deprecated", "--use-feature",
  "--use-pep517", "--user", "--verbose", "--version",
];

const RPM: ToolSpec = {
  subcommands: true,
  aliases: { erase: "remove", "update-to": "update", upgrade: "update", localinstall: "install", "install-n": "install", in: "install" },
  shortWithValue: "cdexR",
  longWithValue: [
    "--config", "--debuglevel", "--errorlevel", "--exclude", "--enablerepo", "--disablerepo", "--repo", "--repoid",
    "--installroot", "--releasever", "--setopt", "--downloaddir", "--destdir", "--rpmverbosity", "--color",
    "--forcearch", "--comment", "--repofrompath", "--advisory", "--advisories", "--bz", "--cve",
    "--sec-severity", "--secseverity", "--disableexcludes", "--disableexcludepkgs",
  ],
};

export const TOOLS: Readonly<Record<ToolName, ToolSpec>> = {
  "apt-get": APT_GET,
  apt: APT_GET,
  aptitude: { ...APT_GET, shortWithValue: "otFSw", longWithValue: ["--target-release", "--display-format", "--sort", "--width", "--option"] },
  apk: {
    subcommands: true,
    shortWithValue: "Xpt",
    longWithValue: [
      "--repository", "--root", "--arch", "--virtual", "--keys-dir", "--repositories-file", "--cache-dir",
      "--cache-max-age", "--wait", "--progress-fd",
    ],
  },
  pip: {
    subcommands: true,
    shortWithValue: "ifrcetC",
    longWithValue: [
      "--index-url", "--extra-index-url", "--find-links", "--trusted-host", "--proxy", "--retries", "--timeout",
      "--cache-dir", "--log", "--cert", "--client-cert", "--exists-action", "--python", "--src", "--root", "--prefix",
      "--target", "--platform", "--python-version", "--implementation", "--abi", "--upgrade-strategy", "--progress-bar",
      "--global-option", "--install-option", "--config-settings", "--requirement", "--constraint", "--editable",
      "--no-binary", "--only-binary", "--report", "--root-user-action", "--keyring-provider", "--use-feature",
      "--use-deprecated", "--group",
    ],
    abbreviatable: PIP_OPTIONS,
  },
  npm: {
    subcommands: true,
    aliases: {
      i: "install", in: "install", ins: "install", inst: "install", insta: "install", instal: "install", isnt: "install",
      isnta: "install", isntal: "install", isntall: "install", add: "install",
      "clean-install": "ci", ic: "ci", "install-clean": "ci", "isntall-clean": "ci",
      un: "uninstall", unlink: "uninstall", remove: "uninstall", rm: "uninstall", r: "uninstall",
      up: "update", upgrade: "update", udpate: "update",
    },
    shortWithValue: "wC",
    longWithValue: ["--prefix", "--registry", "--cache", "--tag", "--omit", "--include", "--workspace", "--userconfig", "--loglevel", "--only", "--install-strategy", "--location"],
  },
  yarn: {
    subcommands: true,
    longWithValue: ["--cwd", "--cache-folder", "--network-timeout", "--registry", "--modules-folder", "--mutex", "--global-folder", "--link-folder", "--network-concurrency", "--proxy", "--https-proxy"],
  },
  pnpm: {
    subcommands: true,
    aliases: { i: "install", rm: "remove", un: "remove", uninstall: "remove", up: "update", upgrade: "update" },
    shortWithValue: "FC",
    longWithValue: ["--filter", "--dir", "--store-dir", "--registry", "--reporter", "--virtual-store-dir", "--modules-dir", "--workspace"],
  },
  gem: {
    subcommands: true,
    aliases: { i: "install" },
    shortWithValue: "vinspPg",
    longWithValue: ["--version", "--install-dir", "--bindir", "--source", "--platform", "--trust-policy", "--build-root", "--document", "--file", "--config-file"],
  },
  bundle: {
    subcommands: true,
    shortWithValue: "jg",
    longWithValue: ["--path", "--gemfile", "--jobs", "--retry", "--without", "--with", "--binstubs", "--shebang", "--standalone", "--trust-policy", "--target-rbconfig"],
  },
  yum: RPM,
  dnf: RPM,
  microdnf: RPM,
  zypper: {
    subcommands: true,
    aliases: {
      in: "install", rm: "remove", up: "update", dup: "dist-upgrade", ref: "refresh", cc: "clean", ar: "addrepo",
      rr: "removerepo", se: "search", if: "info", lr: "repos", mr: "modifyrepo", pchk: "patch-check",
    },
    shortWithValue: "RcDCrtpx",
    longWithValue: [
      "--root", "--config", "--reposd-dir", "--cache-dir", "--raw-cache-dir", "--solv-cache-dir", "--pkg-cache-dir",
      "--repo", "--type", "--from", "--download", "--releasever", "--installroot", "--plus-repo", "--plus-content",
      "--name", "--priority",
    ],
  },
  go: {
    subcommands: true,
    singleDashLong: true,
    longWithValue: [
      "-o", "-C", "-p", "-tags", "-ldflags", "-gcflags", "-asmflags", "-gccgoflags", "-mod", "-modfile", "-buildmode",
      "-pkgdir", "-toolexec", "-overlay", "-pgo", "-compiler", "-installsuffix", "-exec", "-run", "-bench", "-timeout",
      "-coverprofile", "-covermode", "-coverpkg", "-count", "-cpu", "-parallel",
    ],
  },
  curl: {
    subcommands: false,
    shortWithValue: "ouHdXAeTwxmCFbcKrEYyzQPDt",
    longWithValue: [
      "--output", "--header", "--data", "--data-raw", "--data-binary", "--data-urlencode", "--data-ascii", "--request",
      "--user", "--user-agent", "--referer", "--upload-file", "--write-out", "--proxy", "--max-time", "--continue-at",
      "--form", "--form-string", "--cookie", "--cookie-jar", "--config", "--range", "--cert", "--cacert", "--capath",
      "--key", "--retry", "--retry-delay", "--retry-max-time", "--connect-timeout", "--proto", "--proto-redir",
      "--resolve", "--interface", "--limit-rate", "--max-filesize", "--max-redirs", "--output-dir", "--dump-header",
      "--url", "--tls-max", "--ciphers", "--speed-limit", "--speed-time", "--time-cond", "--quote", "--netrc-file",
      "--proxy-user", "--oauth2-bearer", "--pinnedpubkey", "--unix-socket", "--stderr", "--trace", "--trace-ascii",
      "--ftp-port", "--socks5", "--socks5-hostname", "--noproxy", "--aws-sigv4", "--json", "--variable", "--expand-url",
    ],
  },
  wget: {
    subcommands: false,
    shortWithValue: "OoaPtTUeiBDQlAR",
    longWithValue: [
      "--output-document", "--output-file", "--append-output", "--directory-prefix", "--tries", "--timeout", "--user-agent",
      "--execute", "--input-file", "--base", "--domains", "--quota", "--level", "--accept", "--reject", "--header",
      "--user", "--password", "--http-user", "--http-password", "--post-data", "--post-file", "--ca-certificate",
      "--ca-directory", "--certificate", "--private-key", "--progress", "--wait", "--waitretry", "--limit-rate",
      "--load-cookies", "--save-cookies", "--referer", "--method", "--body-data", "--body-file", "--bind-address",
      "--dns-timeout", "--connect-timeout", "--read-timeout", "--secure-protocol", "--compression",
    ],
  },
  useradd: {
    subcommands: false,
    shortWithValue: "ugGdscbkKefpRPZ",
    longWithValue: ["--uid", "--gid", "--groups", "--home-dir", "--shell", "--comment", "--base-dir", "--skel", "--key", "--expiredate", "--inactive", "--password", "--root", "--prefix", "--selinux-user", "--btrfs-subvolume-home"],
  },
  adduser: {
    subcommands: false,
    // Debian's adduser takes long options; BusyBox's takes `-h DIR -g GECOS -s SHELL -G GROUP -u UID -k SKEL`.
    shortWithValue: "hgsGuk",
    longWithValue: ["--uid", "--gid", "--home", "--shell", "--gecos", "--ingroup", "--firstuid", "--lastuid", "--firstgid", "--lastgid", "--conf", "--add-extra-groups", "--comment"],
  },
  tar: {
    subcommands: false,
    shortWithValue: "fCTXbHgKLNV",
    longWithValue: ["--file", "--directory", "--files-from", "--exclude", "--exclude-from", "--blocking-factor", "--format", "--owner", "--group", "--mode", "--mtime", "--strip-components", "--transform", "--use-compress-program", "--newer", "--after-date", "--label", "--listed-incremental", "--checkpoint-action", "--xform", "--sort", "--level", "--tape-length", "--suffix", "--to-command", "--warning", "--record-size"],
  },
  unzip: { subcommands: false, shortWithValue: "dP" },
  ln: { subcommands: false, shortWithValue: "tS", longWithValue: ["--target-directory", "--suffix", "--backup"] },
};

/** The tool a program name runs (`pip3.12` → pip, `/usr/bin/apt-get` → apt-get), or null. */
export function toolOfProgram(program: string): ToolName | null {
  if (/^pip[\d.]*$/u.test(program)) return "pip";
  if (program === "dnf5" || program === "dnf-3") return "dnf";
  if (program === "gem" || /^gem[\d.]+$/u.test(program)) return "gem";
  return Object.hasOwn(TOOLS, program) ? (program as ToolName) : null;
}
