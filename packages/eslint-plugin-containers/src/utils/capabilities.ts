/**
 * Linux capabilities, shared by the Compose (`cap_add`) and Kubernetes (`capabilities.add`) rules.
 */

/** Capabilities that let a container break out or take over the host, and what each grants. */
export const DANGEROUS_CAPABILITIES: ReadonlyMap<string, string> = new Map([
  ["ALL", "every capability"],
  ["SYS_ADMIN", "mount, namespace and most other administration calls (nearly root on the host)"],
  ["NET_ADMIN", "control of the network stack (interfaces, routes, firewall rules)"],
  ["SYS_PTRACE", "tracing and reading the memory of other processes"],
  ["SYS_MODULE", "loading kernel modules"],
  ["SYS_RAWIO", "raw I/O to devices and memory"],
  ["SYS_BOOT", "rebooting the host"],
  ["SYS_TIME", "setting the host's clock"],
  ["DAC_READ_SEARCH", "reading any file, past permissions (the `shocker` escape)"],
  ["MAC_ADMIN", "changing the AppArmor/SELinux policy"],
  ["MAC_OVERRIDE", "bypassing the AppArmor/SELinux policy"],
  ["BPF", "loading BPF programs into the kernel"],
  ["PERFMON", "kernel performance monitoring"],
  ["SYSLOG", "reading the kernel log and its addresses"],
  ["LINUX_IMMUTABLE", "changing immutable and append-only files"],
]);

/** `cap_sys_admin`, `CAP_SYS_ADMIN` and `SYS_ADMIN` are the same capability to Docker and Kubernetes. */
export function normalizeCapability(name: string): string {
  return name.trim().toUpperCase().replace(/^CAP_/u, "");
}
