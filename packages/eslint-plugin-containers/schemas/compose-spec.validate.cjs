"use strict";
module.exports = validate0;
module.exports.default = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft-07/schema","$id":"compose_spec.json","type":"object","title":"Compose Specification","description":"The Compose file is a YAML file defining a multi-containers based application.","properties":{"version":{"type":"string","deprecated":true,"description":"declared for backward compatibility, ignored. Please remove it."},"name":{"type":"string","description":"define the Compose project name, until user defines one explicitly."},"include":{"type":"array","items":{"$ref":"#/definitions/include"},"description":"compose sub-projects to be included."},"services":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/service"}},"additionalProperties":false,"description":"The services that will be used by your application."},"models":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/model"}},"description":"Language models that will be used by your application."},"networks":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/network"}},"description":"Networks that are shared among multiple services."},"volumes":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/volume"}},"additionalProperties":false,"description":"Named volumes that are shared among multiple services."},"secrets":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/secret"}},"additionalProperties":false,"description":"Secrets that are shared among multiple services."},"configs":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/config"}},"additionalProperties":false,"description":"Configurations that are shared among multiple services."}},"patternProperties":{"^x-":{}},"additionalProperties":false,"definitions":{"service":{"type":"object","description":"Configuration for a service.","properties":{"develop":{"$ref":"#/definitions/development"},"deploy":{"$ref":"#/definitions/deployment"},"annotations":{"$ref":"#/definitions/list_or_dict"},"attach":{"type":["boolean","string"]},"build":{"description":"Configuration options for building the service's image.","oneOf":[{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},{"type":"object","properties":{"context":{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},"dockerfile":{"type":"string","description":"Name of the Dockerfile to use for building the image."},"dockerfile_inline":{"type":"string","description":"Inline Dockerfile content to use instead of a Dockerfile from the build context."},"entitlements":{"type":"array","items":{"type":"string"},"description":"List of extra privileged entitlements to grant to the build process."},"args":{"$ref":"#/definitions/list_or_dict","description":"Build-time variables, specified as a map or a list of KEY=VAL pairs."},"ssh":{"$ref":"#/definitions/list_or_dict","description":"SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the built image."},"cache_from":{"type":"array","items":{"type":"string"},"description":"List of sources the image builder should use for cache resolution"},"cache_to":{"type":"array","items":{"type":"string"},"description":"Cache destinations for the build cache."},"no_cache":{"type":["boolean","string"],"description":"Do not use cache when building the image."},"additional_contexts":{"$ref":"#/definitions/list_or_dict","description":"Additional build contexts to use, specified as a map of name to context path or URL."},"network":{"type":"string","description":"Network mode to use for the build. Options include 'default', 'none', 'host', or a network name."},"pull":{"type":["boolean","string"],"description":"Always attempt to pull a newer version of the image."},"target":{"type":"string","description":"Build stage to target in a multi-stage Dockerfile."},"shm_size":{"type":["integer","string"],"description":"Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings for the build container."},"isolation":{"type":"string","description":"Container isolation technology to use for the build process."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the build container."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Secrets to expose to the build. These are accessible at build-time."},"tags":{"type":"array","items":{"type":"string"},"description":"Additional tags to apply to the built image."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for the build container."},"platforms":{"type":"array","items":{"type":"string"},"description":"Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"blkio_config":{"type":"object","description":"Block IO configuration for the service.","properties":{"device_read_bps":{"type":"array","description":"Limit read rate (bytes per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_read_iops":{"type":"array","description":"Limit read rate (IO per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_bps":{"type":"array","description":"Limit write rate (bytes per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_iops":{"type":"array","description":"Limit write rate (IO per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"weight":{"type":["integer","string"],"description":"Block IO weight (relative weight) for the service, between 10 and 1000."},"weight_device":{"type":"array","description":"Block IO weight (relative weight) for specific devices.","items":{"$ref":"#/definitions/blkio_weight"}}},"additionalProperties":false},"cap_add":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cap_drop":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cgroup":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["host","private"],"description":"Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace."}]},"cgroup_parent":{"type":"string","description":"Specify an optional parent cgroup for the container."},"command":{"$ref":"#/definitions/command","description":"Override the default command declared by the container image, for example 'CMD' in Dockerfile."},"configs":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Configs on a per-service basis."},"container_name":{"type":"string","description":"Specify a custom container name, rather than a generated default name."},"cpu_count":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}],"description":"Number of usable CPUs."},"cpu_percent":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0,"maximum":100}],"description":"Percentage of CPU resources to use."},"cpu_shares":{"type":["number","string"],"description":"CPU shares (relative weight) for the container."},"cpu_quota":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) quota."},"cpu_period":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) period."},"cpu_rt_period":{"type":["number","string"],"description":"Limit the CPU real-time period in microseconds or a duration."},"cpu_rt_runtime":{"type":["number","string"],"description":"Limit the CPU real-time runtime in microseconds or a duration."},"cpus":{"type":["number","string"],"description":"Number of CPUs to use. A floating-point value is supported to request partial CPUs."},"cpuset":{"type":"string","description":"CPUs in which to allow execution (0-3, 0,1)."},"credential_spec":{"type":"object","description":"Configure the credential spec for managed service account.","properties":{"config":{"type":"string","description":"The name of the credential spec Config to use."},"file":{"type":"string","description":"Path to a credential spec file."},"registry":{"type":"string","description":"Path to a credential spec in the Windows registry."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"depends_on":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","additionalProperties":false,"patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"restart":{"type":["boolean","string"],"description":"Whether to restart dependent services when this service is restarted."},"required":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"boolean","default":true,"description":"Whether the dependency is required for the dependent service to start."}]},"condition":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["service_started","service_healthy","service_completed_successfully"],"description":"Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully."}]}},"required":["condition"]}}}],"description":"Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting."},"device_cgroup_rules":{"$ref":"#/definitions/list_of_strings","description":"Add rules to the cgroup allowed devices list."},"devices":{"type":"array","description":"List of device mappings for the container.","items":{"oneOf":[{"type":"string"},{"type":"object","required":["source"],"properties":{"source":{"type":"string","description":"Path on the host to the device."},"target":{"type":"string","description":"Path in the container where the device will be mapped."},"permissions":{"type":"string","description":"Cgroup permissions for the device (rwm)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"dns":{"$ref":"#/definitions/string_or_list","description":"Custom DNS servers to set for the service container."},"dns_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Custom DNS options to be passed to the container's DNS resolver."},"dns_search":{"$ref":"#/definitions/string_or_list","description":"Custom DNS search domains to set on the service container."},"domainname":{"type":"string","description":"Custom domain name to use for the service container."},"entrypoint":{"$ref":"#/definitions/command","description":"Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile."},"env_file":{"$ref":"#/definitions/env_file","description":"Add environment variables from a file or multiple files. Can be a single file path or a list of file paths."},"label_file":{"$ref":"#/definitions/label_file","description":"Add metadata to containers using files containing Docker labels."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Add environment variables. You can use either an array or a list of KEY=VAL pairs."},"expose":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Expose ports without publishing them to the host machine - they'll only be accessible to linked services."},"extends":{"oneOf":[{"type":"string"},{"type":"object","properties":{"service":{"type":"string","description":"The name of the service to extend."},"file":{"type":"string","description":"The file path where the service to extend is defined."}},"required":["service"],"additionalProperties":false}],"description":"Extend another service, in the current file or another file."},"provider":{"type":"object","description":"Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.","required":["type"],"properties":{"type":{"type":"string","description":"External component used by Compose to manage setup and teardown lifecycle of the service."},"options":{"type":"object","description":"Provider-specific options.","patternProperties":{"^.+$":{"oneOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external_links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to services started outside this Compose application. Specify services as <service_name>:<alias>."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings to the container network interface configuration."},"gpus":{"$ref":"#/definitions/gpus","description":"Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices."},"group_add":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Add additional groups which user inside the container should be member of."},"healthcheck":{"$ref":"#/definitions/healthcheck","description":"Configure a health check for the container to monitor its health status."},"hostname":{"type":"string","description":"Define a custom hostname for the service container."},"image":{"type":"string","description":"Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID."},"init":{"type":["boolean","string"],"description":"Run as an init process inside the container that forwards signals and reaps processes."},"ipc":{"type":"string","description":"IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace."},"isolation":{"type":"string","description":"Container isolation technology to use. Supported values are platform-specific."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to containers using Docker labels. You can use either an array or a list."},"links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name."},"logging":{"type":"object","description":"Logging configuration for the service.","properties":{"driver":{"type":"string","description":"Logging driver to use, such as 'json-file', 'syslog', 'journald', etc."},"options":{"type":"object","description":"Options for the logging driver.","patternProperties":{"^.+$":{"type":["string","number","null"]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"mac_address":{"type":"string","description":"Container MAC address to set."},"mem_limit":{"type":["number","string"],"description":"Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes."},"mem_reservation":{"type":["string","integer"],"description":"Memory reservation for the container."},"mem_swappiness":{"type":["integer","string"],"description":"Container memory swappiness as percentage (0 to 100)."},"memswap_limit":{"type":["number","string"],"description":"Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap."},"network_mode":{"type":"string","description":"Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'."},"models":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"endpoint_var":{"type":"string","description":"Environment variable set to AI model endpoint."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}}],"description":"AI Models to use, referencing entries under the top-level models key."},"networks":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"aliases":{"$ref":"#/definitions/list_of_strings","description":"Alternative hostnames for this service on the network."},"interface_name":{"type":"string","description":"Interface network name used to connect to network"},"ipv4_address":{"type":"string","description":"Specify a static IPv4 address for this service on this network."},"ipv6_address":{"type":"string","description":"Specify a static IPv6 address for this service on this network."},"link_local_ips":{"$ref":"#/definitions/list_of_strings","description":"List of link-local IPs."},"mac_address":{"type":"string","description":"Specify a MAC address for this service on this network."},"driver_opts":{"type":"object","description":"Driver options for this network.","patternProperties":{"^.+$":{"type":["string","number"]}}},"priority":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"number","description":"Specify the priority for the network connection."}]},"gw_priority":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"number","description":"Specify the gateway priority for the network connection."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}},"additionalProperties":false}],"description":"Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration."},"oom_kill_disable":{"type":["boolean","string"],"description":"Disable OOM Killer for the container."},"oom_score_adj":{"oneOf":[{"type":"string"},{"type":"integer","minimum":-1000,"maximum":1000}],"description":"Tune host's OOM preferences for the container (accepts -1000 to 1000)."},"pid":{"type":["string","null"],"description":"PID mode for container."},"pids_limit":{"type":["number","string"],"description":"Tune a container's PIDs limit. Set to -1 for unlimited PIDs."},"platform":{"type":"string","description":"Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."},"ports":{"type":"array","description":"Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).","items":{"oneOf":[{"type":"number"},{"type":"string"},{"type":"object","properties":{"name":{"type":"string","description":"A human-readable name for this port mapping."},"mode":{"type":"string","description":"The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing."},"host_ip":{"type":"string","description":"The host IP to bind to."},"target":{"type":["integer","string"],"description":"The port inside the container."},"published":{"type":["string","integer"],"description":"The publicly exposed port."},"protocol":{"type":"string","description":"The port protocol (tcp or udp)."},"app_protocol":{"type":"string","description":"Application protocol to use with the port (e.g., http, https, mysql)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"post_start":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run after the container starts. If any command fails, the container stops."},"pre_stop":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run before the container stops. If any command fails, the container stop is aborted."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the service container."},"profiles":{"$ref":"#/definitions/list_of_strings","description":"List of profiles for this service. When profiles are specified, services are only started when the profile is activated."},"pull_policy":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","pattern":"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+","description":"Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies."}]},"pull_refresh_after":{"type":"string","description":"Time after which to refresh the image. Used with pull_policy=refresh."},"read_only":{"type":["boolean","string"],"description":"Mount the container's filesystem as read only."},"restart":{"type":"string","description":"Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'."},"runtime":{"type":"string","description":"Runtime to use for this container, e.g., 'runc'."},"scale":{"type":["integer","string"],"description":"Number of containers to deploy for this service."},"security_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Override the default labeling scheme for each container."},"shm_size":{"type":["number","string"],"description":"Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Secrets on a per-service basis."},"sysctls":{"$ref":"#/definitions/list_or_dict","description":"Kernel parameters to set in the container. You can use either an array or a list."},"stdin_open":{"type":["boolean","string"],"description":"Keep STDIN open even if not attached."},"stop_grace_period":{"type":"string","description":"Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')."},"stop_signal":{"type":"string","description":"Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')."},"storage_opt":{"type":"object","description":"Storage driver options for the container."},"tmpfs":{"$ref":"#/definitions/string_or_list","description":"Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list."},"tty":{"type":["boolean","string"],"description":"Allocate a pseudo-TTY to service container."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for a container."},"use_api_socket":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"boolean","description":"Bind mount Docker API socket and required auth."}]},"user":{"type":"string","description":"Username or UID to run the container process as."},"uts":{"type":"string","description":"UTS namespace to use. 'host' shares the host's UTS namespace."},"userns_mode":{"type":"string","description":"User namespace to use. 'host' shares the host's user namespace."},"volumes":{"type":"array","description":"Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])","items":{"oneOf":[{"type":"string"},{"type":"object","required":["type"],"properties":{"type":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["bind","volume","tmpfs","cluster","npipe","image"],"description":"The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image."}]},"source":{"type":"string","description":"The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount."},"target":{"type":"string","description":"The path in the container where the volume is mounted."},"read_only":{"type":["boolean","string"],"description":"Flag to set the volume as read-only."},"consistency":{"type":"string","description":"The consistency requirements for the mount. Available values are platform specific."},"bind":{"type":"object","description":"Configuration specific to bind mounts.","properties":{"propagation":{"type":"string","description":"The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'."},"create_host_path":{"type":["boolean","string"],"description":"Create the host path if it doesn't exist."},"recursive":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["enabled","disabled","writable","readonly"],"description":"Recursively mount the source directory."}]},"selinux":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["z","Z"],"description":"SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":"object","description":"Configuration specific to volume mounts.","properties":{"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the volume."},"nocopy":{"type":["boolean","string"],"description":"Flag to disable copying of data from a container when a volume is created."},"subpath":{"type":"string","description":"Path within the volume to mount instead of the volume root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"tmpfs":{"type":"object","description":"Configuration specific to tmpfs mounts.","properties":{"size":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}],"description":"Size of the tmpfs mount in bytes."},"mode":{"type":["number","string"],"description":"File mode of the tmpfs in octal."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"image":{"type":"object","description":"Configuration specific to image mounts.","properties":{"subpath":{"type":"string","description":"Path within the image to mount instead of the image root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"volumes_from":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)."},"working_dir":{"type":"string","description":"The working directory in which the entrypoint or command will be run"}},"patternProperties":{"^x-":{}},"additionalProperties":false},"healthcheck":{"type":"object","description":"Configuration options to determine whether the container is healthy.","properties":{"disable":{"type":["boolean","string"],"description":"Disable any container-specified healthcheck. Set to true to disable."},"interval":{"type":"string","description":"Time between running the check (e.g., '1s', '1m30s'). Default: 30s."},"retries":{"type":["number","string"],"description":"Number of consecutive failures needed to consider the container as unhealthy. Default: 3."},"test":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell."},"timeout":{"type":"string","description":"Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s."},"start_period":{"type":"string","description":"Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s."},"start_interval":{"type":"string","description":"Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"development":{"type":["object","null"],"description":"Development configuration for the service, used for development workflows.","properties":{"watch":{"type":"array","description":"Configure watch mode for the service, which monitors file changes and performs actions in response.","items":{"type":"object","required":["path","action"],"properties":{"ignore":{"$ref":"#/definitions/string_or_list","description":"Patterns to exclude from watching."},"include":{"$ref":"#/definitions/string_or_list","description":"Patterns to include in watching."},"path":{"type":"string","description":"Path to watch for changes."},"action":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["rebuild","sync","restart","sync+restart","sync+exec"],"description":"Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command."}]},"target":{"type":"string","description":"Target path in the container for sync operations."},"exec":{"$ref":"#/definitions/service_hook","description":"Command to execute when a change is detected and action is sync+exec."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"deployment":{"type":["object","null"],"description":"Deployment configuration for the service.","properties":{"mode":{"type":"string","description":"Deployment mode for the service: 'replicated' (default) or 'global'."},"endpoint_mode":{"type":"string","description":"Endpoint mode for the service: 'vip' (default) or 'dnsrr'."},"replicas":{"type":["integer","string"],"description":"Number of replicas of the service container to run."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the service."},"rollback_config":{"type":"object","description":"Configuration for rolling back a service update.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously."},"delay":{"type":"string","description":"The time to wait between each container group's rollback (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if a rollback fails: 'continue', 'pause'."},"monitor":{"type":"string","description":"Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during a rollback."},"order":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during rollbacks: 'stop-first' (default) or 'start-first'."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"update_config":{"type":"object","description":"Configuration for updating a service.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to update at a time."},"delay":{"type":"string","description":"The time to wait between updating a group of containers (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if an update fails: 'continue', 'pause', 'rollback'."},"monitor":{"type":"string","description":"Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during an update (0 to 1)."},"order":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during updates: 'stop-first' (default) or 'start-first'."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"resources":{"type":"object","description":"Resource constraints and reservations for the service.","properties":{"limits":{"type":"object","description":"Resource limits for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Limit for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"pids":{"type":["integer","string"],"description":"Maximum number of PIDs available to the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"reservations":{"type":"object","description":"Resource reservations for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Reservation for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"generic_resources":{"$ref":"#/definitions/generic_resources","description":"User-defined resources to reserve."},"devices":{"$ref":"#/definitions/devices","description":"Device reservations for the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"restart_policy":{"type":"object","description":"Restart policy for the service containers.","properties":{"condition":{"type":"string","description":"Condition for restarting the container: 'none', 'on-failure', 'any'."},"delay":{"type":"string","description":"Delay between restart attempts (e.g., '1s', '1m30s')."},"max_attempts":{"type":["integer","string"],"description":"Maximum number of restart attempts before giving up."},"window":{"type":"string","description":"Time window used to evaluate the restart policy (e.g., '1s', '1m30s')."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"placement":{"type":"object","description":"Constraints and preferences for the platform to select a physical node to run service containers","properties":{"constraints":{"type":"array","items":{"type":"string"},"description":"Placement constraints for the service (e.g., 'node.role==manager')."},"preferences":{"type":"array","description":"Placement preferences for the service.","items":{"type":"object","properties":{"spread":{"type":"string","description":"Spread tasks evenly across values of the specified node label."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"max_replicas_per_node":{"type":["integer","string"],"description":"Maximum number of replicas of the service."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"generic_resources":{"type":"array","description":"User-defined resources for services, allowing services to reserve specialized hardware resources.","items":{"type":"object","properties":{"discrete_resource_spec":{"type":"object","description":"Specification for discrete (countable) resources.","properties":{"kind":{"type":"string","description":"Type of resource (e.g., 'GPU', 'FPGA', 'SSD')."},"value":{"type":["number","string"],"description":"Number of resources of this kind to reserve."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"devices":{"type":"array","description":"Device reservations for containers, allowing services to access specific hardware devices.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of devices of this type to reserve."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific device IDs to reserve."},"driver":{"type":"string","description":"Device driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the device."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["capabilities"]}},"gpus":{"oneOf":[{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["all"],"description":"Use all available GPUs."}]},{"type":"array","description":"List of specific GPU devices to use.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the GPU needs to have (e.g., 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of GPUs to use."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific GPU device IDs to use."},"driver":{"type":"string","description":"GPU driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the GPU."}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"include":{"description":"Compose application or sub-projects to be included.","oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/definitions/string_or_list","description":"Path to the Compose application or sub-project files to include."},"env_file":{"$ref":"#/definitions/string_or_list","description":"Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed."},"project_directory":{"type":"string","description":"Path to resolve relative paths set in the Compose file"}},"additionalProperties":false}]},"network":{"type":["object","null"],"description":"Network configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this network."},"driver":{"type":"string","description":"Specify which driver should be used for this network. Default is 'bridge'."},"driver_opts":{"type":"object","description":"Specify driver-specific options defined as key/value pairs.","patternProperties":{"^.+$":{"type":["string","number"]}}},"ipam":{"type":"object","description":"Custom IP Address Management configuration for this network.","properties":{"driver":{"type":"string","description":"Custom IPAM driver, instead of the default."},"config":{"type":"array","description":"List of IPAM configuration blocks.","items":{"type":"object","properties":{"subnet":{"type":"string","description":"Subnet in CIDR format that represents a network segment."},"ip_range":{"type":"string","description":"Range of IPs from which to allocate container IPs."},"gateway":{"type":"string","description":"IPv4 or IPv6 gateway for the subnet."},"aux_addresses":{"type":"object","description":"Auxiliary IPv4 or IPv6 addresses used by Network driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"options":{"type":"object","description":"Driver-specific options for the IPAM driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this network already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external network. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"internal":{"type":["boolean","string"],"description":"Create an externally isolated network."},"enable_ipv4":{"type":["boolean","string"],"description":"Enable IPv4 networking."},"enable_ipv6":{"type":["boolean","string"],"description":"Enable IPv6 networking."},"attachable":{"type":["boolean","string"],"description":"If true, standalone containers can attach to this network."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the network using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":["object","null"],"description":"Volume configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this volume."},"driver":{"type":"string","description":"Specify which volume driver should be used for this volume."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this volume already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external volume. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the volume using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"secret":{"type":"object","description":"Secret configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this secret."},"environment":{"type":"string","description":"Name of an environment variable from which to get the secret value."},"file":{"type":"string","description":"Path to a file containing the secret value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this secret already exists and was created outside of Compose.","properties":{"name":{"type":"string","description":"Specifies the name of the external secret."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the secret using labels."},"driver":{"type":"string","description":"Specify which secret driver should be used for this secret."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"template_driver":{"type":"string","description":"Driver to use for templating the secret's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"config":{"type":"object","description":"Config configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this config."},"content":{"type":"string","description":"Inline content of the config."},"environment":{"type":"string","description":"Name of an environment variable from which to get the config value."},"file":{"type":"string","description":"Path to a file containing the config value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this config already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external config. Deprecated: use the 'name' property instead."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the config using labels."},"template_driver":{"type":"string","description":"Driver to use for templating the config's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"model":{"type":"object","description":"Language Model for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this model."},"model":{"type":"string","description":"Language Model to run."},"context_size":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"integer"}]},"runtime_flags":{"type":"array","items":{"type":"string"},"description":"Raw runtime flags to pass to the inference engine."}},"required":["model"],"additionalProperties":false,"patternProperties":{"^x-":{}}},"command":{"oneOf":[{"type":"null","description":"No command specified, use the container's default command."},{"type":"string","description":"Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')."},{"type":"array","description":"Command as an array of strings, which will be executed directly without a shell.","items":{"type":"string","description":"Part of the command (executable or argument)."}}],"description":"Command to run in the container, which can be specified as a string (shell form) or array (exec form)."},"service_hook":{"type":"object","description":"Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.","properties":{"command":{"$ref":"#/definitions/command","description":"Command to execute as part of the hook."},"user":{"type":"string","description":"User to run the command as."},"privileged":{"type":["boolean","string"],"description":"Whether to run the command with extended privileges."},"working_dir":{"type":"string","description":"Working directory for the command."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Environment variables for the command."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]},"env_file":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"array","description":"List of paths to files containing environment variables.","items":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"object","description":"Detailed configuration for an environment file.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path to the environment file."},"format":{"type":"string","description":"Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules."},"required":{"type":["boolean","string"],"default":true,"description":"Whether the file is required. If true and the file doesn't exist, an error will be raised."}},"required":["path"]}]}}]},"label_file":{"oneOf":[{"type":"string","description":"Path to a file containing Docker labels."},{"type":"array","description":"List of paths to files containing Docker labels.","items":{"type":"string","description":"Path to a file containing Docker labels."}}]},"string_or_list":{"oneOf":[{"type":"string","description":"A single string value."},{"$ref":"#/definitions/list_of_strings","description":"A list of string values."}],"description":"Either a single string or a list of strings."},"list_of_strings":{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true},"list_or_dict":{"oneOf":[{"type":"object","description":"A dictionary mapping keys to values.","patternProperties":{".+":{"type":["string","number","boolean","null"],"description":"Value for the key, which can be a string, number, boolean, or null."}},"additionalProperties":false},{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true}],"description":"Either a dictionary mapping keys to values, or a list of strings."},"extra_hosts":{"oneOf":[{"type":"object","description":"list mapping hostnames to IP addresses.","patternProperties":{".+":{"oneOf":[{"type":"string","description":"IP address for the hostname."},{"type":"array","description":"List of IP addresses for the hostname.","items":{"type":"string","description":"IP address for the hostname."},"uniqueItems":false}]}},"additionalProperties":false},{"type":"array","description":"List of host:IP mappings in the format 'hostname:IP'.","items":{"type":"string","description":"Host:IP mapping in the format 'hostname:IP'."},"uniqueItems":true}],"description":"Additional hostnames to be defined in the container's /etc/hosts file."},"blkio_limit":{"type":"object","description":"Block IO limit for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"rate":{"type":["integer","string"],"description":"Rate limit in bytes per second or IO operations per second."}},"additionalProperties":false},"blkio_weight":{"type":"object","description":"Block IO weight for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"weight":{"type":["integer","string"],"description":"Relative weight for the device, between 10 and 1000."}},"additionalProperties":false},"service_config_or_secret":{"type":"array","description":"Configuration for service configs or secrets, defining how they are mounted in the container.","items":{"oneOf":[{"type":"string","description":"Name of the config or secret to grant access to."},{"type":"object","description":"Detailed configuration for a config or secret.","properties":{"source":{"type":"string","description":"Name of the config or secret as defined in the top-level configs or secrets section."},"target":{"type":"string","description":"Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets."},"uid":{"type":"string","description":"UID of the file in the container. Default is 0 (root)."},"gid":{"type":"string","description":"GID of the file in the container. Default is 0 (root)."},"mode":{"type":["number","string"],"description":"File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"ulimits":{"type":"object","description":"Container ulimit options, controlling resource limits for processes inside the container.","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"],"description":"Single value for both soft and hard limits."},{"type":"object","description":"Separate soft and hard limits.","properties":{"hard":{"type":["integer","string"],"description":"Hard limit for the ulimit type. This is the maximum allowed value."},"soft":{"type":["integer","string"],"description":"Soft limit for the ulimit type. This is the value that's actually enforced."}},"required":["soft","hard"],"additionalProperties":false,"patternProperties":{"^x-":{}}}]}}}}};
const schema53 = {"type":"object","description":"Language Model for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this model."},"model":{"type":"string","description":"Language Model to run."},"context_size":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"integer"}]},"runtime_flags":{"type":"array","items":{"type":"string"},"description":"Raw runtime flags to pass to the inference engine."}},"required":["model"],"additionalProperties":false,"patternProperties":{"^x-":{}}};
const func0 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^x-", "u");
const pattern1 = new RegExp("^[a-zA-Z0-9._-]+$", "u");
const pattern6 = new RegExp("\\$[{A-Za-z_]", "u");
const schema1 = {"description":"Compose application or sub-projects to be included.","oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/definitions/string_or_list","description":"Path to the Compose application or sub-project files to include."},"env_file":{"$ref":"#/definitions/string_or_list","description":"Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed."},"project_directory":{"type":"string","description":"Path to resolve relative paths set in the Compose file"}},"additionalProperties":false}]};
const schema2 = {"oneOf":[{"type":"string","description":"A single string value."},{"$ref":"#/definitions/list_of_strings","description":"A list of string values."}],"description":"Either a single string or a list of strings."};
const schema3 = {"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true};

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.oneOf[0].type,parentSchema:schema2.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.items.type,parentSchema:schema3.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err2 = {instancePath,schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.type,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema2.oneOf,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate2.errors = vErrors;
return errors === 0;
}


function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.oneOf[0].type,parentSchema:schema1.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "path") || (key0 === "env_file")) || (key0 === "project_directory"))){
const err1 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema1.oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.path !== undefined){
if(!(validate2(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
if(data.env_file !== undefined){
if(!(validate2(data.env_file, {instancePath:instancePath+"/env_file",parentData:data,parentDataProperty:"env_file",rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
if(data.project_directory !== undefined){
let data2 = data.project_directory;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/project_directory",schemaPath:"#/oneOf/1/properties/project_directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.oneOf[1].properties.project_directory.type,parentSchema:schema1.oneOf[1].properties.project_directory,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.oneOf[1].type,parentSchema:schema1.oneOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema1.oneOf,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate1.errors = vErrors;
return errors === 0;
}

const schema4 = {"type":"object","description":"Configuration for a service.","properties":{"develop":{"$ref":"#/definitions/development"},"deploy":{"$ref":"#/definitions/deployment"},"annotations":{"$ref":"#/definitions/list_or_dict"},"attach":{"type":["boolean","string"]},"build":{"description":"Configuration options for building the service's image.","oneOf":[{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},{"type":"object","properties":{"context":{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},"dockerfile":{"type":"string","description":"Name of the Dockerfile to use for building the image."},"dockerfile_inline":{"type":"string","description":"Inline Dockerfile content to use instead of a Dockerfile from the build context."},"entitlements":{"type":"array","items":{"type":"string"},"description":"List of extra privileged entitlements to grant to the build process."},"args":{"$ref":"#/definitions/list_or_dict","description":"Build-time variables, specified as a map or a list of KEY=VAL pairs."},"ssh":{"$ref":"#/definitions/list_or_dict","description":"SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the built image."},"cache_from":{"type":"array","items":{"type":"string"},"description":"List of sources the image builder should use for cache resolution"},"cache_to":{"type":"array","items":{"type":"string"},"description":"Cache destinations for the build cache."},"no_cache":{"type":["boolean","string"],"description":"Do not use cache when building the image."},"additional_contexts":{"$ref":"#/definitions/list_or_dict","description":"Additional build contexts to use, specified as a map of name to context path or URL."},"network":{"type":"string","description":"Network mode to use for the build. Options include 'default', 'none', 'host', or a network name."},"pull":{"type":["boolean","string"],"description":"Always attempt to pull a newer version of the image."},"target":{"type":"string","description":"Build stage to target in a multi-stage Dockerfile."},"shm_size":{"type":["integer","string"],"description":"Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings for the build container."},"isolation":{"type":"string","description":"Container isolation technology to use for the build process."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the build container."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Secrets to expose to the build. These are accessible at build-time."},"tags":{"type":"array","items":{"type":"string"},"description":"Additional tags to apply to the built image."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for the build container."},"platforms":{"type":"array","items":{"type":"string"},"description":"Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"blkio_config":{"type":"object","description":"Block IO configuration for the service.","properties":{"device_read_bps":{"type":"array","description":"Limit read rate (bytes per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_read_iops":{"type":"array","description":"Limit read rate (IO per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_bps":{"type":"array","description":"Limit write rate (bytes per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_iops":{"type":"array","description":"Limit write rate (IO per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"weight":{"type":["integer","string"],"description":"Block IO weight (relative weight) for the service, between 10 and 1000."},"weight_device":{"type":"array","description":"Block IO weight (relative weight) for specific devices.","items":{"$ref":"#/definitions/blkio_weight"}}},"additionalProperties":false},"cap_add":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cap_drop":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cgroup":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["host","private"],"description":"Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace."}]},"cgroup_parent":{"type":"string","description":"Specify an optional parent cgroup for the container."},"command":{"$ref":"#/definitions/command","description":"Override the default command declared by the container image, for example 'CMD' in Dockerfile."},"configs":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Configs on a per-service basis."},"container_name":{"type":"string","description":"Specify a custom container name, rather than a generated default name."},"cpu_count":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}],"description":"Number of usable CPUs."},"cpu_percent":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0,"maximum":100}],"description":"Percentage of CPU resources to use."},"cpu_shares":{"type":["number","string"],"description":"CPU shares (relative weight) for the container."},"cpu_quota":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) quota."},"cpu_period":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) period."},"cpu_rt_period":{"type":["number","string"],"description":"Limit the CPU real-time period in microseconds or a duration."},"cpu_rt_runtime":{"type":["number","string"],"description":"Limit the CPU real-time runtime in microseconds or a duration."},"cpus":{"type":["number","string"],"description":"Number of CPUs to use. A floating-point value is supported to request partial CPUs."},"cpuset":{"type":"string","description":"CPUs in which to allow execution (0-3, 0,1)."},"credential_spec":{"type":"object","description":"Configure the credential spec for managed service account.","properties":{"config":{"type":"string","description":"The name of the credential spec Config to use."},"file":{"type":"string","description":"Path to a credential spec file."},"registry":{"type":"string","description":"Path to a credential spec in the Windows registry."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"depends_on":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","additionalProperties":false,"patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"restart":{"type":["boolean","string"],"description":"Whether to restart dependent services when this service is restarted."},"required":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"boolean","default":true,"description":"Whether the dependency is required for the dependent service to start."}]},"condition":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["service_started","service_healthy","service_completed_successfully"],"description":"Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully."}]}},"required":["condition"]}}}],"description":"Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting."},"device_cgroup_rules":{"$ref":"#/definitions/list_of_strings","description":"Add rules to the cgroup allowed devices list."},"devices":{"type":"array","description":"List of device mappings for the container.","items":{"oneOf":[{"type":"string"},{"type":"object","required":["source"],"properties":{"source":{"type":"string","description":"Path on the host to the device."},"target":{"type":"string","description":"Path in the container where the device will be mapped."},"permissions":{"type":"string","description":"Cgroup permissions for the device (rwm)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"dns":{"$ref":"#/definitions/string_or_list","description":"Custom DNS servers to set for the service container."},"dns_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Custom DNS options to be passed to the container's DNS resolver."},"dns_search":{"$ref":"#/definitions/string_or_list","description":"Custom DNS search domains to set on the service container."},"domainname":{"type":"string","description":"Custom domain name to use for the service container."},"entrypoint":{"$ref":"#/definitions/command","description":"Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile."},"env_file":{"$ref":"#/definitions/env_file","description":"Add environment variables from a file or multiple files. Can be a single file path or a list of file paths."},"label_file":{"$ref":"#/definitions/label_file","description":"Add metadata to containers using files containing Docker labels."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Add environment variables. You can use either an array or a list of KEY=VAL pairs."},"expose":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Expose ports without publishing them to the host machine - they'll only be accessible to linked services."},"extends":{"oneOf":[{"type":"string"},{"type":"object","properties":{"service":{"type":"string","description":"The name of the service to extend."},"file":{"type":"string","description":"The file path where the service to extend is defined."}},"required":["service"],"additionalProperties":false}],"description":"Extend another service, in the current file or another file."},"provider":{"type":"object","description":"Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.","required":["type"],"properties":{"type":{"type":"string","description":"External component used by Compose to manage setup and teardown lifecycle of the service."},"options":{"type":"object","description":"Provider-specific options.","patternProperties":{"^.+$":{"oneOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external_links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to services started outside this Compose application. Specify services as <service_name>:<alias>."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings to the container network interface configuration."},"gpus":{"$ref":"#/definitions/gpus","description":"Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices."},"group_add":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Add additional groups which user inside the container should be member of."},"healthcheck":{"$ref":"#/definitions/healthcheck","description":"Configure a health check for the container to monitor its health status."},"hostname":{"type":"string","description":"Define a custom hostname for the service container."},"image":{"type":"string","description":"Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID."},"init":{"type":["boolean","string"],"description":"Run as an init process inside the container that forwards signals and reaps processes."},"ipc":{"type":"string","description":"IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace."},"isolation":{"type":"string","description":"Container isolation technology to use. Supported values are platform-specific."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to containers using Docker labels. You can use either an array or a list."},"links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name."},"logging":{"type":"object","description":"Logging configuration for the service.","properties":{"driver":{"type":"string","description":"Logging driver to use, such as 'json-file', 'syslog', 'journald', etc."},"options":{"type":"object","description":"Options for the logging driver.","patternProperties":{"^.+$":{"type":["string","number","null"]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"mac_address":{"type":"string","description":"Container MAC address to set."},"mem_limit":{"type":["number","string"],"description":"Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes."},"mem_reservation":{"type":["string","integer"],"description":"Memory reservation for the container."},"mem_swappiness":{"type":["integer","string"],"description":"Container memory swappiness as percentage (0 to 100)."},"memswap_limit":{"type":["number","string"],"description":"Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap."},"network_mode":{"type":"string","description":"Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'."},"models":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"endpoint_var":{"type":"string","description":"Environment variable set to AI model endpoint."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}}],"description":"AI Models to use, referencing entries under the top-level models key."},"networks":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"aliases":{"$ref":"#/definitions/list_of_strings","description":"Alternative hostnames for this service on the network."},"interface_name":{"type":"string","description":"Interface network name used to connect to network"},"ipv4_address":{"type":"string","description":"Specify a static IPv4 address for this service on this network."},"ipv6_address":{"type":"string","description":"Specify a static IPv6 address for this service on this network."},"link_local_ips":{"$ref":"#/definitions/list_of_strings","description":"List of link-local IPs."},"mac_address":{"type":"string","description":"Specify a MAC address for this service on this network."},"driver_opts":{"type":"object","description":"Driver options for this network.","patternProperties":{"^.+$":{"type":["string","number"]}}},"priority":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"number","description":"Specify the priority for the network connection."}]},"gw_priority":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"number","description":"Specify the gateway priority for the network connection."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}},"additionalProperties":false}],"description":"Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration."},"oom_kill_disable":{"type":["boolean","string"],"description":"Disable OOM Killer for the container."},"oom_score_adj":{"oneOf":[{"type":"string"},{"type":"integer","minimum":-1000,"maximum":1000}],"description":"Tune host's OOM preferences for the container (accepts -1000 to 1000)."},"pid":{"type":["string","null"],"description":"PID mode for container."},"pids_limit":{"type":["number","string"],"description":"Tune a container's PIDs limit. Set to -1 for unlimited PIDs."},"platform":{"type":"string","description":"Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."},"ports":{"type":"array","description":"Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).","items":{"oneOf":[{"type":"number"},{"type":"string"},{"type":"object","properties":{"name":{"type":"string","description":"A human-readable name for this port mapping."},"mode":{"type":"string","description":"The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing."},"host_ip":{"type":"string","description":"The host IP to bind to."},"target":{"type":["integer","string"],"description":"The port inside the container."},"published":{"type":["string","integer"],"description":"The publicly exposed port."},"protocol":{"type":"string","description":"The port protocol (tcp or udp)."},"app_protocol":{"type":"string","description":"Application protocol to use with the port (e.g., http, https, mysql)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"post_start":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run after the container starts. If any command fails, the container stops."},"pre_stop":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run before the container stops. If any command fails, the container stop is aborted."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the service container."},"profiles":{"$ref":"#/definitions/list_of_strings","description":"List of profiles for this service. When profiles are specified, services are only started when the profile is activated."},"pull_policy":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","pattern":"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+","description":"Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies."}]},"pull_refresh_after":{"type":"string","description":"Time after which to refresh the image. Used with pull_policy=refresh."},"read_only":{"type":["boolean","string"],"description":"Mount the container's filesystem as read only."},"restart":{"type":"string","description":"Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'."},"runtime":{"type":"string","description":"Runtime to use for this container, e.g., 'runc'."},"scale":{"type":["integer","string"],"description":"Number of containers to deploy for this service."},"security_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Override the default labeling scheme for each container."},"shm_size":{"type":["number","string"],"description":"Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Secrets on a per-service basis."},"sysctls":{"$ref":"#/definitions/list_or_dict","description":"Kernel parameters to set in the container. You can use either an array or a list."},"stdin_open":{"type":["boolean","string"],"description":"Keep STDIN open even if not attached."},"stop_grace_period":{"type":"string","description":"Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')."},"stop_signal":{"type":"string","description":"Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')."},"storage_opt":{"type":"object","description":"Storage driver options for the container."},"tmpfs":{"$ref":"#/definitions/string_or_list","description":"Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list."},"tty":{"type":["boolean","string"],"description":"Allocate a pseudo-TTY to service container."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for a container."},"use_api_socket":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"boolean","description":"Bind mount Docker API socket and required auth."}]},"user":{"type":"string","description":"Username or UID to run the container process as."},"uts":{"type":"string","description":"UTS namespace to use. 'host' shares the host's UTS namespace."},"userns_mode":{"type":"string","description":"User namespace to use. 'host' shares the host's user namespace."},"volumes":{"type":"array","description":"Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])","items":{"oneOf":[{"type":"string"},{"type":"object","required":["type"],"properties":{"type":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["bind","volume","tmpfs","cluster","npipe","image"],"description":"The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image."}]},"source":{"type":"string","description":"The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount."},"target":{"type":"string","description":"The path in the container where the volume is mounted."},"read_only":{"type":["boolean","string"],"description":"Flag to set the volume as read-only."},"consistency":{"type":"string","description":"The consistency requirements for the mount. Available values are platform specific."},"bind":{"type":"object","description":"Configuration specific to bind mounts.","properties":{"propagation":{"type":"string","description":"The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'."},"create_host_path":{"type":["boolean","string"],"description":"Create the host path if it doesn't exist."},"recursive":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["enabled","disabled","writable","readonly"],"description":"Recursively mount the source directory."}]},"selinux":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["z","Z"],"description":"SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":"object","description":"Configuration specific to volume mounts.","properties":{"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the volume."},"nocopy":{"type":["boolean","string"],"description":"Flag to disable copying of data from a container when a volume is created."},"subpath":{"type":"string","description":"Path within the volume to mount instead of the volume root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"tmpfs":{"type":"object","description":"Configuration specific to tmpfs mounts.","properties":{"size":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}],"description":"Size of the tmpfs mount in bytes."},"mode":{"type":["number","string"],"description":"File mode of the tmpfs in octal."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"image":{"type":"object","description":"Configuration specific to image mounts.","properties":{"subpath":{"type":"string","description":"Path within the image to mount instead of the image root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"volumes_from":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)."},"working_dir":{"type":"string","description":"The working directory in which the entrypoint or command will be run"}},"patternProperties":{"^x-":{}},"additionalProperties":false};
const schema8 = {"oneOf":[{"type":"object","description":"A dictionary mapping keys to values.","patternProperties":{".+":{"type":["string","number","boolean","null"],"description":"Value for the key, which can be a string, number, boolean, or null."}},"additionalProperties":false},{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true}],"description":"Either a dictionary mapping keys to values, or a list of strings."};
const schema21 = {"oneOf":[{"type":"object","description":"list mapping hostnames to IP addresses.","patternProperties":{".+":{"oneOf":[{"type":"string","description":"IP address for the hostname."},{"type":"array","description":"List of IP addresses for the hostname.","items":{"type":"string","description":"IP address for the hostname."},"uniqueItems":false}]}},"additionalProperties":false},{"type":"array","description":"List of host:IP mappings in the format 'hostname:IP'.","items":{"type":"string","description":"Host:IP mapping in the format 'hostname:IP'."},"uniqueItems":true}],"description":"Additional hostnames to be defined in the container's /etc/hosts file."};
const schema22 = {"type":"array","description":"Configuration for service configs or secrets, defining how they are mounted in the container.","items":{"oneOf":[{"type":"string","description":"Name of the config or secret to grant access to."},{"type":"object","description":"Detailed configuration for a config or secret.","properties":{"source":{"type":"string","description":"Name of the config or secret as defined in the top-level configs or secrets section."},"target":{"type":"string","description":"Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets."},"uid":{"type":"string","description":"UID of the file in the container. Default is 0 (root)."},"gid":{"type":"string","description":"GID of the file in the container. Default is 0 (root)."},"mode":{"type":["number","string"],"description":"File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}};
const schema23 = {"type":"object","description":"Container ulimit options, controlling resource limits for processes inside the container.","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"],"description":"Single value for both soft and hard limits."},{"type":"object","description":"Separate soft and hard limits.","properties":{"hard":{"type":["integer","string"],"description":"Hard limit for the ulimit type. This is the maximum allowed value."},"soft":{"type":["integer","string"],"description":"Soft limit for the ulimit type. This is the value that's actually enforced."}},"required":["soft","hard"],"additionalProperties":false,"patternProperties":{"^x-":{}}}]}}};
const schema24 = {"type":"object","description":"Block IO limit for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"rate":{"type":["integer","string"],"description":"Rate limit in bytes per second or IO operations per second."}},"additionalProperties":false};
const schema28 = {"type":"object","description":"Block IO weight for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"weight":{"type":["integer","string"],"description":"Relative weight for the device, between 10 and 1000."}},"additionalProperties":false};
const schema7 = {"oneOf":[{"type":"null","description":"No command specified, use the container's default command."},{"type":"string","description":"Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')."},{"type":"array","description":"Command as an array of strings, which will be executed directly without a shell.","items":{"type":"string","description":"Part of the command (executable or argument)."}}],"description":"Command to run in the container, which can be specified as a string (shell form) or array (exec form)."};
const schema34 = {"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"array","description":"List of paths to files containing environment variables.","items":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"object","description":"Detailed configuration for an environment file.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path to the environment file."},"format":{"type":"string","description":"Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules."},"required":{"type":["boolean","string"],"default":true,"description":"Whether the file is required. If true and the file doesn't exist, an error will be raised."}},"required":["path"]}]}}]};
const schema35 = {"oneOf":[{"type":"string","description":"Path to a file containing Docker labels."},{"type":"array","description":"List of paths to files containing Docker labels.","items":{"type":"string","description":"Path to a file containing Docker labels."}}]};
const schema42 = {"type":"object","description":"Configuration options to determine whether the container is healthy.","properties":{"disable":{"type":["boolean","string"],"description":"Disable any container-specified healthcheck. Set to true to disable."},"interval":{"type":"string","description":"Time between running the check (e.g., '1s', '1m30s'). Default: 30s."},"retries":{"type":["number","string"],"description":"Number of consecutive failures needed to consider the container as unhealthy. Default: 3."},"test":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell."},"timeout":{"type":"string","description":"Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s."},"start_period":{"type":"string","description":"Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s."},"start_interval":{"type":"string","description":"Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};
const func5 = require("ajv/dist/runtime/equal").default;
const pattern8 = new RegExp(".+", "u");
const pattern42 = new RegExp("^[a-z]+$", "u");
const pattern56 = new RegExp("^.+$", "u");
const pattern78 = new RegExp("always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+", "u");
const schema5 = {"type":["object","null"],"description":"Development configuration for the service, used for development workflows.","properties":{"watch":{"type":"array","description":"Configure watch mode for the service, which monitors file changes and performs actions in response.","items":{"type":"object","required":["path","action"],"properties":{"ignore":{"$ref":"#/definitions/string_or_list","description":"Patterns to exclude from watching."},"include":{"$ref":"#/definitions/string_or_list","description":"Patterns to include in watching."},"path":{"type":"string","description":"Path to watch for changes."},"action":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["rebuild","sync","restart","sync+restart","sync+exec"],"description":"Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command."}]},"target":{"type":"string","description":"Target path in the container for sync operations."},"exec":{"$ref":"#/definitions/service_hook","description":"Command to execute when a change is detected and action is sync+exec."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}};
const schema6 = {"type":"object","description":"Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.","properties":{"command":{"$ref":"#/definitions/command","description":"Command to execute as part of the hook."},"user":{"type":"string","description":"User to run the command as."},"privileged":{"type":["boolean","string"],"description":"Whether to run the command with extended privileges."},"working_dir":{"type":"string","description":"Working directory for the command."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Environment variables for the command."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.command === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "command") || (key0 === "user")) || (key0 === "privileged")) || (key0 === "working_dir")) || (key0 === "environment")) || (pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.command !== undefined){
let data0 = data.command;
const _errs4 = errors;
let valid2 = false;
let passing0 = null;
const _errs5 = errors;
if(data0 !== null){
const err2 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema7.oneOf[0].type,parentSchema:schema7.oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs7 = errors;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[1].type,parentSchema:schema7.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
const _errs9 = errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/command/" + i0,schemaPath:"#/definitions/command/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[2].items.type,parentSchema:schema7.oneOf[2].items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.oneOf[2].type,parentSchema:schema7.oneOf[2],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid2 = true;
passing0 = 2;
}
}
}
if(!valid2){
const err6 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema7.oneOf,parentSchema:schema7,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.user !== undefined){
let data2 = data.user;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.user.type,parentSchema:schema6.properties.user,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.privileged !== undefined){
let data3 = data.privileged;
if((typeof data3 !== "boolean") && (typeof data3 !== "string")){
const err8 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: schema6.properties.privileged.type},message:"must be boolean,string",schema:schema6.properties.privileged.type,parentSchema:schema6.properties.privileged,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.working_dir !== undefined){
let data4 = data.working_dir;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.working_dir.type,parentSchema:schema6.properties.working_dir,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.environment !== undefined){
let data5 = data.environment;
const _errs21 = errors;
let valid6 = false;
let passing1 = null;
const _errs22 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!(pattern8.test(key1))){
const err10 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data5){
if(pattern8.test(key2)){
let data6 = data5[key2];
if((((typeof data6 !== "string") && (!(typeof data6 == "number"))) && (typeof data6 !== "boolean")) && (data6 !== null)){
const err11 = {instancePath:instancePath+"/environment/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs22 === errors;
if(_valid1){
valid6 = true;
passing1 = 0;
}
const _errs27 = errors;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data7 = data5[i1];
if(typeof data7 !== "string"){
const err13 = {instancePath:instancePath+"/environment/" + i1,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let i2 = data5.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data5[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err14 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err15 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs27 === errors;
if(_valid1 && valid6){
valid6 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid6 = true;
passing1 = 1;
}
}
if(!valid6){
const err16 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema5.type},message:"must be object,null",schema:schema5.type,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "watch") || (pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.watch !== undefined){
let data0 = data.watch;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.path === undefined){
const err2 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema5.properties.watch.items.required,parentSchema:schema5.properties.watch.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.action === undefined){
const err3 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'",schema:schema5.properties.watch.items.required,parentSchema:schema5.properties.watch.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data1){
if(!(((((((key1 === "ignore") || (key1 === "include")) || (key1 === "path")) || (key1 === "action")) || (key1 === "target")) || (key1 === "exec")) || (pattern0.test(key1)))){
const err4 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema5.properties.watch.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.ignore !== undefined){
if(!(validate2(data1.ignore, {instancePath:instancePath+"/watch/" + i0+"/ignore",parentData:data1,parentDataProperty:"ignore",rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
if(data1.include !== undefined){
if(!(validate2(data1.include, {instancePath:instancePath+"/watch/" + i0+"/include",parentData:data1,parentDataProperty:"include",rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
if(data1.path !== undefined){
let data4 = data1.path;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/watch/" + i0+"/path",schemaPath:"#/properties/watch/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.watch.items.properties.path.type,parentSchema:schema5.properties.watch.items.properties.path,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.action !== undefined){
let data5 = data1.action;
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(typeof data5 === "string"){
if(!pattern6.test(data5.replaceAll("$$", ""))){
const err6 = {instancePath:instancePath+"/watch/" + i0+"/action",schemaPath:"#/properties/watch/items/properties/action/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema5.properties.watch.items.properties.action.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/watch/" + i0+"/action",schemaPath:"#/properties/watch/items/properties/action/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.watch.items.properties.action.anyOf[0].type,parentSchema:schema5.properties.watch.items.properties.action.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs15 = errors;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/watch/" + i0+"/action",schemaPath:"#/properties/watch/items/properties/action/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.watch.items.properties.action.anyOf[1].type,parentSchema:schema5.properties.watch.items.properties.action.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((((data5 === "rebuild") || (data5 === "sync")) || (data5 === "restart")) || (data5 === "sync+restart")) || (data5 === "sync+exec"))){
const err9 = {instancePath:instancePath+"/watch/" + i0+"/action",schemaPath:"#/properties/watch/items/properties/action/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema5.properties.watch.items.properties.action.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema5.properties.watch.items.properties.action.anyOf[1].enum,parentSchema:schema5.properties.watch.items.properties.action.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err10 = {instancePath:instancePath+"/watch/" + i0+"/action",schemaPath:"#/properties/watch/items/properties/action/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema5.properties.watch.items.properties.action.anyOf,parentSchema:schema5.properties.watch.items.properties.action,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data1.target !== undefined){
let data6 = data1.target;
if(typeof data6 !== "string"){
const err11 = {instancePath:instancePath+"/watch/" + i0+"/target",schemaPath:"#/properties/watch/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.watch.items.properties.target.type,parentSchema:schema5.properties.watch.items.properties.target,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.exec !== undefined){
if(!(validate10(data1.exec, {instancePath:instancePath+"/watch/" + i0+"/exec",parentData:data1,parentDataProperty:"exec",rootData}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/watch/" + i0,schemaPath:"#/properties/watch/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.properties.watch.items.type,parentSchema:schema5.properties.watch.items,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/watch",schemaPath:"#/properties/watch/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema5.properties.watch.type,parentSchema:schema5.properties.watch,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
validate7.errors = vErrors;
return errors === 0;
}

const schema9 = {"type":["object","null"],"description":"Deployment configuration for the service.","properties":{"mode":{"type":"string","description":"Deployment mode for the service: 'replicated' (default) or 'global'."},"endpoint_mode":{"type":"string","description":"Endpoint mode for the service: 'vip' (default) or 'dnsrr'."},"replicas":{"type":["integer","string"],"description":"Number of replicas of the service container to run."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the service."},"rollback_config":{"type":"object","description":"Configuration for rolling back a service update.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously."},"delay":{"type":"string","description":"The time to wait between each container group's rollback (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if a rollback fails: 'continue', 'pause'."},"monitor":{"type":"string","description":"Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during a rollback."},"order":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during rollbacks: 'stop-first' (default) or 'start-first'."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"update_config":{"type":"object","description":"Configuration for updating a service.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to update at a time."},"delay":{"type":"string","description":"The time to wait between updating a group of containers (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if an update fails: 'continue', 'pause', 'rollback'."},"monitor":{"type":"string","description":"Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during an update (0 to 1)."},"order":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during updates: 'stop-first' (default) or 'start-first'."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"resources":{"type":"object","description":"Resource constraints and reservations for the service.","properties":{"limits":{"type":"object","description":"Resource limits for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Limit for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"pids":{"type":["integer","string"],"description":"Maximum number of PIDs available to the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"reservations":{"type":"object","description":"Resource reservations for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Reservation for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"generic_resources":{"$ref":"#/definitions/generic_resources","description":"User-defined resources to reserve."},"devices":{"$ref":"#/definitions/devices","description":"Device reservations for the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"restart_policy":{"type":"object","description":"Restart policy for the service containers.","properties":{"condition":{"type":"string","description":"Condition for restarting the container: 'none', 'on-failure', 'any'."},"delay":{"type":"string","description":"Delay between restart attempts (e.g., '1s', '1m30s')."},"max_attempts":{"type":["integer","string"],"description":"Maximum number of restart attempts before giving up."},"window":{"type":"string","description":"Time window used to evaluate the restart policy (e.g., '1s', '1m30s')."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"placement":{"type":"object","description":"Constraints and preferences for the platform to select a physical node to run service containers","properties":{"constraints":{"type":"array","items":{"type":"string"},"description":"Placement constraints for the service (e.g., 'node.role==manager')."},"preferences":{"type":"array","description":"Placement preferences for the service.","items":{"type":"object","properties":{"spread":{"type":"string","description":"Spread tasks evenly across values of the specified node label."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"max_replicas_per_node":{"type":["integer","string"],"description":"Maximum number of replicas of the service."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}};
const schema11 = {"type":"array","description":"User-defined resources for services, allowing services to reserve specialized hardware resources.","items":{"type":"object","properties":{"discrete_resource_spec":{"type":"object","description":"Specification for discrete (countable) resources.","properties":{"kind":{"type":"string","description":"Type of resource (e.g., 'GPU', 'FPGA', 'SSD')."},"value":{"type":["number","string"],"description":"Number of resources of this kind to reserve."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}};
const schema12 = {"type":"array","description":"Device reservations for containers, allowing services to access specific hardware devices.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of devices of this type to reserve."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific device IDs to reserve."},"driver":{"type":"string","description":"Device driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the device."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["capabilities"]}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.capabilities === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "capabilities"},message:"must have required property '"+"capabilities"+"'",schema:schema12.items.required,parentSchema:schema12.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data0){
if(!((((((key0 === "capabilities") || (key0 === "count")) || (key0 === "device_ids")) || (key0 === "driver")) || (key0 === "options")) || (pattern0.test(key0)))){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.capabilities !== undefined){
let data1 = data0.capabilities;
if(Array.isArray(data1)){
const len1 = data1.length;
for(let i1=0; i1<len1; i1++){
let data2 = data1[i1];
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/" + i0+"/capabilities/" + i1,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.items.type,parentSchema:schema3.items,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i2 = data1.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data1[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err3 = {instancePath:instancePath+"/" + i0+"/capabilities",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema3,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err4 = {instancePath:instancePath+"/" + i0+"/capabilities",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.type,parentSchema:schema3,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.count !== undefined){
let data3 = data0.count;
if((typeof data3 !== "string") && (!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))))){
const err5 = {instancePath:instancePath+"/" + i0+"/count",schemaPath:"#/items/properties/count/type",keyword:"type",params:{type: schema12.items.properties.count.type},message:"must be string,integer",schema:schema12.items.properties.count.type,parentSchema:schema12.items.properties.count,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.device_ids !== undefined){
let data4 = data0.device_ids;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i3=0; i3<len2; i3++){
let data5 = data4[i3];
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/" + i0+"/device_ids/" + i3,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.items.type,parentSchema:schema3.items,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i4 = data4.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data4[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err7 = {instancePath:instancePath+"/" + i0+"/device_ids",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema3,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err8 = {instancePath:instancePath+"/" + i0+"/device_ids",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.type,parentSchema:schema3,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.driver !== undefined){
let data6 = data0.driver;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/" + i0+"/driver",schemaPath:"#/items/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.items.properties.driver.type,parentSchema:schema12.items.properties.driver,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.options !== undefined){
let data7 = data0.options;
const _errs20 = errors;
let valid12 = false;
let passing0 = null;
const _errs21 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!(pattern8.test(key1))){
const err10 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data7){
if(pattern8.test(key2)){
let data8 = data7[key2];
if((((typeof data8 !== "string") && (!(typeof data8 == "number"))) && (typeof data8 !== "boolean")) && (data8 !== null)){
const err11 = {instancePath:instancePath+"/" + i0+"/options/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs21 === errors;
if(_valid0){
valid12 = true;
passing0 = 0;
}
const _errs26 = errors;
if(Array.isArray(data7)){
const len3 = data7.length;
for(let i5=0; i5<len3; i5++){
let data9 = data7[i5];
if(typeof data9 !== "string"){
const err13 = {instancePath:instancePath+"/" + i0+"/options/" + i5,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let i6 = data7.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data7[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err14 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break;
}
indices2[item2] = i6;
}
}
}
else {
const err15 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs26 === errors;
if(_valid0 && valid12){
valid12 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid12 = true;
passing0 = 1;
}
}
if(!valid12){
const err16 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.items.type,parentSchema:schema12.items,data:data0};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema9.type},message:"must be object,null",schema:schema9.type,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((func0.call(schema9.properties, key0)) || (pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.mode !== undefined){
let data0 = data.mode;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.mode.type,parentSchema:schema9.properties.mode,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.endpoint_mode !== undefined){
let data1 = data.endpoint_mode;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/endpoint_mode",schemaPath:"#/properties/endpoint_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.endpoint_mode.type,parentSchema:schema9.properties.endpoint_mode,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.replicas !== undefined){
let data2 = data.replicas;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (typeof data2 !== "string")){
const err4 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/type",keyword:"type",params:{type: schema9.properties.replicas.type},message:"must be integer,string",schema:schema9.properties.replicas.type,parentSchema:schema9.properties.replicas,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.labels !== undefined){
let data3 = data.labels;
const _errs10 = errors;
let valid2 = false;
let passing0 = null;
const _errs11 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(pattern8.test(key1))){
const err5 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key2 in data3){
if(pattern8.test(key2)){
let data4 = data3[key2];
if((((typeof data4 !== "string") && (!(typeof data4 == "number"))) && (typeof data4 !== "boolean")) && (data4 !== null)){
const err6 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs16 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data5 = data3[i0];
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/labels/" + i0,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err9 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err10 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs16 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err11 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.rollback_config !== undefined){
let data6 = data.rollback_config;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(!(((((((key3 === "parallelism") || (key3 === "delay")) || (key3 === "failure_action")) || (key3 === "monitor")) || (key3 === "max_failure_ratio")) || (key3 === "order")) || (pattern0.test(key3)))){
const err12 = {instancePath:instancePath+"/rollback_config",schemaPath:"#/properties/rollback_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.rollback_config,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.parallelism !== undefined){
let data7 = data6.parallelism;
if((!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))) && (typeof data7 !== "string")){
const err13 = {instancePath:instancePath+"/rollback_config/parallelism",schemaPath:"#/properties/rollback_config/properties/parallelism/type",keyword:"type",params:{type: schema9.properties.rollback_config.properties.parallelism.type},message:"must be integer,string",schema:schema9.properties.rollback_config.properties.parallelism.type,parentSchema:schema9.properties.rollback_config.properties.parallelism,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.delay !== undefined){
let data8 = data6.delay;
if(typeof data8 !== "string"){
const err14 = {instancePath:instancePath+"/rollback_config/delay",schemaPath:"#/properties/rollback_config/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.rollback_config.properties.delay.type,parentSchema:schema9.properties.rollback_config.properties.delay,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.failure_action !== undefined){
let data9 = data6.failure_action;
if(typeof data9 !== "string"){
const err15 = {instancePath:instancePath+"/rollback_config/failure_action",schemaPath:"#/properties/rollback_config/properties/failure_action/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.rollback_config.properties.failure_action.type,parentSchema:schema9.properties.rollback_config.properties.failure_action,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.monitor !== undefined){
let data10 = data6.monitor;
if(typeof data10 !== "string"){
const err16 = {instancePath:instancePath+"/rollback_config/monitor",schemaPath:"#/properties/rollback_config/properties/monitor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.rollback_config.properties.monitor.type,parentSchema:schema9.properties.rollback_config.properties.monitor,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.max_failure_ratio !== undefined){
let data11 = data6.max_failure_ratio;
if((!(typeof data11 == "number")) && (typeof data11 !== "string")){
const err17 = {instancePath:instancePath+"/rollback_config/max_failure_ratio",schemaPath:"#/properties/rollback_config/properties/max_failure_ratio/type",keyword:"type",params:{type: schema9.properties.rollback_config.properties.max_failure_ratio.type},message:"must be number,string",schema:schema9.properties.rollback_config.properties.max_failure_ratio.type,parentSchema:schema9.properties.rollback_config.properties.max_failure_ratio,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.order !== undefined){
let data12 = data6.order;
const _errs34 = errors;
let valid8 = false;
const _errs35 = errors;
if(typeof data12 === "string"){
if(!pattern6.test(data12.replaceAll("$$", ""))){
const err18 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema9.properties.rollback_config.properties.order.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.rollback_config.properties.order.anyOf[0].type,parentSchema:schema9.properties.rollback_config.properties.order.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs35 === errors;
valid8 = valid8 || _valid1;
if(!valid8){
const _errs37 = errors;
if(typeof data12 !== "string"){
const err20 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.rollback_config.properties.order.anyOf[1].type,parentSchema:schema9.properties.rollback_config.properties.order.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((data12 === "start-first") || (data12 === "stop-first"))){
const err21 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema9.properties.rollback_config.properties.order.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema9.properties.rollback_config.properties.order.anyOf[1].enum,parentSchema:schema9.properties.rollback_config.properties.order.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs37 === errors;
valid8 = valid8 || _valid1;
}
if(!valid8){
const err22 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema9.properties.rollback_config.properties.order.anyOf,parentSchema:schema9.properties.rollback_config.properties.order,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err23 = {instancePath:instancePath+"/rollback_config",schemaPath:"#/properties/rollback_config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.rollback_config.type,parentSchema:schema9.properties.rollback_config,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.update_config !== undefined){
let data13 = data.update_config;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key4 in data13){
if(!(((((((key4 === "parallelism") || (key4 === "delay")) || (key4 === "failure_action")) || (key4 === "monitor")) || (key4 === "max_failure_ratio")) || (key4 === "order")) || (pattern0.test(key4)))){
const err24 = {instancePath:instancePath+"/update_config",schemaPath:"#/properties/update_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.update_config,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data13.parallelism !== undefined){
let data14 = data13.parallelism;
if((!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) && (typeof data14 !== "string")){
const err25 = {instancePath:instancePath+"/update_config/parallelism",schemaPath:"#/properties/update_config/properties/parallelism/type",keyword:"type",params:{type: schema9.properties.update_config.properties.parallelism.type},message:"must be integer,string",schema:schema9.properties.update_config.properties.parallelism.type,parentSchema:schema9.properties.update_config.properties.parallelism,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data13.delay !== undefined){
let data15 = data13.delay;
if(typeof data15 !== "string"){
const err26 = {instancePath:instancePath+"/update_config/delay",schemaPath:"#/properties/update_config/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.update_config.properties.delay.type,parentSchema:schema9.properties.update_config.properties.delay,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data13.failure_action !== undefined){
let data16 = data13.failure_action;
if(typeof data16 !== "string"){
const err27 = {instancePath:instancePath+"/update_config/failure_action",schemaPath:"#/properties/update_config/properties/failure_action/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.update_config.properties.failure_action.type,parentSchema:schema9.properties.update_config.properties.failure_action,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data13.monitor !== undefined){
let data17 = data13.monitor;
if(typeof data17 !== "string"){
const err28 = {instancePath:instancePath+"/update_config/monitor",schemaPath:"#/properties/update_config/properties/monitor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.update_config.properties.monitor.type,parentSchema:schema9.properties.update_config.properties.monitor,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data13.max_failure_ratio !== undefined){
let data18 = data13.max_failure_ratio;
if((!(typeof data18 == "number")) && (typeof data18 !== "string")){
const err29 = {instancePath:instancePath+"/update_config/max_failure_ratio",schemaPath:"#/properties/update_config/properties/max_failure_ratio/type",keyword:"type",params:{type: schema9.properties.update_config.properties.max_failure_ratio.type},message:"must be number,string",schema:schema9.properties.update_config.properties.max_failure_ratio.type,parentSchema:schema9.properties.update_config.properties.max_failure_ratio,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data13.order !== undefined){
let data19 = data13.order;
const _errs53 = errors;
let valid10 = false;
const _errs54 = errors;
if(typeof data19 === "string"){
if(!pattern6.test(data19.replaceAll("$$", ""))){
const err30 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema9.properties.update_config.properties.order.anyOf[0],data:data19};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.update_config.properties.order.anyOf[0].type,parentSchema:schema9.properties.update_config.properties.order.anyOf[0],data:data19};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid2 = _errs54 === errors;
valid10 = valid10 || _valid2;
if(!valid10){
const _errs56 = errors;
if(typeof data19 !== "string"){
const err32 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.update_config.properties.order.anyOf[1].type,parentSchema:schema9.properties.update_config.properties.order.anyOf[1],data:data19};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((data19 === "start-first") || (data19 === "stop-first"))){
const err33 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema9.properties.update_config.properties.order.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema9.properties.update_config.properties.order.anyOf[1].enum,parentSchema:schema9.properties.update_config.properties.order.anyOf[1],data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid2 = _errs56 === errors;
valid10 = valid10 || _valid2;
}
if(!valid10){
const err34 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema9.properties.update_config.properties.order.anyOf,parentSchema:schema9.properties.update_config.properties.order,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err35 = {instancePath:instancePath+"/update_config",schemaPath:"#/properties/update_config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.update_config.type,parentSchema:schema9.properties.update_config,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.resources !== undefined){
let data20 = data.resources;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key5 in data20){
if(!(((key5 === "limits") || (key5 === "reservations")) || (pattern0.test(key5)))){
const err36 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.resources,data:data20};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data20.limits !== undefined){
let data21 = data20.limits;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key6 in data21){
if(!((((key6 === "cpus") || (key6 === "memory")) || (key6 === "pids")) || (pattern0.test(key6)))){
const err37 = {instancePath:instancePath+"/resources/limits",schemaPath:"#/properties/resources/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.resources.properties.limits,data:data21};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data21.cpus !== undefined){
let data22 = data21.cpus;
if((!(typeof data22 == "number")) && (typeof data22 !== "string")){
const err38 = {instancePath:instancePath+"/resources/limits/cpus",schemaPath:"#/properties/resources/properties/limits/properties/cpus/type",keyword:"type",params:{type: schema9.properties.resources.properties.limits.properties.cpus.type},message:"must be number,string",schema:schema9.properties.resources.properties.limits.properties.cpus.type,parentSchema:schema9.properties.resources.properties.limits.properties.cpus,data:data22};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data21.memory !== undefined){
let data23 = data21.memory;
if(typeof data23 !== "string"){
const err39 = {instancePath:instancePath+"/resources/limits/memory",schemaPath:"#/properties/resources/properties/limits/properties/memory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.resources.properties.limits.properties.memory.type,parentSchema:schema9.properties.resources.properties.limits.properties.memory,data:data23};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data21.pids !== undefined){
let data24 = data21.pids;
if((!((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24)))) && (typeof data24 !== "string")){
const err40 = {instancePath:instancePath+"/resources/limits/pids",schemaPath:"#/properties/resources/properties/limits/properties/pids/type",keyword:"type",params:{type: schema9.properties.resources.properties.limits.properties.pids.type},message:"must be integer,string",schema:schema9.properties.resources.properties.limits.properties.pids.type,parentSchema:schema9.properties.resources.properties.limits.properties.pids,data:data24};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/resources/limits",schemaPath:"#/properties/resources/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.resources.properties.limits.type,parentSchema:schema9.properties.resources.properties.limits,data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data20.reservations !== undefined){
let data25 = data20.reservations;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key7 in data25){
if(!(((((key7 === "cpus") || (key7 === "memory")) || (key7 === "generic_resources")) || (key7 === "devices")) || (pattern0.test(key7)))){
const err42 = {instancePath:instancePath+"/resources/reservations",schemaPath:"#/properties/resources/properties/reservations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.resources.properties.reservations,data:data25};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data25.cpus !== undefined){
let data26 = data25.cpus;
if((!(typeof data26 == "number")) && (typeof data26 !== "string")){
const err43 = {instancePath:instancePath+"/resources/reservations/cpus",schemaPath:"#/properties/resources/properties/reservations/properties/cpus/type",keyword:"type",params:{type: schema9.properties.resources.properties.reservations.properties.cpus.type},message:"must be number,string",schema:schema9.properties.resources.properties.reservations.properties.cpus.type,parentSchema:schema9.properties.resources.properties.reservations.properties.cpus,data:data26};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data25.memory !== undefined){
let data27 = data25.memory;
if(typeof data27 !== "string"){
const err44 = {instancePath:instancePath+"/resources/reservations/memory",schemaPath:"#/properties/resources/properties/reservations/properties/memory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.resources.properties.reservations.properties.memory.type,parentSchema:schema9.properties.resources.properties.reservations.properties.memory,data:data27};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data25.generic_resources !== undefined){
let data28 = data25.generic_resources;
if(Array.isArray(data28)){
const len1 = data28.length;
for(let i2=0; i2<len1; i2++){
let data29 = data28[i2];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key8 in data29){
if(!((key8 === "discrete_resource_spec") || (pattern0.test(key8)))){
const err45 = {instancePath:instancePath+"/resources/reservations/generic_resources/" + i2,schemaPath:"#/definitions/generic_resources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.items,data:data29};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data29.discrete_resource_spec !== undefined){
let data30 = data29.discrete_resource_spec;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key9 in data30){
if(!(((key9 === "kind") || (key9 === "value")) || (pattern0.test(key9)))){
const err46 = {instancePath:instancePath+"/resources/reservations/generic_resources/" + i2+"/discrete_resource_spec",schemaPath:"#/definitions/generic_resources/items/properties/discrete_resource_spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.items.properties.discrete_resource_spec,data:data30};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data30.kind !== undefined){
let data31 = data30.kind;
if(typeof data31 !== "string"){
const err47 = {instancePath:instancePath+"/resources/reservations/generic_resources/" + i2+"/discrete_resource_spec/kind",schemaPath:"#/definitions/generic_resources/items/properties/discrete_resource_spec/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.items.properties.discrete_resource_spec.properties.kind.type,parentSchema:schema11.items.properties.discrete_resource_spec.properties.kind,data:data31};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data30.value !== undefined){
let data32 = data30.value;
if((!(typeof data32 == "number")) && (typeof data32 !== "string")){
const err48 = {instancePath:instancePath+"/resources/reservations/generic_resources/" + i2+"/discrete_resource_spec/value",schemaPath:"#/definitions/generic_resources/items/properties/discrete_resource_spec/properties/value/type",keyword:"type",params:{type: schema11.items.properties.discrete_resource_spec.properties.value.type},message:"must be number,string",schema:schema11.items.properties.discrete_resource_spec.properties.value.type,parentSchema:schema11.items.properties.discrete_resource_spec.properties.value,data:data32};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/resources/reservations/generic_resources/" + i2+"/discrete_resource_spec",schemaPath:"#/definitions/generic_resources/items/properties/discrete_resource_spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.items.properties.discrete_resource_spec.type,parentSchema:schema11.items.properties.discrete_resource_spec,data:data30};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/resources/reservations/generic_resources/" + i2,schemaPath:"#/definitions/generic_resources/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.items.type,parentSchema:schema11.items,data:data29};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/resources/reservations/generic_resources",schemaPath:"#/definitions/generic_resources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.type,parentSchema:schema11,data:data28};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data25.devices !== undefined){
if(!(validate14(data25.devices, {instancePath:instancePath+"/resources/reservations/devices",parentData:data25,parentDataProperty:"devices",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err52 = {instancePath:instancePath+"/resources/reservations",schemaPath:"#/properties/resources/properties/reservations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.resources.properties.reservations.type,parentSchema:schema9.properties.resources.properties.reservations,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.resources.type,parentSchema:schema9.properties.resources,data:data20};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.restart_policy !== undefined){
let data34 = data.restart_policy;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key10 in data34){
if(!(((((key10 === "condition") || (key10 === "delay")) || (key10 === "max_attempts")) || (key10 === "window")) || (pattern0.test(key10)))){
const err54 = {instancePath:instancePath+"/restart_policy",schemaPath:"#/properties/restart_policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.restart_policy,data:data34};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data34.condition !== undefined){
let data35 = data34.condition;
if(typeof data35 !== "string"){
const err55 = {instancePath:instancePath+"/restart_policy/condition",schemaPath:"#/properties/restart_policy/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.restart_policy.properties.condition.type,parentSchema:schema9.properties.restart_policy.properties.condition,data:data35};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data34.delay !== undefined){
let data36 = data34.delay;
if(typeof data36 !== "string"){
const err56 = {instancePath:instancePath+"/restart_policy/delay",schemaPath:"#/properties/restart_policy/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.restart_policy.properties.delay.type,parentSchema:schema9.properties.restart_policy.properties.delay,data:data36};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data34.max_attempts !== undefined){
let data37 = data34.max_attempts;
if((!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))) && (typeof data37 !== "string")){
const err57 = {instancePath:instancePath+"/restart_policy/max_attempts",schemaPath:"#/properties/restart_policy/properties/max_attempts/type",keyword:"type",params:{type: schema9.properties.restart_policy.properties.max_attempts.type},message:"must be integer,string",schema:schema9.properties.restart_policy.properties.max_attempts.type,parentSchema:schema9.properties.restart_policy.properties.max_attempts,data:data37};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data34.window !== undefined){
let data38 = data34.window;
if(typeof data38 !== "string"){
const err58 = {instancePath:instancePath+"/restart_policy/window",schemaPath:"#/properties/restart_policy/properties/window/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.restart_policy.properties.window.type,parentSchema:schema9.properties.restart_policy.properties.window,data:data38};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/restart_policy",schemaPath:"#/properties/restart_policy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.restart_policy.type,parentSchema:schema9.properties.restart_policy,data:data34};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.placement !== undefined){
let data39 = data.placement;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key11 in data39){
if(!((((key11 === "constraints") || (key11 === "preferences")) || (key11 === "max_replicas_per_node")) || (pattern0.test(key11)))){
const err60 = {instancePath:instancePath+"/placement",schemaPath:"#/properties/placement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.placement,data:data39};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data39.constraints !== undefined){
let data40 = data39.constraints;
if(Array.isArray(data40)){
const len2 = data40.length;
for(let i3=0; i3<len2; i3++){
let data41 = data40[i3];
if(typeof data41 !== "string"){
const err61 = {instancePath:instancePath+"/placement/constraints/" + i3,schemaPath:"#/properties/placement/properties/constraints/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.placement.properties.constraints.items.type,parentSchema:schema9.properties.placement.properties.constraints.items,data:data41};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/placement/constraints",schemaPath:"#/properties/placement/properties/constraints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.placement.properties.constraints.type,parentSchema:schema9.properties.placement.properties.constraints,data:data40};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data39.preferences !== undefined){
let data42 = data39.preferences;
if(Array.isArray(data42)){
const len3 = data42.length;
for(let i4=0; i4<len3; i4++){
let data43 = data42[i4];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
for(const key12 in data43){
if(!((key12 === "spread") || (pattern0.test(key12)))){
const err63 = {instancePath:instancePath+"/placement/preferences/" + i4,schemaPath:"#/properties/placement/properties/preferences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.placement.properties.preferences.items,data:data43};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data43.spread !== undefined){
let data44 = data43.spread;
if(typeof data44 !== "string"){
const err64 = {instancePath:instancePath+"/placement/preferences/" + i4+"/spread",schemaPath:"#/properties/placement/properties/preferences/items/properties/spread/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.placement.properties.preferences.items.properties.spread.type,parentSchema:schema9.properties.placement.properties.preferences.items.properties.spread,data:data44};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/placement/preferences/" + i4,schemaPath:"#/properties/placement/properties/preferences/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.placement.properties.preferences.items.type,parentSchema:schema9.properties.placement.properties.preferences.items,data:data43};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/placement/preferences",schemaPath:"#/properties/placement/properties/preferences/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.placement.properties.preferences.type,parentSchema:schema9.properties.placement.properties.preferences,data:data42};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data39.max_replicas_per_node !== undefined){
let data45 = data39.max_replicas_per_node;
if((!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))) && (typeof data45 !== "string")){
const err67 = {instancePath:instancePath+"/placement/max_replicas_per_node",schemaPath:"#/properties/placement/properties/max_replicas_per_node/type",keyword:"type",params:{type: schema9.properties.placement.properties.max_replicas_per_node.type},message:"must be integer,string",schema:schema9.properties.placement.properties.max_replicas_per_node.type,parentSchema:schema9.properties.placement.properties.max_replicas_per_node,data:data45};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/placement",schemaPath:"#/properties/placement/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.placement.type,parentSchema:schema9.properties.placement,data:data39};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
validate13.errors = vErrors;
return errors === 0;
}

const schema38 = {"oneOf":[{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["all"],"description":"Use all available GPUs."}]},{"type":"array","description":"List of specific GPU devices to use.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the GPU needs to have (e.g., 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of GPUs to use."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific GPU device IDs to use."},"driver":{"type":"string","description":"GPU driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the GPU."}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(typeof data === "string"){
if(!pattern6.test(data.replaceAll("$$", ""))){
const err0 = {instancePath,schemaPath:"#/oneOf/0/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema38.oneOf[0].anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/oneOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.oneOf[0].anyOf[0].type,parentSchema:schema38.oneOf[0].anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid1 = _errs3 === errors;
valid1 = valid1 || _valid1;
if(!valid1){
const _errs5 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/oneOf/0/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.oneOf[0].anyOf[1].type,parentSchema:schema38.oneOf[0].anyOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data === "all")){
const err3 = {instancePath,schemaPath:"#/oneOf/0/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema38.oneOf[0].anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema38.oneOf[0].anyOf[1].enum,parentSchema:schema38.oneOf[0].anyOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs5 === errors;
valid1 = valid1 || _valid1;
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/oneOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema38.oneOf[0].anyOf,parentSchema:schema38.oneOf[0],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs7 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.capabilities !== undefined){
let data1 = data0.capabilities;
if(Array.isArray(data1)){
const len1 = data1.length;
for(let i1=0; i1<len1; i1++){
let data2 = data1[i1];
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/" + i0+"/capabilities/" + i1,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.items.type,parentSchema:schema3.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
let i2 = data1.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data1[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err6 = {instancePath:instancePath+"/" + i0+"/capabilities",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema3,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err7 = {instancePath:instancePath+"/" + i0+"/capabilities",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.type,parentSchema:schema3,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.count !== undefined){
let data3 = data0.count;
if((typeof data3 !== "string") && (!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))))){
const err8 = {instancePath:instancePath+"/" + i0+"/count",schemaPath:"#/oneOf/1/items/properties/count/type",keyword:"type",params:{type: schema38.oneOf[1].items.properties.count.type},message:"must be string,integer",schema:schema38.oneOf[1].items.properties.count.type,parentSchema:schema38.oneOf[1].items.properties.count,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.device_ids !== undefined){
let data4 = data0.device_ids;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i3=0; i3<len2; i3++){
let data5 = data4[i3];
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/" + i0+"/device_ids/" + i3,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.items.type,parentSchema:schema3.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i4 = data4.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data4[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err10 = {instancePath:instancePath+"/" + i0+"/device_ids",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema3,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err11 = {instancePath:instancePath+"/" + i0+"/device_ids",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.type,parentSchema:schema3,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.driver !== undefined){
let data6 = data0.driver;
if(typeof data6 !== "string"){
const err12 = {instancePath:instancePath+"/" + i0+"/driver",schemaPath:"#/oneOf/1/items/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.oneOf[1].items.properties.driver.type,parentSchema:schema38.oneOf[1].items.properties.driver,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.options !== undefined){
let data7 = data0.options;
const _errs27 = errors;
let valid14 = false;
let passing1 = null;
const _errs28 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
if(!(pattern8.test(key0))){
const err13 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key1 in data7){
if(pattern8.test(key1)){
let data8 = data7[key1];
if((((typeof data8 !== "string") && (!(typeof data8 == "number"))) && (typeof data8 !== "boolean")) && (data8 !== null)){
const err14 = {instancePath:instancePath+"/" + i0+"/options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid2 = _errs28 === errors;
if(_valid2){
valid14 = true;
passing1 = 0;
}
const _errs33 = errors;
if(Array.isArray(data7)){
const len3 = data7.length;
for(let i5=0; i5<len3; i5++){
let data9 = data7[i5];
if(typeof data9 !== "string"){
const err16 = {instancePath:instancePath+"/" + i0+"/options/" + i5,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let i6 = data7.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data7[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err17 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break;
}
indices2[item2] = i6;
}
}
}
else {
const err18 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs33 === errors;
if(_valid2 && valid14){
valid14 = false;
passing1 = [passing1, 1];
}
else {
if(_valid2){
valid14 = true;
passing1 = 1;
}
}
if(!valid14){
const err19 = {instancePath:instancePath+"/" + i0+"/options",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.oneOf[1].items.type,parentSchema:schema38.oneOf[1].items,data:data0};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.oneOf[1].type,parentSchema:schema38.oneOf[1],data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key2 in data){
if(!(pattern0.test(key2))){
const err22 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema38.oneOf[1],data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err23 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema38.oneOf,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate19.errors = vErrors;
return errors === 0;
}


function validate6(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((func0.call(schema4.properties, key0)) || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.develop !== undefined){
if(!(validate7(data.develop, {instancePath:instancePath+"/develop",parentData:data,parentDataProperty:"develop",rootData}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
}
if(data.deploy !== undefined){
if(!(validate13(data.deploy, {instancePath:instancePath+"/deploy",parentData:data,parentDataProperty:"deploy",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data.annotations !== undefined){
let data2 = data.annotations;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(pattern8.test(key1))){
const err1 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key2 in data2){
if(pattern8.test(key2)){
let data3 = data2[key2];
if((((typeof data3 !== "string") && (!(typeof data3 == "number"))) && (typeof data3 !== "boolean")) && (data3 !== null)){
const err2 = {instancePath:instancePath+"/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
else {
const err3 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs12 = errors;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data4 = data2[i0];
if(typeof data4 !== "string"){
const err4 = {instancePath:instancePath+"/annotations/" + i0,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err5 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err6 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err7 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.attach !== undefined){
let data5 = data.attach;
if((typeof data5 !== "boolean") && (typeof data5 !== "string")){
const err8 = {instancePath:instancePath+"/attach",schemaPath:"#/properties/attach/type",keyword:"type",params:{type: schema4.properties.attach.type},message:"must be boolean,string",schema:schema4.properties.attach.type,parentSchema:schema4.properties.attach,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.build !== undefined){
let data6 = data.build;
const _errs19 = errors;
let valid7 = false;
let passing1 = null;
const _errs20 = errors;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[0].type,parentSchema:schema4.properties.build.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs20 === errors;
if(_valid1){
valid7 = true;
passing1 = 0;
}
const _errs22 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(!((func0.call(schema4.properties.build.oneOf[1].properties, key3)) || (pattern0.test(key3)))){
const err10 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.build.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.context !== undefined){
let data7 = data6.context;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/build/context",schemaPath:"#/properties/build/oneOf/1/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.context.type,parentSchema:schema4.properties.build.oneOf[1].properties.context,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.dockerfile !== undefined){
let data8 = data6.dockerfile;
if(typeof data8 !== "string"){
const err12 = {instancePath:instancePath+"/build/dockerfile",schemaPath:"#/properties/build/oneOf/1/properties/dockerfile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.dockerfile.type,parentSchema:schema4.properties.build.oneOf[1].properties.dockerfile,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.dockerfile_inline !== undefined){
let data9 = data6.dockerfile_inline;
if(typeof data9 !== "string"){
const err13 = {instancePath:instancePath+"/build/dockerfile_inline",schemaPath:"#/properties/build/oneOf/1/properties/dockerfile_inline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.dockerfile_inline.type,parentSchema:schema4.properties.build.oneOf[1].properties.dockerfile_inline,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.entitlements !== undefined){
let data10 = data6.entitlements;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i2=0; i2<len1; i2++){
let data11 = data10[i2];
if(typeof data11 !== "string"){
const err14 = {instancePath:instancePath+"/build/entitlements/" + i2,schemaPath:"#/properties/build/oneOf/1/properties/entitlements/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.entitlements.items.type,parentSchema:schema4.properties.build.oneOf[1].properties.entitlements.items,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/build/entitlements",schemaPath:"#/properties/build/oneOf/1/properties/entitlements/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.build.oneOf[1].properties.entitlements.type,parentSchema:schema4.properties.build.oneOf[1].properties.entitlements,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.args !== undefined){
let data12 = data6.args;
const _errs37 = errors;
let valid12 = false;
let passing2 = null;
const _errs38 = errors;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key4 in data12){
if(!(pattern8.test(key4))){
const err16 = {instancePath:instancePath+"/build/args",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data12};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key5 in data12){
if(pattern8.test(key5)){
let data13 = data12[key5];
if((((typeof data13 !== "string") && (!(typeof data13 == "number"))) && (typeof data13 !== "boolean")) && (data13 !== null)){
const err17 = {instancePath:instancePath+"/build/args/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data13};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/build/args",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs38 === errors;
if(_valid2){
valid12 = true;
passing2 = 0;
}
const _errs43 = errors;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i3=0; i3<len2; i3++){
let data14 = data12[i3];
if(typeof data14 !== "string"){
const err19 = {instancePath:instancePath+"/build/args/" + i3,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data14};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let i4 = data12.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data12[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err20 = {instancePath:instancePath+"/build/args",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err21 = {instancePath:instancePath+"/build/args",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid2 = _errs43 === errors;
if(_valid2 && valid12){
valid12 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid12 = true;
passing2 = 1;
}
}
if(!valid12){
const err22 = {instancePath:instancePath+"/build/args",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
}
if(data6.ssh !== undefined){
let data15 = data6.ssh;
const _errs49 = errors;
let valid18 = false;
let passing3 = null;
const _errs50 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key6 in data15){
if(!(pattern8.test(key6))){
const err23 = {instancePath:instancePath+"/build/ssh",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key7 in data15){
if(pattern8.test(key7)){
let data16 = data15[key7];
if((((typeof data16 !== "string") && (!(typeof data16 == "number"))) && (typeof data16 !== "boolean")) && (data16 !== null)){
const err24 = {instancePath:instancePath+"/build/ssh/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/build/ssh",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid3 = _errs50 === errors;
if(_valid3){
valid18 = true;
passing3 = 0;
}
const _errs55 = errors;
if(Array.isArray(data15)){
const len3 = data15.length;
for(let i5=0; i5<len3; i5++){
let data17 = data15[i5];
if(typeof data17 !== "string"){
const err26 = {instancePath:instancePath+"/build/ssh/" + i5,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data17};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let i6 = data15.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data15[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err27 = {instancePath:instancePath+"/build/ssh",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
break;
}
indices2[item2] = i6;
}
}
}
else {
const err28 = {instancePath:instancePath+"/build/ssh",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid3 = _errs55 === errors;
if(_valid3 && valid18){
valid18 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid18 = true;
passing3 = 1;
}
}
if(!valid18){
const err29 = {instancePath:instancePath+"/build/ssh",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
}
if(data6.labels !== undefined){
let data18 = data6.labels;
const _errs61 = errors;
let valid24 = false;
let passing4 = null;
const _errs62 = errors;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key8 in data18){
if(!(pattern8.test(key8))){
const err30 = {instancePath:instancePath+"/build/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data18};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
for(const key9 in data18){
if(pattern8.test(key9)){
let data19 = data18[key9];
if((((typeof data19 !== "string") && (!(typeof data19 == "number"))) && (typeof data19 !== "boolean")) && (data19 !== null)){
const err31 = {instancePath:instancePath+"/build/labels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data19};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/build/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid4 = _errs62 === errors;
if(_valid4){
valid24 = true;
passing4 = 0;
}
const _errs67 = errors;
if(Array.isArray(data18)){
const len4 = data18.length;
for(let i7=0; i7<len4; i7++){
let data20 = data18[i7];
if(typeof data20 !== "string"){
const err33 = {instancePath:instancePath+"/build/labels/" + i7,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data20};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
let i8 = data18.length;
let j3;
if(i8 > 1){
const indices3 = {};
for(;i8--;){
let item3 = data18[i8];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err34 = {instancePath:instancePath+"/build/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i8+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data18};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
break;
}
indices3[item3] = i8;
}
}
}
else {
const err35 = {instancePath:instancePath+"/build/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid4 = _errs67 === errors;
if(_valid4 && valid24){
valid24 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid24 = true;
passing4 = 1;
}
}
if(!valid24){
const err36 = {instancePath:instancePath+"/build/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data18};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
}
}
if(data6.cache_from !== undefined){
let data21 = data6.cache_from;
if(Array.isArray(data21)){
const len5 = data21.length;
for(let i9=0; i9<len5; i9++){
let data22 = data21[i9];
if(typeof data22 !== "string"){
const err37 = {instancePath:instancePath+"/build/cache_from/" + i9,schemaPath:"#/properties/build/oneOf/1/properties/cache_from/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.cache_from.items.type,parentSchema:schema4.properties.build.oneOf[1].properties.cache_from.items,data:data22};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/build/cache_from",schemaPath:"#/properties/build/oneOf/1/properties/cache_from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.build.oneOf[1].properties.cache_from.type,parentSchema:schema4.properties.build.oneOf[1].properties.cache_from,data:data21};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data6.cache_to !== undefined){
let data23 = data6.cache_to;
if(Array.isArray(data23)){
const len6 = data23.length;
for(let i10=0; i10<len6; i10++){
let data24 = data23[i10];
if(typeof data24 !== "string"){
const err39 = {instancePath:instancePath+"/build/cache_to/" + i10,schemaPath:"#/properties/build/oneOf/1/properties/cache_to/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.cache_to.items.type,parentSchema:schema4.properties.build.oneOf[1].properties.cache_to.items,data:data24};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/build/cache_to",schemaPath:"#/properties/build/oneOf/1/properties/cache_to/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.build.oneOf[1].properties.cache_to.type,parentSchema:schema4.properties.build.oneOf[1].properties.cache_to,data:data23};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data6.no_cache !== undefined){
let data25 = data6.no_cache;
if((typeof data25 !== "boolean") && (typeof data25 !== "string")){
const err41 = {instancePath:instancePath+"/build/no_cache",schemaPath:"#/properties/build/oneOf/1/properties/no_cache/type",keyword:"type",params:{type: schema4.properties.build.oneOf[1].properties.no_cache.type},message:"must be boolean,string",schema:schema4.properties.build.oneOf[1].properties.no_cache.type,parentSchema:schema4.properties.build.oneOf[1].properties.no_cache,data:data25};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data6.additional_contexts !== undefined){
let data26 = data6.additional_contexts;
const _errs83 = errors;
let valid34 = false;
let passing5 = null;
const _errs84 = errors;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key10 in data26){
if(!(pattern8.test(key10))){
const err42 = {instancePath:instancePath+"/build/additional_contexts",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data26};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
for(const key11 in data26){
if(pattern8.test(key11)){
let data27 = data26[key11];
if((((typeof data27 !== "string") && (!(typeof data27 == "number"))) && (typeof data27 !== "boolean")) && (data27 !== null)){
const err43 = {instancePath:instancePath+"/build/additional_contexts/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data27};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
else {
const err44 = {instancePath:instancePath+"/build/additional_contexts",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data26};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid5 = _errs84 === errors;
if(_valid5){
valid34 = true;
passing5 = 0;
}
const _errs89 = errors;
if(Array.isArray(data26)){
const len7 = data26.length;
for(let i11=0; i11<len7; i11++){
let data28 = data26[i11];
if(typeof data28 !== "string"){
const err45 = {instancePath:instancePath+"/build/additional_contexts/" + i11,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data28};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
let i12 = data26.length;
let j4;
if(i12 > 1){
const indices4 = {};
for(;i12--;){
let item4 = data26[i12];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err46 = {instancePath:instancePath+"/build/additional_contexts",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i12+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data26};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
break;
}
indices4[item4] = i12;
}
}
}
else {
const err47 = {instancePath:instancePath+"/build/additional_contexts",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data26};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid5 = _errs89 === errors;
if(_valid5 && valid34){
valid34 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid34 = true;
passing5 = 1;
}
}
if(!valid34){
const err48 = {instancePath:instancePath+"/build/additional_contexts",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data26};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
else {
errors = _errs83;
if(vErrors !== null){
if(_errs83){
vErrors.length = _errs83;
}
else {
vErrors = null;
}
}
}
}
if(data6.network !== undefined){
let data29 = data6.network;
if(typeof data29 !== "string"){
const err49 = {instancePath:instancePath+"/build/network",schemaPath:"#/properties/build/oneOf/1/properties/network/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.network.type,parentSchema:schema4.properties.build.oneOf[1].properties.network,data:data29};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data6.pull !== undefined){
let data30 = data6.pull;
if((typeof data30 !== "boolean") && (typeof data30 !== "string")){
const err50 = {instancePath:instancePath+"/build/pull",schemaPath:"#/properties/build/oneOf/1/properties/pull/type",keyword:"type",params:{type: schema4.properties.build.oneOf[1].properties.pull.type},message:"must be boolean,string",schema:schema4.properties.build.oneOf[1].properties.pull.type,parentSchema:schema4.properties.build.oneOf[1].properties.pull,data:data30};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data6.target !== undefined){
let data31 = data6.target;
if(typeof data31 !== "string"){
const err51 = {instancePath:instancePath+"/build/target",schemaPath:"#/properties/build/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.target.type,parentSchema:schema4.properties.build.oneOf[1].properties.target,data:data31};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data6.shm_size !== undefined){
let data32 = data6.shm_size;
if((!((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32)))) && (typeof data32 !== "string")){
const err52 = {instancePath:instancePath+"/build/shm_size",schemaPath:"#/properties/build/oneOf/1/properties/shm_size/type",keyword:"type",params:{type: schema4.properties.build.oneOf[1].properties.shm_size.type},message:"must be integer,string",schema:schema4.properties.build.oneOf[1].properties.shm_size.type,parentSchema:schema4.properties.build.oneOf[1].properties.shm_size,data:data32};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data6.extra_hosts !== undefined){
let data33 = data6.extra_hosts;
const _errs103 = errors;
let valid40 = false;
let passing6 = null;
const _errs104 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key12 in data33){
if(!(pattern8.test(key12))){
const err53 = {instancePath:instancePath+"/build/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema21.oneOf[0],data:data33};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
for(const key13 in data33){
if(pattern8.test(key13)){
let data34 = data33[key13];
const _errs108 = errors;
let valid42 = false;
let passing7 = null;
const _errs109 = errors;
if(typeof data34 !== "string"){
const err54 = {instancePath:instancePath+"/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.oneOf[0].patternProperties[".+"].oneOf[0].type,parentSchema:schema21.oneOf[0].patternProperties[".+"].oneOf[0],data:data34};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid7 = _errs109 === errors;
if(_valid7){
valid42 = true;
passing7 = 0;
}
const _errs111 = errors;
if(Array.isArray(data34)){
const len8 = data34.length;
for(let i13=0; i13<len8; i13++){
let data35 = data34[i13];
if(typeof data35 !== "string"){
const err55 = {instancePath:instancePath+"/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i13,schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.oneOf[0].patternProperties[".+"].oneOf[1].items.type,parentSchema:schema21.oneOf[0].patternProperties[".+"].oneOf[1].items,data:data35};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.oneOf[0].patternProperties[".+"].oneOf[1].type,parentSchema:schema21.oneOf[0].patternProperties[".+"].oneOf[1],data:data34};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid7 = _errs111 === errors;
if(_valid7 && valid42){
valid42 = false;
passing7 = [passing7, 1];
}
else {
if(_valid7){
valid42 = true;
passing7 = 1;
}
}
if(!valid42){
const err57 = {instancePath:instancePath+"/build/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf",schema:schema21.oneOf[0].patternProperties[".+"].oneOf,parentSchema:schema21.oneOf[0].patternProperties[".+"],data:data34};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
else {
errors = _errs108;
if(vErrors !== null){
if(_errs108){
vErrors.length = _errs108;
}
else {
vErrors = null;
}
}
}
}
}
}
else {
const err58 = {instancePath:instancePath+"/build/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.oneOf[0].type,parentSchema:schema21.oneOf[0],data:data33};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid6 = _errs104 === errors;
if(_valid6){
valid40 = true;
passing6 = 0;
}
const _errs115 = errors;
if(Array.isArray(data33)){
const len9 = data33.length;
for(let i14=0; i14<len9; i14++){
let data36 = data33[i14];
if(typeof data36 !== "string"){
const err59 = {instancePath:instancePath+"/build/extra_hosts/" + i14,schemaPath:"#/definitions/extra_hosts/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.oneOf[1].items.type,parentSchema:schema21.oneOf[1].items,data:data36};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
let i15 = data33.length;
let j5;
if(i15 > 1){
const indices5 = {};
for(;i15--;){
let item5 = data33[i15];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err60 = {instancePath:instancePath+"/build/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i15+" are identical)",schema:true,parentSchema:schema21.oneOf[1],data:data33};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
break;
}
indices5[item5] = i15;
}
}
}
else {
const err61 = {instancePath:instancePath+"/build/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.oneOf[1].type,parentSchema:schema21.oneOf[1],data:data33};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid6 = _errs115 === errors;
if(_valid6 && valid40){
valid40 = false;
passing6 = [passing6, 1];
}
else {
if(_valid6){
valid40 = true;
passing6 = 1;
}
}
if(!valid40){
const err62 = {instancePath:instancePath+"/build/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf",schema:schema21.oneOf,parentSchema:schema21,data:data33};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
else {
errors = _errs103;
if(vErrors !== null){
if(_errs103){
vErrors.length = _errs103;
}
else {
vErrors = null;
}
}
}
}
if(data6.isolation !== undefined){
let data37 = data6.isolation;
if(typeof data37 !== "string"){
const err63 = {instancePath:instancePath+"/build/isolation",schemaPath:"#/properties/build/oneOf/1/properties/isolation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.isolation.type,parentSchema:schema4.properties.build.oneOf[1].properties.isolation,data:data37};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data6.privileged !== undefined){
let data38 = data6.privileged;
if((typeof data38 !== "boolean") && (typeof data38 !== "string")){
const err64 = {instancePath:instancePath+"/build/privileged",schemaPath:"#/properties/build/oneOf/1/properties/privileged/type",keyword:"type",params:{type: schema4.properties.build.oneOf[1].properties.privileged.type},message:"must be boolean,string",schema:schema4.properties.build.oneOf[1].properties.privileged.type,parentSchema:schema4.properties.build.oneOf[1].properties.privileged,data:data38};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data6.secrets !== undefined){
let data39 = data6.secrets;
if(Array.isArray(data39)){
const len10 = data39.length;
for(let i16=0; i16<len10; i16++){
let data40 = data39[i16];
const _errs127 = errors;
let valid51 = false;
let passing8 = null;
const _errs128 = errors;
if(typeof data40 !== "string"){
const err65 = {instancePath:instancePath+"/build/secrets/" + i16,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[0].type,parentSchema:schema22.items.oneOf[0],data:data40};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var _valid8 = _errs128 === errors;
if(_valid8){
valid51 = true;
passing8 = 0;
}
const _errs130 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key14 in data40){
if(!((((((key14 === "source") || (key14 === "target")) || (key14 === "uid")) || (key14 === "gid")) || (key14 === "mode")) || (pattern0.test(key14)))){
const err66 = {instancePath:instancePath+"/build/secrets/" + i16,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema22.items.oneOf[1],data:data40};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data40.source !== undefined){
let data41 = data40.source;
if(typeof data41 !== "string"){
const err67 = {instancePath:instancePath+"/build/secrets/" + i16+"/source",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[1].properties.source.type,parentSchema:schema22.items.oneOf[1].properties.source,data:data41};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data40.target !== undefined){
let data42 = data40.target;
if(typeof data42 !== "string"){
const err68 = {instancePath:instancePath+"/build/secrets/" + i16+"/target",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[1].properties.target.type,parentSchema:schema22.items.oneOf[1].properties.target,data:data42};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data40.uid !== undefined){
let data43 = data40.uid;
if(typeof data43 !== "string"){
const err69 = {instancePath:instancePath+"/build/secrets/" + i16+"/uid",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[1].properties.uid.type,parentSchema:schema22.items.oneOf[1].properties.uid,data:data43};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data40.gid !== undefined){
let data44 = data40.gid;
if(typeof data44 !== "string"){
const err70 = {instancePath:instancePath+"/build/secrets/" + i16+"/gid",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/gid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[1].properties.gid.type,parentSchema:schema22.items.oneOf[1].properties.gid,data:data44};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data40.mode !== undefined){
let data45 = data40.mode;
if((!(typeof data45 == "number")) && (typeof data45 !== "string")){
const err71 = {instancePath:instancePath+"/build/secrets/" + i16+"/mode",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/mode/type",keyword:"type",params:{type: schema22.items.oneOf[1].properties.mode.type},message:"must be number,string",schema:schema22.items.oneOf[1].properties.mode.type,parentSchema:schema22.items.oneOf[1].properties.mode,data:data45};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/build/secrets/" + i16,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.items.oneOf[1].type,parentSchema:schema22.items.oneOf[1],data:data40};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid8 = _errs130 === errors;
if(_valid8 && valid51){
valid51 = false;
passing8 = [passing8, 1];
}
else {
if(_valid8){
valid51 = true;
passing8 = 1;
}
}
if(!valid51){
const err73 = {instancePath:instancePath+"/build/secrets/" + i16,schemaPath:"#/definitions/service_config_or_secret/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf",schema:schema22.items.oneOf,parentSchema:schema22.items,data:data40};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
errors = _errs127;
if(vErrors !== null){
if(_errs127){
vErrors.length = _errs127;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err74 = {instancePath:instancePath+"/build/secrets",schemaPath:"#/definitions/service_config_or_secret/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.type,parentSchema:schema22,data:data39};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data6.tags !== undefined){
let data46 = data6.tags;
if(Array.isArray(data46)){
const len11 = data46.length;
for(let i17=0; i17<len11; i17++){
let data47 = data46[i17];
if(typeof data47 !== "string"){
const err75 = {instancePath:instancePath+"/build/tags/" + i17,schemaPath:"#/properties/build/oneOf/1/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.tags.items.type,parentSchema:schema4.properties.build.oneOf[1].properties.tags.items,data:data47};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/build/tags",schemaPath:"#/properties/build/oneOf/1/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.build.oneOf[1].properties.tags.type,parentSchema:schema4.properties.build.oneOf[1].properties.tags,data:data46};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data6.ulimits !== undefined){
let data48 = data6.ulimits;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key15 in data48){
if(pattern42.test(key15)){
let data49 = data48[key15];
const _errs151 = errors;
let valid57 = false;
let passing9 = null;
const _errs152 = errors;
if((!((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49)))) && (typeof data49 !== "string")){
const err77 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: schema23.patternProperties["^[a-z]+$"].oneOf[0].type},message:"must be integer,string",schema:schema23.patternProperties["^[a-z]+$"].oneOf[0].type,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[0],data:data49};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var _valid9 = _errs152 === errors;
if(_valid9){
valid57 = true;
passing9 = 0;
}
const _errs154 = errors;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.soft === undefined){
const err78 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema23.patternProperties["^[a-z]+$"].oneOf[1].required,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[1],data:data49};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data49.hard === undefined){
const err79 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema23.patternProperties["^[a-z]+$"].oneOf[1].required,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[1],data:data49};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
for(const key16 in data49){
if(!(((key16 === "hard") || (key16 === "soft")) || (pattern0.test(key16)))){
const err80 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[1],data:data49};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data49.hard !== undefined){
let data50 = data49.hard;
if((!((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50)))) && (typeof data50 !== "string")){
const err81 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/hard",schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/hard/type",keyword:"type",params:{type: schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type},message:"must be integer,string",schema:schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.hard,data:data50};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data49.soft !== undefined){
let data51 = data49.soft;
if((!((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51)))) && (typeof data51 !== "string")){
const err82 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/soft",schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/soft/type",keyword:"type",params:{type: schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type},message:"must be integer,string",schema:schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.soft,data:data51};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.patternProperties["^[a-z]+$"].oneOf[1].type,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[1],data:data49};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
var _valid9 = _errs154 === errors;
if(_valid9 && valid57){
valid57 = false;
passing9 = [passing9, 1];
}
else {
if(_valid9){
valid57 = true;
passing9 = 1;
}
}
if(!valid57){
const err84 = {instancePath:instancePath+"/build/ulimits/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf",schema:schema23.patternProperties["^[a-z]+$"].oneOf,parentSchema:schema23.patternProperties["^[a-z]+$"],data:data49};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
else {
errors = _errs151;
if(vErrors !== null){
if(_errs151){
vErrors.length = _errs151;
}
else {
vErrors = null;
}
}
}
}
}
}
else {
const err85 = {instancePath:instancePath+"/build/ulimits",schemaPath:"#/definitions/ulimits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data48};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data6.platforms !== undefined){
let data52 = data6.platforms;
if(Array.isArray(data52)){
const len12 = data52.length;
for(let i18=0; i18<len12; i18++){
let data53 = data52[i18];
if(typeof data53 !== "string"){
const err86 = {instancePath:instancePath+"/build/platforms/" + i18,schemaPath:"#/properties/build/oneOf/1/properties/platforms/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.platforms.items.type,parentSchema:schema4.properties.build.oneOf[1].properties.platforms.items,data:data53};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/build/platforms",schemaPath:"#/properties/build/oneOf/1/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.build.oneOf[1].properties.platforms.type,parentSchema:schema4.properties.build.oneOf[1].properties.platforms,data:data52};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.build.oneOf[1].type,parentSchema:schema4.properties.build.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid1 = _errs22 === errors;
if(_valid1 && valid7){
valid7 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid7 = true;
passing1 = 1;
}
}
if(!valid7){
const err89 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema4.properties.build.oneOf,parentSchema:schema4.properties.build,data:data6};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.blkio_config !== undefined){
let data54 = data.blkio_config;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key17 in data54){
if(!((((((key17 === "device_read_bps") || (key17 === "device_read_iops")) || (key17 === "device_write_bps")) || (key17 === "device_write_iops")) || (key17 === "weight")) || (key17 === "weight_device"))){
const err90 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.blkio_config,data:data54};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data54.device_read_bps !== undefined){
let data55 = data54.device_read_bps;
if(Array.isArray(data55)){
const len13 = data55.length;
for(let i19=0; i19<len13; i19++){
let data56 = data55[i19];
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
for(const key18 in data56){
if(!((key18 === "path") || (key18 === "rate"))){
const err91 = {instancePath:instancePath+"/blkio_config/device_read_bps/" + i19,schemaPath:"#/definitions/blkio_limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data56};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data56.path !== undefined){
let data57 = data56.path;
if(typeof data57 !== "string"){
const err92 = {instancePath:instancePath+"/blkio_config/device_read_bps/" + i19+"/path",schemaPath:"#/definitions/blkio_limit/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.path.type,parentSchema:schema24.properties.path,data:data57};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data56.rate !== undefined){
let data58 = data56.rate;
if((!((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58)))) && (typeof data58 !== "string")){
const err93 = {instancePath:instancePath+"/blkio_config/device_read_bps/" + i19+"/rate",schemaPath:"#/definitions/blkio_limit/properties/rate/type",keyword:"type",params:{type: schema24.properties.rate.type},message:"must be integer,string",schema:schema24.properties.rate.type,parentSchema:schema24.properties.rate,data:data58};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/blkio_config/device_read_bps/" + i19,schemaPath:"#/definitions/blkio_limit/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data56};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/blkio_config/device_read_bps",schemaPath:"#/properties/blkio_config/properties/device_read_bps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.blkio_config.properties.device_read_bps.type,parentSchema:schema4.properties.blkio_config.properties.device_read_bps,data:data55};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data54.device_read_iops !== undefined){
let data59 = data54.device_read_iops;
if(Array.isArray(data59)){
const len14 = data59.length;
for(let i20=0; i20<len14; i20++){
let data60 = data59[i20];
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
for(const key19 in data60){
if(!((key19 === "path") || (key19 === "rate"))){
const err96 = {instancePath:instancePath+"/blkio_config/device_read_iops/" + i20,schemaPath:"#/definitions/blkio_limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data60};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data60.path !== undefined){
let data61 = data60.path;
if(typeof data61 !== "string"){
const err97 = {instancePath:instancePath+"/blkio_config/device_read_iops/" + i20+"/path",schemaPath:"#/definitions/blkio_limit/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.path.type,parentSchema:schema24.properties.path,data:data61};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data60.rate !== undefined){
let data62 = data60.rate;
if((!((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62)))) && (typeof data62 !== "string")){
const err98 = {instancePath:instancePath+"/blkio_config/device_read_iops/" + i20+"/rate",schemaPath:"#/definitions/blkio_limit/properties/rate/type",keyword:"type",params:{type: schema24.properties.rate.type},message:"must be integer,string",schema:schema24.properties.rate.type,parentSchema:schema24.properties.rate,data:data62};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/blkio_config/device_read_iops/" + i20,schemaPath:"#/definitions/blkio_limit/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data60};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/blkio_config/device_read_iops",schemaPath:"#/properties/blkio_config/properties/device_read_iops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.blkio_config.properties.device_read_iops.type,parentSchema:schema4.properties.blkio_config.properties.device_read_iops,data:data59};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data54.device_write_bps !== undefined){
let data63 = data54.device_write_bps;
if(Array.isArray(data63)){
const len15 = data63.length;
for(let i21=0; i21<len15; i21++){
let data64 = data63[i21];
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key20 in data64){
if(!((key20 === "path") || (key20 === "rate"))){
const err101 = {instancePath:instancePath+"/blkio_config/device_write_bps/" + i21,schemaPath:"#/definitions/blkio_limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data64};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data64.path !== undefined){
let data65 = data64.path;
if(typeof data65 !== "string"){
const err102 = {instancePath:instancePath+"/blkio_config/device_write_bps/" + i21+"/path",schemaPath:"#/definitions/blkio_limit/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.path.type,parentSchema:schema24.properties.path,data:data65};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data64.rate !== undefined){
let data66 = data64.rate;
if((!((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66)))) && (typeof data66 !== "string")){
const err103 = {instancePath:instancePath+"/blkio_config/device_write_bps/" + i21+"/rate",schemaPath:"#/definitions/blkio_limit/properties/rate/type",keyword:"type",params:{type: schema24.properties.rate.type},message:"must be integer,string",schema:schema24.properties.rate.type,parentSchema:schema24.properties.rate,data:data66};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/blkio_config/device_write_bps/" + i21,schemaPath:"#/definitions/blkio_limit/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data64};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/blkio_config/device_write_bps",schemaPath:"#/properties/blkio_config/properties/device_write_bps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.blkio_config.properties.device_write_bps.type,parentSchema:schema4.properties.blkio_config.properties.device_write_bps,data:data63};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data54.device_write_iops !== undefined){
let data67 = data54.device_write_iops;
if(Array.isArray(data67)){
const len16 = data67.length;
for(let i22=0; i22<len16; i22++){
let data68 = data67[i22];
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
for(const key21 in data68){
if(!((key21 === "path") || (key21 === "rate"))){
const err106 = {instancePath:instancePath+"/blkio_config/device_write_iops/" + i22,schemaPath:"#/definitions/blkio_limit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data:data68};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data68.path !== undefined){
let data69 = data68.path;
if(typeof data69 !== "string"){
const err107 = {instancePath:instancePath+"/blkio_config/device_write_iops/" + i22+"/path",schemaPath:"#/definitions/blkio_limit/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.path.type,parentSchema:schema24.properties.path,data:data69};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data68.rate !== undefined){
let data70 = data68.rate;
if((!((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70)))) && (typeof data70 !== "string")){
const err108 = {instancePath:instancePath+"/blkio_config/device_write_iops/" + i22+"/rate",schemaPath:"#/definitions/blkio_limit/properties/rate/type",keyword:"type",params:{type: schema24.properties.rate.type},message:"must be integer,string",schema:schema24.properties.rate.type,parentSchema:schema24.properties.rate,data:data70};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/blkio_config/device_write_iops/" + i22,schemaPath:"#/definitions/blkio_limit/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data:data68};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/blkio_config/device_write_iops",schemaPath:"#/properties/blkio_config/properties/device_write_iops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.blkio_config.properties.device_write_iops.type,parentSchema:schema4.properties.blkio_config.properties.device_write_iops,data:data67};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data54.weight !== undefined){
let data71 = data54.weight;
if((!((typeof data71 == "number") && (!(data71 % 1) && !isNaN(data71)))) && (typeof data71 !== "string")){
const err111 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/properties/blkio_config/properties/weight/type",keyword:"type",params:{type: schema4.properties.blkio_config.properties.weight.type},message:"must be integer,string",schema:schema4.properties.blkio_config.properties.weight.type,parentSchema:schema4.properties.blkio_config.properties.weight,data:data71};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data54.weight_device !== undefined){
let data72 = data54.weight_device;
if(Array.isArray(data72)){
const len17 = data72.length;
for(let i23=0; i23<len17; i23++){
let data73 = data72[i23];
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
for(const key22 in data73){
if(!((key22 === "path") || (key22 === "weight"))){
const err112 = {instancePath:instancePath+"/blkio_config/weight_device/" + i23,schemaPath:"#/definitions/blkio_weight/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data:data73};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data73.path !== undefined){
let data74 = data73.path;
if(typeof data74 !== "string"){
const err113 = {instancePath:instancePath+"/blkio_config/weight_device/" + i23+"/path",schemaPath:"#/definitions/blkio_weight/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.path.type,parentSchema:schema28.properties.path,data:data74};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data73.weight !== undefined){
let data75 = data73.weight;
if((!((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75)))) && (typeof data75 !== "string")){
const err114 = {instancePath:instancePath+"/blkio_config/weight_device/" + i23+"/weight",schemaPath:"#/definitions/blkio_weight/properties/weight/type",keyword:"type",params:{type: schema28.properties.weight.type},message:"must be integer,string",schema:schema28.properties.weight.type,parentSchema:schema28.properties.weight,data:data75};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/blkio_config/weight_device/" + i23,schemaPath:"#/definitions/blkio_weight/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data:data73};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/blkio_config/weight_device",schemaPath:"#/properties/blkio_config/properties/weight_device/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.blkio_config.properties.weight_device.type,parentSchema:schema4.properties.blkio_config.properties.weight_device,data:data72};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.blkio_config.type,parentSchema:schema4.properties.blkio_config,data:data54};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data.cap_add !== undefined){
let data76 = data.cap_add;
if(Array.isArray(data76)){
const len18 = data76.length;
for(let i24=0; i24<len18; i24++){
let data77 = data76[i24];
if(typeof data77 !== "string"){
const err118 = {instancePath:instancePath+"/cap_add/" + i24,schemaPath:"#/properties/cap_add/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cap_add.items.type,parentSchema:schema4.properties.cap_add.items,data:data77};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
let i25 = data76.length;
let j6;
if(i25 > 1){
const indices6 = {};
for(;i25--;){
let item6 = data76[i25];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j6 = indices6[item6];
const err119 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/uniqueItems",keyword:"uniqueItems",params:{i: i25, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i25+" are identical)",schema:true,parentSchema:schema4.properties.cap_add,data:data76};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
break;
}
indices6[item6] = i25;
}
}
}
else {
const err120 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.cap_add.type,parentSchema:schema4.properties.cap_add,data:data76};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data.cap_drop !== undefined){
let data78 = data.cap_drop;
if(Array.isArray(data78)){
const len19 = data78.length;
for(let i26=0; i26<len19; i26++){
let data79 = data78[i26];
if(typeof data79 !== "string"){
const err121 = {instancePath:instancePath+"/cap_drop/" + i26,schemaPath:"#/properties/cap_drop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cap_drop.items.type,parentSchema:schema4.properties.cap_drop.items,data:data79};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
let i27 = data78.length;
let j7;
if(i27 > 1){
const indices7 = {};
for(;i27--;){
let item7 = data78[i27];
if(typeof item7 !== "string"){
continue;
}
if(typeof indices7[item7] == "number"){
j7 = indices7[item7];
const err122 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/uniqueItems",keyword:"uniqueItems",params:{i: i27, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i27+" are identical)",schema:true,parentSchema:schema4.properties.cap_drop,data:data78};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
break;
}
indices7[item7] = i27;
}
}
}
else {
const err123 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.cap_drop.type,parentSchema:schema4.properties.cap_drop,data:data78};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data.cgroup !== undefined){
let data80 = data.cgroup;
const _errs229 = errors;
let valid88 = false;
const _errs230 = errors;
if(typeof data80 === "string"){
if(!pattern6.test(data80.replaceAll("$$", ""))){
const err124 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.cgroup.anyOf[0],data:data80};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cgroup.anyOf[0].type,parentSchema:schema4.properties.cgroup.anyOf[0],data:data80};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var _valid10 = _errs230 === errors;
valid88 = valid88 || _valid10;
if(!valid88){
const _errs232 = errors;
if(typeof data80 !== "string"){
const err126 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cgroup.anyOf[1].type,parentSchema:schema4.properties.cgroup.anyOf[1],data:data80};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(!((data80 === "host") || (data80 === "private"))){
const err127 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema4.properties.cgroup.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema4.properties.cgroup.anyOf[1].enum,parentSchema:schema4.properties.cgroup.anyOf[1],data:data80};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
var _valid10 = _errs232 === errors;
valid88 = valid88 || _valid10;
}
if(!valid88){
const err128 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.cgroup.anyOf,parentSchema:schema4.properties.cgroup,data:data80};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
else {
errors = _errs229;
if(vErrors !== null){
if(_errs229){
vErrors.length = _errs229;
}
else {
vErrors = null;
}
}
}
}
if(data.cgroup_parent !== undefined){
let data81 = data.cgroup_parent;
if(typeof data81 !== "string"){
const err129 = {instancePath:instancePath+"/cgroup_parent",schemaPath:"#/properties/cgroup_parent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cgroup_parent.type,parentSchema:schema4.properties.cgroup_parent,data:data81};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data.command !== undefined){
let data82 = data.command;
const _errs238 = errors;
let valid90 = false;
let passing10 = null;
const _errs239 = errors;
if(data82 !== null){
const err130 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema7.oneOf[0].type,parentSchema:schema7.oneOf[0],data:data82};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var _valid11 = _errs239 === errors;
if(_valid11){
valid90 = true;
passing10 = 0;
}
const _errs241 = errors;
if(typeof data82 !== "string"){
const err131 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[1].type,parentSchema:schema7.oneOf[1],data:data82};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
var _valid11 = _errs241 === errors;
if(_valid11 && valid90){
valid90 = false;
passing10 = [passing10, 1];
}
else {
if(_valid11){
valid90 = true;
passing10 = 1;
}
const _errs243 = errors;
if(Array.isArray(data82)){
const len20 = data82.length;
for(let i28=0; i28<len20; i28++){
let data83 = data82[i28];
if(typeof data83 !== "string"){
const err132 = {instancePath:instancePath+"/command/" + i28,schemaPath:"#/definitions/command/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[2].items.type,parentSchema:schema7.oneOf[2].items,data:data83};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.oneOf[2].type,parentSchema:schema7.oneOf[2],data:data82};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
var _valid11 = _errs243 === errors;
if(_valid11 && valid90){
valid90 = false;
passing10 = [passing10, 2];
}
else {
if(_valid11){
valid90 = true;
passing10 = 2;
}
}
}
if(!valid90){
const err134 = {instancePath:instancePath+"/command",schemaPath:"#/definitions/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf",schema:schema7.oneOf,parentSchema:schema7,data:data82};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
else {
errors = _errs238;
if(vErrors !== null){
if(_errs238){
vErrors.length = _errs238;
}
else {
vErrors = null;
}
}
}
}
if(data.configs !== undefined){
let data84 = data.configs;
if(Array.isArray(data84)){
const len21 = data84.length;
for(let i29=0; i29<len21; i29++){
let data85 = data84[i29];
const _errs251 = errors;
let valid96 = false;
let passing11 = null;
const _errs252 = errors;
if(typeof data85 !== "string"){
const err135 = {instancePath:instancePath+"/configs/" + i29,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[0].type,parentSchema:schema22.items.oneOf[0],data:data85};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
var _valid12 = _errs252 === errors;
if(_valid12){
valid96 = true;
passing11 = 0;
}
const _errs254 = errors;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
for(const key23 in data85){
if(!((((((key23 === "source") || (key23 === "target")) || (key23 === "uid")) || (key23 === "gid")) || (key23 === "mode")) || (pattern0.test(key23)))){
const err136 = {instancePath:instancePath+"/configs/" + i29,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema22.items.oneOf[1],data:data85};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data85.source !== undefined){
let data86 = data85.source;
if(typeof data86 !== "string"){
const err137 = {instancePath:instancePath+"/configs/" + i29+"/source",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[1].properties.source.type,parentSchema:schema22.items.oneOf[1].properties.source,data:data86};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data85.target !== undefined){
let data87 = data85.target;
if(typeof data87 !== "string"){
const err138 = {instancePath:instancePath+"/configs/" + i29+"/target",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[1].properties.target.type,parentSchema:schema22.items.oneOf[1].properties.target,data:data87};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data85.uid !== undefined){
let data88 = data85.uid;
if(typeof data88 !== "string"){
const err139 = {instancePath:instancePath+"/configs/" + i29+"/uid",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[1].properties.uid.type,parentSchema:schema22.items.oneOf[1].properties.uid,data:data88};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data85.gid !== undefined){
let data89 = data85.gid;
if(typeof data89 !== "string"){
const err140 = {instancePath:instancePath+"/configs/" + i29+"/gid",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/gid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[1].properties.gid.type,parentSchema:schema22.items.oneOf[1].properties.gid,data:data89};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data85.mode !== undefined){
let data90 = data85.mode;
if((!(typeof data90 == "number")) && (typeof data90 !== "string")){
const err141 = {instancePath:instancePath+"/configs/" + i29+"/mode",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/mode/type",keyword:"type",params:{type: schema22.items.oneOf[1].properties.mode.type},message:"must be number,string",schema:schema22.items.oneOf[1].properties.mode.type,parentSchema:schema22.items.oneOf[1].properties.mode,data:data90};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/configs/" + i29,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.items.oneOf[1].type,parentSchema:schema22.items.oneOf[1],data:data85};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
var _valid12 = _errs254 === errors;
if(_valid12 && valid96){
valid96 = false;
passing11 = [passing11, 1];
}
else {
if(_valid12){
valid96 = true;
passing11 = 1;
}
}
if(!valid96){
const err143 = {instancePath:instancePath+"/configs/" + i29,schemaPath:"#/definitions/service_config_or_secret/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf",schema:schema22.items.oneOf,parentSchema:schema22.items,data:data85};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
else {
errors = _errs251;
if(vErrors !== null){
if(_errs251){
vErrors.length = _errs251;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err144 = {instancePath:instancePath+"/configs",schemaPath:"#/definitions/service_config_or_secret/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.type,parentSchema:schema22,data:data84};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data.container_name !== undefined){
let data91 = data.container_name;
if(typeof data91 !== "string"){
const err145 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.container_name.type,parentSchema:schema4.properties.container_name,data:data91};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data.cpu_count !== undefined){
let data92 = data.cpu_count;
const _errs270 = errors;
let valid98 = false;
let passing12 = null;
const _errs271 = errors;
if(typeof data92 !== "string"){
const err146 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cpu_count.oneOf[0].type,parentSchema:schema4.properties.cpu_count.oneOf[0],data:data92};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
var _valid13 = _errs271 === errors;
if(_valid13){
valid98 = true;
passing12 = 0;
}
const _errs273 = errors;
if(!((typeof data92 == "number") && (!(data92 % 1) && !isNaN(data92)))){
const err147 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema4.properties.cpu_count.oneOf[1].type,parentSchema:schema4.properties.cpu_count.oneOf[1],data:data92};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(typeof data92 == "number"){
if(data92 < 0 || isNaN(data92)){
const err148 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema4.properties.cpu_count.oneOf[1],data:data92};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
var _valid13 = _errs273 === errors;
if(_valid13 && valid98){
valid98 = false;
passing12 = [passing12, 1];
}
else {
if(_valid13){
valid98 = true;
passing12 = 1;
}
}
if(!valid98){
const err149 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf",schema:schema4.properties.cpu_count.oneOf,parentSchema:schema4.properties.cpu_count,data:data92};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
else {
errors = _errs270;
if(vErrors !== null){
if(_errs270){
vErrors.length = _errs270;
}
else {
vErrors = null;
}
}
}
}
if(data.cpu_percent !== undefined){
let data93 = data.cpu_percent;
const _errs276 = errors;
let valid99 = false;
let passing13 = null;
const _errs277 = errors;
if(typeof data93 !== "string"){
const err150 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cpu_percent.oneOf[0].type,parentSchema:schema4.properties.cpu_percent.oneOf[0],data:data93};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
var _valid14 = _errs277 === errors;
if(_valid14){
valid99 = true;
passing13 = 0;
}
const _errs279 = errors;
if(!((typeof data93 == "number") && (!(data93 % 1) && !isNaN(data93)))){
const err151 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema4.properties.cpu_percent.oneOf[1].type,parentSchema:schema4.properties.cpu_percent.oneOf[1],data:data93};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if(typeof data93 == "number"){
if(data93 > 100 || isNaN(data93)){
const err152 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema4.properties.cpu_percent.oneOf[1],data:data93};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(data93 < 0 || isNaN(data93)){
const err153 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema4.properties.cpu_percent.oneOf[1],data:data93};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
var _valid14 = _errs279 === errors;
if(_valid14 && valid99){
valid99 = false;
passing13 = [passing13, 1];
}
else {
if(_valid14){
valid99 = true;
passing13 = 1;
}
}
if(!valid99){
const err154 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf",schema:schema4.properties.cpu_percent.oneOf,parentSchema:schema4.properties.cpu_percent,data:data93};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
else {
errors = _errs276;
if(vErrors !== null){
if(_errs276){
vErrors.length = _errs276;
}
else {
vErrors = null;
}
}
}
}
if(data.cpu_shares !== undefined){
let data94 = data.cpu_shares;
if((!(typeof data94 == "number")) && (typeof data94 !== "string")){
const err155 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/type",keyword:"type",params:{type: schema4.properties.cpu_shares.type},message:"must be number,string",schema:schema4.properties.cpu_shares.type,parentSchema:schema4.properties.cpu_shares,data:data94};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data.cpu_quota !== undefined){
let data95 = data.cpu_quota;
if((!(typeof data95 == "number")) && (typeof data95 !== "string")){
const err156 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/type",keyword:"type",params:{type: schema4.properties.cpu_quota.type},message:"must be number,string",schema:schema4.properties.cpu_quota.type,parentSchema:schema4.properties.cpu_quota,data:data95};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data.cpu_period !== undefined){
let data96 = data.cpu_period;
if((!(typeof data96 == "number")) && (typeof data96 !== "string")){
const err157 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/type",keyword:"type",params:{type: schema4.properties.cpu_period.type},message:"must be number,string",schema:schema4.properties.cpu_period.type,parentSchema:schema4.properties.cpu_period,data:data96};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data.cpu_rt_period !== undefined){
let data97 = data.cpu_rt_period;
if((!(typeof data97 == "number")) && (typeof data97 !== "string")){
const err158 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/properties/cpu_rt_period/type",keyword:"type",params:{type: schema4.properties.cpu_rt_period.type},message:"must be number,string",schema:schema4.properties.cpu_rt_period.type,parentSchema:schema4.properties.cpu_rt_period,data:data97};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data.cpu_rt_runtime !== undefined){
let data98 = data.cpu_rt_runtime;
if((!(typeof data98 == "number")) && (typeof data98 !== "string")){
const err159 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/properties/cpu_rt_runtime/type",keyword:"type",params:{type: schema4.properties.cpu_rt_runtime.type},message:"must be number,string",schema:schema4.properties.cpu_rt_runtime.type,parentSchema:schema4.properties.cpu_rt_runtime,data:data98};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data.cpus !== undefined){
let data99 = data.cpus;
if((!(typeof data99 == "number")) && (typeof data99 !== "string")){
const err160 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/type",keyword:"type",params:{type: schema4.properties.cpus.type},message:"must be number,string",schema:schema4.properties.cpus.type,parentSchema:schema4.properties.cpus,data:data99};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data.cpuset !== undefined){
let data100 = data.cpuset;
if(typeof data100 !== "string"){
const err161 = {instancePath:instancePath+"/cpuset",schemaPath:"#/properties/cpuset/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cpuset.type,parentSchema:schema4.properties.cpuset,data:data100};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data.credential_spec !== undefined){
let data101 = data.credential_spec;
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
for(const key24 in data101){
if(!((((key24 === "config") || (key24 === "file")) || (key24 === "registry")) || (pattern0.test(key24)))){
const err162 = {instancePath:instancePath+"/credential_spec",schemaPath:"#/properties/credential_spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.credential_spec,data:data101};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data101.config !== undefined){
let data102 = data101.config;
if(typeof data102 !== "string"){
const err163 = {instancePath:instancePath+"/credential_spec/config",schemaPath:"#/properties/credential_spec/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.credential_spec.properties.config.type,parentSchema:schema4.properties.credential_spec.properties.config,data:data102};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data101.file !== undefined){
let data103 = data101.file;
if(typeof data103 !== "string"){
const err164 = {instancePath:instancePath+"/credential_spec/file",schemaPath:"#/properties/credential_spec/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.credential_spec.properties.file.type,parentSchema:schema4.properties.credential_spec.properties.file,data:data103};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data101.registry !== undefined){
let data104 = data101.registry;
if(typeof data104 !== "string"){
const err165 = {instancePath:instancePath+"/credential_spec/registry",schemaPath:"#/properties/credential_spec/properties/registry/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.credential_spec.properties.registry.type,parentSchema:schema4.properties.credential_spec.properties.registry,data:data104};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
else {
const err166 = {instancePath:instancePath+"/credential_spec",schemaPath:"#/properties/credential_spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.credential_spec.type,parentSchema:schema4.properties.credential_spec,data:data101};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data.depends_on !== undefined){
let data105 = data.depends_on;
const _errs305 = errors;
let valid101 = false;
let passing14 = null;
const _errs306 = errors;
if(Array.isArray(data105)){
const len22 = data105.length;
for(let i30=0; i30<len22; i30++){
let data106 = data105[i30];
if(typeof data106 !== "string"){
const err167 = {instancePath:instancePath+"/depends_on/" + i30,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.items.type,parentSchema:schema3.items,data:data106};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
let i31 = data105.length;
let j8;
if(i31 > 1){
const indices8 = {};
for(;i31--;){
let item8 = data105[i31];
if(typeof item8 !== "string"){
continue;
}
if(typeof indices8[item8] == "number"){
j8 = indices8[item8];
const err168 = {instancePath:instancePath+"/depends_on",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i31, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i31+" are identical)",schema:true,parentSchema:schema3,data:data105};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
break;
}
indices8[item8] = i31;
}
}
}
else {
const err169 = {instancePath:instancePath+"/depends_on",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.type,parentSchema:schema3,data:data105};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
var _valid15 = _errs306 === errors;
if(_valid15){
valid101 = true;
passing14 = 0;
}
const _errs311 = errors;
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
for(const key25 in data105){
if(!(pattern1.test(key25))){
const err170 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.depends_on.oneOf[1],data:data105};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
for(const key26 in data105){
if(pattern1.test(key26)){
let data107 = data105[key26];
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
if(data107.condition === undefined){
const err171 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/required",keyword:"required",params:{missingProperty: "condition"},message:"must have required property '"+"condition"+"'",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].required,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data107};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
for(const key27 in data107){
if(!((((key27 === "restart") || (key27 === "required")) || (key27 === "condition")) || (pattern0.test(key27)))){
const err172 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data107};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data107.restart !== undefined){
let data108 = data107.restart;
if((typeof data108 !== "boolean") && (typeof data108 !== "string")){
const err173 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/restart",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/restart/type",keyword:"type",params:{type: schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart.type},message:"must be boolean,string",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart.type,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart,data:data108};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data107.required !== undefined){
let data109 = data107.required;
const _errs320 = errors;
let valid108 = false;
const _errs321 = errors;
if(typeof data109 === "string"){
if(!pattern6.test(data109.replaceAll("$$", ""))){
const err174 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.anyOf[0],data:data109};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.anyOf[0].type,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.anyOf[0],data:data109};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
var _valid16 = _errs321 === errors;
valid108 = valid108 || _valid16;
if(!valid108){
const _errs323 = errors;
if(typeof data109 !== "boolean"){
const err176 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.anyOf[1].type,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.anyOf[1],data:data109};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
var _valid16 = _errs323 === errors;
valid108 = valid108 || _valid16;
}
if(!valid108){
const err177 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.anyOf,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required,data:data109};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
else {
errors = _errs320;
if(vErrors !== null){
if(_errs320){
vErrors.length = _errs320;
}
else {
vErrors = null;
}
}
}
}
if(data107.condition !== undefined){
let data110 = data107.condition;
const _errs326 = errors;
let valid109 = false;
const _errs327 = errors;
if(typeof data110 === "string"){
if(!pattern6.test(data110.replaceAll("$$", ""))){
const err178 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[0],data:data110};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[0].type,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[0],data:data110};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
var _valid17 = _errs327 === errors;
valid109 = valid109 || _valid17;
if(!valid109){
const _errs329 = errors;
if(typeof data110 !== "string"){
const err180 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[1].type,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[1],data:data110};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(!(((data110 === "service_started") || (data110 === "service_healthy")) || (data110 === "service_completed_successfully"))){
const err181 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[1].enum,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[1],data:data110};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
var _valid17 = _errs329 === errors;
valid109 = valid109 || _valid17;
}
if(!valid109){
const err182 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition,data:data110};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
else {
errors = _errs326;
if(vErrors !== null){
if(_errs326){
vErrors.length = _errs326;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err183 = {instancePath:instancePath+"/depends_on/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].type,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data107};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
}
}
else {
const err184 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.depends_on.oneOf[1].type,parentSchema:schema4.properties.depends_on.oneOf[1],data:data105};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
var _valid15 = _errs311 === errors;
if(_valid15 && valid101){
valid101 = false;
passing14 = [passing14, 1];
}
else {
if(_valid15){
valid101 = true;
passing14 = 1;
}
}
if(!valid101){
const err185 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf",keyword:"oneOf",params:{passingSchemas: passing14},message:"must match exactly one schema in oneOf",schema:schema4.properties.depends_on.oneOf,parentSchema:schema4.properties.depends_on,data:data105};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
else {
errors = _errs305;
if(vErrors !== null){
if(_errs305){
vErrors.length = _errs305;
}
else {
vErrors = null;
}
}
}
}
if(data.device_cgroup_rules !== undefined){
let data111 = data.device_cgroup_rules;
if(Array.isArray(data111)){
const len23 = data111.length;
for(let i32=0; i32<len23; i32++){
let data112 = data111[i32];
if(typeof data112 !== "string"){
const err186 = {instancePath:instancePath+"/device_cgroup_rules/" + i32,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.items.type,parentSchema:schema3.items,data:data112};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
let i33 = data111.length;
let j9;
if(i33 > 1){
const indices9 = {};
for(;i33--;){
let item9 = data111[i33];
if(typeof item9 !== "string"){
continue;
}
if(typeof indices9[item9] == "number"){
j9 = indices9[item9];
const err187 = {instancePath:instancePath+"/device_cgroup_rules",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i33+" are identical)",schema:true,parentSchema:schema3,data:data111};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
break;
}
indices9[item9] = i33;
}
}
}
else {
const err188 = {instancePath:instancePath+"/device_cgroup_rules",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.type,parentSchema:schema3,data:data111};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data.devices !== undefined){
let data113 = data.devices;
if(Array.isArray(data113)){
const len24 = data113.length;
for(let i34=0; i34<len24; i34++){
let data114 = data113[i34];
const _errs339 = errors;
let valid116 = false;
let passing15 = null;
const _errs340 = errors;
if(typeof data114 !== "string"){
const err189 = {instancePath:instancePath+"/devices/" + i34,schemaPath:"#/properties/devices/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.devices.items.oneOf[0].type,parentSchema:schema4.properties.devices.items.oneOf[0],data:data114};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
var _valid18 = _errs340 === errors;
if(_valid18){
valid116 = true;
passing15 = 0;
}
const _errs342 = errors;
if(data114 && typeof data114 == "object" && !Array.isArray(data114)){
if(data114.source === undefined){
const err190 = {instancePath:instancePath+"/devices/" + i34,schemaPath:"#/properties/devices/items/oneOf/1/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema4.properties.devices.items.oneOf[1].required,parentSchema:schema4.properties.devices.items.oneOf[1],data:data114};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
for(const key28 in data114){
if(!((((key28 === "source") || (key28 === "target")) || (key28 === "permissions")) || (pattern0.test(key28)))){
const err191 = {instancePath:instancePath+"/devices/" + i34,schemaPath:"#/properties/devices/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.devices.items.oneOf[1],data:data114};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data114.source !== undefined){
let data115 = data114.source;
if(typeof data115 !== "string"){
const err192 = {instancePath:instancePath+"/devices/" + i34+"/source",schemaPath:"#/properties/devices/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.devices.items.oneOf[1].properties.source.type,parentSchema:schema4.properties.devices.items.oneOf[1].properties.source,data:data115};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data114.target !== undefined){
let data116 = data114.target;
if(typeof data116 !== "string"){
const err193 = {instancePath:instancePath+"/devices/" + i34+"/target",schemaPath:"#/properties/devices/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.devices.items.oneOf[1].properties.target.type,parentSchema:schema4.properties.devices.items.oneOf[1].properties.target,data:data116};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data114.permissions !== undefined){
let data117 = data114.permissions;
if(typeof data117 !== "string"){
const err194 = {instancePath:instancePath+"/devices/" + i34+"/permissions",schemaPath:"#/properties/devices/items/oneOf/1/properties/permissions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.devices.items.oneOf[1].properties.permissions.type,parentSchema:schema4.properties.devices.items.oneOf[1].properties.permissions,data:data117};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
}
else {
const err195 = {instancePath:instancePath+"/devices/" + i34,schemaPath:"#/properties/devices/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.devices.items.oneOf[1].type,parentSchema:schema4.properties.devices.items.oneOf[1],data:data114};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
var _valid18 = _errs342 === errors;
if(_valid18 && valid116){
valid116 = false;
passing15 = [passing15, 1];
}
else {
if(_valid18){
valid116 = true;
passing15 = 1;
}
}
if(!valid116){
const err196 = {instancePath:instancePath+"/devices/" + i34,schemaPath:"#/properties/devices/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing15},message:"must match exactly one schema in oneOf",schema:schema4.properties.devices.items.oneOf,parentSchema:schema4.properties.devices.items,data:data114};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
else {
errors = _errs339;
if(vErrors !== null){
if(_errs339){
vErrors.length = _errs339;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err197 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.devices.type,parentSchema:schema4.properties.devices,data:data113};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data.dns !== undefined){
if(!(validate2(data.dns, {instancePath:instancePath+"/dns",parentData:data,parentDataProperty:"dns",rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
if(data.dns_opt !== undefined){
let data119 = data.dns_opt;
if(Array.isArray(data119)){
const len25 = data119.length;
for(let i35=0; i35<len25; i35++){
let data120 = data119[i35];
if(typeof data120 !== "string"){
const err198 = {instancePath:instancePath+"/dns_opt/" + i35,schemaPath:"#/properties/dns_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.dns_opt.items.type,parentSchema:schema4.properties.dns_opt.items,data:data120};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
let i36 = data119.length;
let j10;
if(i36 > 1){
const indices10 = {};
for(;i36--;){
let item10 = data119[i36];
if(typeof item10 !== "string"){
continue;
}
if(typeof indices10[item10] == "number"){
j10 = indices10[item10];
const err199 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/uniqueItems",keyword:"uniqueItems",params:{i: i36, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i36+" are identical)",schema:true,parentSchema:schema4.properties.dns_opt,data:data119};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
break;
}
indices10[item10] = i36;
}
}
}
else {
const err200 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.dns_opt.type,parentSchema:schema4.properties.dns_opt,data:data119};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data.dns_search !== undefined){
if(!(validate2(data.dns_search, {instancePath:instancePath+"/dns_search",parentData:data,parentDataProperty:"dns_search",rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
if(data.domainname !== undefined){
let data122 = data.domainname;
if(typeof data122 !== "string"){
const err201 = {instancePath:instancePath+"/domainname",schemaPath:"#/properties/domainname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.domainname.type,parentSchema:schema4.properties.domainname,data:data122};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data.entrypoint !== undefined){
let data123 = data.entrypoint;
const _errs361 = errors;
let valid122 = false;
let passing16 = null;
const _errs362 = errors;
if(data123 !== null){
const err202 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/definitions/command/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema7.oneOf[0].type,parentSchema:schema7.oneOf[0],data:data123};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
var _valid19 = _errs362 === errors;
if(_valid19){
valid122 = true;
passing16 = 0;
}
const _errs364 = errors;
if(typeof data123 !== "string"){
const err203 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/definitions/command/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[1].type,parentSchema:schema7.oneOf[1],data:data123};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
var _valid19 = _errs364 === errors;
if(_valid19 && valid122){
valid122 = false;
passing16 = [passing16, 1];
}
else {
if(_valid19){
valid122 = true;
passing16 = 1;
}
const _errs366 = errors;
if(Array.isArray(data123)){
const len26 = data123.length;
for(let i37=0; i37<len26; i37++){
let data124 = data123[i37];
if(typeof data124 !== "string"){
const err204 = {instancePath:instancePath+"/entrypoint/" + i37,schemaPath:"#/definitions/command/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[2].items.type,parentSchema:schema7.oneOf[2].items,data:data124};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
}
else {
const err205 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/definitions/command/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.oneOf[2].type,parentSchema:schema7.oneOf[2],data:data123};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
var _valid19 = _errs366 === errors;
if(_valid19 && valid122){
valid122 = false;
passing16 = [passing16, 2];
}
else {
if(_valid19){
valid122 = true;
passing16 = 2;
}
}
}
if(!valid122){
const err206 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/definitions/command/oneOf",keyword:"oneOf",params:{passingSchemas: passing16},message:"must match exactly one schema in oneOf",schema:schema7.oneOf,parentSchema:schema7,data:data123};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
else {
errors = _errs361;
if(vErrors !== null){
if(_errs361){
vErrors.length = _errs361;
}
else {
vErrors = null;
}
}
}
}
if(data.env_file !== undefined){
let data125 = data.env_file;
const _errs372 = errors;
let valid126 = false;
let passing17 = null;
const _errs373 = errors;
if(typeof data125 !== "string"){
const err207 = {instancePath:instancePath+"/env_file",schemaPath:"#/definitions/env_file/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data:data125};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
var _valid20 = _errs373 === errors;
if(_valid20){
valid126 = true;
passing17 = 0;
}
const _errs375 = errors;
if(Array.isArray(data125)){
const len27 = data125.length;
for(let i38=0; i38<len27; i38++){
let data126 = data125[i38];
const _errs378 = errors;
let valid129 = false;
let passing18 = null;
const _errs379 = errors;
if(typeof data126 !== "string"){
const err208 = {instancePath:instancePath+"/env_file/" + i38,schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.oneOf[0].type,parentSchema:schema34.oneOf[1].items.oneOf[0],data:data126};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
var _valid21 = _errs379 === errors;
if(_valid21){
valid129 = true;
passing18 = 0;
}
const _errs381 = errors;
if(data126 && typeof data126 == "object" && !Array.isArray(data126)){
if(data126.path === undefined){
const err209 = {instancePath:instancePath+"/env_file/" + i38,schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema34.oneOf[1].items.oneOf[1].required,parentSchema:schema34.oneOf[1].items.oneOf[1],data:data126};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
for(const key29 in data126){
if(!(((key29 === "path") || (key29 === "format")) || (key29 === "required"))){
const err210 = {instancePath:instancePath+"/env_file/" + i38,schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[1].items.oneOf[1],data:data126};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data126.path !== undefined){
let data127 = data126.path;
if(typeof data127 !== "string"){
const err211 = {instancePath:instancePath+"/env_file/" + i38+"/path",schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.oneOf[1].properties.path.type,parentSchema:schema34.oneOf[1].items.oneOf[1].properties.path,data:data127};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data126.format !== undefined){
let data128 = data126.format;
if(typeof data128 !== "string"){
const err212 = {instancePath:instancePath+"/env_file/" + i38+"/format",schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/1/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[1].items.oneOf[1].properties.format.type,parentSchema:schema34.oneOf[1].items.oneOf[1].properties.format,data:data128};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data126.required !== undefined){
let data129 = data126.required;
if((typeof data129 !== "boolean") && (typeof data129 !== "string")){
const err213 = {instancePath:instancePath+"/env_file/" + i38+"/required",schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/1/properties/required/type",keyword:"type",params:{type: schema34.oneOf[1].items.oneOf[1].properties.required.type},message:"must be boolean,string",schema:schema34.oneOf[1].items.oneOf[1].properties.required.type,parentSchema:schema34.oneOf[1].items.oneOf[1].properties.required,data:data129};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
else {
const err214 = {instancePath:instancePath+"/env_file/" + i38,schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[1].items.oneOf[1].type,parentSchema:schema34.oneOf[1].items.oneOf[1],data:data126};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
var _valid21 = _errs381 === errors;
if(_valid21 && valid129){
valid129 = false;
passing18 = [passing18, 1];
}
else {
if(_valid21){
valid129 = true;
passing18 = 1;
}
}
if(!valid129){
const err215 = {instancePath:instancePath+"/env_file/" + i38,schemaPath:"#/definitions/env_file/oneOf/1/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing18},message:"must match exactly one schema in oneOf",schema:schema34.oneOf[1].items.oneOf,parentSchema:schema34.oneOf[1].items,data:data126};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
else {
errors = _errs378;
if(vErrors !== null){
if(_errs378){
vErrors.length = _errs378;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err216 = {instancePath:instancePath+"/env_file",schemaPath:"#/definitions/env_file/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data:data125};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
var _valid20 = _errs375 === errors;
if(_valid20 && valid126){
valid126 = false;
passing17 = [passing17, 1];
}
else {
if(_valid20){
valid126 = true;
passing17 = 1;
}
}
if(!valid126){
const err217 = {instancePath:instancePath+"/env_file",schemaPath:"#/definitions/env_file/oneOf",keyword:"oneOf",params:{passingSchemas: passing17},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data:data125};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
else {
errors = _errs372;
if(vErrors !== null){
if(_errs372){
vErrors.length = _errs372;
}
else {
vErrors = null;
}
}
}
}
if(data.label_file !== undefined){
let data130 = data.label_file;
const _errs392 = errors;
let valid132 = false;
let passing19 = null;
const _errs393 = errors;
if(typeof data130 !== "string"){
const err218 = {instancePath:instancePath+"/label_file",schemaPath:"#/definitions/label_file/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.oneOf[0].type,parentSchema:schema35.oneOf[0],data:data130};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
var _valid22 = _errs393 === errors;
if(_valid22){
valid132 = true;
passing19 = 0;
}
const _errs395 = errors;
if(Array.isArray(data130)){
const len28 = data130.length;
for(let i39=0; i39<len28; i39++){
let data131 = data130[i39];
if(typeof data131 !== "string"){
const err219 = {instancePath:instancePath+"/label_file/" + i39,schemaPath:"#/definitions/label_file/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.oneOf[1].items.type,parentSchema:schema35.oneOf[1].items,data:data131};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
}
else {
const err220 = {instancePath:instancePath+"/label_file",schemaPath:"#/definitions/label_file/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.oneOf[1].type,parentSchema:schema35.oneOf[1],data:data130};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
var _valid22 = _errs395 === errors;
if(_valid22 && valid132){
valid132 = false;
passing19 = [passing19, 1];
}
else {
if(_valid22){
valid132 = true;
passing19 = 1;
}
}
if(!valid132){
const err221 = {instancePath:instancePath+"/label_file",schemaPath:"#/definitions/label_file/oneOf",keyword:"oneOf",params:{passingSchemas: passing19},message:"must match exactly one schema in oneOf",schema:schema35.oneOf,parentSchema:schema35,data:data130};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
else {
errors = _errs392;
if(vErrors !== null){
if(_errs392){
vErrors.length = _errs392;
}
else {
vErrors = null;
}
}
}
}
if(data.environment !== undefined){
let data132 = data.environment;
const _errs401 = errors;
let valid136 = false;
let passing20 = null;
const _errs402 = errors;
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
for(const key30 in data132){
if(!(pattern8.test(key30))){
const err222 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data132};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
for(const key31 in data132){
if(pattern8.test(key31)){
let data133 = data132[key31];
if((((typeof data133 !== "string") && (!(typeof data133 == "number"))) && (typeof data133 !== "boolean")) && (data133 !== null)){
const err223 = {instancePath:instancePath+"/environment/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data133};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
}
}
else {
const err224 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data132};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
var _valid23 = _errs402 === errors;
if(_valid23){
valid136 = true;
passing20 = 0;
}
const _errs407 = errors;
if(Array.isArray(data132)){
const len29 = data132.length;
for(let i40=0; i40<len29; i40++){
let data134 = data132[i40];
if(typeof data134 !== "string"){
const err225 = {instancePath:instancePath+"/environment/" + i40,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data134};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
let i41 = data132.length;
let j11;
if(i41 > 1){
const indices11 = {};
for(;i41--;){
let item11 = data132[i41];
if(typeof item11 !== "string"){
continue;
}
if(typeof indices11[item11] == "number"){
j11 = indices11[item11];
const err226 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i41, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i41+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data132};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
break;
}
indices11[item11] = i41;
}
}
}
else {
const err227 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data132};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
var _valid23 = _errs407 === errors;
if(_valid23 && valid136){
valid136 = false;
passing20 = [passing20, 1];
}
else {
if(_valid23){
valid136 = true;
passing20 = 1;
}
}
if(!valid136){
const err228 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing20},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data132};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
else {
errors = _errs401;
if(vErrors !== null){
if(_errs401){
vErrors.length = _errs401;
}
else {
vErrors = null;
}
}
}
}
if(data.expose !== undefined){
let data135 = data.expose;
if(Array.isArray(data135)){
const len30 = data135.length;
for(let i42=0; i42<len30; i42++){
let data136 = data135[i42];
if((typeof data136 !== "string") && (!(typeof data136 == "number"))){
const err229 = {instancePath:instancePath+"/expose/" + i42,schemaPath:"#/properties/expose/items/type",keyword:"type",params:{type: schema4.properties.expose.items.type},message:"must be string,number",schema:schema4.properties.expose.items.type,parentSchema:schema4.properties.expose.items,data:data136};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
let i43 = data135.length;
let j12;
if(i43 > 1){
const indices12 = {};
for(;i43--;){
let item12 = data135[i43];
if((typeof item12 !== "string") && (!(typeof item12 == "number"))){
continue;
}
if(typeof item12 == "string"){
item12 += "_";
}
if(typeof indices12[item12] == "number"){
j12 = indices12[item12];
const err230 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/uniqueItems",keyword:"uniqueItems",params:{i: i43, j: j12},message:"must NOT have duplicate items (items ## "+j12+" and "+i43+" are identical)",schema:true,parentSchema:schema4.properties.expose,data:data135};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
break;
}
indices12[item12] = i43;
}
}
}
else {
const err231 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.expose.type,parentSchema:schema4.properties.expose,data:data135};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data.extends !== undefined){
let data137 = data.extends;
const _errs416 = errors;
let valid144 = false;
let passing21 = null;
const _errs417 = errors;
if(typeof data137 !== "string"){
const err232 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.extends.oneOf[0].type,parentSchema:schema4.properties.extends.oneOf[0],data:data137};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
var _valid24 = _errs417 === errors;
if(_valid24){
valid144 = true;
passing21 = 0;
}
const _errs419 = errors;
if(data137 && typeof data137 == "object" && !Array.isArray(data137)){
if(data137.service === undefined){
const err233 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema4.properties.extends.oneOf[1].required,parentSchema:schema4.properties.extends.oneOf[1],data:data137};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
for(const key32 in data137){
if(!((key32 === "service") || (key32 === "file"))){
const err234 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.extends.oneOf[1],data:data137};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data137.service !== undefined){
let data138 = data137.service;
if(typeof data138 !== "string"){
const err235 = {instancePath:instancePath+"/extends/service",schemaPath:"#/properties/extends/oneOf/1/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.extends.oneOf[1].properties.service.type,parentSchema:schema4.properties.extends.oneOf[1].properties.service,data:data138};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(data137.file !== undefined){
let data139 = data137.file;
if(typeof data139 !== "string"){
const err236 = {instancePath:instancePath+"/extends/file",schemaPath:"#/properties/extends/oneOf/1/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.extends.oneOf[1].properties.file.type,parentSchema:schema4.properties.extends.oneOf[1].properties.file,data:data139};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
}
else {
const err237 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.extends.oneOf[1].type,parentSchema:schema4.properties.extends.oneOf[1],data:data137};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
var _valid24 = _errs419 === errors;
if(_valid24 && valid144){
valid144 = false;
passing21 = [passing21, 1];
}
else {
if(_valid24){
valid144 = true;
passing21 = 1;
}
}
if(!valid144){
const err238 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf",keyword:"oneOf",params:{passingSchemas: passing21},message:"must match exactly one schema in oneOf",schema:schema4.properties.extends.oneOf,parentSchema:schema4.properties.extends,data:data137};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
else {
errors = _errs416;
if(vErrors !== null){
if(_errs416){
vErrors.length = _errs416;
}
else {
vErrors = null;
}
}
}
}
if(data.provider !== undefined){
let data140 = data.provider;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.type === undefined){
const err239 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema4.properties.provider.required,parentSchema:schema4.properties.provider,data:data140};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
for(const key33 in data140){
if(!(((key33 === "type") || (key33 === "options")) || (pattern0.test(key33)))){
const err240 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.provider,data:data140};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
if(data140.type !== undefined){
let data141 = data140.type;
if(typeof data141 !== "string"){
const err241 = {instancePath:instancePath+"/provider/type",schemaPath:"#/properties/provider/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.provider.properties.type.type,parentSchema:schema4.properties.provider.properties.type,data:data141};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data140.options !== undefined){
let data142 = data140.options;
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
for(const key34 in data142){
if(pattern56.test(key34)){
let data143 = data142[key34];
const _errs434 = errors;
let valid148 = false;
let passing22 = null;
const _errs435 = errors;
if(((typeof data143 !== "string") && (!(typeof data143 == "number"))) && (typeof data143 !== "boolean")){
const err242 = {instancePath:instancePath+"/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/0/type",keyword:"type",params:{type: schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0].type},message:"must be string,number,boolean",schema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0].type,parentSchema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0],data:data143};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
var _valid25 = _errs435 === errors;
if(_valid25){
valid148 = true;
passing22 = 0;
}
const _errs437 = errors;
if(Array.isArray(data143)){
const len31 = data143.length;
for(let i44=0; i44<len31; i44++){
let data144 = data143[i44];
if(((typeof data144 !== "string") && (!(typeof data144 == "number"))) && (typeof data144 !== "boolean")){
const err243 = {instancePath:instancePath+"/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i44,schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/items/type",keyword:"type",params:{type: schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items.type},message:"must be string,number,boolean",schema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items.type,parentSchema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items,data:data144};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
else {
const err244 = {instancePath:instancePath+"/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].type,parentSchema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1],data:data143};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
var _valid25 = _errs437 === errors;
if(_valid25 && valid148){
valid148 = false;
passing22 = [passing22, 1];
}
else {
if(_valid25){
valid148 = true;
passing22 = 1;
}
}
if(!valid148){
const err245 = {instancePath:instancePath+"/provider/options/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing22},message:"must match exactly one schema in oneOf",schema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf,parentSchema:schema4.properties.provider.properties.options.patternProperties["^.+$"],data:data143};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
else {
errors = _errs434;
if(vErrors !== null){
if(_errs434){
vErrors.length = _errs434;
}
else {
vErrors = null;
}
}
}
}
}
}
else {
const err246 = {instancePath:instancePath+"/provider/options",schemaPath:"#/properties/provider/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.provider.properties.options.type,parentSchema:schema4.properties.provider.properties.options,data:data142};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
}
else {
const err247 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.provider.type,parentSchema:schema4.properties.provider,data:data140};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data.external_links !== undefined){
let data145 = data.external_links;
if(Array.isArray(data145)){
const len32 = data145.length;
for(let i45=0; i45<len32; i45++){
let data146 = data145[i45];
if(typeof data146 !== "string"){
const err248 = {instancePath:instancePath+"/external_links/" + i45,schemaPath:"#/properties/external_links/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.external_links.items.type,parentSchema:schema4.properties.external_links.items,data:data146};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
let i46 = data145.length;
let j13;
if(i46 > 1){
const indices13 = {};
for(;i46--;){
let item13 = data145[i46];
if(typeof item13 !== "string"){
continue;
}
if(typeof indices13[item13] == "number"){
j13 = indices13[item13];
const err249 = {instancePath:instancePath+"/external_links",schemaPath:"#/properties/external_links/uniqueItems",keyword:"uniqueItems",params:{i: i46, j: j13},message:"must NOT have duplicate items (items ## "+j13+" and "+i46+" are identical)",schema:true,parentSchema:schema4.properties.external_links,data:data145};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
break;
}
indices13[item13] = i46;
}
}
}
else {
const err250 = {instancePath:instancePath+"/external_links",schemaPath:"#/properties/external_links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.external_links.type,parentSchema:schema4.properties.external_links,data:data145};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data.extra_hosts !== undefined){
let data147 = data.extra_hosts;
const _errs447 = errors;
let valid155 = false;
let passing23 = null;
const _errs448 = errors;
if(data147 && typeof data147 == "object" && !Array.isArray(data147)){
for(const key35 in data147){
if(!(pattern8.test(key35))){
const err251 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties",schema:false,parentSchema:schema21.oneOf[0],data:data147};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
for(const key36 in data147){
if(pattern8.test(key36)){
let data148 = data147[key36];
const _errs452 = errors;
let valid157 = false;
let passing24 = null;
const _errs453 = errors;
if(typeof data148 !== "string"){
const err252 = {instancePath:instancePath+"/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.oneOf[0].patternProperties[".+"].oneOf[0].type,parentSchema:schema21.oneOf[0].patternProperties[".+"].oneOf[0],data:data148};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
var _valid27 = _errs453 === errors;
if(_valid27){
valid157 = true;
passing24 = 0;
}
const _errs455 = errors;
if(Array.isArray(data148)){
const len33 = data148.length;
for(let i47=0; i47<len33; i47++){
let data149 = data148[i47];
if(typeof data149 !== "string"){
const err253 = {instancePath:instancePath+"/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i47,schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.oneOf[0].patternProperties[".+"].oneOf[1].items.type,parentSchema:schema21.oneOf[0].patternProperties[".+"].oneOf[1].items,data:data149};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
}
else {
const err254 = {instancePath:instancePath+"/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.oneOf[0].patternProperties[".+"].oneOf[1].type,parentSchema:schema21.oneOf[0].patternProperties[".+"].oneOf[1],data:data148};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
var _valid27 = _errs455 === errors;
if(_valid27 && valid157){
valid157 = false;
passing24 = [passing24, 1];
}
else {
if(_valid27){
valid157 = true;
passing24 = 1;
}
}
if(!valid157){
const err255 = {instancePath:instancePath+"/extra_hosts/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/extra_hosts/oneOf/0/patternProperties/.%2B/oneOf",keyword:"oneOf",params:{passingSchemas: passing24},message:"must match exactly one schema in oneOf",schema:schema21.oneOf[0].patternProperties[".+"].oneOf,parentSchema:schema21.oneOf[0].patternProperties[".+"],data:data148};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
else {
errors = _errs452;
if(vErrors !== null){
if(_errs452){
vErrors.length = _errs452;
}
else {
vErrors = null;
}
}
}
}
}
}
else {
const err256 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.oneOf[0].type,parentSchema:schema21.oneOf[0],data:data147};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
var _valid26 = _errs448 === errors;
if(_valid26){
valid155 = true;
passing23 = 0;
}
const _errs459 = errors;
if(Array.isArray(data147)){
const len34 = data147.length;
for(let i48=0; i48<len34; i48++){
let data150 = data147[i48];
if(typeof data150 !== "string"){
const err257 = {instancePath:instancePath+"/extra_hosts/" + i48,schemaPath:"#/definitions/extra_hosts/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.oneOf[1].items.type,parentSchema:schema21.oneOf[1].items,data:data150};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
let i49 = data147.length;
let j14;
if(i49 > 1){
const indices14 = {};
for(;i49--;){
let item14 = data147[i49];
if(typeof item14 !== "string"){
continue;
}
if(typeof indices14[item14] == "number"){
j14 = indices14[item14];
const err258 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i49, j: j14},message:"must NOT have duplicate items (items ## "+j14+" and "+i49+" are identical)",schema:true,parentSchema:schema21.oneOf[1],data:data147};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
break;
}
indices14[item14] = i49;
}
}
}
else {
const err259 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.oneOf[1].type,parentSchema:schema21.oneOf[1],data:data147};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
var _valid26 = _errs459 === errors;
if(_valid26 && valid155){
valid155 = false;
passing23 = [passing23, 1];
}
else {
if(_valid26){
valid155 = true;
passing23 = 1;
}
}
if(!valid155){
const err260 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/definitions/extra_hosts/oneOf",keyword:"oneOf",params:{passingSchemas: passing23},message:"must match exactly one schema in oneOf",schema:schema21.oneOf,parentSchema:schema21,data:data147};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
else {
errors = _errs447;
if(vErrors !== null){
if(_errs447){
vErrors.length = _errs447;
}
else {
vErrors = null;
}
}
}
}
if(data.gpus !== undefined){
if(!(validate19(data.gpus, {instancePath:instancePath+"/gpus",parentData:data,parentDataProperty:"gpus",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.group_add !== undefined){
let data152 = data.group_add;
if(Array.isArray(data152)){
const len35 = data152.length;
for(let i50=0; i50<len35; i50++){
let data153 = data152[i50];
if((typeof data153 !== "string") && (!(typeof data153 == "number"))){
const err261 = {instancePath:instancePath+"/group_add/" + i50,schemaPath:"#/properties/group_add/items/type",keyword:"type",params:{type: schema4.properties.group_add.items.type},message:"must be string,number",schema:schema4.properties.group_add.items.type,parentSchema:schema4.properties.group_add.items,data:data153};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
let i51 = data152.length;
let j15;
if(i51 > 1){
const indices15 = {};
for(;i51--;){
let item15 = data152[i51];
if((typeof item15 !== "string") && (!(typeof item15 == "number"))){
continue;
}
if(typeof item15 == "string"){
item15 += "_";
}
if(typeof indices15[item15] == "number"){
j15 = indices15[item15];
const err262 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/uniqueItems",keyword:"uniqueItems",params:{i: i51, j: j15},message:"must NOT have duplicate items (items ## "+j15+" and "+i51+" are identical)",schema:true,parentSchema:schema4.properties.group_add,data:data152};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
break;
}
indices15[item15] = i51;
}
}
}
else {
const err263 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.group_add.type,parentSchema:schema4.properties.group_add,data:data152};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data.healthcheck !== undefined){
let data154 = data.healthcheck;
if(data154 && typeof data154 == "object" && !Array.isArray(data154)){
for(const key37 in data154){
if(!((((((((key37 === "disable") || (key37 === "interval")) || (key37 === "retries")) || (key37 === "test")) || (key37 === "timeout")) || (key37 === "start_period")) || (key37 === "start_interval")) || (pattern0.test(key37)))){
const err264 = {instancePath:instancePath+"/healthcheck",schemaPath:"#/definitions/healthcheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data:data154};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data154.disable !== undefined){
let data155 = data154.disable;
if((typeof data155 !== "boolean") && (typeof data155 !== "string")){
const err265 = {instancePath:instancePath+"/healthcheck/disable",schemaPath:"#/definitions/healthcheck/properties/disable/type",keyword:"type",params:{type: schema42.properties.disable.type},message:"must be boolean,string",schema:schema42.properties.disable.type,parentSchema:schema42.properties.disable,data:data155};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data154.interval !== undefined){
let data156 = data154.interval;
if(typeof data156 !== "string"){
const err266 = {instancePath:instancePath+"/healthcheck/interval",schemaPath:"#/definitions/healthcheck/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.interval.type,parentSchema:schema42.properties.interval,data:data156};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data154.retries !== undefined){
let data157 = data154.retries;
if((!(typeof data157 == "number")) && (typeof data157 !== "string")){
const err267 = {instancePath:instancePath+"/healthcheck/retries",schemaPath:"#/definitions/healthcheck/properties/retries/type",keyword:"type",params:{type: schema42.properties.retries.type},message:"must be number,string",schema:schema42.properties.retries.type,parentSchema:schema42.properties.retries,data:data157};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data154.test !== undefined){
let data158 = data154.test;
const _errs479 = errors;
let valid168 = false;
let passing25 = null;
const _errs480 = errors;
if(typeof data158 !== "string"){
const err268 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/definitions/healthcheck/properties/test/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.test.oneOf[0].type,parentSchema:schema42.properties.test.oneOf[0],data:data158};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
var _valid28 = _errs480 === errors;
if(_valid28){
valid168 = true;
passing25 = 0;
}
const _errs482 = errors;
if(Array.isArray(data158)){
const len36 = data158.length;
for(let i52=0; i52<len36; i52++){
let data159 = data158[i52];
if(typeof data159 !== "string"){
const err269 = {instancePath:instancePath+"/healthcheck/test/" + i52,schemaPath:"#/definitions/healthcheck/properties/test/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.test.oneOf[1].items.type,parentSchema:schema42.properties.test.oneOf[1].items,data:data159};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
}
else {
const err270 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/definitions/healthcheck/properties/test/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.test.oneOf[1].type,parentSchema:schema42.properties.test.oneOf[1],data:data158};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
var _valid28 = _errs482 === errors;
if(_valid28 && valid168){
valid168 = false;
passing25 = [passing25, 1];
}
else {
if(_valid28){
valid168 = true;
passing25 = 1;
}
}
if(!valid168){
const err271 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/definitions/healthcheck/properties/test/oneOf",keyword:"oneOf",params:{passingSchemas: passing25},message:"must match exactly one schema in oneOf",schema:schema42.properties.test.oneOf,parentSchema:schema42.properties.test,data:data158};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
else {
errors = _errs479;
if(vErrors !== null){
if(_errs479){
vErrors.length = _errs479;
}
else {
vErrors = null;
}
}
}
}
if(data154.timeout !== undefined){
let data160 = data154.timeout;
if(typeof data160 !== "string"){
const err272 = {instancePath:instancePath+"/healthcheck/timeout",schemaPath:"#/definitions/healthcheck/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.timeout.type,parentSchema:schema42.properties.timeout,data:data160};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
if(data154.start_period !== undefined){
let data161 = data154.start_period;
if(typeof data161 !== "string"){
const err273 = {instancePath:instancePath+"/healthcheck/start_period",schemaPath:"#/definitions/healthcheck/properties/start_period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.start_period.type,parentSchema:schema42.properties.start_period,data:data161};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
if(data154.start_interval !== undefined){
let data162 = data154.start_interval;
if(typeof data162 !== "string"){
const err274 = {instancePath:instancePath+"/healthcheck/start_interval",schemaPath:"#/definitions/healthcheck/properties/start_interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.start_interval.type,parentSchema:schema42.properties.start_interval,data:data162};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
else {
const err275 = {instancePath:instancePath+"/healthcheck",schemaPath:"#/definitions/healthcheck/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data:data154};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data.hostname !== undefined){
let data163 = data.hostname;
if(typeof data163 !== "string"){
const err276 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.hostname.type,parentSchema:schema4.properties.hostname,data:data163};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data.image !== undefined){
let data164 = data.image;
if(typeof data164 !== "string"){
const err277 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.image.type,parentSchema:schema4.properties.image,data:data164};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
if(data.init !== undefined){
let data165 = data.init;
if((typeof data165 !== "boolean") && (typeof data165 !== "string")){
const err278 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/type",keyword:"type",params:{type: schema4.properties.init.type},message:"must be boolean,string",schema:schema4.properties.init.type,parentSchema:schema4.properties.init,data:data165};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data.ipc !== undefined){
let data166 = data.ipc;
if(typeof data166 !== "string"){
const err279 = {instancePath:instancePath+"/ipc",schemaPath:"#/properties/ipc/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ipc.type,parentSchema:schema4.properties.ipc,data:data166};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data.isolation !== undefined){
let data167 = data.isolation;
if(typeof data167 !== "string"){
const err280 = {instancePath:instancePath+"/isolation",schemaPath:"#/properties/isolation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.isolation.type,parentSchema:schema4.properties.isolation,data:data167};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
if(data.labels !== undefined){
let data168 = data.labels;
const _errs504 = errors;
let valid172 = false;
let passing26 = null;
const _errs505 = errors;
if(data168 && typeof data168 == "object" && !Array.isArray(data168)){
for(const key38 in data168){
if(!(pattern8.test(key38))){
const err281 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data168};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
for(const key39 in data168){
if(pattern8.test(key39)){
let data169 = data168[key39];
if((((typeof data169 !== "string") && (!(typeof data169 == "number"))) && (typeof data169 !== "boolean")) && (data169 !== null)){
const err282 = {instancePath:instancePath+"/labels/" + key39.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data169};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
}
}
else {
const err283 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data168};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
var _valid29 = _errs505 === errors;
if(_valid29){
valid172 = true;
passing26 = 0;
}
const _errs510 = errors;
if(Array.isArray(data168)){
const len37 = data168.length;
for(let i53=0; i53<len37; i53++){
let data170 = data168[i53];
if(typeof data170 !== "string"){
const err284 = {instancePath:instancePath+"/labels/" + i53,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data170};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
let i54 = data168.length;
let j16;
if(i54 > 1){
const indices16 = {};
for(;i54--;){
let item16 = data168[i54];
if(typeof item16 !== "string"){
continue;
}
if(typeof indices16[item16] == "number"){
j16 = indices16[item16];
const err285 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i54, j: j16},message:"must NOT have duplicate items (items ## "+j16+" and "+i54+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data168};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
break;
}
indices16[item16] = i54;
}
}
}
else {
const err286 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data168};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
var _valid29 = _errs510 === errors;
if(_valid29 && valid172){
valid172 = false;
passing26 = [passing26, 1];
}
else {
if(_valid29){
valid172 = true;
passing26 = 1;
}
}
if(!valid172){
const err287 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing26},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data168};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
else {
errors = _errs504;
if(vErrors !== null){
if(_errs504){
vErrors.length = _errs504;
}
else {
vErrors = null;
}
}
}
}
if(data.links !== undefined){
let data171 = data.links;
if(Array.isArray(data171)){
const len38 = data171.length;
for(let i55=0; i55<len38; i55++){
let data172 = data171[i55];
if(typeof data172 !== "string"){
const err288 = {instancePath:instancePath+"/links/" + i55,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.links.items.type,parentSchema:schema4.properties.links.items,data:data172};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
let i56 = data171.length;
let j17;
if(i56 > 1){
const indices17 = {};
for(;i56--;){
let item17 = data171[i56];
if(typeof item17 !== "string"){
continue;
}
if(typeof indices17[item17] == "number"){
j17 = indices17[item17];
const err289 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/uniqueItems",keyword:"uniqueItems",params:{i: i56, j: j17},message:"must NOT have duplicate items (items ## "+j17+" and "+i56+" are identical)",schema:true,parentSchema:schema4.properties.links,data:data171};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
break;
}
indices17[item17] = i56;
}
}
}
else {
const err290 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.links.type,parentSchema:schema4.properties.links,data:data171};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
if(data.logging !== undefined){
let data173 = data.logging;
if(data173 && typeof data173 == "object" && !Array.isArray(data173)){
for(const key40 in data173){
if(!(((key40 === "driver") || (key40 === "options")) || (pattern0.test(key40)))){
const err291 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.logging,data:data173};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data173.driver !== undefined){
let data174 = data173.driver;
if(typeof data174 !== "string"){
const err292 = {instancePath:instancePath+"/logging/driver",schemaPath:"#/properties/logging/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.logging.properties.driver.type,parentSchema:schema4.properties.logging.properties.driver,data:data174};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(data173.options !== undefined){
let data175 = data173.options;
if(data175 && typeof data175 == "object" && !Array.isArray(data175)){
for(const key41 in data175){
if(pattern56.test(key41)){
let data176 = data175[key41];
if(((typeof data176 !== "string") && (!(typeof data176 == "number"))) && (data176 !== null)){
const err293 = {instancePath:instancePath+"/logging/options/" + key41.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/logging/properties/options/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema4.properties.logging.properties.options.patternProperties["^.+$"].type},message:"must be string,number,null",schema:schema4.properties.logging.properties.options.patternProperties["^.+$"].type,parentSchema:schema4.properties.logging.properties.options.patternProperties["^.+$"],data:data176};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
}
}
else {
const err294 = {instancePath:instancePath+"/logging/options",schemaPath:"#/properties/logging/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.logging.properties.options.type,parentSchema:schema4.properties.logging.properties.options,data:data175};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
}
else {
const err295 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.logging.type,parentSchema:schema4.properties.logging,data:data173};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data.mac_address !== undefined){
let data177 = data.mac_address;
if(typeof data177 !== "string"){
const err296 = {instancePath:instancePath+"/mac_address",schemaPath:"#/properties/mac_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.mac_address.type,parentSchema:schema4.properties.mac_address,data:data177};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
if(data.mem_limit !== undefined){
let data178 = data.mem_limit;
if((!(typeof data178 == "number")) && (typeof data178 !== "string")){
const err297 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/properties/mem_limit/type",keyword:"type",params:{type: schema4.properties.mem_limit.type},message:"must be number,string",schema:schema4.properties.mem_limit.type,parentSchema:schema4.properties.mem_limit,data:data178};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data.mem_reservation !== undefined){
let data179 = data.mem_reservation;
if((typeof data179 !== "string") && (!((typeof data179 == "number") && (!(data179 % 1) && !isNaN(data179))))){
const err298 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/properties/mem_reservation/type",keyword:"type",params:{type: schema4.properties.mem_reservation.type},message:"must be string,integer",schema:schema4.properties.mem_reservation.type,parentSchema:schema4.properties.mem_reservation,data:data179};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data.mem_swappiness !== undefined){
let data180 = data.mem_swappiness;
if((!((typeof data180 == "number") && (!(data180 % 1) && !isNaN(data180)))) && (typeof data180 !== "string")){
const err299 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/type",keyword:"type",params:{type: schema4.properties.mem_swappiness.type},message:"must be integer,string",schema:schema4.properties.mem_swappiness.type,parentSchema:schema4.properties.mem_swappiness,data:data180};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data.memswap_limit !== undefined){
let data181 = data.memswap_limit;
if((!(typeof data181 == "number")) && (typeof data181 !== "string")){
const err300 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/type",keyword:"type",params:{type: schema4.properties.memswap_limit.type},message:"must be number,string",schema:schema4.properties.memswap_limit.type,parentSchema:schema4.properties.memswap_limit,data:data181};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
if(data.network_mode !== undefined){
let data182 = data.network_mode;
if(typeof data182 !== "string"){
const err301 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.network_mode.type,parentSchema:schema4.properties.network_mode,data:data182};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
if(data.models !== undefined){
let data183 = data.models;
const _errs540 = errors;
let valid182 = false;
let passing27 = null;
const _errs541 = errors;
if(Array.isArray(data183)){
const len39 = data183.length;
for(let i57=0; i57<len39; i57++){
let data184 = data183[i57];
if(typeof data184 !== "string"){
const err302 = {instancePath:instancePath+"/models/" + i57,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.items.type,parentSchema:schema3.items,data:data184};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
let i58 = data183.length;
let j18;
if(i58 > 1){
const indices18 = {};
for(;i58--;){
let item18 = data183[i58];
if(typeof item18 !== "string"){
continue;
}
if(typeof indices18[item18] == "number"){
j18 = indices18[item18];
const err303 = {instancePath:instancePath+"/models",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i58, j: j18},message:"must NOT have duplicate items (items ## "+j18+" and "+i58+" are identical)",schema:true,parentSchema:schema3,data:data183};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
break;
}
indices18[item18] = i58;
}
}
}
else {
const err304 = {instancePath:instancePath+"/models",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.type,parentSchema:schema3,data:data183};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
var _valid30 = _errs541 === errors;
if(_valid30){
valid182 = true;
passing27 = 0;
}
const _errs546 = errors;
if(data183 && typeof data183 == "object" && !Array.isArray(data183)){
for(const key42 in data183){
if(pattern1.test(key42)){
let data185 = data183[key42];
if(data185 && typeof data185 == "object" && !Array.isArray(data185)){
for(const key43 in data185){
if(!((key43 === "endpoint_var") || (pattern0.test(key43)))){
const err305 = {instancePath:instancePath+"/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data185};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
if(data185.endpoint_var !== undefined){
let data186 = data185.endpoint_var;
if(typeof data186 !== "string"){
const err306 = {instancePath:instancePath+"/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint_var",schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/endpoint_var/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.endpoint_var.type,parentSchema:schema4.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.endpoint_var,data:data186};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
}
else {
const err307 = {instancePath:instancePath+"/models/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].type,parentSchema:schema4.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data185};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
}
}
else {
const err308 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.models.oneOf[1].type,parentSchema:schema4.properties.models.oneOf[1],data:data183};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
var _valid30 = _errs546 === errors;
if(_valid30 && valid182){
valid182 = false;
passing27 = [passing27, 1];
}
else {
if(_valid30){
valid182 = true;
passing27 = 1;
}
}
if(!valid182){
const err309 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/oneOf",keyword:"oneOf",params:{passingSchemas: passing27},message:"must match exactly one schema in oneOf",schema:schema4.properties.models.oneOf,parentSchema:schema4.properties.models,data:data183};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
else {
errors = _errs540;
if(vErrors !== null){
if(_errs540){
vErrors.length = _errs540;
}
else {
vErrors = null;
}
}
}
}
if(data.networks !== undefined){
let data187 = data.networks;
const _errs554 = errors;
let valid189 = false;
let passing28 = null;
const _errs555 = errors;
if(Array.isArray(data187)){
const len40 = data187.length;
for(let i59=0; i59<len40; i59++){
let data188 = data187[i59];
if(typeof data188 !== "string"){
const err310 = {instancePath:instancePath+"/networks/" + i59,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.items.type,parentSchema:schema3.items,data:data188};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
let i60 = data187.length;
let j19;
if(i60 > 1){
const indices19 = {};
for(;i60--;){
let item19 = data187[i60];
if(typeof item19 !== "string"){
continue;
}
if(typeof indices19[item19] == "number"){
j19 = indices19[item19];
const err311 = {instancePath:instancePath+"/networks",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i60, j: j19},message:"must NOT have duplicate items (items ## "+j19+" and "+i60+" are identical)",schema:true,parentSchema:schema3,data:data187};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
break;
}
indices19[item19] = i60;
}
}
}
else {
const err312 = {instancePath:instancePath+"/networks",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.type,parentSchema:schema3,data:data187};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
var _valid31 = _errs555 === errors;
if(_valid31){
valid189 = true;
passing28 = 0;
}
const _errs560 = errors;
if(data187 && typeof data187 == "object" && !Array.isArray(data187)){
for(const key44 in data187){
if(!(pattern1.test(key44))){
const err313 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.networks.oneOf[1],data:data187};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
for(const key45 in data187){
if(pattern1.test(key45)){
let data189 = data187[key45];
const _errs564 = errors;
let valid195 = false;
let passing29 = null;
const _errs565 = errors;
if(data189 && typeof data189 == "object" && !Array.isArray(data189)){
for(const key46 in data189){
if(!((func0.call(schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties, key46)) || (pattern0.test(key46)))){
const err314 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0],data:data189};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
if(data189.aliases !== undefined){
let data190 = data189.aliases;
if(Array.isArray(data190)){
const len41 = data190.length;
for(let i61=0; i61<len41; i61++){
let data191 = data190[i61];
if(typeof data191 !== "string"){
const err315 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases/" + i61,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.items.type,parentSchema:schema3.items,data:data191};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
let i62 = data190.length;
let j20;
if(i62 > 1){
const indices20 = {};
for(;i62--;){
let item20 = data190[i62];
if(typeof item20 !== "string"){
continue;
}
if(typeof indices20[item20] == "number"){
j20 = indices20[item20];
const err316 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i62, j: j20},message:"must NOT have duplicate items (items ## "+j20+" and "+i62+" are identical)",schema:true,parentSchema:schema3,data:data190};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
break;
}
indices20[item20] = i62;
}
}
}
else {
const err317 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.type,parentSchema:schema3,data:data190};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
if(data189.interface_name !== undefined){
let data192 = data189.interface_name;
if(typeof data192 !== "string"){
const err318 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/interface_name",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/interface_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.interface_name.type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.interface_name,data:data192};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data189.ipv4_address !== undefined){
let data193 = data189.ipv4_address;
if(typeof data193 !== "string"){
const err319 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv4_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv4_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv4_address.type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv4_address,data:data193};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
if(data189.ipv6_address !== undefined){
let data194 = data189.ipv6_address;
if(typeof data194 !== "string"){
const err320 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv6_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv6_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv6_address.type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv6_address,data:data194};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
if(data189.link_local_ips !== undefined){
let data195 = data189.link_local_ips;
if(Array.isArray(data195)){
const len42 = data195.length;
for(let i63=0; i63<len42; i63++){
let data196 = data195[i63];
if(typeof data196 !== "string"){
const err321 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/link_local_ips/" + i63,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.items.type,parentSchema:schema3.items,data:data196};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
let i64 = data195.length;
let j21;
if(i64 > 1){
const indices21 = {};
for(;i64--;){
let item21 = data195[i64];
if(typeof item21 !== "string"){
continue;
}
if(typeof indices21[item21] == "number"){
j21 = indices21[item21];
const err322 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/link_local_ips",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i64, j: j21},message:"must NOT have duplicate items (items ## "+j21+" and "+i64+" are identical)",schema:true,parentSchema:schema3,data:data195};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
break;
}
indices21[item21] = i64;
}
}
}
else {
const err323 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/link_local_ips",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.type,parentSchema:schema3,data:data195};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
if(data189.mac_address !== undefined){
let data197 = data189.mac_address;
if(typeof data197 !== "string"){
const err324 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/mac_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/mac_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.mac_address.type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.mac_address,data:data197};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(data189.driver_opts !== undefined){
let data198 = data189.driver_opts;
if(data198 && typeof data198 == "object" && !Array.isArray(data198)){
for(const key47 in data198){
if(pattern56.test(key47)){
let data199 = data198[key47];
if((typeof data199 !== "string") && (!(typeof data199 == "number"))){
const err325 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver_opts/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"],data:data199};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
}
}
else {
const err326 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver_opts",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts,data:data198};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data189.priority !== undefined){
let data200 = data189.priority;
const _errs591 = errors;
let valid206 = false;
const _errs592 = errors;
if(typeof data200 === "string"){
if(!pattern6.test(data200.replaceAll("$$", ""))){
const err327 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.anyOf[0],data:data200};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
else {
const err328 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.anyOf[0].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.anyOf[0],data:data200};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
var _valid33 = _errs592 === errors;
valid206 = valid206 || _valid33;
if(!valid206){
const _errs594 = errors;
if(!(typeof data200 == "number")){
const err329 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.anyOf[1].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.anyOf[1],data:data200};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
var _valid33 = _errs594 === errors;
valid206 = valid206 || _valid33;
}
if(!valid206){
const err330 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.anyOf,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority,data:data200};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
else {
errors = _errs591;
if(vErrors !== null){
if(_errs591){
vErrors.length = _errs591;
}
else {
vErrors = null;
}
}
}
}
if(data189.gw_priority !== undefined){
let data201 = data189.gw_priority;
const _errs597 = errors;
let valid207 = false;
const _errs598 = errors;
if(typeof data201 === "string"){
if(!pattern6.test(data201.replaceAll("$$", ""))){
const err331 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/gw_priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.anyOf[0],data:data201};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
else {
const err332 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/gw_priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.anyOf[0].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.anyOf[0],data:data201};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
var _valid34 = _errs598 === errors;
valid207 = valid207 || _valid34;
if(!valid207){
const _errs600 = errors;
if(!(typeof data201 == "number")){
const err333 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/gw_priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.anyOf[1].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.anyOf[1],data:data201};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
var _valid34 = _errs600 === errors;
valid207 = valid207 || _valid34;
}
if(!valid207){
const err334 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1")+"/gw_priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.anyOf,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority,data:data201};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
else {
errors = _errs597;
if(vErrors !== null){
if(_errs597){
vErrors.length = _errs597;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err335 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0],data:data189};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
var _valid32 = _errs565 === errors;
if(_valid32){
valid195 = true;
passing29 = 0;
}
const _errs602 = errors;
if(data189 !== null){
const err336 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[1].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[1],data:data189};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
var _valid32 = _errs602 === errors;
if(_valid32 && valid195){
valid195 = false;
passing29 = [passing29, 1];
}
else {
if(_valid32){
valid195 = true;
passing29 = 1;
}
}
if(!valid195){
const err337 = {instancePath:instancePath+"/networks/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing29},message:"must match exactly one schema in oneOf",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data189};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
else {
errors = _errs564;
if(vErrors !== null){
if(_errs564){
vErrors.length = _errs564;
}
else {
vErrors = null;
}
}
}
}
}
}
else {
const err338 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.networks.oneOf[1].type,parentSchema:schema4.properties.networks.oneOf[1],data:data187};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
var _valid31 = _errs560 === errors;
if(_valid31 && valid189){
valid189 = false;
passing28 = [passing28, 1];
}
else {
if(_valid31){
valid189 = true;
passing28 = 1;
}
}
if(!valid189){
const err339 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf",keyword:"oneOf",params:{passingSchemas: passing28},message:"must match exactly one schema in oneOf",schema:schema4.properties.networks.oneOf,parentSchema:schema4.properties.networks,data:data187};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
else {
errors = _errs554;
if(vErrors !== null){
if(_errs554){
vErrors.length = _errs554;
}
else {
vErrors = null;
}
}
}
}
if(data.oom_kill_disable !== undefined){
let data202 = data.oom_kill_disable;
if((typeof data202 !== "boolean") && (typeof data202 !== "string")){
const err340 = {instancePath:instancePath+"/oom_kill_disable",schemaPath:"#/properties/oom_kill_disable/type",keyword:"type",params:{type: schema4.properties.oom_kill_disable.type},message:"must be boolean,string",schema:schema4.properties.oom_kill_disable.type,parentSchema:schema4.properties.oom_kill_disable,data:data202};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data.oom_score_adj !== undefined){
let data203 = data.oom_score_adj;
const _errs607 = errors;
let valid208 = false;
let passing30 = null;
const _errs608 = errors;
if(typeof data203 !== "string"){
const err341 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.oom_score_adj.oneOf[0].type,parentSchema:schema4.properties.oom_score_adj.oneOf[0],data:data203};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
var _valid35 = _errs608 === errors;
if(_valid35){
valid208 = true;
passing30 = 0;
}
const _errs610 = errors;
if(!((typeof data203 == "number") && (!(data203 % 1) && !isNaN(data203)))){
const err342 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema4.properties.oom_score_adj.oneOf[1].type,parentSchema:schema4.properties.oom_score_adj.oneOf[1],data:data203};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
if(typeof data203 == "number"){
if(data203 > 1000 || isNaN(data203)){
const err343 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema4.properties.oom_score_adj.oneOf[1],data:data203};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
if(data203 < -1000 || isNaN(data203)){
const err344 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema4.properties.oom_score_adj.oneOf[1],data:data203};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
var _valid35 = _errs610 === errors;
if(_valid35 && valid208){
valid208 = false;
passing30 = [passing30, 1];
}
else {
if(_valid35){
valid208 = true;
passing30 = 1;
}
}
if(!valid208){
const err345 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf",keyword:"oneOf",params:{passingSchemas: passing30},message:"must match exactly one schema in oneOf",schema:schema4.properties.oom_score_adj.oneOf,parentSchema:schema4.properties.oom_score_adj,data:data203};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
else {
errors = _errs607;
if(vErrors !== null){
if(_errs607){
vErrors.length = _errs607;
}
else {
vErrors = null;
}
}
}
}
if(data.pid !== undefined){
let data204 = data.pid;
if((typeof data204 !== "string") && (data204 !== null)){
const err346 = {instancePath:instancePath+"/pid",schemaPath:"#/properties/pid/type",keyword:"type",params:{type: schema4.properties.pid.type},message:"must be string,null",schema:schema4.properties.pid.type,parentSchema:schema4.properties.pid,data:data204};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
if(data.pids_limit !== undefined){
let data205 = data.pids_limit;
if((!(typeof data205 == "number")) && (typeof data205 !== "string")){
const err347 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/type",keyword:"type",params:{type: schema4.properties.pids_limit.type},message:"must be number,string",schema:schema4.properties.pids_limit.type,parentSchema:schema4.properties.pids_limit,data:data205};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data.platform !== undefined){
let data206 = data.platform;
if(typeof data206 !== "string"){
const err348 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.platform.type,parentSchema:schema4.properties.platform,data:data206};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
if(data.ports !== undefined){
let data207 = data.ports;
if(Array.isArray(data207)){
const len43 = data207.length;
for(let i65=0; i65<len43; i65++){
let data208 = data207[i65];
const _errs621 = errors;
let valid211 = false;
let passing31 = null;
const _errs622 = errors;
if(!(typeof data208 == "number")){
const err349 = {instancePath:instancePath+"/ports/" + i65,schemaPath:"#/properties/ports/items/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema4.properties.ports.items.oneOf[0].type,parentSchema:schema4.properties.ports.items.oneOf[0],data:data208};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
var _valid36 = _errs622 === errors;
if(_valid36){
valid211 = true;
passing31 = 0;
}
const _errs624 = errors;
if(typeof data208 !== "string"){
const err350 = {instancePath:instancePath+"/ports/" + i65,schemaPath:"#/properties/ports/items/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ports.items.oneOf[1].type,parentSchema:schema4.properties.ports.items.oneOf[1],data:data208};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
var _valid36 = _errs624 === errors;
if(_valid36 && valid211){
valid211 = false;
passing31 = [passing31, 1];
}
else {
if(_valid36){
valid211 = true;
passing31 = 1;
}
const _errs626 = errors;
if(data208 && typeof data208 == "object" && !Array.isArray(data208)){
for(const key48 in data208){
if(!((((((((key48 === "name") || (key48 === "mode")) || (key48 === "host_ip")) || (key48 === "target")) || (key48 === "published")) || (key48 === "protocol")) || (key48 === "app_protocol")) || (pattern0.test(key48)))){
const err351 = {instancePath:instancePath+"/ports/" + i65,schemaPath:"#/properties/ports/items/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.ports.items.oneOf[2],data:data208};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
if(data208.name !== undefined){
let data209 = data208.name;
if(typeof data209 !== "string"){
const err352 = {instancePath:instancePath+"/ports/" + i65+"/name",schemaPath:"#/properties/ports/items/oneOf/2/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ports.items.oneOf[2].properties.name.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.name,data:data209};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
if(data208.mode !== undefined){
let data210 = data208.mode;
if(typeof data210 !== "string"){
const err353 = {instancePath:instancePath+"/ports/" + i65+"/mode",schemaPath:"#/properties/ports/items/oneOf/2/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ports.items.oneOf[2].properties.mode.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.mode,data:data210};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
if(data208.host_ip !== undefined){
let data211 = data208.host_ip;
if(typeof data211 !== "string"){
const err354 = {instancePath:instancePath+"/ports/" + i65+"/host_ip",schemaPath:"#/properties/ports/items/oneOf/2/properties/host_ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ports.items.oneOf[2].properties.host_ip.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.host_ip,data:data211};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
if(data208.target !== undefined){
let data212 = data208.target;
if((!((typeof data212 == "number") && (!(data212 % 1) && !isNaN(data212)))) && (typeof data212 !== "string")){
const err355 = {instancePath:instancePath+"/ports/" + i65+"/target",schemaPath:"#/properties/ports/items/oneOf/2/properties/target/type",keyword:"type",params:{type: schema4.properties.ports.items.oneOf[2].properties.target.type},message:"must be integer,string",schema:schema4.properties.ports.items.oneOf[2].properties.target.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.target,data:data212};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
if(data208.published !== undefined){
let data213 = data208.published;
if((typeof data213 !== "string") && (!((typeof data213 == "number") && (!(data213 % 1) && !isNaN(data213))))){
const err356 = {instancePath:instancePath+"/ports/" + i65+"/published",schemaPath:"#/properties/ports/items/oneOf/2/properties/published/type",keyword:"type",params:{type: schema4.properties.ports.items.oneOf[2].properties.published.type},message:"must be string,integer",schema:schema4.properties.ports.items.oneOf[2].properties.published.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.published,data:data213};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
if(data208.protocol !== undefined){
let data214 = data208.protocol;
if(typeof data214 !== "string"){
const err357 = {instancePath:instancePath+"/ports/" + i65+"/protocol",schemaPath:"#/properties/ports/items/oneOf/2/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ports.items.oneOf[2].properties.protocol.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.protocol,data:data214};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
if(data208.app_protocol !== undefined){
let data215 = data208.app_protocol;
if(typeof data215 !== "string"){
const err358 = {instancePath:instancePath+"/ports/" + i65+"/app_protocol",schemaPath:"#/properties/ports/items/oneOf/2/properties/app_protocol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ports.items.oneOf[2].properties.app_protocol.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.app_protocol,data:data215};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
}
else {
const err359 = {instancePath:instancePath+"/ports/" + i65,schemaPath:"#/properties/ports/items/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.ports.items.oneOf[2].type,parentSchema:schema4.properties.ports.items.oneOf[2],data:data208};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
var _valid36 = _errs626 === errors;
if(_valid36 && valid211){
valid211 = false;
passing31 = [passing31, 2];
}
else {
if(_valid36){
valid211 = true;
passing31 = 2;
}
}
}
if(!valid211){
const err360 = {instancePath:instancePath+"/ports/" + i65,schemaPath:"#/properties/ports/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing31},message:"must match exactly one schema in oneOf",schema:schema4.properties.ports.items.oneOf,parentSchema:schema4.properties.ports.items,data:data208};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
else {
errors = _errs621;
if(vErrors !== null){
if(_errs621){
vErrors.length = _errs621;
}
else {
vErrors = null;
}
}
}
}
let i66 = data207.length;
let j22;
if(i66 > 1){
outer0:
for(;i66--;){
for(j22 = i66; j22--;){
if(func5(data207[i66], data207[j22])){
const err361 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/uniqueItems",keyword:"uniqueItems",params:{i: i66, j: j22},message:"must NOT have duplicate items (items ## "+j22+" and "+i66+" are identical)",schema:true,parentSchema:schema4.properties.ports,data:data207};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err362 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.ports.type,parentSchema:schema4.properties.ports,data:data207};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
if(data.post_start !== undefined){
let data216 = data.post_start;
if(Array.isArray(data216)){
const len44 = data216.length;
for(let i67=0; i67<len44; i67++){
if(!(validate10(data216[i67], {instancePath:instancePath+"/post_start/" + i67,parentData:data216,parentDataProperty:i67,rootData}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
}
else {
const err363 = {instancePath:instancePath+"/post_start",schemaPath:"#/properties/post_start/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.post_start.type,parentSchema:schema4.properties.post_start,data:data216};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
if(data.pre_stop !== undefined){
let data218 = data.pre_stop;
if(Array.isArray(data218)){
const len45 = data218.length;
for(let i68=0; i68<len45; i68++){
if(!(validate10(data218[i68], {instancePath:instancePath+"/pre_stop/" + i68,parentData:data218,parentDataProperty:i68,rootData}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
}
else {
const err364 = {instancePath:instancePath+"/pre_stop",schemaPath:"#/properties/pre_stop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.pre_stop.type,parentSchema:schema4.properties.pre_stop,data:data218};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
if(data.privileged !== undefined){
let data220 = data.privileged;
if((typeof data220 !== "boolean") && (typeof data220 !== "string")){
const err365 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: schema4.properties.privileged.type},message:"must be boolean,string",schema:schema4.properties.privileged.type,parentSchema:schema4.properties.privileged,data:data220};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data.profiles !== undefined){
let data221 = data.profiles;
if(Array.isArray(data221)){
const len46 = data221.length;
for(let i69=0; i69<len46; i69++){
let data222 = data221[i69];
if(typeof data222 !== "string"){
const err366 = {instancePath:instancePath+"/profiles/" + i69,schemaPath:"#/definitions/list_of_strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.items.type,parentSchema:schema3.items,data:data222};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
let i70 = data221.length;
let j23;
if(i70 > 1){
const indices22 = {};
for(;i70--;){
let item22 = data221[i70];
if(typeof item22 !== "string"){
continue;
}
if(typeof indices22[item22] == "number"){
j23 = indices22[item22];
const err367 = {instancePath:instancePath+"/profiles",schemaPath:"#/definitions/list_of_strings/uniqueItems",keyword:"uniqueItems",params:{i: i70, j: j23},message:"must NOT have duplicate items (items ## "+j23+" and "+i70+" are identical)",schema:true,parentSchema:schema3,data:data221};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
break;
}
indices22[item22] = i70;
}
}
}
else {
const err368 = {instancePath:instancePath+"/profiles",schemaPath:"#/definitions/list_of_strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.type,parentSchema:schema3,data:data221};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
if(data.pull_policy !== undefined){
let data223 = data.pull_policy;
const _errs657 = errors;
let valid222 = false;
const _errs658 = errors;
if(typeof data223 === "string"){
if(!pattern6.test(data223.replaceAll("$$", ""))){
const err369 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.pull_policy.anyOf[0],data:data223};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
else {
const err370 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.pull_policy.anyOf[0].type,parentSchema:schema4.properties.pull_policy.anyOf[0],data:data223};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
var _valid37 = _errs658 === errors;
valid222 = valid222 || _valid37;
if(!valid222){
const _errs660 = errors;
if(typeof data223 === "string"){
if(!pattern78.test(data223)){
const err371 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/anyOf/1/pattern",keyword:"pattern",params:{pattern: "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"},message:"must match pattern \""+"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"+"\"",schema:"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+",parentSchema:schema4.properties.pull_policy.anyOf[1],data:data223};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
else {
const err372 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.pull_policy.anyOf[1].type,parentSchema:schema4.properties.pull_policy.anyOf[1],data:data223};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
var _valid37 = _errs660 === errors;
valid222 = valid222 || _valid37;
}
if(!valid222){
const err373 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.pull_policy.anyOf,parentSchema:schema4.properties.pull_policy,data:data223};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
else {
errors = _errs657;
if(vErrors !== null){
if(_errs657){
vErrors.length = _errs657;
}
else {
vErrors = null;
}
}
}
}
if(data.pull_refresh_after !== undefined){
let data224 = data.pull_refresh_after;
if(typeof data224 !== "string"){
const err374 = {instancePath:instancePath+"/pull_refresh_after",schemaPath:"#/properties/pull_refresh_after/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.pull_refresh_after.type,parentSchema:schema4.properties.pull_refresh_after,data:data224};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
if(data.read_only !== undefined){
let data225 = data.read_only;
if((typeof data225 !== "boolean") && (typeof data225 !== "string")){
const err375 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: schema4.properties.read_only.type},message:"must be boolean,string",schema:schema4.properties.read_only.type,parentSchema:schema4.properties.read_only,data:data225};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
if(data.restart !== undefined){
let data226 = data.restart;
if(typeof data226 !== "string"){
const err376 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.restart.type,parentSchema:schema4.properties.restart,data:data226};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data.runtime !== undefined){
let data227 = data.runtime;
if(typeof data227 !== "string"){
const err377 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.runtime.type,parentSchema:schema4.properties.runtime,data:data227};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
if(data.scale !== undefined){
let data228 = data.scale;
if((!((typeof data228 == "number") && (!(data228 % 1) && !isNaN(data228)))) && (typeof data228 !== "string")){
const err378 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/type",keyword:"type",params:{type: schema4.properties.scale.type},message:"must be integer,string",schema:schema4.properties.scale.type,parentSchema:schema4.properties.scale,data:data228};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
if(data.security_opt !== undefined){
let data229 = data.security_opt;
if(Array.isArray(data229)){
const len47 = data229.length;
for(let i71=0; i71<len47; i71++){
let data230 = data229[i71];
if(typeof data230 !== "string"){
const err379 = {instancePath:instancePath+"/security_opt/" + i71,schemaPath:"#/properties/security_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.security_opt.items.type,parentSchema:schema4.properties.security_opt.items,data:data230};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
let i72 = data229.length;
let j24;
if(i72 > 1){
const indices23 = {};
for(;i72--;){
let item23 = data229[i72];
if(typeof item23 !== "string"){
continue;
}
if(typeof indices23[item23] == "number"){
j24 = indices23[item23];
const err380 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/uniqueItems",keyword:"uniqueItems",params:{i: i72, j: j24},message:"must NOT have duplicate items (items ## "+j24+" and "+i72+" are identical)",schema:true,parentSchema:schema4.properties.security_opt,data:data229};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
break;
}
indices23[item23] = i72;
}
}
}
else {
const err381 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.security_opt.type,parentSchema:schema4.properties.security_opt,data:data229};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
if(data.shm_size !== undefined){
let data231 = data.shm_size;
if((!(typeof data231 == "number")) && (typeof data231 !== "string")){
const err382 = {instancePath:instancePath+"/shm_size",schemaPath:"#/properties/shm_size/type",keyword:"type",params:{type: schema4.properties.shm_size.type},message:"must be number,string",schema:schema4.properties.shm_size.type,parentSchema:schema4.properties.shm_size,data:data231};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
if(data.secrets !== undefined){
let data232 = data.secrets;
if(Array.isArray(data232)){
const len48 = data232.length;
for(let i73=0; i73<len48; i73++){
let data233 = data232[i73];
const _errs682 = errors;
let valid229 = false;
let passing32 = null;
const _errs683 = errors;
if(typeof data233 !== "string"){
const err383 = {instancePath:instancePath+"/secrets/" + i73,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[0].type,parentSchema:schema22.items.oneOf[0],data:data233};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
var _valid38 = _errs683 === errors;
if(_valid38){
valid229 = true;
passing32 = 0;
}
const _errs685 = errors;
if(data233 && typeof data233 == "object" && !Array.isArray(data233)){
for(const key49 in data233){
if(!((((((key49 === "source") || (key49 === "target")) || (key49 === "uid")) || (key49 === "gid")) || (key49 === "mode")) || (pattern0.test(key49)))){
const err384 = {instancePath:instancePath+"/secrets/" + i73,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties",schema:false,parentSchema:schema22.items.oneOf[1],data:data233};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
if(data233.source !== undefined){
let data234 = data233.source;
if(typeof data234 !== "string"){
const err385 = {instancePath:instancePath+"/secrets/" + i73+"/source",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[1].properties.source.type,parentSchema:schema22.items.oneOf[1].properties.source,data:data234};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
if(data233.target !== undefined){
let data235 = data233.target;
if(typeof data235 !== "string"){
const err386 = {instancePath:instancePath+"/secrets/" + i73+"/target",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[1].properties.target.type,parentSchema:schema22.items.oneOf[1].properties.target,data:data235};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
if(data233.uid !== undefined){
let data236 = data233.uid;
if(typeof data236 !== "string"){
const err387 = {instancePath:instancePath+"/secrets/" + i73+"/uid",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[1].properties.uid.type,parentSchema:schema22.items.oneOf[1].properties.uid,data:data236};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
if(data233.gid !== undefined){
let data237 = data233.gid;
if(typeof data237 !== "string"){
const err388 = {instancePath:instancePath+"/secrets/" + i73+"/gid",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/gid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.items.oneOf[1].properties.gid.type,parentSchema:schema22.items.oneOf[1].properties.gid,data:data237};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data233.mode !== undefined){
let data238 = data233.mode;
if((!(typeof data238 == "number")) && (typeof data238 !== "string")){
const err389 = {instancePath:instancePath+"/secrets/" + i73+"/mode",schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/properties/mode/type",keyword:"type",params:{type: schema22.items.oneOf[1].properties.mode.type},message:"must be number,string",schema:schema22.items.oneOf[1].properties.mode.type,parentSchema:schema22.items.oneOf[1].properties.mode,data:data238};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
}
else {
const err390 = {instancePath:instancePath+"/secrets/" + i73,schemaPath:"#/definitions/service_config_or_secret/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.items.oneOf[1].type,parentSchema:schema22.items.oneOf[1],data:data233};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
var _valid38 = _errs685 === errors;
if(_valid38 && valid229){
valid229 = false;
passing32 = [passing32, 1];
}
else {
if(_valid38){
valid229 = true;
passing32 = 1;
}
}
if(!valid229){
const err391 = {instancePath:instancePath+"/secrets/" + i73,schemaPath:"#/definitions/service_config_or_secret/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing32},message:"must match exactly one schema in oneOf",schema:schema22.items.oneOf,parentSchema:schema22.items,data:data233};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
else {
errors = _errs682;
if(vErrors !== null){
if(_errs682){
vErrors.length = _errs682;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err392 = {instancePath:instancePath+"/secrets",schemaPath:"#/definitions/service_config_or_secret/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.type,parentSchema:schema22,data:data232};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
if(data.sysctls !== undefined){
let data239 = data.sysctls;
const _errs700 = errors;
let valid232 = false;
let passing33 = null;
const _errs701 = errors;
if(data239 && typeof data239 == "object" && !Array.isArray(data239)){
for(const key50 in data239){
if(!(pattern8.test(key50))){
const err393 = {instancePath:instancePath+"/sysctls",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data239};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
for(const key51 in data239){
if(pattern8.test(key51)){
let data240 = data239[key51];
if((((typeof data240 !== "string") && (!(typeof data240 == "number"))) && (typeof data240 !== "boolean")) && (data240 !== null)){
const err394 = {instancePath:instancePath+"/sysctls/" + key51.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data240};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
}
}
else {
const err395 = {instancePath:instancePath+"/sysctls",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data239};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
var _valid39 = _errs701 === errors;
if(_valid39){
valid232 = true;
passing33 = 0;
}
const _errs706 = errors;
if(Array.isArray(data239)){
const len49 = data239.length;
for(let i74=0; i74<len49; i74++){
let data241 = data239[i74];
if(typeof data241 !== "string"){
const err396 = {instancePath:instancePath+"/sysctls/" + i74,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data241};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
let i75 = data239.length;
let j25;
if(i75 > 1){
const indices24 = {};
for(;i75--;){
let item24 = data239[i75];
if(typeof item24 !== "string"){
continue;
}
if(typeof indices24[item24] == "number"){
j25 = indices24[item24];
const err397 = {instancePath:instancePath+"/sysctls",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i75, j: j25},message:"must NOT have duplicate items (items ## "+j25+" and "+i75+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data239};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
break;
}
indices24[item24] = i75;
}
}
}
else {
const err398 = {instancePath:instancePath+"/sysctls",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data239};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
var _valid39 = _errs706 === errors;
if(_valid39 && valid232){
valid232 = false;
passing33 = [passing33, 1];
}
else {
if(_valid39){
valid232 = true;
passing33 = 1;
}
}
if(!valid232){
const err399 = {instancePath:instancePath+"/sysctls",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing33},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data239};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
else {
errors = _errs700;
if(vErrors !== null){
if(_errs700){
vErrors.length = _errs700;
}
else {
vErrors = null;
}
}
}
}
if(data.stdin_open !== undefined){
let data242 = data.stdin_open;
if((typeof data242 !== "boolean") && (typeof data242 !== "string")){
const err400 = {instancePath:instancePath+"/stdin_open",schemaPath:"#/properties/stdin_open/type",keyword:"type",params:{type: schema4.properties.stdin_open.type},message:"must be boolean,string",schema:schema4.properties.stdin_open.type,parentSchema:schema4.properties.stdin_open,data:data242};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
if(data.stop_grace_period !== undefined){
let data243 = data.stop_grace_period;
if(typeof data243 !== "string"){
const err401 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.stop_grace_period.type,parentSchema:schema4.properties.stop_grace_period,data:data243};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
if(data.stop_signal !== undefined){
let data244 = data.stop_signal;
if(typeof data244 !== "string"){
const err402 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.stop_signal.type,parentSchema:schema4.properties.stop_signal,data:data244};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
if(data.storage_opt !== undefined){
let data245 = data.storage_opt;
if(!(data245 && typeof data245 == "object" && !Array.isArray(data245))){
const err403 = {instancePath:instancePath+"/storage_opt",schemaPath:"#/properties/storage_opt/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.storage_opt.type,parentSchema:schema4.properties.storage_opt,data:data245};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
if(data.tmpfs !== undefined){
if(!(validate2(data.tmpfs, {instancePath:instancePath+"/tmpfs",parentData:data,parentDataProperty:"tmpfs",rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
if(data.tty !== undefined){
let data247 = data.tty;
if((typeof data247 !== "boolean") && (typeof data247 !== "string")){
const err404 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: schema4.properties.tty.type},message:"must be boolean,string",schema:schema4.properties.tty.type,parentSchema:schema4.properties.tty,data:data247};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
}
if(data.ulimits !== undefined){
let data248 = data.ulimits;
if(data248 && typeof data248 == "object" && !Array.isArray(data248)){
for(const key52 in data248){
if(pattern42.test(key52)){
let data249 = data248[key52];
const _errs725 = errors;
let valid239 = false;
let passing34 = null;
const _errs726 = errors;
if((!((typeof data249 == "number") && (!(data249 % 1) && !isNaN(data249)))) && (typeof data249 !== "string")){
const err405 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: schema23.patternProperties["^[a-z]+$"].oneOf[0].type},message:"must be integer,string",schema:schema23.patternProperties["^[a-z]+$"].oneOf[0].type,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[0],data:data249};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
var _valid40 = _errs726 === errors;
if(_valid40){
valid239 = true;
passing34 = 0;
}
const _errs728 = errors;
if(data249 && typeof data249 == "object" && !Array.isArray(data249)){
if(data249.soft === undefined){
const err406 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema23.patternProperties["^[a-z]+$"].oneOf[1].required,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[1],data:data249};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
if(data249.hard === undefined){
const err407 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema23.patternProperties["^[a-z]+$"].oneOf[1].required,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[1],data:data249};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
for(const key53 in data249){
if(!(((key53 === "hard") || (key53 === "soft")) || (pattern0.test(key53)))){
const err408 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties",schema:false,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[1],data:data249};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
if(data249.hard !== undefined){
let data250 = data249.hard;
if((!((typeof data250 == "number") && (!(data250 % 1) && !isNaN(data250)))) && (typeof data250 !== "string")){
const err409 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1")+"/hard",schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/hard/type",keyword:"type",params:{type: schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type},message:"must be integer,string",schema:schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.hard,data:data250};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
if(data249.soft !== undefined){
let data251 = data249.soft;
if((!((typeof data251 == "number") && (!(data251 % 1) && !isNaN(data251)))) && (typeof data251 !== "string")){
const err410 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1")+"/soft",schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/soft/type",keyword:"type",params:{type: schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type},message:"must be integer,string",schema:schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[1].properties.soft,data:data251};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
}
else {
const err411 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.patternProperties["^[a-z]+$"].oneOf[1].type,parentSchema:schema23.patternProperties["^[a-z]+$"].oneOf[1],data:data249};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
var _valid40 = _errs728 === errors;
if(_valid40 && valid239){
valid239 = false;
passing34 = [passing34, 1];
}
else {
if(_valid40){
valid239 = true;
passing34 = 1;
}
}
if(!valid239){
const err412 = {instancePath:instancePath+"/ulimits/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ulimits/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing34},message:"must match exactly one schema in oneOf",schema:schema23.patternProperties["^[a-z]+$"].oneOf,parentSchema:schema23.patternProperties["^[a-z]+$"],data:data249};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
else {
errors = _errs725;
if(vErrors !== null){
if(_errs725){
vErrors.length = _errs725;
}
else {
vErrors = null;
}
}
}
}
}
}
else {
const err413 = {instancePath:instancePath+"/ulimits",schemaPath:"#/definitions/ulimits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data248};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
if(data.use_api_socket !== undefined){
let data252 = data.use_api_socket;
const _errs736 = errors;
let valid241 = false;
const _errs737 = errors;
if(typeof data252 === "string"){
if(!pattern6.test(data252.replaceAll("$$", ""))){
const err414 = {instancePath:instancePath+"/use_api_socket",schemaPath:"#/properties/use_api_socket/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.use_api_socket.anyOf[0],data:data252};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
else {
const err415 = {instancePath:instancePath+"/use_api_socket",schemaPath:"#/properties/use_api_socket/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.use_api_socket.anyOf[0].type,parentSchema:schema4.properties.use_api_socket.anyOf[0],data:data252};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
var _valid41 = _errs737 === errors;
valid241 = valid241 || _valid41;
if(!valid241){
const _errs739 = errors;
if(typeof data252 !== "boolean"){
const err416 = {instancePath:instancePath+"/use_api_socket",schemaPath:"#/properties/use_api_socket/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema4.properties.use_api_socket.anyOf[1].type,parentSchema:schema4.properties.use_api_socket.anyOf[1],data:data252};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
var _valid41 = _errs739 === errors;
valid241 = valid241 || _valid41;
}
if(!valid241){
const err417 = {instancePath:instancePath+"/use_api_socket",schemaPath:"#/properties/use_api_socket/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.use_api_socket.anyOf,parentSchema:schema4.properties.use_api_socket,data:data252};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
else {
errors = _errs736;
if(vErrors !== null){
if(_errs736){
vErrors.length = _errs736;
}
else {
vErrors = null;
}
}
}
}
if(data.user !== undefined){
let data253 = data.user;
if(typeof data253 !== "string"){
const err418 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.user.type,parentSchema:schema4.properties.user,data:data253};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
if(data.uts !== undefined){
let data254 = data.uts;
if(typeof data254 !== "string"){
const err419 = {instancePath:instancePath+"/uts",schemaPath:"#/properties/uts/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.uts.type,parentSchema:schema4.properties.uts,data:data254};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
if(data.userns_mode !== undefined){
let data255 = data.userns_mode;
if(typeof data255 !== "string"){
const err420 = {instancePath:instancePath+"/userns_mode",schemaPath:"#/properties/userns_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.userns_mode.type,parentSchema:schema4.properties.userns_mode,data:data255};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
if(data.volumes !== undefined){
let data256 = data.volumes;
if(Array.isArray(data256)){
const len50 = data256.length;
for(let i76=0; i76<len50; i76++){
let data257 = data256[i76];
const _errs750 = errors;
let valid244 = false;
let passing35 = null;
const _errs751 = errors;
if(typeof data257 !== "string"){
const err421 = {instancePath:instancePath+"/volumes/" + i76,schemaPath:"#/properties/volumes/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[0].type,parentSchema:schema4.properties.volumes.items.oneOf[0],data:data257};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
var _valid42 = _errs751 === errors;
if(_valid42){
valid244 = true;
passing35 = 0;
}
const _errs753 = errors;
if(data257 && typeof data257 == "object" && !Array.isArray(data257)){
if(data257.type === undefined){
const err422 = {instancePath:instancePath+"/volumes/" + i76,schemaPath:"#/properties/volumes/items/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema4.properties.volumes.items.oneOf[1].required,parentSchema:schema4.properties.volumes.items.oneOf[1],data:data257};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
for(const key54 in data257){
if(!((func0.call(schema4.properties.volumes.items.oneOf[1].properties, key54)) || (pattern0.test(key54)))){
const err423 = {instancePath:instancePath+"/volumes/" + i76,schemaPath:"#/properties/volumes/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.volumes.items.oneOf[1],data:data257};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
if(data257.type !== undefined){
let data258 = data257.type;
const _errs757 = errors;
let valid246 = false;
const _errs758 = errors;
if(typeof data258 === "string"){
if(!pattern6.test(data258.replaceAll("$$", ""))){
const err424 = {instancePath:instancePath+"/volumes/" + i76+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[0],data:data258};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
else {
const err425 = {instancePath:instancePath+"/volumes/" + i76+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[0].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[0],data:data258};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
var _valid43 = _errs758 === errors;
valid246 = valid246 || _valid43;
if(!valid246){
const _errs760 = errors;
if(typeof data258 !== "string"){
const err426 = {instancePath:instancePath+"/volumes/" + i76+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[1].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[1],data:data258};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
if(!((((((data258 === "bind") || (data258 === "volume")) || (data258 === "tmpfs")) || (data258 === "cluster")) || (data258 === "npipe")) || (data258 === "image"))){
const err427 = {instancePath:instancePath+"/volumes/" + i76+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[1].enum,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[1],data:data258};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
var _valid43 = _errs760 === errors;
valid246 = valid246 || _valid43;
}
if(!valid246){
const err428 = {instancePath:instancePath+"/volumes/" + i76+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.type,data:data258};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
else {
errors = _errs757;
if(vErrors !== null){
if(_errs757){
vErrors.length = _errs757;
}
else {
vErrors = null;
}
}
}
}
if(data257.source !== undefined){
let data259 = data257.source;
if(typeof data259 !== "string"){
const err429 = {instancePath:instancePath+"/volumes/" + i76+"/source",schemaPath:"#/properties/volumes/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.source.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.source,data:data259};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
if(data257.target !== undefined){
let data260 = data257.target;
if(typeof data260 !== "string"){
const err430 = {instancePath:instancePath+"/volumes/" + i76+"/target",schemaPath:"#/properties/volumes/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.target.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.target,data:data260};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
if(data257.read_only !== undefined){
let data261 = data257.read_only;
if((typeof data261 !== "boolean") && (typeof data261 !== "string")){
const err431 = {instancePath:instancePath+"/volumes/" + i76+"/read_only",schemaPath:"#/properties/volumes/items/oneOf/1/properties/read_only/type",keyword:"type",params:{type: schema4.properties.volumes.items.oneOf[1].properties.read_only.type},message:"must be boolean,string",schema:schema4.properties.volumes.items.oneOf[1].properties.read_only.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.read_only,data:data261};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
if(data257.consistency !== undefined){
let data262 = data257.consistency;
if(typeof data262 !== "string"){
const err432 = {instancePath:instancePath+"/volumes/" + i76+"/consistency",schemaPath:"#/properties/volumes/items/oneOf/1/properties/consistency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.consistency.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.consistency,data:data262};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
if(data257.bind !== undefined){
let data263 = data257.bind;
if(data263 && typeof data263 == "object" && !Array.isArray(data263)){
for(const key55 in data263){
if(!(((((key55 === "propagation") || (key55 === "create_host_path")) || (key55 === "recursive")) || (key55 === "selinux")) || (pattern0.test(key55)))){
const err433 = {instancePath:instancePath+"/volumes/" + i76+"/bind",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind,data:data263};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
}
if(data263.propagation !== undefined){
let data264 = data263.propagation;
if(typeof data264 !== "string"){
const err434 = {instancePath:instancePath+"/volumes/" + i76+"/bind/propagation",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/propagation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.propagation.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.propagation,data:data264};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
}
if(data263.create_host_path !== undefined){
let data265 = data263.create_host_path;
if((typeof data265 !== "boolean") && (typeof data265 !== "string")){
const err435 = {instancePath:instancePath+"/volumes/" + i76+"/bind/create_host_path",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/create_host_path/type",keyword:"type",params:{type: schema4.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path.type},message:"must be boolean,string",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path,data:data265};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
if(data263.recursive !== undefined){
let data266 = data263.recursive;
const _errs778 = errors;
let valid248 = false;
const _errs779 = errors;
if(typeof data266 === "string"){
if(!pattern6.test(data266.replaceAll("$$", ""))){
const err436 = {instancePath:instancePath+"/volumes/" + i76+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[0],data:data266};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
else {
const err437 = {instancePath:instancePath+"/volumes/" + i76+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[0].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[0],data:data266};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
var _valid44 = _errs779 === errors;
valid248 = valid248 || _valid44;
if(!valid248){
const _errs781 = errors;
if(typeof data266 !== "string"){
const err438 = {instancePath:instancePath+"/volumes/" + i76+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[1].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[1],data:data266};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
if(!((((data266 === "enabled") || (data266 === "disabled")) || (data266 === "writable")) || (data266 === "readonly"))){
const err439 = {instancePath:instancePath+"/volumes/" + i76+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[1].enum,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[1],data:data266};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
var _valid44 = _errs781 === errors;
valid248 = valid248 || _valid44;
}
if(!valid248){
const err440 = {instancePath:instancePath+"/volumes/" + i76+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive,data:data266};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
else {
errors = _errs778;
if(vErrors !== null){
if(_errs778){
vErrors.length = _errs778;
}
else {
vErrors = null;
}
}
}
}
if(data263.selinux !== undefined){
let data267 = data263.selinux;
const _errs784 = errors;
let valid249 = false;
const _errs785 = errors;
if(typeof data267 === "string"){
if(!pattern6.test(data267.replaceAll("$$", ""))){
const err441 = {instancePath:instancePath+"/volumes/" + i76+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[0],data:data267};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
else {
const err442 = {instancePath:instancePath+"/volumes/" + i76+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[0].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[0],data:data267};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
var _valid45 = _errs785 === errors;
valid249 = valid249 || _valid45;
if(!valid249){
const _errs787 = errors;
if(typeof data267 !== "string"){
const err443 = {instancePath:instancePath+"/volumes/" + i76+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[1].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[1],data:data267};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
if(!((data267 === "z") || (data267 === "Z"))){
const err444 = {instancePath:instancePath+"/volumes/" + i76+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[1].enum,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[1],data:data267};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
var _valid45 = _errs787 === errors;
valid249 = valid249 || _valid45;
}
if(!valid249){
const err445 = {instancePath:instancePath+"/volumes/" + i76+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux,data:data267};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
else {
errors = _errs784;
if(vErrors !== null){
if(_errs784){
vErrors.length = _errs784;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err446 = {instancePath:instancePath+"/volumes/" + i76+"/bind",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind,data:data263};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
}
if(data257.volume !== undefined){
let data268 = data257.volume;
if(data268 && typeof data268 == "object" && !Array.isArray(data268)){
for(const key56 in data268){
if(!((((key56 === "labels") || (key56 === "nocopy")) || (key56 === "subpath")) || (pattern0.test(key56)))){
const err447 = {instancePath:instancePath+"/volumes/" + i76+"/volume",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.volume,data:data268};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
}
if(data268.labels !== undefined){
let data269 = data268.labels;
const _errs794 = errors;
let valid252 = false;
let passing36 = null;
const _errs795 = errors;
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
for(const key57 in data269){
if(!(pattern8.test(key57))){
const err448 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data269};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
for(const key58 in data269){
if(pattern8.test(key58)){
let data270 = data269[key58];
if((((typeof data270 !== "string") && (!(typeof data270 == "number"))) && (typeof data270 !== "boolean")) && (data270 !== null)){
const err449 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels/" + key58.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data270};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
}
}
else {
const err450 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data269};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
var _valid46 = _errs795 === errors;
if(_valid46){
valid252 = true;
passing36 = 0;
}
const _errs800 = errors;
if(Array.isArray(data269)){
const len51 = data269.length;
for(let i77=0; i77<len51; i77++){
let data271 = data269[i77];
if(typeof data271 !== "string"){
const err451 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels/" + i77,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data271};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
let i78 = data269.length;
let j26;
if(i78 > 1){
const indices25 = {};
for(;i78--;){
let item25 = data269[i78];
if(typeof item25 !== "string"){
continue;
}
if(typeof indices25[item25] == "number"){
j26 = indices25[item25];
const err452 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i78, j: j26},message:"must NOT have duplicate items (items ## "+j26+" and "+i78+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data269};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
break;
}
indices25[item25] = i78;
}
}
}
else {
const err453 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data269};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
var _valid46 = _errs800 === errors;
if(_valid46 && valid252){
valid252 = false;
passing36 = [passing36, 1];
}
else {
if(_valid46){
valid252 = true;
passing36 = 1;
}
}
if(!valid252){
const err454 = {instancePath:instancePath+"/volumes/" + i76+"/volume/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing36},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data269};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
else {
errors = _errs794;
if(vErrors !== null){
if(_errs794){
vErrors.length = _errs794;
}
else {
vErrors = null;
}
}
}
}
if(data268.nocopy !== undefined){
let data272 = data268.nocopy;
if((typeof data272 !== "boolean") && (typeof data272 !== "string")){
const err455 = {instancePath:instancePath+"/volumes/" + i76+"/volume/nocopy",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/properties/nocopy/type",keyword:"type",params:{type: schema4.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy.type},message:"must be boolean,string",schema:schema4.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy,data:data272};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
if(data268.subpath !== undefined){
let data273 = data268.subpath;
if(typeof data273 !== "string"){
const err456 = {instancePath:instancePath+"/volumes/" + i76+"/volume/subpath",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/properties/subpath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.volume.properties.subpath.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.volume.properties.subpath,data:data273};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
}
else {
const err457 = {instancePath:instancePath+"/volumes/" + i76+"/volume",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.volumes.items.oneOf[1].properties.volume.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.volume,data:data268};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
}
if(data257.tmpfs !== undefined){
let data274 = data257.tmpfs;
if(data274 && typeof data274 == "object" && !Array.isArray(data274)){
for(const key59 in data274){
if(!(((key59 === "size") || (key59 === "mode")) || (pattern0.test(key59)))){
const err458 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs,data:data274};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
if(data274.size !== undefined){
let data275 = data274.size;
const _errs812 = errors;
let valid258 = false;
let passing37 = null;
const _errs813 = errors;
if(!((typeof data275 == "number") && (!(data275 % 1) && !isNaN(data275)))){
const err459 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[0].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[0],data:data275};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
if(typeof data275 == "number"){
if(data275 < 0 || isNaN(data275)){
const err460 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[0],data:data275};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
}
var _valid47 = _errs813 === errors;
if(_valid47){
valid258 = true;
passing37 = 0;
}
const _errs815 = errors;
if(typeof data275 !== "string"){
const err461 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[1].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[1],data:data275};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
var _valid47 = _errs815 === errors;
if(_valid47 && valid258){
valid258 = false;
passing37 = [passing37, 1];
}
else {
if(_valid47){
valid258 = true;
passing37 = 1;
}
}
if(!valid258){
const err462 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf",keyword:"oneOf",params:{passingSchemas: passing37},message:"must match exactly one schema in oneOf",schema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size,data:data275};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
else {
errors = _errs812;
if(vErrors !== null){
if(_errs812){
vErrors.length = _errs812;
}
else {
vErrors = null;
}
}
}
}
if(data274.mode !== undefined){
let data276 = data274.mode;
if((!(typeof data276 == "number")) && (typeof data276 !== "string")){
const err463 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/mode/type",keyword:"type",params:{type: schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode.type},message:"must be number,string",schema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode,data:data276};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
}
else {
const err464 = {instancePath:instancePath+"/volumes/" + i76+"/tmpfs",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs,data:data274};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
}
if(data257.image !== undefined){
let data277 = data257.image;
if(data277 && typeof data277 == "object" && !Array.isArray(data277)){
for(const key60 in data277){
if(!((key60 === "subpath") || (pattern0.test(key60)))){
const err465 = {instancePath:instancePath+"/volumes/" + i76+"/image",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.image,data:data277};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
if(data277.subpath !== undefined){
let data278 = data277.subpath;
if(typeof data278 !== "string"){
const err466 = {instancePath:instancePath+"/volumes/" + i76+"/image/subpath",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/properties/subpath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.image.properties.subpath.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.image.properties.subpath,data:data278};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
}
else {
const err467 = {instancePath:instancePath+"/volumes/" + i76+"/image",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.volumes.items.oneOf[1].properties.image.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.image,data:data277};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
}
}
else {
const err468 = {instancePath:instancePath+"/volumes/" + i76,schemaPath:"#/properties/volumes/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.volumes.items.oneOf[1].type,parentSchema:schema4.properties.volumes.items.oneOf[1],data:data257};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
var _valid42 = _errs753 === errors;
if(_valid42 && valid244){
valid244 = false;
passing35 = [passing35, 1];
}
else {
if(_valid42){
valid244 = true;
passing35 = 1;
}
}
if(!valid244){
const err469 = {instancePath:instancePath+"/volumes/" + i76,schemaPath:"#/properties/volumes/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing35},message:"must match exactly one schema in oneOf",schema:schema4.properties.volumes.items.oneOf,parentSchema:schema4.properties.volumes.items,data:data257};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
else {
errors = _errs750;
if(vErrors !== null){
if(_errs750){
vErrors.length = _errs750;
}
else {
vErrors = null;
}
}
}
}
let i79 = data256.length;
let j27;
if(i79 > 1){
outer1:
for(;i79--;){
for(j27 = i79; j27--;){
if(func5(data256[i79], data256[j27])){
const err470 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/uniqueItems",keyword:"uniqueItems",params:{i: i79, j: j27},message:"must NOT have duplicate items (items ## "+j27+" and "+i79+" are identical)",schema:true,parentSchema:schema4.properties.volumes,data:data256};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err471 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.volumes.type,parentSchema:schema4.properties.volumes,data:data256};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
if(data.volumes_from !== undefined){
let data279 = data.volumes_from;
if(Array.isArray(data279)){
const len52 = data279.length;
for(let i80=0; i80<len52; i80++){
let data280 = data279[i80];
if(typeof data280 !== "string"){
const err472 = {instancePath:instancePath+"/volumes_from/" + i80,schemaPath:"#/properties/volumes_from/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes_from.items.type,parentSchema:schema4.properties.volumes_from.items,data:data280};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
let i81 = data279.length;
let j28;
if(i81 > 1){
const indices26 = {};
for(;i81--;){
let item26 = data279[i81];
if(typeof item26 !== "string"){
continue;
}
if(typeof indices26[item26] == "number"){
j28 = indices26[item26];
const err473 = {instancePath:instancePath+"/volumes_from",schemaPath:"#/properties/volumes_from/uniqueItems",keyword:"uniqueItems",params:{i: i81, j: j28},message:"must NOT have duplicate items (items ## "+j28+" and "+i81+" are identical)",schema:true,parentSchema:schema4.properties.volumes_from,data:data279};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
break;
}
indices26[item26] = i81;
}
}
}
else {
const err474 = {instancePath:instancePath+"/volumes_from",schemaPath:"#/properties/volumes_from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.volumes_from.type,parentSchema:schema4.properties.volumes_from,data:data279};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
if(data.working_dir !== undefined){
let data281 = data.working_dir;
if(typeof data281 !== "string"){
const err475 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.working_dir.type,parentSchema:schema4.properties.working_dir,data:data281};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
}
}
else {
const err476 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.type,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
validate6.errors = vErrors;
return errors === 0;
}

const schema54 = {"type":["object","null"],"description":"Network configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this network."},"driver":{"type":"string","description":"Specify which driver should be used for this network. Default is 'bridge'."},"driver_opts":{"type":"object","description":"Specify driver-specific options defined as key/value pairs.","patternProperties":{"^.+$":{"type":["string","number"]}}},"ipam":{"type":"object","description":"Custom IP Address Management configuration for this network.","properties":{"driver":{"type":"string","description":"Custom IPAM driver, instead of the default."},"config":{"type":"array","description":"List of IPAM configuration blocks.","items":{"type":"object","properties":{"subnet":{"type":"string","description":"Subnet in CIDR format that represents a network segment."},"ip_range":{"type":"string","description":"Range of IPs from which to allocate container IPs."},"gateway":{"type":"string","description":"IPv4 or IPv6 gateway for the subnet."},"aux_addresses":{"type":"object","description":"Auxiliary IPv4 or IPv6 addresses used by Network driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"options":{"type":"object","description":"Driver-specific options for the IPAM driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this network already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external network. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"internal":{"type":["boolean","string"],"description":"Create an externally isolated network."},"enable_ipv4":{"type":["boolean","string"],"description":"Enable IPv4 networking."},"enable_ipv6":{"type":["boolean","string"],"description":"Enable IPv6 networking."},"attachable":{"type":["boolean","string"],"description":"If true, standalone containers can attach to this network."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the network using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema54.type},message:"must be object,null",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((func0.call(schema54.properties, key0)) || (pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.name.type,parentSchema:schema54.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.driver !== undefined){
let data1 = data.driver;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.driver.type,parentSchema:schema54.properties.driver,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.driver_opts !== undefined){
let data2 = data.driver_opts;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(pattern56.test(key1)){
let data3 = data2[key1];
if((typeof data3 !== "string") && (!(typeof data3 == "number"))){
const err4 = {instancePath:instancePath+"/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema54.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number",schema:schema54.properties.driver_opts.patternProperties["^.+$"].type,parentSchema:schema54.properties.driver_opts.patternProperties["^.+$"],data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.properties.driver_opts.type,parentSchema:schema54.properties.driver_opts,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ipam !== undefined){
let data4 = data.ipam;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!((((key2 === "driver") || (key2 === "config")) || (key2 === "options")) || (pattern0.test(key2)))){
const err6 = {instancePath:instancePath+"/ipam",schemaPath:"#/properties/ipam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema54.properties.ipam,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.driver !== undefined){
let data5 = data4.driver;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/ipam/driver",schemaPath:"#/properties/ipam/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.ipam.properties.driver.type,parentSchema:schema54.properties.ipam.properties.driver,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.config !== undefined){
let data6 = data4.config;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key3 in data7){
if(!(((((key3 === "subnet") || (key3 === "ip_range")) || (key3 === "gateway")) || (key3 === "aux_addresses")) || (pattern0.test(key3)))){
const err8 = {instancePath:instancePath+"/ipam/config/" + i0,schemaPath:"#/properties/ipam/properties/config/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema54.properties.ipam.properties.config.items,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data7.subnet !== undefined){
let data8 = data7.subnet;
if(typeof data8 !== "string"){
const err9 = {instancePath:instancePath+"/ipam/config/" + i0+"/subnet",schemaPath:"#/properties/ipam/properties/config/items/properties/subnet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.ipam.properties.config.items.properties.subnet.type,parentSchema:schema54.properties.ipam.properties.config.items.properties.subnet,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data7.ip_range !== undefined){
let data9 = data7.ip_range;
if(typeof data9 !== "string"){
const err10 = {instancePath:instancePath+"/ipam/config/" + i0+"/ip_range",schemaPath:"#/properties/ipam/properties/config/items/properties/ip_range/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.ipam.properties.config.items.properties.ip_range.type,parentSchema:schema54.properties.ipam.properties.config.items.properties.ip_range,data:data9};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data7.gateway !== undefined){
let data10 = data7.gateway;
if(typeof data10 !== "string"){
const err11 = {instancePath:instancePath+"/ipam/config/" + i0+"/gateway",schemaPath:"#/properties/ipam/properties/config/items/properties/gateway/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.ipam.properties.config.items.properties.gateway.type,parentSchema:schema54.properties.ipam.properties.config.items.properties.gateway,data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data7.aux_addresses !== undefined){
let data11 = data7.aux_addresses;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key4 in data11){
if(!(pattern56.test(key4))){
const err12 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses",schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema54.properties.ipam.properties.config.items.properties.aux_addresses,data:data11};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key5 in data11){
if(pattern56.test(key5)){
let data12 = data11[key5];
if(typeof data12 !== "string"){
const err13 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.ipam.properties.config.items.properties.aux_addresses.patternProperties["^.+$"].type,parentSchema:schema54.properties.ipam.properties.config.items.properties.aux_addresses.patternProperties["^.+$"],data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses",schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.properties.ipam.properties.config.items.properties.aux_addresses.type,parentSchema:schema54.properties.ipam.properties.config.items.properties.aux_addresses,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/ipam/config/" + i0,schemaPath:"#/properties/ipam/properties/config/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.properties.ipam.properties.config.items.type,parentSchema:schema54.properties.ipam.properties.config.items,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/ipam/config",schemaPath:"#/properties/ipam/properties/config/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.properties.ipam.properties.config.type,parentSchema:schema54.properties.ipam.properties.config,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.options !== undefined){
let data13 = data4.options;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key6 in data13){
if(!(pattern56.test(key6))){
const err17 = {instancePath:instancePath+"/ipam/options",schemaPath:"#/properties/ipam/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema54.properties.ipam.properties.options,data:data13};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key7 in data13){
if(pattern56.test(key7)){
let data14 = data13[key7];
if(typeof data14 !== "string"){
const err18 = {instancePath:instancePath+"/ipam/options/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ipam/properties/options/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.ipam.properties.options.patternProperties["^.+$"].type,parentSchema:schema54.properties.ipam.properties.options.patternProperties["^.+$"],data:data14};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/ipam/options",schemaPath:"#/properties/ipam/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.properties.ipam.properties.options.type,parentSchema:schema54.properties.ipam.properties.options,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/ipam",schemaPath:"#/properties/ipam/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.properties.ipam.type,parentSchema:schema54.properties.ipam,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.external !== undefined){
let data15 = data.external;
if(((typeof data15 !== "boolean") && (typeof data15 !== "string")) && (!(data15 && typeof data15 == "object" && !Array.isArray(data15)))){
const err21 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema54.properties.external.type},message:"must be boolean,string,object",schema:schema54.properties.external.type,parentSchema:schema54.properties.external,data:data15};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key8 in data15){
if(!((key8 === "name") || (pattern0.test(key8)))){
const err22 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema54.properties.external,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data15.name !== undefined){
let data16 = data15.name;
if(typeof data16 !== "string"){
const err23 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.external.properties.name.type,parentSchema:schema54.properties.external.properties.name,data:data16};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
if(data.internal !== undefined){
let data17 = data.internal;
if((typeof data17 !== "boolean") && (typeof data17 !== "string")){
const err24 = {instancePath:instancePath+"/internal",schemaPath:"#/properties/internal/type",keyword:"type",params:{type: schema54.properties.internal.type},message:"must be boolean,string",schema:schema54.properties.internal.type,parentSchema:schema54.properties.internal,data:data17};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.enable_ipv4 !== undefined){
let data18 = data.enable_ipv4;
if((typeof data18 !== "boolean") && (typeof data18 !== "string")){
const err25 = {instancePath:instancePath+"/enable_ipv4",schemaPath:"#/properties/enable_ipv4/type",keyword:"type",params:{type: schema54.properties.enable_ipv4.type},message:"must be boolean,string",schema:schema54.properties.enable_ipv4.type,parentSchema:schema54.properties.enable_ipv4,data:data18};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.enable_ipv6 !== undefined){
let data19 = data.enable_ipv6;
if((typeof data19 !== "boolean") && (typeof data19 !== "string")){
const err26 = {instancePath:instancePath+"/enable_ipv6",schemaPath:"#/properties/enable_ipv6/type",keyword:"type",params:{type: schema54.properties.enable_ipv6.type},message:"must be boolean,string",schema:schema54.properties.enable_ipv6.type,parentSchema:schema54.properties.enable_ipv6,data:data19};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.attachable !== undefined){
let data20 = data.attachable;
if((typeof data20 !== "boolean") && (typeof data20 !== "string")){
const err27 = {instancePath:instancePath+"/attachable",schemaPath:"#/properties/attachable/type",keyword:"type",params:{type: schema54.properties.attachable.type},message:"must be boolean,string",schema:schema54.properties.attachable.type,parentSchema:schema54.properties.attachable,data:data20};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.labels !== undefined){
let data21 = data.labels;
const _errs51 = errors;
let valid10 = false;
let passing0 = null;
const _errs52 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key9 in data21){
if(!(pattern8.test(key9))){
const err28 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key10 in data21){
if(pattern8.test(key10)){
let data22 = data21[key10];
if((((typeof data22 !== "string") && (!(typeof data22 == "number"))) && (typeof data22 !== "boolean")) && (data22 !== null)){
const err29 = {instancePath:instancePath+"/labels/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data22};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs52 === errors;
if(_valid0){
valid10 = true;
passing0 = 0;
}
const _errs57 = errors;
if(Array.isArray(data21)){
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
let data23 = data21[i1];
if(typeof data23 !== "string"){
const err31 = {instancePath:instancePath+"/labels/" + i1,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data23};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
let i2 = data21.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data21[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err32 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err33 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs57 === errors;
if(_valid0 && valid10){
valid10 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid10 = true;
passing0 = 1;
}
}
if(!valid10){
const err34 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data21};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
}
validate25.errors = vErrors;
return errors === 0;
}

const schema56 = {"type":["object","null"],"description":"Volume configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this volume."},"driver":{"type":"string","description":"Specify which volume driver should be used for this volume."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this volume already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external volume. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the volume using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema56.type},message:"must be object,null",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "driver")) || (key0 === "driver_opts")) || (key0 === "external")) || (key0 === "labels")) || (pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.name.type,parentSchema:schema56.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.driver !== undefined){
let data1 = data.driver;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.driver.type,parentSchema:schema56.properties.driver,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.driver_opts !== undefined){
let data2 = data.driver_opts;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(pattern56.test(key1)){
let data3 = data2[key1];
if((typeof data3 !== "string") && (!(typeof data3 == "number"))){
const err4 = {instancePath:instancePath+"/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema56.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number",schema:schema56.properties.driver_opts.patternProperties["^.+$"].type,parentSchema:schema56.properties.driver_opts.patternProperties["^.+$"],data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.driver_opts.type,parentSchema:schema56.properties.driver_opts,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.external !== undefined){
let data4 = data.external;
if(((typeof data4 !== "boolean") && (typeof data4 !== "string")) && (!(data4 && typeof data4 == "object" && !Array.isArray(data4)))){
const err6 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema56.properties.external.type},message:"must be boolean,string,object",schema:schema56.properties.external.type,parentSchema:schema56.properties.external,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!((key2 === "name") || (pattern0.test(key2)))){
const err7 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.external,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.external.properties.name.type,parentSchema:schema56.properties.external.properties.name,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
if(data.labels !== undefined){
let data6 = data.labels;
const _errs17 = errors;
let valid4 = false;
let passing0 = null;
const _errs18 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(!(pattern8.test(key3))){
const err9 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key4 in data6){
if(pattern8.test(key4)){
let data7 = data6[key4];
if((((typeof data7 !== "string") && (!(typeof data7 == "number"))) && (typeof data7 !== "boolean")) && (data7 !== null)){
const err10 = {instancePath:instancePath+"/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs23 = errors;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data8 = data6[i0];
if(typeof data8 !== "string"){
const err12 = {instancePath:instancePath+"/labels/" + i0,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err13 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err14 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs23 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err15 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
validate27.errors = vErrors;
return errors === 0;
}

const schema58 = {"type":"object","description":"Secret configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this secret."},"environment":{"type":"string","description":"Name of an environment variable from which to get the secret value."},"file":{"type":"string","description":"Path to a file containing the secret value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this secret already exists and was created outside of Compose.","properties":{"name":{"type":"string","description":"Specifies the name of the external secret."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the secret using labels."},"driver":{"type":"string","description":"Specify which secret driver should be used for this secret."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"template_driver":{"type":"string","description":"Driver to use for templating the secret's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((((key0 === "name") || (key0 === "environment")) || (key0 === "file")) || (key0 === "external")) || (key0 === "labels")) || (key0 === "driver")) || (key0 === "driver_opts")) || (key0 === "template_driver")) || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.name.type,parentSchema:schema58.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.environment !== undefined){
let data1 = data.environment;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.environment.type,parentSchema:schema58.properties.environment,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.file !== undefined){
let data2 = data.file;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.file.type,parentSchema:schema58.properties.file,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.external !== undefined){
let data3 = data.external;
if(((typeof data3 !== "boolean") && (typeof data3 !== "string")) && (!(data3 && typeof data3 == "object" && !Array.isArray(data3)))){
const err4 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema58.properties.external.type},message:"must be boolean,string,object",schema:schema58.properties.external.type,parentSchema:schema58.properties.external,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name !== undefined){
let data4 = data3.name;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.external.properties.name.type,parentSchema:schema58.properties.external.properties.name,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
if(data.labels !== undefined){
let data5 = data.labels;
const _errs14 = errors;
let valid3 = false;
let passing0 = null;
const _errs15 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!(pattern8.test(key1))){
const err6 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key2 in data5){
if(pattern8.test(key2)){
let data6 = data5[key2];
if((((typeof data6 !== "string") && (!(typeof data6 == "number"))) && (typeof data6 !== "boolean")) && (data6 !== null)){
const err7 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs20 = errors;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data7 = data5[i0];
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/labels/" + i0,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i1 = data5.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data5[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err10 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err11 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs20 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err12 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
if(data.driver !== undefined){
let data8 = data.driver;
if(typeof data8 !== "string"){
const err13 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.driver.type,parentSchema:schema58.properties.driver,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.driver_opts !== undefined){
let data9 = data.driver_opts;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 in data9){
if(pattern56.test(key3)){
let data10 = data9[key3];
if((typeof data10 !== "string") && (!(typeof data10 == "number"))){
const err14 = {instancePath:instancePath+"/driver_opts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema58.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number",schema:schema58.properties.driver_opts.patternProperties["^.+$"].type,parentSchema:schema58.properties.driver_opts.patternProperties["^.+$"],data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.driver_opts.type,parentSchema:schema58.properties.driver_opts,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.template_driver !== undefined){
let data11 = data.template_driver;
if(typeof data11 !== "string"){
const err16 = {instancePath:instancePath+"/template_driver",schemaPath:"#/properties/template_driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.template_driver.type,parentSchema:schema58.properties.template_driver,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}

const schema60 = {"type":"object","description":"Config configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this config."},"content":{"type":"string","description":"Inline content of the config."},"environment":{"type":"string","description":"Name of an environment variable from which to get the config value."},"file":{"type":"string","description":"Path to a file containing the config value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this config already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external config. Deprecated: use the 'name' property instead."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the config using labels."},"template_driver":{"type":"string","description":"Driver to use for templating the config's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "content")) || (key0 === "environment")) || (key0 === "file")) || (key0 === "external")) || (key0 === "labels")) || (key0 === "template_driver")) || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.name.type,parentSchema:schema60.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.content !== undefined){
let data1 = data.content;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.content.type,parentSchema:schema60.properties.content,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.environment !== undefined){
let data2 = data.environment;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.environment.type,parentSchema:schema60.properties.environment,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.file !== undefined){
let data3 = data.file;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.file.type,parentSchema:schema60.properties.file,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.external !== undefined){
let data4 = data.external;
if(((typeof data4 !== "boolean") && (typeof data4 !== "string")) && (!(data4 && typeof data4 == "object" && !Array.isArray(data4)))){
const err5 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema60.properties.external.type},message:"must be boolean,string,object",schema:schema60.properties.external.type,parentSchema:schema60.properties.external,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.external.properties.name.type,parentSchema:schema60.properties.external.properties.name,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
if(data.labels !== undefined){
let data6 = data.labels;
const _errs16 = errors;
let valid3 = false;
let passing0 = null;
const _errs17 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!(pattern8.test(key1))){
const err7 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key2 in data6){
if(pattern8.test(key2)){
let data7 = data6[key2];
if((((typeof data7 !== "string") && (!(typeof data7 == "number"))) && (typeof data7 !== "boolean")) && (data7 !== null)){
const err8 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/list_or_dict/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs22 = errors;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data8 = data6[i0];
if(typeof data8 !== "string"){
const err10 = {instancePath:instancePath+"/labels/" + i0,schemaPath:"#/definitions/list_or_dict/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err11 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err12 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err13 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/list_or_dict/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
if(data.template_driver !== undefined){
let data9 = data.template_driver;
if(typeof data9 !== "string"){
const err14 = {instancePath:instancePath+"/template_driver",schemaPath:"#/properties/template_driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.template_driver.type,parentSchema:schema60.properties.template_driver,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}


function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="compose_spec.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((func0.call(schema0.properties, key0)) || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.version.type,parentSchema:schema0.properties.version,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.name.type,parentSchema:schema0.properties.name,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.include !== undefined){
let data2 = data.include;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate1(data2[i0], {instancePath:instancePath+"/include/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.include.type,parentSchema:schema0.properties.include,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.services !== undefined){
let data4 = data.services;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(pattern1.test(key1))){
const err4 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.services,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key2 in data4){
if(pattern1.test(key2)){
if(!(validate6(data4[key2], {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
errors = vErrors.length;
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.services.type,parentSchema:schema0.properties.services,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.models !== undefined){
let data6 = data.models;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(pattern1.test(key3)){
let data7 = data6[key3];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.model === undefined){
const err6 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/model/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'",schema:schema53.required,parentSchema:schema53,data:data7};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key4 in data7){
if(!(((((key4 === "name") || (key4 === "model")) || (key4 === "context_size")) || (key4 === "runtime_flags")) || (pattern0.test(key4)))){
const err7 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/model/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data:data7};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data7.name !== undefined){
let data8 = data7.name;
if(typeof data8 !== "string"){
const err8 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/model/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.name.type,parentSchema:schema53.properties.name,data:data8};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data7.model !== undefined){
let data9 = data7.model;
if(typeof data9 !== "string"){
const err9 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/model",schemaPath:"#/definitions/model/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.model.type,parentSchema:schema53.properties.model,data:data9};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data7.context_size !== undefined){
let data10 = data7.context_size;
const _errs24 = errors;
let valid7 = false;
const _errs25 = errors;
if(typeof data10 === "string"){
if(!pattern6.test(data10.replaceAll("$$", ""))){
const err10 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/context_size",schemaPath:"#/definitions/model/properties/context_size/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema53.properties.context_size.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/context_size",schemaPath:"#/definitions/model/properties/context_size/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.context_size.anyOf[0].type,parentSchema:schema53.properties.context_size.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid7 = valid7 || _valid0;
if(!valid7){
const _errs27 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err12 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/context_size",schemaPath:"#/definitions/model/properties/context_size/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema53.properties.context_size.anyOf[1].type,parentSchema:schema53.properties.context_size.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs27 === errors;
valid7 = valid7 || _valid0;
}
if(!valid7){
const err13 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/context_size",schemaPath:"#/definitions/model/properties/context_size/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema53.properties.context_size.anyOf,parentSchema:schema53.properties.context_size,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
if(data7.runtime_flags !== undefined){
let data11 = data7.runtime_flags;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(typeof data12 !== "string"){
const err14 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/runtime_flags/" + i1,schemaPath:"#/definitions/model/properties/runtime_flags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.runtime_flags.items.type,parentSchema:schema53.properties.runtime_flags.items,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/runtime_flags",schemaPath:"#/definitions/model/properties/runtime_flags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.runtime_flags.type,parentSchema:schema53.properties.runtime_flags,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/model/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.models.type,parentSchema:schema0.properties.models,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.networks !== undefined){
let data13 = data.networks;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key5 in data13){
if(pattern1.test(key5)){
if(!(validate25(data13[key5], {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data13,parentDataProperty:key5,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.networks.type,parentSchema:schema0.properties.networks,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.volumes !== undefined){
let data15 = data.volumes;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key6 in data15){
if(!(pattern1.test(key6))){
const err19 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.volumes,data:data15};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key7 in data15){
if(pattern1.test(key7)){
if(!(validate27(data15[key7], {instancePath:instancePath+"/volumes/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data15,parentDataProperty:key7,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.volumes.type,parentSchema:schema0.properties.volumes,data:data15};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.secrets !== undefined){
let data17 = data.secrets;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key8 in data17){
if(!(pattern1.test(key8))){
const err21 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.secrets,data:data17};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key9 in data17){
if(pattern1.test(key9)){
if(!(validate29(data17[key9], {instancePath:instancePath+"/secrets/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data17,parentDataProperty:key9,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.secrets.type,parentSchema:schema0.properties.secrets,data:data17};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.configs !== undefined){
let data19 = data.configs;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key10 in data19){
if(!(pattern1.test(key10))){
const err23 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.configs,data:data19};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key11 in data19){
if(pattern1.test(key11)){
if(!(validate31(data19[key11], {instancePath:instancePath+"/configs/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data19,parentDataProperty:key11,rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.configs.type,parentSchema:schema0.properties.configs,data:data19};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
