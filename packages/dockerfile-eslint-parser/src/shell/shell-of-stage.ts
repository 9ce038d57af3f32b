/**
 * Whether a stage's shell is POSIX. Docker runs shell forms with `/bin/sh -c` on Linux and
 * `cmd /S /C` on Windows; a `SHELL` instruction changes it. Files that set the backtick escape
 * are Windows Dockerfiles, so their default shell is cmd, which we do not parse.
 */
const POSIX_SHELLS = /(?:^|[\\/])(?:sh|bash|ash|dash|zsh|ksh|mksh|busybox)(?:\.exe)?$/iu;

export function isPosixShell(executable: string): boolean {
  return POSIX_SHELLS.test(executable);
}

export function defaultShellIsPosix(escapeCharacter: string): boolean {
  return escapeCharacter !== "`";
}

/**
 * Windows base images (servercore, nanoserver...): their default shell is cmd, not sh. The
 * Windows part may be the repository (`mcr.microsoft.com/windows/servercore`,
 * `stefanscherer/node-windows`) or the tag (`dotnet/sdk:8.0-windowsservercore-ltsc2022`).
 */
const WINDOWS_IMAGE = /(?:^|[/:-])(?:windows|windowsservercore|nanoserver|servercore)(?:[/:@-]|$)|mcr\.microsoft\.com\/windows/iu;

export function isWindowsImage(image: string): boolean {
  return WINDOWS_IMAGE.test(image);
}
