"use strict";
module.exports = validate0;
module.exports.default = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft-07/schema","$id":"compose_spec.json","type":"object","title":"Compose Specification","description":"The Compose file is a YAML file defining a multi-containers based application.","properties":{"version":{"type":"string","deprecated":true,"description":"declared for backward compatibility, ignored. Please remove it."},"name":{"type":"string","description":"define the Compose project name, until user defines one explicitly."},"include":{"type":"array","items":{"$ref":"#/definitions/include"},"description":"compose sub-projects to be included."},"services":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/service"}},"additionalProperties":false,"description":"The services that will be used by your application."},"models":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/model"}},"description":"Language models that will be used by your application."},"networks":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/network"}},"description":"Networks that are shared among multiple services."},"volumes":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/volume"}},"additionalProperties":false,"description":"Named volumes that are shared among multiple services."},"secrets":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/secret"}},"additionalProperties":false,"description":"Secrets that are shared among multiple services."},"configs":{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"$ref":"#/definitions/config"}},"additionalProperties":false,"description":"Configurations that are shared among multiple services."}},"patternProperties":{"^x-":{}},"additionalProperties":false,"definitions":{"service":{"type":"object","description":"Configuration for a service.","properties":{"develop":{"$ref":"#/definitions/development"},"deploy":{"$ref":"#/definitions/deployment"},"annotations":{"$ref":"#/definitions/list_or_dict"},"attach":{"type":["boolean","string"]},"build":{"description":"Configuration options for building the service's image.","oneOf":[{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},{"type":"object","properties":{"context":{"type":"string","description":"Path to the build context. Can be a relative path or a URL."},"dockerfile":{"type":"string","description":"Name of the Dockerfile to use for building the image."},"dockerfile_inline":{"type":"string","description":"Inline Dockerfile content to use instead of a Dockerfile from the build context."},"entitlements":{"type":"array","items":{"type":"string"},"description":"List of extra privileged entitlements to grant to the build process."},"args":{"$ref":"#/definitions/list_or_dict","description":"Build-time variables, specified as a map or a list of KEY=VAL pairs."},"ssh":{"$ref":"#/definitions/list_or_dict","description":"SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the built image."},"cache_from":{"type":"array","items":{"type":"string"},"description":"List of sources the image builder should use for cache resolution"},"cache_to":{"type":"array","items":{"type":"string"},"description":"Cache destinations for the build cache."},"no_cache":{"type":["boolean","string"],"description":"Do not use cache when building the image."},"additional_contexts":{"$ref":"#/definitions/list_or_dict","description":"Additional build contexts to use, specified as a map of name to context path or URL."},"network":{"type":"string","description":"Network mode to use for the build. Options include 'default', 'none', 'host', or a network name."},"pull":{"type":["boolean","string"],"description":"Always attempt to pull a newer version of the image."},"target":{"type":"string","description":"Build stage to target in a multi-stage Dockerfile."},"shm_size":{"type":["integer","string"],"description":"Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings for the build container."},"isolation":{"type":"string","description":"Container isolation technology to use for the build process."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the build container."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Secrets to expose to the build. These are accessible at build-time."},"tags":{"type":"array","items":{"type":"string"},"description":"Additional tags to apply to the built image."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for the build container."},"platforms":{"type":"array","items":{"type":"string"},"description":"Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"blkio_config":{"type":"object","description":"Block IO configuration for the service.","properties":{"device_read_bps":{"type":"array","description":"Limit read rate (bytes per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_read_iops":{"type":"array","description":"Limit read rate (IO per second) from a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_bps":{"type":"array","description":"Limit write rate (bytes per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"device_write_iops":{"type":"array","description":"Limit write rate (IO per second) to a device.","items":{"$ref":"#/definitions/blkio_limit"}},"weight":{"type":["integer","string"],"description":"Block IO weight (relative weight) for the service, between 10 and 1000."},"weight_device":{"type":"array","description":"Block IO weight (relative weight) for specific devices.","items":{"$ref":"#/definitions/blkio_weight"}}},"additionalProperties":false},"cap_add":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cap_drop":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},"cgroup":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["host","private"],"description":"Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace."}]},"cgroup_parent":{"type":"string","description":"Specify an optional parent cgroup for the container."},"command":{"$ref":"#/definitions/command","description":"Override the default command declared by the container image, for example 'CMD' in Dockerfile."},"configs":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Configs on a per-service basis."},"container_name":{"type":"string","description":"Specify a custom container name, rather than a generated default name."},"cpu_count":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0}],"description":"Number of usable CPUs."},"cpu_percent":{"oneOf":[{"type":"string"},{"type":"integer","minimum":0,"maximum":100}],"description":"Percentage of CPU resources to use."},"cpu_shares":{"type":["number","string"],"description":"CPU shares (relative weight) for the container."},"cpu_quota":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) quota."},"cpu_period":{"type":["number","string"],"description":"Limit the CPU CFS (Completely Fair Scheduler) period."},"cpu_rt_period":{"type":["number","string"],"description":"Limit the CPU real-time period in microseconds or a duration."},"cpu_rt_runtime":{"type":["number","string"],"description":"Limit the CPU real-time runtime in microseconds or a duration."},"cpus":{"type":["number","string"],"description":"Number of CPUs to use. A floating-point value is supported to request partial CPUs."},"cpuset":{"type":"string","description":"CPUs in which to allow execution (0-3, 0,1)."},"credential_spec":{"type":"object","description":"Configure the credential spec for managed service account.","properties":{"config":{"type":"string","description":"The name of the credential spec Config to use."},"file":{"type":"string","description":"Path to a credential spec file."},"registry":{"type":"string","description":"Path to a credential spec in the Windows registry."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"depends_on":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","additionalProperties":false,"patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"restart":{"type":["boolean","string"],"description":"Whether to restart dependent services when this service is restarted."},"required":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"boolean","default":true,"description":"Whether the dependency is required for the dependent service to start."}]},"condition":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["service_started","service_healthy","service_completed_successfully"],"description":"Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully."}]}},"required":["condition"]}}}],"description":"Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting."},"device_cgroup_rules":{"$ref":"#/definitions/list_of_strings","description":"Add rules to the cgroup allowed devices list."},"devices":{"type":"array","description":"List of device mappings for the container.","items":{"oneOf":[{"type":"string"},{"type":"object","required":["source"],"properties":{"source":{"type":"string","description":"Path on the host to the device."},"target":{"type":"string","description":"Path in the container where the device will be mapped."},"permissions":{"type":"string","description":"Cgroup permissions for the device (rwm)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"dns":{"$ref":"#/definitions/string_or_list","description":"Custom DNS servers to set for the service container."},"dns_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Custom DNS options to be passed to the container's DNS resolver."},"dns_search":{"$ref":"#/definitions/string_or_list","description":"Custom DNS search domains to set on the service container."},"domainname":{"type":"string","description":"Custom domain name to use for the service container."},"entrypoint":{"$ref":"#/definitions/command","description":"Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile."},"env_file":{"$ref":"#/definitions/env_file","description":"Add environment variables from a file or multiple files. Can be a single file path or a list of file paths."},"label_file":{"$ref":"#/definitions/label_file","description":"Add metadata to containers using files containing Docker labels."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Add environment variables. You can use either an array or a list of KEY=VAL pairs."},"expose":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Expose ports without publishing them to the host machine - they'll only be accessible to linked services."},"extends":{"oneOf":[{"type":"string"},{"type":"object","properties":{"service":{"type":"string","description":"The name of the service to extend."},"file":{"type":"string","description":"The file path where the service to extend is defined."}},"required":["service"],"additionalProperties":false}],"description":"Extend another service, in the current file or another file."},"provider":{"type":"object","description":"Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.","required":["type"],"properties":{"type":{"type":"string","description":"External component used by Compose to manage setup and teardown lifecycle of the service."},"options":{"type":"object","description":"Provider-specific options.","patternProperties":{"^.+$":{"oneOf":[{"type":["string","number","boolean"]},{"type":"array","items":{"type":["string","number","boolean"]}}]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external_links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to services started outside this Compose application. Specify services as <service_name>:<alias>."},"extra_hosts":{"$ref":"#/definitions/extra_hosts","description":"Add hostname mappings to the container network interface configuration."},"gpus":{"$ref":"#/definitions/gpus","description":"Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices."},"group_add":{"type":"array","items":{"type":["string","number"]},"uniqueItems":true,"description":"Add additional groups which user inside the container should be member of."},"healthcheck":{"$ref":"#/definitions/healthcheck","description":"Configure a health check for the container to monitor its health status."},"hostname":{"type":"string","description":"Define a custom hostname for the service container."},"image":{"type":"string","description":"Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID."},"init":{"type":["boolean","string"],"description":"Run as an init process inside the container that forwards signals and reaps processes."},"ipc":{"type":"string","description":"IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace."},"isolation":{"type":"string","description":"Container isolation technology to use. Supported values are platform-specific."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to containers using Docker labels. You can use either an array or a list."},"links":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name."},"logging":{"type":"object","description":"Logging configuration for the service.","properties":{"driver":{"type":"string","description":"Logging driver to use, such as 'json-file', 'syslog', 'journald', etc."},"options":{"type":"object","description":"Options for the logging driver.","patternProperties":{"^.+$":{"type":["string","number","null"]}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"mac_address":{"type":"string","description":"Container MAC address to set."},"mem_limit":{"type":["number","string"],"description":"Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes."},"mem_reservation":{"type":["string","integer"],"description":"Memory reservation for the container."},"mem_swappiness":{"type":["integer","string"],"description":"Container memory swappiness as percentage (0 to 100)."},"memswap_limit":{"type":["number","string"],"description":"Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap."},"network_mode":{"type":"string","description":"Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'."},"models":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"type":"object","properties":{"endpoint_var":{"type":"string","description":"Environment variable set to AI model endpoint."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}}],"description":"AI Models to use, referencing entries under the top-level models key."},"networks":{"oneOf":[{"$ref":"#/definitions/list_of_strings"},{"type":"object","patternProperties":{"^[a-zA-Z0-9._-]+$":{"oneOf":[{"type":"object","properties":{"aliases":{"$ref":"#/definitions/list_of_strings","description":"Alternative hostnames for this service on the network."},"interface_name":{"type":"string","description":"Interface network name used to connect to network"},"ipv4_address":{"type":"string","description":"Specify a static IPv4 address for this service on this network."},"ipv6_address":{"type":"string","description":"Specify a static IPv6 address for this service on this network."},"link_local_ips":{"$ref":"#/definitions/list_of_strings","description":"List of link-local IPs."},"mac_address":{"type":"string","description":"Specify a MAC address for this service on this network."},"driver_opts":{"type":"object","description":"Driver options for this network.","patternProperties":{"^.+$":{"type":["string","number"]}}},"priority":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"number","description":"Specify the priority for the network connection."}]},"gw_priority":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"number","description":"Specify the gateway priority for the network connection."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},{"type":"null"}]}},"additionalProperties":false}],"description":"Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration."},"oom_kill_disable":{"type":["boolean","string"],"description":"Disable OOM Killer for the container."},"oom_score_adj":{"oneOf":[{"type":"string"},{"type":"integer","minimum":-1000,"maximum":1000}],"description":"Tune host's OOM preferences for the container (accepts -1000 to 1000)."},"pid":{"type":["string","null"],"description":"PID mode for container."},"pids_limit":{"type":["number","string"],"description":"Tune a container's PIDs limit. Set to -1 for unlimited PIDs."},"platform":{"type":"string","description":"Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."},"ports":{"type":"array","description":"Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).","items":{"oneOf":[{"type":"number"},{"type":"string"},{"type":"object","properties":{"name":{"type":"string","description":"A human-readable name for this port mapping."},"mode":{"type":"string","description":"The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing."},"host_ip":{"type":"string","description":"The host IP to bind to."},"target":{"type":["integer","string"],"description":"The port inside the container."},"published":{"type":["string","integer"],"description":"The publicly exposed port."},"protocol":{"type":"string","description":"The port protocol (tcp or udp)."},"app_protocol":{"type":"string","description":"Application protocol to use with the port (e.g., http, https, mysql)."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"post_start":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run after the container starts. If any command fails, the container stops."},"pre_stop":{"type":"array","items":{"$ref":"#/definitions/service_hook"},"description":"Commands to run before the container stops. If any command fails, the container stop is aborted."},"privileged":{"type":["boolean","string"],"description":"Give extended privileges to the service container."},"profiles":{"$ref":"#/definitions/list_of_strings","description":"List of profiles for this service. When profiles are specified, services are only started when the profile is activated."},"pull_policy":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","pattern":"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+","description":"Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies."}]},"pull_refresh_after":{"type":"string","description":"Time after which to refresh the image. Used with pull_policy=refresh."},"read_only":{"type":["boolean","string"],"description":"Mount the container's filesystem as read only."},"restart":{"type":"string","description":"Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'."},"runtime":{"type":"string","description":"Runtime to use for this container, e.g., 'runc'."},"scale":{"type":["integer","string"],"description":"Number of containers to deploy for this service."},"security_opt":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Override the default labeling scheme for each container."},"shm_size":{"type":["number","string"],"description":"Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes."},"secrets":{"$ref":"#/definitions/service_config_or_secret","description":"Grant access to Secrets on a per-service basis."},"sysctls":{"$ref":"#/definitions/list_or_dict","description":"Kernel parameters to set in the container. You can use either an array or a list."},"stdin_open":{"type":["boolean","string"],"description":"Keep STDIN open even if not attached."},"stop_grace_period":{"type":"string","description":"Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')."},"stop_signal":{"type":"string","description":"Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')."},"storage_opt":{"type":"object","description":"Storage driver options for the container."},"tmpfs":{"$ref":"#/definitions/string_or_list","description":"Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list."},"tty":{"type":["boolean","string"],"description":"Allocate a pseudo-TTY to service container."},"ulimits":{"$ref":"#/definitions/ulimits","description":"Override the default ulimits for a container."},"use_api_socket":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"boolean","description":"Bind mount Docker API socket and required auth."}]},"user":{"type":"string","description":"Username or UID to run the container process as."},"uts":{"type":"string","description":"UTS namespace to use. 'host' shares the host's UTS namespace."},"userns_mode":{"type":"string","description":"User namespace to use. 'host' shares the host's user namespace."},"volumes":{"type":"array","description":"Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])","items":{"oneOf":[{"type":"string"},{"type":"object","required":["type"],"properties":{"type":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["bind","volume","tmpfs","cluster","npipe","image"],"description":"The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image."}]},"source":{"type":"string","description":"The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount."},"target":{"type":"string","description":"The path in the container where the volume is mounted."},"read_only":{"type":["boolean","string"],"description":"Flag to set the volume as read-only."},"consistency":{"type":"string","description":"The consistency requirements for the mount. Available values are platform specific."},"bind":{"type":"object","description":"Configuration specific to bind mounts.","properties":{"propagation":{"type":"string","description":"The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'."},"create_host_path":{"type":["boolean","string"],"description":"Create the host path if it doesn't exist."},"recursive":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["enabled","disabled","writable","readonly"],"description":"Recursively mount the source directory."}]},"selinux":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["z","Z"],"description":"SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":"object","description":"Configuration specific to volume mounts.","properties":{"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the volume."},"nocopy":{"type":["boolean","string"],"description":"Flag to disable copying of data from a container when a volume is created."},"subpath":{"type":"string","description":"Path within the volume to mount instead of the volume root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"tmpfs":{"type":"object","description":"Configuration specific to tmpfs mounts.","properties":{"size":{"oneOf":[{"type":"integer","minimum":0},{"type":"string"}],"description":"Size of the tmpfs mount in bytes."},"mode":{"type":["number","string"],"description":"File mode of the tmpfs in octal."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"image":{"type":"object","description":"Configuration specific to image mounts.","properties":{"subpath":{"type":"string","description":"Path within the image to mount instead of the image root."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"uniqueItems":true},"volumes_from":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)."},"working_dir":{"type":"string","description":"The working directory in which the entrypoint or command will be run"}},"patternProperties":{"^x-":{}},"additionalProperties":false},"healthcheck":{"type":"object","description":"Configuration options to determine whether the container is healthy.","properties":{"disable":{"type":["boolean","string"],"description":"Disable any container-specified healthcheck. Set to true to disable."},"interval":{"type":"string","description":"Time between running the check (e.g., '1s', '1m30s'). Default: 30s."},"retries":{"type":["number","string"],"description":"Number of consecutive failures needed to consider the container as unhealthy. Default: 3."},"test":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell."},"timeout":{"type":"string","description":"Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s."},"start_period":{"type":"string","description":"Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s."},"start_interval":{"type":"string","description":"Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"development":{"type":["object","null"],"description":"Development configuration for the service, used for development workflows.","properties":{"watch":{"type":"array","description":"Configure watch mode for the service, which monitors file changes and performs actions in response.","items":{"type":"object","required":["path","action"],"properties":{"ignore":{"$ref":"#/definitions/string_or_list","description":"Patterns to exclude from watching."},"include":{"$ref":"#/definitions/string_or_list","description":"Patterns to include in watching."},"path":{"type":"string","description":"Path to watch for changes."},"action":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["rebuild","sync","restart","sync+restart","sync+exec"],"description":"Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command."}]},"target":{"type":"string","description":"Target path in the container for sync operations."},"exec":{"$ref":"#/definitions/service_hook","description":"Command to execute when a change is detected and action is sync+exec."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"deployment":{"type":["object","null"],"description":"Deployment configuration for the service.","properties":{"mode":{"type":"string","description":"Deployment mode for the service: 'replicated' (default) or 'global'."},"endpoint_mode":{"type":"string","description":"Endpoint mode for the service: 'vip' (default) or 'dnsrr'."},"replicas":{"type":["integer","string"],"description":"Number of replicas of the service container to run."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the service."},"rollback_config":{"type":"object","description":"Configuration for rolling back a service update.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously."},"delay":{"type":"string","description":"The time to wait between each container group's rollback (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if a rollback fails: 'continue', 'pause'."},"monitor":{"type":"string","description":"Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during a rollback."},"order":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during rollbacks: 'stop-first' (default) or 'start-first'."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"update_config":{"type":"object","description":"Configuration for updating a service.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to update at a time."},"delay":{"type":"string","description":"The time to wait between updating a group of containers (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if an update fails: 'continue', 'pause', 'rollback'."},"monitor":{"type":"string","description":"Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during an update (0 to 1)."},"order":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during updates: 'stop-first' (default) or 'start-first'."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"resources":{"type":"object","description":"Resource constraints and reservations for the service.","properties":{"limits":{"type":"object","description":"Resource limits for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Limit for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"pids":{"type":["integer","string"],"description":"Maximum number of PIDs available to the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"reservations":{"type":"object","description":"Resource reservations for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Reservation for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"generic_resources":{"$ref":"#/definitions/generic_resources","description":"User-defined resources to reserve."},"devices":{"$ref":"#/definitions/devices","description":"Device reservations for the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"restart_policy":{"type":"object","description":"Restart policy for the service containers.","properties":{"condition":{"type":"string","description":"Condition for restarting the container: 'none', 'on-failure', 'any'."},"delay":{"type":"string","description":"Delay between restart attempts (e.g., '1s', '1m30s')."},"max_attempts":{"type":["integer","string"],"description":"Maximum number of restart attempts before giving up."},"window":{"type":"string","description":"Time window used to evaluate the restart policy (e.g., '1s', '1m30s')."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"placement":{"type":"object","description":"Constraints and preferences for the platform to select a physical node to run service containers","properties":{"constraints":{"type":"array","items":{"type":"string"},"description":"Placement constraints for the service (e.g., 'node.role==manager')."},"preferences":{"type":"array","description":"Placement preferences for the service.","items":{"type":"object","properties":{"spread":{"type":"string","description":"Spread tasks evenly across values of the specified node label."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"max_replicas_per_node":{"type":["integer","string"],"description":"Maximum number of replicas of the service."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"generic_resources":{"type":"array","description":"User-defined resources for services, allowing services to reserve specialized hardware resources.","items":{"type":"object","properties":{"discrete_resource_spec":{"type":"object","description":"Specification for discrete (countable) resources.","properties":{"kind":{"type":"string","description":"Type of resource (e.g., 'GPU', 'FPGA', 'SSD')."},"value":{"type":["number","string"],"description":"Number of resources of this kind to reserve."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"devices":{"type":"array","description":"Device reservations for containers, allowing services to access specific hardware devices.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of devices of this type to reserve."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific device IDs to reserve."},"driver":{"type":"string","description":"Device driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the device."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["capabilities"]}},"gpus":{"oneOf":[{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["all"],"description":"Use all available GPUs."}]},{"type":"array","description":"List of specific GPU devices to use.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the GPU needs to have (e.g., 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of GPUs to use."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific GPU device IDs to use."},"driver":{"type":"string","description":"GPU driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the GPU."}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]},"include":{"description":"Compose application or sub-projects to be included.","oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/definitions/string_or_list","description":"Path to the Compose application or sub-project files to include."},"env_file":{"$ref":"#/definitions/string_or_list","description":"Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed."},"project_directory":{"type":"string","description":"Path to resolve relative paths set in the Compose file"}},"additionalProperties":false}]},"network":{"type":["object","null"],"description":"Network configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this network."},"driver":{"type":"string","description":"Specify which driver should be used for this network. Default is 'bridge'."},"driver_opts":{"type":"object","description":"Specify driver-specific options defined as key/value pairs.","patternProperties":{"^.+$":{"type":["string","number"]}}},"ipam":{"type":"object","description":"Custom IP Address Management configuration for this network.","properties":{"driver":{"type":"string","description":"Custom IPAM driver, instead of the default."},"config":{"type":"array","description":"List of IPAM configuration blocks.","items":{"type":"object","properties":{"subnet":{"type":"string","description":"Subnet in CIDR format that represents a network segment."},"ip_range":{"type":"string","description":"Range of IPs from which to allocate container IPs."},"gateway":{"type":"string","description":"IPv4 or IPv6 gateway for the subnet."},"aux_addresses":{"type":"object","description":"Auxiliary IPv4 or IPv6 addresses used by Network driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"options":{"type":"object","description":"Driver-specific options for the IPAM driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this network already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external network. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"internal":{"type":["boolean","string"],"description":"Create an externally isolated network."},"enable_ipv4":{"type":["boolean","string"],"description":"Enable IPv4 networking."},"enable_ipv6":{"type":["boolean","string"],"description":"Enable IPv6 networking."},"attachable":{"type":["boolean","string"],"description":"If true, standalone containers can attach to this network."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the network using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"volume":{"type":["object","null"],"description":"Volume configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this volume."},"driver":{"type":"string","description":"Specify which volume driver should be used for this volume."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this volume already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external volume. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the volume using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"secret":{"type":"object","description":"Secret configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this secret."},"environment":{"type":"string","description":"Name of an environment variable from which to get the secret value."},"file":{"type":"string","description":"Path to a file containing the secret value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this secret already exists and was created outside of Compose.","properties":{"name":{"type":"string","description":"Specifies the name of the external secret."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the secret using labels."},"driver":{"type":"string","description":"Specify which secret driver should be used for this secret."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"template_driver":{"type":"string","description":"Driver to use for templating the secret's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"config":{"type":"object","description":"Config configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this config."},"content":{"type":"string","description":"Inline content of the config."},"environment":{"type":"string","description":"Name of an environment variable from which to get the config value."},"file":{"type":"string","description":"Path to a file containing the config value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this config already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external config. Deprecated: use the 'name' property instead."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the config using labels."},"template_driver":{"type":"string","description":"Driver to use for templating the config's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"model":{"type":"object","description":"Language Model for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this model."},"model":{"type":"string","description":"Language Model to run."},"context_size":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"integer"}]},"runtime_flags":{"type":"array","items":{"type":"string"},"description":"Raw runtime flags to pass to the inference engine."}},"required":["model"],"additionalProperties":false,"patternProperties":{"^x-":{}}},"command":{"oneOf":[{"type":"null","description":"No command specified, use the container's default command."},{"type":"string","description":"Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')."},{"type":"array","description":"Command as an array of strings, which will be executed directly without a shell.","items":{"type":"string","description":"Part of the command (executable or argument)."}}],"description":"Command to run in the container, which can be specified as a string (shell form) or array (exec form)."},"service_hook":{"type":"object","description":"Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.","properties":{"command":{"$ref":"#/definitions/command","description":"Command to execute as part of the hook."},"user":{"type":"string","description":"User to run the command as."},"privileged":{"type":["boolean","string"],"description":"Whether to run the command with extended privileges."},"working_dir":{"type":"string","description":"Working directory for the command."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Environment variables for the command."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]},"env_file":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"array","description":"List of paths to files containing environment variables.","items":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"object","description":"Detailed configuration for an environment file.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path to the environment file."},"format":{"type":"string","description":"Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules."},"required":{"type":["boolean","string"],"default":true,"description":"Whether the file is required. If true and the file doesn't exist, an error will be raised."}},"required":["path"]}]}}]},"label_file":{"oneOf":[{"type":"string","description":"Path to a file containing Docker labels."},{"type":"array","description":"List of paths to files containing Docker labels.","items":{"type":"string","description":"Path to a file containing Docker labels."}}]},"string_or_list":{"oneOf":[{"type":"string","description":"A single string value."},{"$ref":"#/definitions/list_of_strings","description":"A list of string values."}],"description":"Either a single string or a list of strings."},"list_of_strings":{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true},"list_or_dict":{"oneOf":[{"type":"object","description":"A dictionary mapping keys to values.","patternProperties":{".+":{"type":["string","number","boolean","null"],"description":"Value for the key, which can be a string, number, boolean, or null."}},"additionalProperties":false},{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true}],"description":"Either a dictionary mapping keys to values, or a list of strings."},"extra_hosts":{"oneOf":[{"type":"object","description":"list mapping hostnames to IP addresses.","patternProperties":{".+":{"oneOf":[{"type":"string","description":"IP address for the hostname."},{"type":"array","description":"List of IP addresses for the hostname.","items":{"type":"string","description":"IP address for the hostname."},"uniqueItems":false}]}},"additionalProperties":false},{"type":"array","description":"List of host:IP mappings in the format 'hostname:IP'.","items":{"type":"string","description":"Host:IP mapping in the format 'hostname:IP'."},"uniqueItems":true}],"description":"Additional hostnames to be defined in the container's /etc/hosts file."},"blkio_limit":{"type":"object","description":"Block IO limit for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"rate":{"type":["integer","string"],"description":"Rate limit in bytes per second or IO operations per second."}},"additionalProperties":false},"blkio_weight":{"type":"object","description":"Block IO weight for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"weight":{"type":["integer","string"],"description":"Relative weight for the device, between 10 and 1000."}},"additionalProperties":false},"service_config_or_secret":{"type":"array","description":"Configuration for service configs or secrets, defining how they are mounted in the container.","items":{"oneOf":[{"type":"string","description":"Name of the config or secret to grant access to."},{"type":"object","description":"Detailed configuration for a config or secret.","properties":{"source":{"type":"string","description":"Name of the config or secret as defined in the top-level configs or secrets section."},"target":{"type":"string","description":"Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets."},"uid":{"type":"string","description":"UID of the file in the container. Default is 0 (root)."},"gid":{"type":"string","description":"GID of the file in the container. Default is 0 (root)."},"mode":{"type":["number","string"],"description":"File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}},"ulimits":{"type":"object","description":"Container ulimit options, controlling resource limits for processes inside the container.","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"],"description":"Single value for both soft and hard limits."},{"type":"object","description":"Separate soft and hard limits.","properties":{"hard":{"type":["integer","string"],"description":"Hard limit for the ulimit type. This is the maximum allowed value."},"soft":{"type":["integer","string"],"description":"Soft limit for the ulimit type. This is the value that's actually enforced."}},"required":["soft","hard"],"additionalProperties":false,"patternProperties":{"^x-":{}}}]}}}}};
const func0 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^x-", "u");
const pattern1 = new RegExp("^[a-zA-Z0-9._-]+$", "u");
const schema1 = {"description":"Compose application or sub-projects to be included.","oneOf":[{"type":"string"},{"type":"object","properties":{"path":{"$ref":"#/definitions/string_or_list","description":"Path to the Compose application or sub-project files to include."},"env_file":{"$ref":"#/definitions/string_or_list","description":"Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed."},"project_directory":{"type":"string","description":"Path to resolve relative paths set in the Compose file"}},"additionalProperties":false}]};
const schema2 = {"oneOf":[{"type":"string","description":"A single string value."},{"$ref":"#/definitions/list_of_strings","description":"A list of string values."}],"description":"Either a single string or a list of strings."};
const schema3 = {"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true};

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.items.type,parentSchema:schema3.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
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
const err1 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.type,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}


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
if(!(validate3(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
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
const err1 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema2.oneOf,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
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
const func5 = require("ajv/dist/runtime/equal").default;
const pattern6 = new RegExp("\\$[{A-Za-z_]", "u");
const pattern39 = new RegExp("^.+$", "u");
const pattern55 = new RegExp("always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+", "u");
const schema5 = {"type":["object","null"],"description":"Development configuration for the service, used for development workflows.","properties":{"watch":{"type":"array","description":"Configure watch mode for the service, which monitors file changes and performs actions in response.","items":{"type":"object","required":["path","action"],"properties":{"ignore":{"$ref":"#/definitions/string_or_list","description":"Patterns to exclude from watching."},"include":{"$ref":"#/definitions/string_or_list","description":"Patterns to include in watching."},"path":{"type":"string","description":"Path to watch for changes."},"action":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["rebuild","sync","restart","sync+restart","sync+exec"],"description":"Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command."}]},"target":{"type":"string","description":"Target path in the container for sync operations."},"exec":{"$ref":"#/definitions/service_hook","description":"Command to execute when a change is detected and action is sync+exec."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}};
const schema6 = {"type":"object","description":"Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.","properties":{"command":{"$ref":"#/definitions/command","description":"Command to execute as part of the hook."},"user":{"type":"string","description":"User to run the command as."},"privileged":{"type":["boolean","string"],"description":"Whether to run the command with extended privileges."},"working_dir":{"type":"string","description":"Working directory for the command."},"environment":{"$ref":"#/definitions/list_or_dict","description":"Environment variables for the command."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["command"]};
const schema7 = {"oneOf":[{"type":"null","description":"No command specified, use the container's default command."},{"type":"string","description":"Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')."},{"type":"array","description":"Command as an array of strings, which will be executed directly without a shell.","items":{"type":"string","description":"Part of the command (executable or argument)."}}],"description":"Command to run in the container, which can be specified as a string (shell form) or array (exec form)."};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data !== null){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema7.oneOf[0].type,parentSchema:schema7.oneOf[0],data};
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
if(typeof data !== "string"){
const err1 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[1].type,parentSchema:schema7.oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
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
const _errs5 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/2/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.oneOf[2].items.type,parentSchema:schema7.oneOf[2].items,data:data0};
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
const err3 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema7.oneOf[2].type,parentSchema:schema7.oneOf[2],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema7.oneOf,parentSchema:schema7,data};
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
validate13.errors = vErrors;
return errors === 0;
}

const schema8 = {"oneOf":[{"type":"object","description":"A dictionary mapping keys to values.","patternProperties":{".+":{"type":["string","number","boolean","null"],"description":"Value for the key, which can be a string, number, boolean, or null."}},"additionalProperties":false},{"type":"array","description":"A list of unique string values.","items":{"type":"string","description":"A string value in the list."},"uniqueItems":true}],"description":"Either a dictionary mapping keys to values, or a list of strings."};
const pattern8 = new RegExp(".+", "u");

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(pattern8.test(key0))){
const err0 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema8.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key1 in data){
if(pattern8.test(key1)){
let data0 = data[key1];
if((((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/0/patternProperties/.%2B/type",keyword:"type",params:{type: schema8.oneOf[0].patternProperties[".+"].type},message:"must be string,number,boolean,null",schema:schema8.oneOf[0].patternProperties[".+"].type,parentSchema:schema8.oneOf[0].patternProperties[".+"],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs6 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data1 = data[i0];
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[1].items.type,parentSchema:schema8.oneOf[1].items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
const err4 = {instancePath,schemaPath:"#/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema8.oneOf[1],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema8.oneOf[1].type,parentSchema:schema8.oneOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs6 === errors;
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
const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
validate15.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate13(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data.user !== undefined){
let data1 = data.user;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.user.type,parentSchema:schema6.properties.user,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.privileged !== undefined){
let data2 = data.privileged;
if((typeof data2 !== "boolean") && (typeof data2 !== "string")){
const err3 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: schema6.properties.privileged.type},message:"must be boolean,string",schema:schema6.properties.privileged.type,parentSchema:schema6.properties.privileged,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.working_dir !== undefined){
let data3 = data.working_dir;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.working_dir.type,parentSchema:schema6.properties.working_dir,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.environment !== undefined){
if(!(validate15(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}


function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate12(data1.exec, {instancePath:instancePath+"/watch/" + i0+"/exec",parentData:data1,parentDataProperty:"exec",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
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
validate9.errors = vErrors;
return errors === 0;
}

const schema9 = {"type":["object","null"],"description":"Deployment configuration for the service.","properties":{"mode":{"type":"string","description":"Deployment mode for the service: 'replicated' (default) or 'global'."},"endpoint_mode":{"type":"string","description":"Endpoint mode for the service: 'vip' (default) or 'dnsrr'."},"replicas":{"type":["integer","string"],"description":"Number of replicas of the service container to run."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Labels to apply to the service."},"rollback_config":{"type":"object","description":"Configuration for rolling back a service update.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously."},"delay":{"type":"string","description":"The time to wait between each container group's rollback (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if a rollback fails: 'continue', 'pause'."},"monitor":{"type":"string","description":"Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during a rollback."},"order":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during rollbacks: 'stop-first' (default) or 'start-first'."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"update_config":{"type":"object","description":"Configuration for updating a service.","properties":{"parallelism":{"type":["integer","string"],"description":"The number of containers to update at a time."},"delay":{"type":"string","description":"The time to wait between updating a group of containers (e.g., '1s', '1m30s')."},"failure_action":{"type":"string","description":"Action to take if an update fails: 'continue', 'pause', 'rollback'."},"monitor":{"type":"string","description":"Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')."},"max_failure_ratio":{"type":["number","string"],"description":"Failure rate to tolerate during an update (0 to 1)."},"order":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["start-first","stop-first"],"description":"Order of operations during updates: 'stop-first' (default) or 'start-first'."}]}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"resources":{"type":"object","description":"Resource constraints and reservations for the service.","properties":{"limits":{"type":"object","description":"Resource limits for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Limit for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"pids":{"type":["integer","string"],"description":"Maximum number of PIDs available to the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"reservations":{"type":"object","description":"Resource reservations for the service containers.","properties":{"cpus":{"type":["number","string"],"description":"Reservation for how much of the available CPU resources, as number of cores, a container can use."},"memory":{"type":"string","description":"Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')."},"generic_resources":{"$ref":"#/definitions/generic_resources","description":"User-defined resources to reserve."},"devices":{"$ref":"#/definitions/devices","description":"Device reservations for the container."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"restart_policy":{"type":"object","description":"Restart policy for the service containers.","properties":{"condition":{"type":"string","description":"Condition for restarting the container: 'none', 'on-failure', 'any'."},"delay":{"type":"string","description":"Delay between restart attempts (e.g., '1s', '1m30s')."},"max_attempts":{"type":["integer","string"],"description":"Maximum number of restart attempts before giving up."},"window":{"type":"string","description":"Time window used to evaluate the restart policy (e.g., '1s', '1m30s')."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"placement":{"type":"object","description":"Constraints and preferences for the platform to select a physical node to run service containers","properties":{"constraints":{"type":"array","items":{"type":"string"},"description":"Placement constraints for the service (e.g., 'node.role==manager')."},"preferences":{"type":"array","description":"Placement preferences for the service.","items":{"type":"object","properties":{"spread":{"type":"string","description":"Spread tasks evenly across values of the specified node label."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"max_replicas_per_node":{"type":["integer","string"],"description":"Maximum number of replicas of the service."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}};
const schema10 = {"type":"array","description":"User-defined resources for services, allowing services to reserve specialized hardware resources.","items":{"type":"object","properties":{"discrete_resource_spec":{"type":"object","description":"Specification for discrete (countable) resources.","properties":{"kind":{"type":"string","description":"Type of resource (e.g., 'GPU', 'FPGA', 'SSD')."},"value":{"type":["number","string"],"description":"Number of resources of this kind to reserve."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
if(!((key0 === "discrete_resource_spec") || (pattern0.test(key0)))){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema10.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.discrete_resource_spec !== undefined){
let data1 = data0.discrete_resource_spec;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((key1 === "kind") || (key1 === "value")) || (pattern0.test(key1)))){
const err1 = {instancePath:instancePath+"/" + i0+"/discrete_resource_spec",schemaPath:"#/items/properties/discrete_resource_spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema10.items.properties.discrete_resource_spec,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.kind !== undefined){
let data2 = data1.kind;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/" + i0+"/discrete_resource_spec/kind",schemaPath:"#/items/properties/discrete_resource_spec/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.items.properties.discrete_resource_spec.properties.kind.type,parentSchema:schema10.items.properties.discrete_resource_spec.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.value !== undefined){
let data3 = data1.value;
if((!(typeof data3 == "number")) && (typeof data3 !== "string")){
const err3 = {instancePath:instancePath+"/" + i0+"/discrete_resource_spec/value",schemaPath:"#/items/properties/discrete_resource_spec/properties/value/type",keyword:"type",params:{type: schema10.items.properties.discrete_resource_spec.properties.value.type},message:"must be number,string",schema:schema10.items.properties.discrete_resource_spec.properties.value.type,parentSchema:schema10.items.properties.discrete_resource_spec.properties.value,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/" + i0+"/discrete_resource_spec",schemaPath:"#/items/properties/discrete_resource_spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.items.properties.discrete_resource_spec.type,parentSchema:schema10.items.properties.discrete_resource_spec,data:data1};
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
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.items.type,parentSchema:schema10.items,data:data0};
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
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

const schema11 = {"type":"array","description":"Device reservations for containers, allowing services to access specific hardware devices.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of devices of this type to reserve."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific device IDs to reserve."},"driver":{"type":"string","description":"Device driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the device."}},"additionalProperties":false,"patternProperties":{"^x-":{}},"required":["capabilities"]}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.capabilities === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "capabilities"},message:"must have required property '"+"capabilities"+"'",schema:schema11.items.required,parentSchema:schema11.items,data:data0};
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
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11.items,data:data0};
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
if(!(validate3(data0.capabilities, {instancePath:instancePath+"/" + i0+"/capabilities",parentData:data0,parentDataProperty:"capabilities",rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
}
if(data0.count !== undefined){
let data2 = data0.count;
if((typeof data2 !== "string") && (!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))))){
const err2 = {instancePath:instancePath+"/" + i0+"/count",schemaPath:"#/items/properties/count/type",keyword:"type",params:{type: schema11.items.properties.count.type},message:"must be string,integer",schema:schema11.items.properties.count.type,parentSchema:schema11.items.properties.count,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.device_ids !== undefined){
if(!(validate3(data0.device_ids, {instancePath:instancePath+"/" + i0+"/device_ids",parentData:data0,parentDataProperty:"device_ids",rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
}
if(data0.driver !== undefined){
let data4 = data0.driver;
if(typeof data4 !== "string"){
const err3 = {instancePath:instancePath+"/" + i0+"/driver",schemaPath:"#/items/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.items.properties.driver.type,parentSchema:schema11.items.properties.driver,data:data4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.options !== undefined){
if(!(validate15(data0.options, {instancePath:instancePath+"/" + i0+"/options",parentData:data0,parentDataProperty:"options",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.items.type,parentSchema:schema11.items,data:data0};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate15(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.rollback_config !== undefined){
let data4 = data.rollback_config;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(((((((key1 === "parallelism") || (key1 === "delay")) || (key1 === "failure_action")) || (key1 === "monitor")) || (key1 === "max_failure_ratio")) || (key1 === "order")) || (pattern0.test(key1)))){
const err5 = {instancePath:instancePath+"/rollback_config",schemaPath:"#/properties/rollback_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.rollback_config,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.parallelism !== undefined){
let data5 = data4.parallelism;
if((!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))) && (typeof data5 !== "string")){
const err6 = {instancePath:instancePath+"/rollback_config/parallelism",schemaPath:"#/properties/rollback_config/properties/parallelism/type",keyword:"type",params:{type: schema9.properties.rollback_config.properties.parallelism.type},message:"must be integer,string",schema:schema9.properties.rollback_config.properties.parallelism.type,parentSchema:schema9.properties.rollback_config.properties.parallelism,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.delay !== undefined){
let data6 = data4.delay;
if(typeof data6 !== "string"){
const err7 = {instancePath:instancePath+"/rollback_config/delay",schemaPath:"#/properties/rollback_config/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.rollback_config.properties.delay.type,parentSchema:schema9.properties.rollback_config.properties.delay,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.failure_action !== undefined){
let data7 = data4.failure_action;
if(typeof data7 !== "string"){
const err8 = {instancePath:instancePath+"/rollback_config/failure_action",schemaPath:"#/properties/rollback_config/properties/failure_action/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.rollback_config.properties.failure_action.type,parentSchema:schema9.properties.rollback_config.properties.failure_action,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.monitor !== undefined){
let data8 = data4.monitor;
if(typeof data8 !== "string"){
const err9 = {instancePath:instancePath+"/rollback_config/monitor",schemaPath:"#/properties/rollback_config/properties/monitor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.rollback_config.properties.monitor.type,parentSchema:schema9.properties.rollback_config.properties.monitor,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.max_failure_ratio !== undefined){
let data9 = data4.max_failure_ratio;
if((!(typeof data9 == "number")) && (typeof data9 !== "string")){
const err10 = {instancePath:instancePath+"/rollback_config/max_failure_ratio",schemaPath:"#/properties/rollback_config/properties/max_failure_ratio/type",keyword:"type",params:{type: schema9.properties.rollback_config.properties.max_failure_ratio.type},message:"must be number,string",schema:schema9.properties.rollback_config.properties.max_failure_ratio.type,parentSchema:schema9.properties.rollback_config.properties.max_failure_ratio,data:data9};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.order !== undefined){
let data10 = data4.order;
const _errs23 = errors;
let valid2 = false;
const _errs24 = errors;
if(typeof data10 === "string"){
if(!pattern6.test(data10.replaceAll("$$", ""))){
const err11 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema9.properties.rollback_config.properties.order.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.rollback_config.properties.order.anyOf[0].type,parentSchema:schema9.properties.rollback_config.properties.order.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs24 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs26 = errors;
if(typeof data10 !== "string"){
const err13 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.rollback_config.properties.order.anyOf[1].type,parentSchema:schema9.properties.rollback_config.properties.order.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data10 === "start-first") || (data10 === "stop-first"))){
const err14 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema9.properties.rollback_config.properties.order.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema9.properties.rollback_config.properties.order.anyOf[1].enum,parentSchema:schema9.properties.rollback_config.properties.order.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs26 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err15 = {instancePath:instancePath+"/rollback_config/order",schemaPath:"#/properties/rollback_config/properties/order/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema9.properties.rollback_config.properties.order.anyOf,parentSchema:schema9.properties.rollback_config.properties.order,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/rollback_config",schemaPath:"#/properties/rollback_config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.rollback_config.type,parentSchema:schema9.properties.rollback_config,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.update_config !== undefined){
let data11 = data.update_config;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key2 in data11){
if(!(((((((key2 === "parallelism") || (key2 === "delay")) || (key2 === "failure_action")) || (key2 === "monitor")) || (key2 === "max_failure_ratio")) || (key2 === "order")) || (pattern0.test(key2)))){
const err17 = {instancePath:instancePath+"/update_config",schemaPath:"#/properties/update_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.update_config,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data11.parallelism !== undefined){
let data12 = data11.parallelism;
if((!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) && (typeof data12 !== "string")){
const err18 = {instancePath:instancePath+"/update_config/parallelism",schemaPath:"#/properties/update_config/properties/parallelism/type",keyword:"type",params:{type: schema9.properties.update_config.properties.parallelism.type},message:"must be integer,string",schema:schema9.properties.update_config.properties.parallelism.type,parentSchema:schema9.properties.update_config.properties.parallelism,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data11.delay !== undefined){
let data13 = data11.delay;
if(typeof data13 !== "string"){
const err19 = {instancePath:instancePath+"/update_config/delay",schemaPath:"#/properties/update_config/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.update_config.properties.delay.type,parentSchema:schema9.properties.update_config.properties.delay,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data11.failure_action !== undefined){
let data14 = data11.failure_action;
if(typeof data14 !== "string"){
const err20 = {instancePath:instancePath+"/update_config/failure_action",schemaPath:"#/properties/update_config/properties/failure_action/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.update_config.properties.failure_action.type,parentSchema:schema9.properties.update_config.properties.failure_action,data:data14};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data11.monitor !== undefined){
let data15 = data11.monitor;
if(typeof data15 !== "string"){
const err21 = {instancePath:instancePath+"/update_config/monitor",schemaPath:"#/properties/update_config/properties/monitor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.update_config.properties.monitor.type,parentSchema:schema9.properties.update_config.properties.monitor,data:data15};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data11.max_failure_ratio !== undefined){
let data16 = data11.max_failure_ratio;
if((!(typeof data16 == "number")) && (typeof data16 !== "string")){
const err22 = {instancePath:instancePath+"/update_config/max_failure_ratio",schemaPath:"#/properties/update_config/properties/max_failure_ratio/type",keyword:"type",params:{type: schema9.properties.update_config.properties.max_failure_ratio.type},message:"must be number,string",schema:schema9.properties.update_config.properties.max_failure_ratio.type,parentSchema:schema9.properties.update_config.properties.max_failure_ratio,data:data16};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data11.order !== undefined){
let data17 = data11.order;
const _errs42 = errors;
let valid4 = false;
const _errs43 = errors;
if(typeof data17 === "string"){
if(!pattern6.test(data17.replaceAll("$$", ""))){
const err23 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema9.properties.update_config.properties.order.anyOf[0],data:data17};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.update_config.properties.order.anyOf[0].type,parentSchema:schema9.properties.update_config.properties.order.anyOf[0],data:data17};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs43 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs45 = errors;
if(typeof data17 !== "string"){
const err25 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.update_config.properties.order.anyOf[1].type,parentSchema:schema9.properties.update_config.properties.order.anyOf[1],data:data17};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!((data17 === "start-first") || (data17 === "stop-first"))){
const err26 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema9.properties.update_config.properties.order.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema9.properties.update_config.properties.order.anyOf[1].enum,parentSchema:schema9.properties.update_config.properties.order.anyOf[1],data:data17};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs45 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err27 = {instancePath:instancePath+"/update_config/order",schemaPath:"#/properties/update_config/properties/order/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema9.properties.update_config.properties.order.anyOf,parentSchema:schema9.properties.update_config.properties.order,data:data17};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/update_config",schemaPath:"#/properties/update_config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.update_config.type,parentSchema:schema9.properties.update_config,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.resources !== undefined){
let data18 = data.resources;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key3 in data18){
if(!(((key3 === "limits") || (key3 === "reservations")) || (pattern0.test(key3)))){
const err29 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.resources,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data18.limits !== undefined){
let data19 = data18.limits;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key4 in data19){
if(!((((key4 === "cpus") || (key4 === "memory")) || (key4 === "pids")) || (pattern0.test(key4)))){
const err30 = {instancePath:instancePath+"/resources/limits",schemaPath:"#/properties/resources/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.resources.properties.limits,data:data19};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data19.cpus !== undefined){
let data20 = data19.cpus;
if((!(typeof data20 == "number")) && (typeof data20 !== "string")){
const err31 = {instancePath:instancePath+"/resources/limits/cpus",schemaPath:"#/properties/resources/properties/limits/properties/cpus/type",keyword:"type",params:{type: schema9.properties.resources.properties.limits.properties.cpus.type},message:"must be number,string",schema:schema9.properties.resources.properties.limits.properties.cpus.type,parentSchema:schema9.properties.resources.properties.limits.properties.cpus,data:data20};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data19.memory !== undefined){
let data21 = data19.memory;
if(typeof data21 !== "string"){
const err32 = {instancePath:instancePath+"/resources/limits/memory",schemaPath:"#/properties/resources/properties/limits/properties/memory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.resources.properties.limits.properties.memory.type,parentSchema:schema9.properties.resources.properties.limits.properties.memory,data:data21};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data19.pids !== undefined){
let data22 = data19.pids;
if((!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))) && (typeof data22 !== "string")){
const err33 = {instancePath:instancePath+"/resources/limits/pids",schemaPath:"#/properties/resources/properties/limits/properties/pids/type",keyword:"type",params:{type: schema9.properties.resources.properties.limits.properties.pids.type},message:"must be integer,string",schema:schema9.properties.resources.properties.limits.properties.pids.type,parentSchema:schema9.properties.resources.properties.limits.properties.pids,data:data22};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/resources/limits",schemaPath:"#/properties/resources/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.resources.properties.limits.type,parentSchema:schema9.properties.resources.properties.limits,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data18.reservations !== undefined){
let data23 = data18.reservations;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key5 in data23){
if(!(((((key5 === "cpus") || (key5 === "memory")) || (key5 === "generic_resources")) || (key5 === "devices")) || (pattern0.test(key5)))){
const err35 = {instancePath:instancePath+"/resources/reservations",schemaPath:"#/properties/resources/properties/reservations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.resources.properties.reservations,data:data23};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data23.cpus !== undefined){
let data24 = data23.cpus;
if((!(typeof data24 == "number")) && (typeof data24 !== "string")){
const err36 = {instancePath:instancePath+"/resources/reservations/cpus",schemaPath:"#/properties/resources/properties/reservations/properties/cpus/type",keyword:"type",params:{type: schema9.properties.resources.properties.reservations.properties.cpus.type},message:"must be number,string",schema:schema9.properties.resources.properties.reservations.properties.cpus.type,parentSchema:schema9.properties.resources.properties.reservations.properties.cpus,data:data24};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data23.memory !== undefined){
let data25 = data23.memory;
if(typeof data25 !== "string"){
const err37 = {instancePath:instancePath+"/resources/reservations/memory",schemaPath:"#/properties/resources/properties/reservations/properties/memory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.resources.properties.reservations.properties.memory.type,parentSchema:schema9.properties.resources.properties.reservations.properties.memory,data:data25};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data23.generic_resources !== undefined){
if(!(validate21(data23.generic_resources, {instancePath:instancePath+"/resources/reservations/generic_resources",parentData:data23,parentDataProperty:"generic_resources",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data23.devices !== undefined){
if(!(validate23(data23.devices, {instancePath:instancePath+"/resources/reservations/devices",parentData:data23,parentDataProperty:"devices",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err38 = {instancePath:instancePath+"/resources/reservations",schemaPath:"#/properties/resources/properties/reservations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.resources.properties.reservations.type,parentSchema:schema9.properties.resources.properties.reservations,data:data23};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.resources.type,parentSchema:schema9.properties.resources,data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.restart_policy !== undefined){
let data28 = data.restart_policy;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key6 in data28){
if(!(((((key6 === "condition") || (key6 === "delay")) || (key6 === "max_attempts")) || (key6 === "window")) || (pattern0.test(key6)))){
const err40 = {instancePath:instancePath+"/restart_policy",schemaPath:"#/properties/restart_policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.restart_policy,data:data28};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data28.condition !== undefined){
let data29 = data28.condition;
if(typeof data29 !== "string"){
const err41 = {instancePath:instancePath+"/restart_policy/condition",schemaPath:"#/properties/restart_policy/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.restart_policy.properties.condition.type,parentSchema:schema9.properties.restart_policy.properties.condition,data:data29};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data28.delay !== undefined){
let data30 = data28.delay;
if(typeof data30 !== "string"){
const err42 = {instancePath:instancePath+"/restart_policy/delay",schemaPath:"#/properties/restart_policy/properties/delay/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.restart_policy.properties.delay.type,parentSchema:schema9.properties.restart_policy.properties.delay,data:data30};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data28.max_attempts !== undefined){
let data31 = data28.max_attempts;
if((!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) && (typeof data31 !== "string")){
const err43 = {instancePath:instancePath+"/restart_policy/max_attempts",schemaPath:"#/properties/restart_policy/properties/max_attempts/type",keyword:"type",params:{type: schema9.properties.restart_policy.properties.max_attempts.type},message:"must be integer,string",schema:schema9.properties.restart_policy.properties.max_attempts.type,parentSchema:schema9.properties.restart_policy.properties.max_attempts,data:data31};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data28.window !== undefined){
let data32 = data28.window;
if(typeof data32 !== "string"){
const err44 = {instancePath:instancePath+"/restart_policy/window",schemaPath:"#/properties/restart_policy/properties/window/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.restart_policy.properties.window.type,parentSchema:schema9.properties.restart_policy.properties.window,data:data32};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/restart_policy",schemaPath:"#/properties/restart_policy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.restart_policy.type,parentSchema:schema9.properties.restart_policy,data:data28};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.placement !== undefined){
let data33 = data.placement;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key7 in data33){
if(!((((key7 === "constraints") || (key7 === "preferences")) || (key7 === "max_replicas_per_node")) || (pattern0.test(key7)))){
const err46 = {instancePath:instancePath+"/placement",schemaPath:"#/properties/placement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.placement,data:data33};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data33.constraints !== undefined){
let data34 = data33.constraints;
if(Array.isArray(data34)){
const len0 = data34.length;
for(let i0=0; i0<len0; i0++){
let data35 = data34[i0];
if(typeof data35 !== "string"){
const err47 = {instancePath:instancePath+"/placement/constraints/" + i0,schemaPath:"#/properties/placement/properties/constraints/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.placement.properties.constraints.items.type,parentSchema:schema9.properties.placement.properties.constraints.items,data:data35};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/placement/constraints",schemaPath:"#/properties/placement/properties/constraints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.placement.properties.constraints.type,parentSchema:schema9.properties.placement.properties.constraints,data:data34};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data33.preferences !== undefined){
let data36 = data33.preferences;
if(Array.isArray(data36)){
const len1 = data36.length;
for(let i1=0; i1<len1; i1++){
let data37 = data36[i1];
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key8 in data37){
if(!((key8 === "spread") || (pattern0.test(key8)))){
const err49 = {instancePath:instancePath+"/placement/preferences/" + i1,schemaPath:"#/properties/placement/properties/preferences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.placement.properties.preferences.items,data:data37};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data37.spread !== undefined){
let data38 = data37.spread;
if(typeof data38 !== "string"){
const err50 = {instancePath:instancePath+"/placement/preferences/" + i1+"/spread",schemaPath:"#/properties/placement/properties/preferences/items/properties/spread/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.placement.properties.preferences.items.properties.spread.type,parentSchema:schema9.properties.placement.properties.preferences.items.properties.spread,data:data38};
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
const err51 = {instancePath:instancePath+"/placement/preferences/" + i1,schemaPath:"#/properties/placement/properties/preferences/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.placement.properties.preferences.items.type,parentSchema:schema9.properties.placement.properties.preferences.items,data:data37};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/placement/preferences",schemaPath:"#/properties/placement/properties/preferences/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.placement.properties.preferences.type,parentSchema:schema9.properties.placement.properties.preferences,data:data36};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data33.max_replicas_per_node !== undefined){
let data39 = data33.max_replicas_per_node;
if((!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))) && (typeof data39 !== "string")){
const err53 = {instancePath:instancePath+"/placement/max_replicas_per_node",schemaPath:"#/properties/placement/properties/max_replicas_per_node/type",keyword:"type",params:{type: schema9.properties.placement.properties.max_replicas_per_node.type},message:"must be integer,string",schema:schema9.properties.placement.properties.max_replicas_per_node.type,parentSchema:schema9.properties.placement.properties.max_replicas_per_node,data:data39};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/placement",schemaPath:"#/properties/placement/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.placement.type,parentSchema:schema9.properties.placement,data:data33};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
validate19.errors = vErrors;
return errors === 0;
}

const schema12 = {"oneOf":[{"type":"object","description":"list mapping hostnames to IP addresses.","patternProperties":{".+":{"oneOf":[{"type":"string","description":"IP address for the hostname."},{"type":"array","description":"List of IP addresses for the hostname.","items":{"type":"string","description":"IP address for the hostname."},"uniqueItems":false}]}},"additionalProperties":false},{"type":"array","description":"List of host:IP mappings in the format 'hostname:IP'.","items":{"type":"string","description":"Host:IP mapping in the format 'hostname:IP'."},"uniqueItems":true}],"description":"Additional hostnames to be defined in the container's /etc/hosts file."};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(pattern8.test(key0))){
const err0 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key1 in data){
if(pattern8.test(key1)){
let data0 = data[key1];
const _errs5 = errors;
let valid2 = false;
let passing1 = null;
const _errs6 = errors;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/0/patternProperties/.%2B/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].patternProperties[".+"].oneOf[0].type,parentSchema:schema12.oneOf[0].patternProperties[".+"].oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid1 = _errs6 === errors;
if(_valid1){
valid2 = true;
passing1 = 0;
}
const _errs8 = errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/oneOf/0/patternProperties/.%2B/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[0].patternProperties[".+"].oneOf[1].items.type,parentSchema:schema12.oneOf[0].patternProperties[".+"].oneOf[1].items,data:data1};
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
const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/0/patternProperties/.%2B/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.oneOf[0].patternProperties[".+"].oneOf[1].type,parentSchema:schema12.oneOf[0].patternProperties[".+"].oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs8 === errors;
if(_valid1 && valid2){
valid2 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid2 = true;
passing1 = 1;
}
}
if(!valid2){
const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/0/patternProperties/.%2B/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf[0].patternProperties[".+"].oneOf,parentSchema:schema12.oneOf[0].patternProperties[".+"],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
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
const err5 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs12 = errors;
if(Array.isArray(data)){
const len1 = data.length;
for(let i1=0; i1<len1; i1++){
let data2 = data[i1];
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/" + i1,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[1].items.type,parentSchema:schema12.oneOf[1].items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i2 = data.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err7 = {instancePath,schemaPath:"#/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema12.oneOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs12 === errors;
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
const err9 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
validate34.errors = vErrors;
return errors === 0;
}

const schema13 = {"type":"array","description":"Configuration for service configs or secrets, defining how they are mounted in the container.","items":{"oneOf":[{"type":"string","description":"Name of the config or secret to grant access to."},{"type":"object","description":"Detailed configuration for a config or secret.","properties":{"source":{"type":"string","description":"Name of the config or secret as defined in the top-level configs or secrets section."},"target":{"type":"string","description":"Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets."},"uid":{"type":"string","description":"UID of the file in the container. Default is 0 (root)."},"gid":{"type":"string","description":"GID of the file in the container. Default is 0 (root)."},"mode":{"type":["number","string"],"description":"File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets."}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs2 = errors;
let valid2 = false;
let passing0 = null;
const _errs3 = errors;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.items.oneOf[0].type,parentSchema:schema13.items.oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs5 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
if(!((((((key0 === "source") || (key0 === "target")) || (key0 === "uid")) || (key0 === "gid")) || (key0 === "mode")) || (pattern0.test(key0)))){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13.items.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.source !== undefined){
let data1 = data0.source;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/" + i0+"/source",schemaPath:"#/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.items.oneOf[1].properties.source.type,parentSchema:schema13.items.oneOf[1].properties.source,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.target !== undefined){
let data2 = data0.target;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/" + i0+"/target",schemaPath:"#/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.items.oneOf[1].properties.target.type,parentSchema:schema13.items.oneOf[1].properties.target,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.uid !== undefined){
let data3 = data0.uid;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/" + i0+"/uid",schemaPath:"#/items/oneOf/1/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.items.oneOf[1].properties.uid.type,parentSchema:schema13.items.oneOf[1].properties.uid,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.gid !== undefined){
let data4 = data0.gid;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/" + i0+"/gid",schemaPath:"#/items/oneOf/1/properties/gid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.items.oneOf[1].properties.gid.type,parentSchema:schema13.items.oneOf[1].properties.gid,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.mode !== undefined){
let data5 = data0.mode;
if((!(typeof data5 == "number")) && (typeof data5 !== "string")){
const err6 = {instancePath:instancePath+"/" + i0+"/mode",schemaPath:"#/items/oneOf/1/properties/mode/type",keyword:"type",params:{type: schema13.items.oneOf[1].properties.mode.type},message:"must be number,string",schema:schema13.items.oneOf[1].properties.mode.type,parentSchema:schema13.items.oneOf[1].properties.mode,data:data5};
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
else {
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.items.oneOf[1].type,parentSchema:schema13.items.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs5 === errors;
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
const err8 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema13.items.oneOf,parentSchema:schema13.items,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"object","description":"Container ulimit options, controlling resource limits for processes inside the container.","patternProperties":{"^[a-z]+$":{"oneOf":[{"type":["integer","string"],"description":"Single value for both soft and hard limits."},{"type":"object","description":"Separate soft and hard limits.","properties":{"hard":{"type":["integer","string"],"description":"Hard limit for the ulimit type. This is the maximum allowed value."},"soft":{"type":["integer","string"],"description":"Soft limit for the ulimit type. This is the value that's actually enforced."}},"required":["soft","hard"],"additionalProperties":false,"patternProperties":{"^x-":{}}}]}}};
const pattern28 = new RegExp("^[a-z]+$", "u");

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(pattern28.test(key0)){
let data0 = data[key0];
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if((!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))) && (typeof data0 !== "string")){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: schema14.patternProperties["^[a-z]+$"].oneOf[0].type},message:"must be integer,string",schema:schema14.patternProperties["^[a-z]+$"].oneOf[0].type,parentSchema:schema14.patternProperties["^[a-z]+$"].oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs5 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.soft === undefined){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema14.patternProperties["^[a-z]+$"].oneOf[1].required,parentSchema:schema14.patternProperties["^[a-z]+$"].oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.hard === undefined){
const err2 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema14.patternProperties["^[a-z]+$"].oneOf[1].required,parentSchema:schema14.patternProperties["^[a-z]+$"].oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key1 in data0){
if(!(((key1 === "hard") || (key1 === "soft")) || (pattern0.test(key1)))){
const err3 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema14.patternProperties["^[a-z]+$"].oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.hard !== undefined){
let data1 = data0.hard;
if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (typeof data1 !== "string")){
const err4 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/hard",schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/hard/type",keyword:"type",params:{type: schema14.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type},message:"must be integer,string",schema:schema14.patternProperties["^[a-z]+$"].oneOf[1].properties.hard.type,parentSchema:schema14.patternProperties["^[a-z]+$"].oneOf[1].properties.hard,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.soft !== undefined){
let data2 = data0.soft;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (typeof data2 !== "string")){
const err5 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/soft",schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/properties/soft/type",keyword:"type",params:{type: schema14.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type},message:"must be integer,string",schema:schema14.patternProperties["^[a-z]+$"].oneOf[1].properties.soft.type,parentSchema:schema14.patternProperties["^[a-z]+$"].oneOf[1].properties.soft,data:data2};
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
else {
const err6 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.patternProperties["^[a-z]+$"].oneOf[1].type,parentSchema:schema14.patternProperties["^[a-z]+$"].oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err7 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5Ba-z%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema14.patternProperties["^[a-z]+$"].oneOf,parentSchema:schema14.patternProperties["^[a-z]+$"],data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const schema15 = {"type":"object","description":"Block IO limit for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"rate":{"type":["integer","string"],"description":"Rate limit in bytes per second or IO operations per second."}},"additionalProperties":false};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "path") || (key0 === "rate"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.path.type,parentSchema:schema15.properties.path,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.rate !== undefined){
let data1 = data.rate;
if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (typeof data1 !== "string")){
const err2 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/type",keyword:"type",params:{type: schema15.properties.rate.type},message:"must be integer,string",schema:schema15.properties.rate.type,parentSchema:schema15.properties.rate,data:data1};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"object","description":"Block IO weight for a specific device.","properties":{"path":{"type":"string","description":"Path to the device (e.g., '/dev/sda')."},"weight":{"type":["integer","string"],"description":"Relative weight for the device, between 10 and 1000."}},"additionalProperties":false};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "path") || (key0 === "weight"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.path.type,parentSchema:schema16.properties.path,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.weight !== undefined){
let data1 = data.weight;
if((!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))) && (typeof data1 !== "string")){
const err2 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: schema16.properties.weight.type},message:"must be integer,string",schema:schema16.properties.weight.type,parentSchema:schema16.properties.weight,data:data1};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}

const schema17 = {"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"array","description":"List of paths to files containing environment variables.","items":{"oneOf":[{"type":"string","description":"Path to a file containing environment variables."},{"type":"object","description":"Detailed configuration for an environment file.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path to the environment file."},"format":{"type":"string","description":"Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules."},"required":{"type":["boolean","string"],"default":true,"description":"Whether the file is required. If true and the file doesn't exist, an error will be raised."}},"required":["path"]}]}}]};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.oneOf[0].type,parentSchema:schema17.oneOf[0],data};
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
const _errs6 = errors;
let valid3 = false;
let passing1 = null;
const _errs7 = errors;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.oneOf[1].items.oneOf[0].type,parentSchema:schema17.oneOf[1].items.oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid1 = _errs7 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs9 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.path === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema17.oneOf[1].items.oneOf[1].required,parentSchema:schema17.oneOf[1].items.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
if(!(((key0 === "path") || (key0 === "format")) || (key0 === "required"))){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17.oneOf[1].items.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.path !== undefined){
let data1 = data0.path;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/" + i0+"/path",schemaPath:"#/oneOf/1/items/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.oneOf[1].items.oneOf[1].properties.path.type,parentSchema:schema17.oneOf[1].items.oneOf[1].properties.path,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.format !== undefined){
let data2 = data0.format;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/" + i0+"/format",schemaPath:"#/oneOf/1/items/oneOf/1/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.oneOf[1].items.oneOf[1].properties.format.type,parentSchema:schema17.oneOf[1].items.oneOf[1].properties.format,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.required !== undefined){
let data3 = data0.required;
if((typeof data3 !== "boolean") && (typeof data3 !== "string")){
const err6 = {instancePath:instancePath+"/" + i0+"/required",schemaPath:"#/oneOf/1/items/oneOf/1/properties/required/type",keyword:"type",params:{type: schema17.oneOf[1].items.oneOf[1].properties.required.type},message:"must be boolean,string",schema:schema17.oneOf[1].items.oneOf[1].properties.required.type,parentSchema:schema17.oneOf[1].items.oneOf[1].properties.required,data:data3};
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
else {
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.oneOf[1].items.oneOf[1].type,parentSchema:schema17.oneOf[1].items.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs9 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err8 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema17.oneOf[1].items.oneOf,parentSchema:schema17.oneOf[1].items,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
}
else {
const err9 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.oneOf[1].type,parentSchema:schema17.oneOf[1],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
const err10 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema17.oneOf,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
validate54.errors = vErrors;
return errors === 0;
}

const schema18 = {"oneOf":[{"type":"string","description":"Path to a file containing Docker labels."},{"type":"array","description":"List of paths to files containing Docker labels.","items":{"type":"string","description":"Path to a file containing Docker labels."}}]};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.oneOf[0].type,parentSchema:schema18.oneOf[0],data};
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
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.oneOf[1].items.type,parentSchema:schema18.oneOf[1].items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.oneOf[1].type,parentSchema:schema18.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
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
const err3 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema18.oneOf,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
validate56.errors = vErrors;
return errors === 0;
}

const schema19 = {"oneOf":[{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"string","enum":["all"],"description":"Use all available GPUs."}]},{"type":"array","description":"List of specific GPU devices to use.","items":{"type":"object","properties":{"capabilities":{"$ref":"#/definitions/list_of_strings","description":"List of capabilities the GPU needs to have (e.g., 'compute', 'utility')."},"count":{"type":["string","integer"],"description":"Number of GPUs to use."},"device_ids":{"$ref":"#/definitions/list_of_strings","description":"List of specific GPU device IDs to use."},"driver":{"type":"string","description":"GPU driver to use (e.g., 'nvidia')."},"options":{"$ref":"#/definitions/list_or_dict","description":"Driver-specific options for the GPU."}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}]};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err0 = {instancePath,schemaPath:"#/oneOf/0/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema19.oneOf[0].anyOf[0],data};
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
const err1 = {instancePath,schemaPath:"#/oneOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.oneOf[0].anyOf[0].type,parentSchema:schema19.oneOf[0].anyOf[0],data};
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
const err2 = {instancePath,schemaPath:"#/oneOf/0/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.oneOf[0].anyOf[1].type,parentSchema:schema19.oneOf[0].anyOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data === "all")){
const err3 = {instancePath,schemaPath:"#/oneOf/0/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema19.oneOf[0].anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema19.oneOf[0].anyOf[1].enum,parentSchema:schema19.oneOf[0].anyOf[1],data};
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
const err4 = {instancePath,schemaPath:"#/oneOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema19.oneOf[0].anyOf,parentSchema:schema19.oneOf[0],data};
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
if(!(validate3(data0.capabilities, {instancePath:instancePath+"/" + i0+"/capabilities",parentData:data0,parentDataProperty:"capabilities",rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
}
if(data0.count !== undefined){
let data2 = data0.count;
if((typeof data2 !== "string") && (!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))))){
const err5 = {instancePath:instancePath+"/" + i0+"/count",schemaPath:"#/oneOf/1/items/properties/count/type",keyword:"type",params:{type: schema19.oneOf[1].items.properties.count.type},message:"must be string,integer",schema:schema19.oneOf[1].items.properties.count.type,parentSchema:schema19.oneOf[1].items.properties.count,data:data2};
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
if(!(validate3(data0.device_ids, {instancePath:instancePath+"/" + i0+"/device_ids",parentData:data0,parentDataProperty:"device_ids",rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
}
if(data0.driver !== undefined){
let data4 = data0.driver;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/" + i0+"/driver",schemaPath:"#/oneOf/1/items/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.oneOf[1].items.properties.driver.type,parentSchema:schema19.oneOf[1].items.properties.driver,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.options !== undefined){
if(!(validate15(data0.options, {instancePath:instancePath+"/" + i0+"/options",parentData:data0,parentDataProperty:"options",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/oneOf/1/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.oneOf[1].items.type,parentSchema:schema19.oneOf[1].items,data:data0};
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
else {
const err8 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.oneOf[1].type,parentSchema:schema19.oneOf[1],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(pattern0.test(key0))){
const err9 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19.oneOf[1],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
const err10 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema19.oneOf,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
validate60.errors = vErrors;
return errors === 0;
}

const schema20 = {"type":"object","description":"Configuration options to determine whether the container is healthy.","properties":{"disable":{"type":["boolean","string"],"description":"Disable any container-specified healthcheck. Set to true to disable."},"interval":{"type":"string","description":"Time between running the check (e.g., '1s', '1m30s'). Default: 30s."},"retries":{"type":["number","string"],"description":"Number of consecutive failures needed to consider the container as unhealthy. Default: 3."},"test":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell."},"timeout":{"type":"string","description":"Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s."},"start_period":{"type":"string","description":"Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s."},"start_interval":{"type":"string","description":"Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "disable") || (key0 === "interval")) || (key0 === "retries")) || (key0 === "test")) || (key0 === "timeout")) || (key0 === "start_period")) || (key0 === "start_interval")) || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.disable !== undefined){
let data0 = data.disable;
if((typeof data0 !== "boolean") && (typeof data0 !== "string")){
const err1 = {instancePath:instancePath+"/disable",schemaPath:"#/properties/disable/type",keyword:"type",params:{type: schema20.properties.disable.type},message:"must be boolean,string",schema:schema20.properties.disable.type,parentSchema:schema20.properties.disable,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.interval !== undefined){
let data1 = data.interval;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.interval.type,parentSchema:schema20.properties.interval,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.retries !== undefined){
let data2 = data.retries;
if((!(typeof data2 == "number")) && (typeof data2 !== "string")){
const err3 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: schema20.properties.retries.type},message:"must be number,string",schema:schema20.properties.retries.type,parentSchema:schema20.properties.retries,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.test !== undefined){
let data3 = data.test;
const _errs9 = errors;
let valid1 = false;
let passing0 = null;
const _errs10 = errors;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/test",schemaPath:"#/properties/test/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.test.oneOf[0].type,parentSchema:schema20.properties.test.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs12 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/test/" + i0,schemaPath:"#/properties/test/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.test.oneOf[1].items.type,parentSchema:schema20.properties.test.oneOf[1].items,data:data4};
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
else {
const err6 = {instancePath:instancePath+"/test",schemaPath:"#/properties/test/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.test.oneOf[1].type,parentSchema:schema20.properties.test.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err7 = {instancePath:instancePath+"/test",schemaPath:"#/properties/test/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema20.properties.test.oneOf,parentSchema:schema20.properties.test,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.timeout !== undefined){
let data5 = data.timeout;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.timeout.type,parentSchema:schema20.properties.timeout,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.start_period !== undefined){
let data6 = data.start_period;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/start_period",schemaPath:"#/properties/start_period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.start_period.type,parentSchema:schema20.properties.start_period,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.start_interval !== undefined){
let data7 = data.start_interval;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/start_interval",schemaPath:"#/properties/start_interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.start_interval.type,parentSchema:schema20.properties.start_interval,data:data7};
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
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}


function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate9(data.develop, {instancePath:instancePath+"/develop",parentData:data,parentDataProperty:"develop",rootData}))){
vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
errors = vErrors.length;
}
}
if(data.deploy !== undefined){
if(!(validate19(data.deploy, {instancePath:instancePath+"/deploy",parentData:data,parentDataProperty:"deploy",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.annotations !== undefined){
if(!(validate15(data.annotations, {instancePath:instancePath+"/annotations",parentData:data,parentDataProperty:"annotations",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.attach !== undefined){
let data3 = data.attach;
if((typeof data3 !== "boolean") && (typeof data3 !== "string")){
const err1 = {instancePath:instancePath+"/attach",schemaPath:"#/properties/attach/type",keyword:"type",params:{type: schema4.properties.attach.type},message:"must be boolean,string",schema:schema4.properties.attach.type,parentSchema:schema4.properties.attach,data:data3};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.build !== undefined){
let data4 = data.build;
const _errs8 = errors;
let valid1 = false;
let passing0 = null;
const _errs9 = errors;
if(typeof data4 !== "string"){
const err2 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[0].type,parentSchema:schema4.properties.build.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs11 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((func0.call(schema4.properties.build.oneOf[1].properties, key1)) || (pattern0.test(key1)))){
const err3 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.build.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data4.context !== undefined){
let data5 = data4.context;
if(typeof data5 !== "string"){
const err4 = {instancePath:instancePath+"/build/context",schemaPath:"#/properties/build/oneOf/1/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.context.type,parentSchema:schema4.properties.build.oneOf[1].properties.context,data:data5};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data4.dockerfile !== undefined){
let data6 = data4.dockerfile;
if(typeof data6 !== "string"){
const err5 = {instancePath:instancePath+"/build/dockerfile",schemaPath:"#/properties/build/oneOf/1/properties/dockerfile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.dockerfile.type,parentSchema:schema4.properties.build.oneOf[1].properties.dockerfile,data:data6};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.dockerfile_inline !== undefined){
let data7 = data4.dockerfile_inline;
if(typeof data7 !== "string"){
const err6 = {instancePath:instancePath+"/build/dockerfile_inline",schemaPath:"#/properties/build/oneOf/1/properties/dockerfile_inline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.dockerfile_inline.type,parentSchema:schema4.properties.build.oneOf[1].properties.dockerfile_inline,data:data7};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.entitlements !== undefined){
let data8 = data4.entitlements;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 !== "string"){
const err7 = {instancePath:instancePath+"/build/entitlements/" + i0,schemaPath:"#/properties/build/oneOf/1/properties/entitlements/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.entitlements.items.type,parentSchema:schema4.properties.build.oneOf[1].properties.entitlements.items,data:data9};
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
else {
const err8 = {instancePath:instancePath+"/build/entitlements",schemaPath:"#/properties/build/oneOf/1/properties/entitlements/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.build.oneOf[1].properties.entitlements.type,parentSchema:schema4.properties.build.oneOf[1].properties.entitlements,data:data8};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.args !== undefined){
if(!(validate15(data4.args, {instancePath:instancePath+"/build/args",parentData:data4,parentDataProperty:"args",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data4.ssh !== undefined){
if(!(validate15(data4.ssh, {instancePath:instancePath+"/build/ssh",parentData:data4,parentDataProperty:"ssh",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data4.labels !== undefined){
if(!(validate15(data4.labels, {instancePath:instancePath+"/build/labels",parentData:data4,parentDataProperty:"labels",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data4.cache_from !== undefined){
let data13 = data4.cache_from;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(typeof data14 !== "string"){
const err9 = {instancePath:instancePath+"/build/cache_from/" + i1,schemaPath:"#/properties/build/oneOf/1/properties/cache_from/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.cache_from.items.type,parentSchema:schema4.properties.build.oneOf[1].properties.cache_from.items,data:data14};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/build/cache_from",schemaPath:"#/properties/build/oneOf/1/properties/cache_from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.build.oneOf[1].properties.cache_from.type,parentSchema:schema4.properties.build.oneOf[1].properties.cache_from,data:data13};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.cache_to !== undefined){
let data15 = data4.cache_to;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
if(typeof data16 !== "string"){
const err11 = {instancePath:instancePath+"/build/cache_to/" + i2,schemaPath:"#/properties/build/oneOf/1/properties/cache_to/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.cache_to.items.type,parentSchema:schema4.properties.build.oneOf[1].properties.cache_to.items,data:data16};
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
else {
const err12 = {instancePath:instancePath+"/build/cache_to",schemaPath:"#/properties/build/oneOf/1/properties/cache_to/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.build.oneOf[1].properties.cache_to.type,parentSchema:schema4.properties.build.oneOf[1].properties.cache_to,data:data15};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.no_cache !== undefined){
let data17 = data4.no_cache;
if((typeof data17 !== "boolean") && (typeof data17 !== "string")){
const err13 = {instancePath:instancePath+"/build/no_cache",schemaPath:"#/properties/build/oneOf/1/properties/no_cache/type",keyword:"type",params:{type: schema4.properties.build.oneOf[1].properties.no_cache.type},message:"must be boolean,string",schema:schema4.properties.build.oneOf[1].properties.no_cache.type,parentSchema:schema4.properties.build.oneOf[1].properties.no_cache,data:data17};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.additional_contexts !== undefined){
if(!(validate15(data4.additional_contexts, {instancePath:instancePath+"/build/additional_contexts",parentData:data4,parentDataProperty:"additional_contexts",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data4.network !== undefined){
let data19 = data4.network;
if(typeof data19 !== "string"){
const err14 = {instancePath:instancePath+"/build/network",schemaPath:"#/properties/build/oneOf/1/properties/network/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.network.type,parentSchema:schema4.properties.build.oneOf[1].properties.network,data:data19};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.pull !== undefined){
let data20 = data4.pull;
if((typeof data20 !== "boolean") && (typeof data20 !== "string")){
const err15 = {instancePath:instancePath+"/build/pull",schemaPath:"#/properties/build/oneOf/1/properties/pull/type",keyword:"type",params:{type: schema4.properties.build.oneOf[1].properties.pull.type},message:"must be boolean,string",schema:schema4.properties.build.oneOf[1].properties.pull.type,parentSchema:schema4.properties.build.oneOf[1].properties.pull,data:data20};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.target !== undefined){
let data21 = data4.target;
if(typeof data21 !== "string"){
const err16 = {instancePath:instancePath+"/build/target",schemaPath:"#/properties/build/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.target.type,parentSchema:schema4.properties.build.oneOf[1].properties.target,data:data21};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.shm_size !== undefined){
let data22 = data4.shm_size;
if((!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))) && (typeof data22 !== "string")){
const err17 = {instancePath:instancePath+"/build/shm_size",schemaPath:"#/properties/build/oneOf/1/properties/shm_size/type",keyword:"type",params:{type: schema4.properties.build.oneOf[1].properties.shm_size.type},message:"must be integer,string",schema:schema4.properties.build.oneOf[1].properties.shm_size.type,parentSchema:schema4.properties.build.oneOf[1].properties.shm_size,data:data22};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.extra_hosts !== undefined){
if(!(validate34(data4.extra_hosts, {instancePath:instancePath+"/build/extra_hosts",parentData:data4,parentDataProperty:"extra_hosts",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data4.isolation !== undefined){
let data24 = data4.isolation;
if(typeof data24 !== "string"){
const err18 = {instancePath:instancePath+"/build/isolation",schemaPath:"#/properties/build/oneOf/1/properties/isolation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.isolation.type,parentSchema:schema4.properties.build.oneOf[1].properties.isolation,data:data24};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.privileged !== undefined){
let data25 = data4.privileged;
if((typeof data25 !== "boolean") && (typeof data25 !== "string")){
const err19 = {instancePath:instancePath+"/build/privileged",schemaPath:"#/properties/build/oneOf/1/properties/privileged/type",keyword:"type",params:{type: schema4.properties.build.oneOf[1].properties.privileged.type},message:"must be boolean,string",schema:schema4.properties.build.oneOf[1].properties.privileged.type,parentSchema:schema4.properties.build.oneOf[1].properties.privileged,data:data25};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.secrets !== undefined){
if(!(validate36(data4.secrets, {instancePath:instancePath+"/build/secrets",parentData:data4,parentDataProperty:"secrets",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data4.tags !== undefined){
let data27 = data4.tags;
if(Array.isArray(data27)){
const len3 = data27.length;
for(let i3=0; i3<len3; i3++){
let data28 = data27[i3];
if(typeof data28 !== "string"){
const err20 = {instancePath:instancePath+"/build/tags/" + i3,schemaPath:"#/properties/build/oneOf/1/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.tags.items.type,parentSchema:schema4.properties.build.oneOf[1].properties.tags.items,data:data28};
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
const err21 = {instancePath:instancePath+"/build/tags",schemaPath:"#/properties/build/oneOf/1/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.build.oneOf[1].properties.tags.type,parentSchema:schema4.properties.build.oneOf[1].properties.tags,data:data27};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.ulimits !== undefined){
if(!(validate38(data4.ulimits, {instancePath:instancePath+"/build/ulimits",parentData:data4,parentDataProperty:"ulimits",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data4.platforms !== undefined){
let data30 = data4.platforms;
if(Array.isArray(data30)){
const len4 = data30.length;
for(let i4=0; i4<len4; i4++){
let data31 = data30[i4];
if(typeof data31 !== "string"){
const err22 = {instancePath:instancePath+"/build/platforms/" + i4,schemaPath:"#/properties/build/oneOf/1/properties/platforms/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.build.oneOf[1].properties.platforms.items.type,parentSchema:schema4.properties.build.oneOf[1].properties.platforms.items,data:data31};
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
else {
const err23 = {instancePath:instancePath+"/build/platforms",schemaPath:"#/properties/build/oneOf/1/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.build.oneOf[1].properties.platforms.type,parentSchema:schema4.properties.build.oneOf[1].properties.platforms,data:data30};
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
else {
const err24 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.build.oneOf[1].type,parentSchema:schema4.properties.build.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err25 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema4.properties.build.oneOf,parentSchema:schema4.properties.build,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.blkio_config !== undefined){
let data32 = data.blkio_config;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
for(const key2 in data32){
if(!((((((key2 === "device_read_bps") || (key2 === "device_read_iops")) || (key2 === "device_write_bps")) || (key2 === "device_write_iops")) || (key2 === "weight")) || (key2 === "weight_device"))){
const err26 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.blkio_config,data:data32};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data32.device_read_bps !== undefined){
let data33 = data32.device_read_bps;
if(Array.isArray(data33)){
const len5 = data33.length;
for(let i5=0; i5<len5; i5++){
if(!(validate40(data33[i5], {instancePath:instancePath+"/blkio_config/device_read_bps/" + i5,parentData:data33,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/blkio_config/device_read_bps",schemaPath:"#/properties/blkio_config/properties/device_read_bps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.blkio_config.properties.device_read_bps.type,parentSchema:schema4.properties.blkio_config.properties.device_read_bps,data:data33};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data32.device_read_iops !== undefined){
let data35 = data32.device_read_iops;
if(Array.isArray(data35)){
const len6 = data35.length;
for(let i6=0; i6<len6; i6++){
if(!(validate40(data35[i6], {instancePath:instancePath+"/blkio_config/device_read_iops/" + i6,parentData:data35,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath:instancePath+"/blkio_config/device_read_iops",schemaPath:"#/properties/blkio_config/properties/device_read_iops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.blkio_config.properties.device_read_iops.type,parentSchema:schema4.properties.blkio_config.properties.device_read_iops,data:data35};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data32.device_write_bps !== undefined){
let data37 = data32.device_write_bps;
if(Array.isArray(data37)){
const len7 = data37.length;
for(let i7=0; i7<len7; i7++){
if(!(validate40(data37[i7], {instancePath:instancePath+"/blkio_config/device_write_bps/" + i7,parentData:data37,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath:instancePath+"/blkio_config/device_write_bps",schemaPath:"#/properties/blkio_config/properties/device_write_bps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.blkio_config.properties.device_write_bps.type,parentSchema:schema4.properties.blkio_config.properties.device_write_bps,data:data37};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data32.device_write_iops !== undefined){
let data39 = data32.device_write_iops;
if(Array.isArray(data39)){
const len8 = data39.length;
for(let i8=0; i8<len8; i8++){
if(!(validate40(data39[i8], {instancePath:instancePath+"/blkio_config/device_write_iops/" + i8,parentData:data39,parentDataProperty:i8,rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err30 = {instancePath:instancePath+"/blkio_config/device_write_iops",schemaPath:"#/properties/blkio_config/properties/device_write_iops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.blkio_config.properties.device_write_iops.type,parentSchema:schema4.properties.blkio_config.properties.device_write_iops,data:data39};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data32.weight !== undefined){
let data41 = data32.weight;
if((!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))) && (typeof data41 !== "string")){
const err31 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/properties/blkio_config/properties/weight/type",keyword:"type",params:{type: schema4.properties.blkio_config.properties.weight.type},message:"must be integer,string",schema:schema4.properties.blkio_config.properties.weight.type,parentSchema:schema4.properties.blkio_config.properties.weight,data:data41};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data32.weight_device !== undefined){
let data42 = data32.weight_device;
if(Array.isArray(data42)){
const len9 = data42.length;
for(let i9=0; i9<len9; i9++){
if(!(validate45(data42[i9], {instancePath:instancePath+"/blkio_config/weight_device/" + i9,parentData:data42,parentDataProperty:i9,rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err32 = {instancePath:instancePath+"/blkio_config/weight_device",schemaPath:"#/properties/blkio_config/properties/weight_device/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.blkio_config.properties.weight_device.type,parentSchema:schema4.properties.blkio_config.properties.weight_device,data:data42};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.blkio_config.type,parentSchema:schema4.properties.blkio_config,data:data32};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.cap_add !== undefined){
let data44 = data.cap_add;
if(Array.isArray(data44)){
const len10 = data44.length;
for(let i10=0; i10<len10; i10++){
let data45 = data44[i10];
if(typeof data45 !== "string"){
const err34 = {instancePath:instancePath+"/cap_add/" + i10,schemaPath:"#/properties/cap_add/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cap_add.items.type,parentSchema:schema4.properties.cap_add.items,data:data45};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
let i11 = data44.length;
let j0;
if(i11 > 1){
const indices0 = {};
for(;i11--;){
let item0 = data44[i11];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err35 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i11+" are identical)",schema:true,parentSchema:schema4.properties.cap_add,data:data44};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
break;
}
indices0[item0] = i11;
}
}
}
else {
const err36 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.cap_add.type,parentSchema:schema4.properties.cap_add,data:data44};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.cap_drop !== undefined){
let data46 = data.cap_drop;
if(Array.isArray(data46)){
const len11 = data46.length;
for(let i12=0; i12<len11; i12++){
let data47 = data46[i12];
if(typeof data47 !== "string"){
const err37 = {instancePath:instancePath+"/cap_drop/" + i12,schemaPath:"#/properties/cap_drop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cap_drop.items.type,parentSchema:schema4.properties.cap_drop.items,data:data47};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
let i13 = data46.length;
let j1;
if(i13 > 1){
const indices1 = {};
for(;i13--;){
let item1 = data46[i13];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err38 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i13+" are identical)",schema:true,parentSchema:schema4.properties.cap_drop,data:data46};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
break;
}
indices1[item1] = i13;
}
}
}
else {
const err39 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.cap_drop.type,parentSchema:schema4.properties.cap_drop,data:data46};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.cgroup !== undefined){
let data48 = data.cgroup;
const _errs90 = errors;
let valid30 = false;
const _errs91 = errors;
if(typeof data48 === "string"){
if(!pattern6.test(data48.replaceAll("$$", ""))){
const err40 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.cgroup.anyOf[0],data:data48};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cgroup.anyOf[0].type,parentSchema:schema4.properties.cgroup.anyOf[0],data:data48};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid1 = _errs91 === errors;
valid30 = valid30 || _valid1;
if(!valid30){
const _errs93 = errors;
if(typeof data48 !== "string"){
const err42 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cgroup.anyOf[1].type,parentSchema:schema4.properties.cgroup.anyOf[1],data:data48};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!((data48 === "host") || (data48 === "private"))){
const err43 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema4.properties.cgroup.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema4.properties.cgroup.anyOf[1].enum,parentSchema:schema4.properties.cgroup.anyOf[1],data:data48};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid1 = _errs93 === errors;
valid30 = valid30 || _valid1;
}
if(!valid30){
const err44 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.cgroup.anyOf,parentSchema:schema4.properties.cgroup,data:data48};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
errors = _errs90;
if(vErrors !== null){
if(_errs90){
vErrors.length = _errs90;
}
else {
vErrors = null;
}
}
}
}
if(data.cgroup_parent !== undefined){
let data49 = data.cgroup_parent;
if(typeof data49 !== "string"){
const err45 = {instancePath:instancePath+"/cgroup_parent",schemaPath:"#/properties/cgroup_parent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cgroup_parent.type,parentSchema:schema4.properties.cgroup_parent,data:data49};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.command !== undefined){
if(!(validate13(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data.configs !== undefined){
if(!(validate36(data.configs, {instancePath:instancePath+"/configs",parentData:data,parentDataProperty:"configs",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.container_name !== undefined){
let data52 = data.container_name;
if(typeof data52 !== "string"){
const err46 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.container_name.type,parentSchema:schema4.properties.container_name,data:data52};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.cpu_count !== undefined){
let data53 = data.cpu_count;
const _errs102 = errors;
let valid31 = false;
let passing1 = null;
const _errs103 = errors;
if(typeof data53 !== "string"){
const err47 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cpu_count.oneOf[0].type,parentSchema:schema4.properties.cpu_count.oneOf[0],data:data53};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid2 = _errs103 === errors;
if(_valid2){
valid31 = true;
passing1 = 0;
}
const _errs105 = errors;
if(!((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53)))){
const err48 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema4.properties.cpu_count.oneOf[1].type,parentSchema:schema4.properties.cpu_count.oneOf[1],data:data53};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(typeof data53 == "number"){
if(data53 < 0 || isNaN(data53)){
const err49 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema4.properties.cpu_count.oneOf[1],data:data53};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var _valid2 = _errs105 === errors;
if(_valid2 && valid31){
valid31 = false;
passing1 = [passing1, 1];
}
else {
if(_valid2){
valid31 = true;
passing1 = 1;
}
}
if(!valid31){
const err50 = {instancePath:instancePath+"/cpu_count",schemaPath:"#/properties/cpu_count/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema4.properties.cpu_count.oneOf,parentSchema:schema4.properties.cpu_count,data:data53};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs102;
if(vErrors !== null){
if(_errs102){
vErrors.length = _errs102;
}
else {
vErrors = null;
}
}
}
}
if(data.cpu_percent !== undefined){
let data54 = data.cpu_percent;
const _errs108 = errors;
let valid32 = false;
let passing2 = null;
const _errs109 = errors;
if(typeof data54 !== "string"){
const err51 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cpu_percent.oneOf[0].type,parentSchema:schema4.properties.cpu_percent.oneOf[0],data:data54};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid3 = _errs109 === errors;
if(_valid3){
valid32 = true;
passing2 = 0;
}
const _errs111 = errors;
if(!((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54)))){
const err52 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema4.properties.cpu_percent.oneOf[1].type,parentSchema:schema4.properties.cpu_percent.oneOf[1],data:data54};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(typeof data54 == "number"){
if(data54 > 100 || isNaN(data54)){
const err53 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema4.properties.cpu_percent.oneOf[1],data:data54};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data54 < 0 || isNaN(data54)){
const err54 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema4.properties.cpu_percent.oneOf[1],data:data54};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
var _valid3 = _errs111 === errors;
if(_valid3 && valid32){
valid32 = false;
passing2 = [passing2, 1];
}
else {
if(_valid3){
valid32 = true;
passing2 = 1;
}
}
if(!valid32){
const err55 = {instancePath:instancePath+"/cpu_percent",schemaPath:"#/properties/cpu_percent/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema4.properties.cpu_percent.oneOf,parentSchema:schema4.properties.cpu_percent,data:data54};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
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
if(data.cpu_shares !== undefined){
let data55 = data.cpu_shares;
if((!(typeof data55 == "number")) && (typeof data55 !== "string")){
const err56 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/type",keyword:"type",params:{type: schema4.properties.cpu_shares.type},message:"must be number,string",schema:schema4.properties.cpu_shares.type,parentSchema:schema4.properties.cpu_shares,data:data55};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.cpu_quota !== undefined){
let data56 = data.cpu_quota;
if((!(typeof data56 == "number")) && (typeof data56 !== "string")){
const err57 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/type",keyword:"type",params:{type: schema4.properties.cpu_quota.type},message:"must be number,string",schema:schema4.properties.cpu_quota.type,parentSchema:schema4.properties.cpu_quota,data:data56};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.cpu_period !== undefined){
let data57 = data.cpu_period;
if((!(typeof data57 == "number")) && (typeof data57 !== "string")){
const err58 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/type",keyword:"type",params:{type: schema4.properties.cpu_period.type},message:"must be number,string",schema:schema4.properties.cpu_period.type,parentSchema:schema4.properties.cpu_period,data:data57};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.cpu_rt_period !== undefined){
let data58 = data.cpu_rt_period;
if((!(typeof data58 == "number")) && (typeof data58 !== "string")){
const err59 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/properties/cpu_rt_period/type",keyword:"type",params:{type: schema4.properties.cpu_rt_period.type},message:"must be number,string",schema:schema4.properties.cpu_rt_period.type,parentSchema:schema4.properties.cpu_rt_period,data:data58};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.cpu_rt_runtime !== undefined){
let data59 = data.cpu_rt_runtime;
if((!(typeof data59 == "number")) && (typeof data59 !== "string")){
const err60 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/properties/cpu_rt_runtime/type",keyword:"type",params:{type: schema4.properties.cpu_rt_runtime.type},message:"must be number,string",schema:schema4.properties.cpu_rt_runtime.type,parentSchema:schema4.properties.cpu_rt_runtime,data:data59};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.cpus !== undefined){
let data60 = data.cpus;
if((!(typeof data60 == "number")) && (typeof data60 !== "string")){
const err61 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/type",keyword:"type",params:{type: schema4.properties.cpus.type},message:"must be number,string",schema:schema4.properties.cpus.type,parentSchema:schema4.properties.cpus,data:data60};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.cpuset !== undefined){
let data61 = data.cpuset;
if(typeof data61 !== "string"){
const err62 = {instancePath:instancePath+"/cpuset",schemaPath:"#/properties/cpuset/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.cpuset.type,parentSchema:schema4.properties.cpuset,data:data61};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.credential_spec !== undefined){
let data62 = data.credential_spec;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
for(const key3 in data62){
if(!((((key3 === "config") || (key3 === "file")) || (key3 === "registry")) || (pattern0.test(key3)))){
const err63 = {instancePath:instancePath+"/credential_spec",schemaPath:"#/properties/credential_spec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.credential_spec,data:data62};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data62.config !== undefined){
let data63 = data62.config;
if(typeof data63 !== "string"){
const err64 = {instancePath:instancePath+"/credential_spec/config",schemaPath:"#/properties/credential_spec/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.credential_spec.properties.config.type,parentSchema:schema4.properties.credential_spec.properties.config,data:data63};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data62.file !== undefined){
let data64 = data62.file;
if(typeof data64 !== "string"){
const err65 = {instancePath:instancePath+"/credential_spec/file",schemaPath:"#/properties/credential_spec/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.credential_spec.properties.file.type,parentSchema:schema4.properties.credential_spec.properties.file,data:data64};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data62.registry !== undefined){
let data65 = data62.registry;
if(typeof data65 !== "string"){
const err66 = {instancePath:instancePath+"/credential_spec/registry",schemaPath:"#/properties/credential_spec/properties/registry/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.credential_spec.properties.registry.type,parentSchema:schema4.properties.credential_spec.properties.registry,data:data65};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/credential_spec",schemaPath:"#/properties/credential_spec/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.credential_spec.type,parentSchema:schema4.properties.credential_spec,data:data62};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.depends_on !== undefined){
let data66 = data.depends_on;
const _errs137 = errors;
let valid34 = false;
let passing3 = null;
const _errs138 = errors;
if(!(validate3(data66, {instancePath:instancePath+"/depends_on",parentData:data,parentDataProperty:"depends_on",rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
var _valid4 = _errs138 === errors;
if(_valid4){
valid34 = true;
passing3 = 0;
}
const _errs139 = errors;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
for(const key4 in data66){
if(!(pattern1.test(key4))){
const err68 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.depends_on.oneOf[1],data:data66};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
for(const key5 in data66){
if(pattern1.test(key5)){
let data67 = data66[key5];
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.condition === undefined){
const err69 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/required",keyword:"required",params:{missingProperty: "condition"},message:"must have required property '"+"condition"+"'",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].required,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data67};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key6 in data67){
if(!((((key6 === "restart") || (key6 === "required")) || (key6 === "condition")) || (pattern0.test(key6)))){
const err70 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data67};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data67.restart !== undefined){
let data68 = data67.restart;
if((typeof data68 !== "boolean") && (typeof data68 !== "string")){
const err71 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/restart",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/restart/type",keyword:"type",params:{type: schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart.type},message:"must be boolean,string",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart.type,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.restart,data:data68};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data67.required !== undefined){
let data69 = data67.required;
const _errs148 = errors;
let valid37 = false;
const _errs149 = errors;
if(typeof data69 === "string"){
if(!pattern6.test(data69.replaceAll("$$", ""))){
const err72 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.anyOf[0],data:data69};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.anyOf[0].type,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.anyOf[0],data:data69};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid5 = _errs149 === errors;
valid37 = valid37 || _valid5;
if(!valid37){
const _errs151 = errors;
if(typeof data69 !== "boolean"){
const err74 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.anyOf[1].type,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.anyOf[1],data:data69};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid5 = _errs151 === errors;
valid37 = valid37 || _valid5;
}
if(!valid37){
const err75 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/required/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required.anyOf,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.required,data:data69};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
else {
errors = _errs148;
if(vErrors !== null){
if(_errs148){
vErrors.length = _errs148;
}
else {
vErrors = null;
}
}
}
}
if(data67.condition !== undefined){
let data70 = data67.condition;
const _errs154 = errors;
let valid38 = false;
const _errs155 = errors;
if(typeof data70 === "string"){
if(!pattern6.test(data70.replaceAll("$$", ""))){
const err76 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[0],data:data70};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[0].type,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[0],data:data70};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var _valid6 = _errs155 === errors;
valid38 = valid38 || _valid6;
if(!valid38){
const _errs157 = errors;
if(typeof data70 !== "string"){
const err78 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[1].type,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[1],data:data70};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!(((data70 === "service_started") || (data70 === "service_healthy")) || (data70 === "service_completed_successfully"))){
const err79 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[1].enum,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf[1],data:data70};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid6 = _errs157 === errors;
valid38 = valid38 || _valid6;
}
if(!valid38){
const err80 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/condition/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition.anyOf,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.condition,data:data70};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
else {
errors = _errs154;
if(vErrors !== null){
if(_errs154){
vErrors.length = _errs154;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err81 = {instancePath:instancePath+"/depends_on/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].type,parentSchema:schema4.properties.depends_on.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data67};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
}
else {
const err82 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.depends_on.oneOf[1].type,parentSchema:schema4.properties.depends_on.oneOf[1],data:data66};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid4 = _errs139 === errors;
if(_valid4 && valid34){
valid34 = false;
passing3 = [passing3, 1];
}
else {
if(_valid4){
valid34 = true;
passing3 = 1;
}
}
if(!valid34){
const err83 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema4.properties.depends_on.oneOf,parentSchema:schema4.properties.depends_on,data:data66};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
errors = _errs137;
if(vErrors !== null){
if(_errs137){
vErrors.length = _errs137;
}
else {
vErrors = null;
}
}
}
}
if(data.device_cgroup_rules !== undefined){
if(!(validate3(data.device_cgroup_rules, {instancePath:instancePath+"/device_cgroup_rules",parentData:data,parentDataProperty:"device_cgroup_rules",rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
}
if(data.devices !== undefined){
let data72 = data.devices;
if(Array.isArray(data72)){
const len12 = data72.length;
for(let i14=0; i14<len12; i14++){
let data73 = data72[i14];
const _errs163 = errors;
let valid41 = false;
let passing4 = null;
const _errs164 = errors;
if(typeof data73 !== "string"){
const err84 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.devices.items.oneOf[0].type,parentSchema:schema4.properties.devices.items.oneOf[0],data:data73};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid7 = _errs164 === errors;
if(_valid7){
valid41 = true;
passing4 = 0;
}
const _errs166 = errors;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(data73.source === undefined){
const err85 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf/1/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema4.properties.devices.items.oneOf[1].required,parentSchema:schema4.properties.devices.items.oneOf[1],data:data73};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
for(const key7 in data73){
if(!((((key7 === "source") || (key7 === "target")) || (key7 === "permissions")) || (pattern0.test(key7)))){
const err86 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.devices.items.oneOf[1],data:data73};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data73.source !== undefined){
let data74 = data73.source;
if(typeof data74 !== "string"){
const err87 = {instancePath:instancePath+"/devices/" + i14+"/source",schemaPath:"#/properties/devices/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.devices.items.oneOf[1].properties.source.type,parentSchema:schema4.properties.devices.items.oneOf[1].properties.source,data:data74};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data73.target !== undefined){
let data75 = data73.target;
if(typeof data75 !== "string"){
const err88 = {instancePath:instancePath+"/devices/" + i14+"/target",schemaPath:"#/properties/devices/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.devices.items.oneOf[1].properties.target.type,parentSchema:schema4.properties.devices.items.oneOf[1].properties.target,data:data75};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data73.permissions !== undefined){
let data76 = data73.permissions;
if(typeof data76 !== "string"){
const err89 = {instancePath:instancePath+"/devices/" + i14+"/permissions",schemaPath:"#/properties/devices/items/oneOf/1/properties/permissions/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.devices.items.oneOf[1].properties.permissions.type,parentSchema:schema4.properties.devices.items.oneOf[1].properties.permissions,data:data76};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.devices.items.oneOf[1].type,parentSchema:schema4.properties.devices.items.oneOf[1],data:data73};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
var _valid7 = _errs166 === errors;
if(_valid7 && valid41){
valid41 = false;
passing4 = [passing4, 1];
}
else {
if(_valid7){
valid41 = true;
passing4 = 1;
}
}
if(!valid41){
const err91 = {instancePath:instancePath+"/devices/" + i14,schemaPath:"#/properties/devices/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema4.properties.devices.items.oneOf,parentSchema:schema4.properties.devices.items,data:data73};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
else {
errors = _errs163;
if(vErrors !== null){
if(_errs163){
vErrors.length = _errs163;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err92 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.devices.type,parentSchema:schema4.properties.devices,data:data72};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
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
let data78 = data.dns_opt;
if(Array.isArray(data78)){
const len13 = data78.length;
for(let i15=0; i15<len13; i15++){
let data79 = data78[i15];
if(typeof data79 !== "string"){
const err93 = {instancePath:instancePath+"/dns_opt/" + i15,schemaPath:"#/properties/dns_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.dns_opt.items.type,parentSchema:schema4.properties.dns_opt.items,data:data79};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
let i16 = data78.length;
let j2;
if(i16 > 1){
const indices2 = {};
for(;i16--;){
let item2 = data78[i16];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err94 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/uniqueItems",keyword:"uniqueItems",params:{i: i16, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i16+" are identical)",schema:true,parentSchema:schema4.properties.dns_opt,data:data78};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
break;
}
indices2[item2] = i16;
}
}
}
else {
const err95 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.dns_opt.type,parentSchema:schema4.properties.dns_opt,data:data78};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
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
let data81 = data.domainname;
if(typeof data81 !== "string"){
const err96 = {instancePath:instancePath+"/domainname",schemaPath:"#/properties/domainname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.domainname.type,parentSchema:schema4.properties.domainname,data:data81};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.entrypoint !== undefined){
if(!(validate13(data.entrypoint, {instancePath:instancePath+"/entrypoint",parentData:data,parentDataProperty:"entrypoint",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data.env_file !== undefined){
if(!(validate54(data.env_file, {instancePath:instancePath+"/env_file",parentData:data,parentDataProperty:"env_file",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
if(data.label_file !== undefined){
if(!(validate56(data.label_file, {instancePath:instancePath+"/label_file",parentData:data,parentDataProperty:"label_file",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.environment !== undefined){
if(!(validate15(data.environment, {instancePath:instancePath+"/environment",parentData:data,parentDataProperty:"environment",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.expose !== undefined){
let data86 = data.expose;
if(Array.isArray(data86)){
const len14 = data86.length;
for(let i17=0; i17<len14; i17++){
let data87 = data86[i17];
if((typeof data87 !== "string") && (!(typeof data87 == "number"))){
const err97 = {instancePath:instancePath+"/expose/" + i17,schemaPath:"#/properties/expose/items/type",keyword:"type",params:{type: schema4.properties.expose.items.type},message:"must be string,number",schema:schema4.properties.expose.items.type,parentSchema:schema4.properties.expose.items,data:data87};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
let i18 = data86.length;
let j3;
if(i18 > 1){
const indices3 = {};
for(;i18--;){
let item3 = data86[i18];
if((typeof item3 !== "string") && (!(typeof item3 == "number"))){
continue;
}
if(typeof item3 == "string"){
item3 += "_";
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err98 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/uniqueItems",keyword:"uniqueItems",params:{i: i18, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i18+" are identical)",schema:true,parentSchema:schema4.properties.expose,data:data86};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
break;
}
indices3[item3] = i18;
}
}
}
else {
const err99 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.expose.type,parentSchema:schema4.properties.expose,data:data86};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.extends !== undefined){
let data88 = data.extends;
const _errs192 = errors;
let valid49 = false;
let passing5 = null;
const _errs193 = errors;
if(typeof data88 !== "string"){
const err100 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.extends.oneOf[0].type,parentSchema:schema4.properties.extends.oneOf[0],data:data88};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid8 = _errs193 === errors;
if(_valid8){
valid49 = true;
passing5 = 0;
}
const _errs195 = errors;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.service === undefined){
const err101 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema4.properties.extends.oneOf[1].required,parentSchema:schema4.properties.extends.oneOf[1],data:data88};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
for(const key8 in data88){
if(!((key8 === "service") || (key8 === "file"))){
const err102 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.extends.oneOf[1],data:data88};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data88.service !== undefined){
let data89 = data88.service;
if(typeof data89 !== "string"){
const err103 = {instancePath:instancePath+"/extends/service",schemaPath:"#/properties/extends/oneOf/1/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.extends.oneOf[1].properties.service.type,parentSchema:schema4.properties.extends.oneOf[1].properties.service,data:data89};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data88.file !== undefined){
let data90 = data88.file;
if(typeof data90 !== "string"){
const err104 = {instancePath:instancePath+"/extends/file",schemaPath:"#/properties/extends/oneOf/1/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.extends.oneOf[1].properties.file.type,parentSchema:schema4.properties.extends.oneOf[1].properties.file,data:data90};
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
const err105 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.extends.oneOf[1].type,parentSchema:schema4.properties.extends.oneOf[1],data:data88};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var _valid8 = _errs195 === errors;
if(_valid8 && valid49){
valid49 = false;
passing5 = [passing5, 1];
}
else {
if(_valid8){
valid49 = true;
passing5 = 1;
}
}
if(!valid49){
const err106 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema4.properties.extends.oneOf,parentSchema:schema4.properties.extends,data:data88};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
else {
errors = _errs192;
if(vErrors !== null){
if(_errs192){
vErrors.length = _errs192;
}
else {
vErrors = null;
}
}
}
}
if(data.provider !== undefined){
let data91 = data.provider;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
if(data91.type === undefined){
const err107 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema4.properties.provider.required,parentSchema:schema4.properties.provider,data:data91};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key9 in data91){
if(!(((key9 === "type") || (key9 === "options")) || (pattern0.test(key9)))){
const err108 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.provider,data:data91};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data91.type !== undefined){
let data92 = data91.type;
if(typeof data92 !== "string"){
const err109 = {instancePath:instancePath+"/provider/type",schemaPath:"#/properties/provider/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.provider.properties.type.type,parentSchema:schema4.properties.provider.properties.type,data:data92};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data91.options !== undefined){
let data93 = data91.options;
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
for(const key10 in data93){
if(pattern39.test(key10)){
let data94 = data93[key10];
const _errs210 = errors;
let valid53 = false;
let passing6 = null;
const _errs211 = errors;
if(((typeof data94 !== "string") && (!(typeof data94 == "number"))) && (typeof data94 !== "boolean")){
const err110 = {instancePath:instancePath+"/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/0/type",keyword:"type",params:{type: schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0].type},message:"must be string,number,boolean",schema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0].type,parentSchema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[0],data:data94};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid9 = _errs211 === errors;
if(_valid9){
valid53 = true;
passing6 = 0;
}
const _errs213 = errors;
if(Array.isArray(data94)){
const len15 = data94.length;
for(let i19=0; i19<len15; i19++){
let data95 = data94[i19];
if(((typeof data95 !== "string") && (!(typeof data95 == "number"))) && (typeof data95 !== "boolean")){
const err111 = {instancePath:instancePath+"/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i19,schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/items/type",keyword:"type",params:{type: schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items.type},message:"must be string,number,boolean",schema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items.type,parentSchema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].items,data:data95};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
else {
const err112 = {instancePath:instancePath+"/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1].type,parentSchema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf[1],data:data94};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
var _valid9 = _errs213 === errors;
if(_valid9 && valid53){
valid53 = false;
passing6 = [passing6, 1];
}
else {
if(_valid9){
valid53 = true;
passing6 = 1;
}
}
if(!valid53){
const err113 = {instancePath:instancePath+"/provider/options/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/provider/properties/options/patternProperties/%5E.%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf",schema:schema4.properties.provider.properties.options.patternProperties["^.+$"].oneOf,parentSchema:schema4.properties.provider.properties.options.patternProperties["^.+$"],data:data94};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
else {
errors = _errs210;
if(vErrors !== null){
if(_errs210){
vErrors.length = _errs210;
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
const err114 = {instancePath:instancePath+"/provider/options",schemaPath:"#/properties/provider/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.provider.properties.options.type,parentSchema:schema4.properties.provider.properties.options,data:data93};
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
const err115 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.provider.type,parentSchema:schema4.properties.provider,data:data91};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data.external_links !== undefined){
let data96 = data.external_links;
if(Array.isArray(data96)){
const len16 = data96.length;
for(let i20=0; i20<len16; i20++){
let data97 = data96[i20];
if(typeof data97 !== "string"){
const err116 = {instancePath:instancePath+"/external_links/" + i20,schemaPath:"#/properties/external_links/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.external_links.items.type,parentSchema:schema4.properties.external_links.items,data:data97};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
let i21 = data96.length;
let j4;
if(i21 > 1){
const indices4 = {};
for(;i21--;){
let item4 = data96[i21];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err117 = {instancePath:instancePath+"/external_links",schemaPath:"#/properties/external_links/uniqueItems",keyword:"uniqueItems",params:{i: i21, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i21+" are identical)",schema:true,parentSchema:schema4.properties.external_links,data:data96};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
break;
}
indices4[item4] = i21;
}
}
}
else {
const err118 = {instancePath:instancePath+"/external_links",schemaPath:"#/properties/external_links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.external_links.type,parentSchema:schema4.properties.external_links,data:data96};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.extra_hosts !== undefined){
if(!(validate34(data.extra_hosts, {instancePath:instancePath+"/extra_hosts",parentData:data,parentDataProperty:"extra_hosts",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.gpus !== undefined){
if(!(validate60(data.gpus, {instancePath:instancePath+"/gpus",parentData:data,parentDataProperty:"gpus",rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
if(data.group_add !== undefined){
let data100 = data.group_add;
if(Array.isArray(data100)){
const len17 = data100.length;
for(let i22=0; i22<len17; i22++){
let data101 = data100[i22];
if((typeof data101 !== "string") && (!(typeof data101 == "number"))){
const err119 = {instancePath:instancePath+"/group_add/" + i22,schemaPath:"#/properties/group_add/items/type",keyword:"type",params:{type: schema4.properties.group_add.items.type},message:"must be string,number",schema:schema4.properties.group_add.items.type,parentSchema:schema4.properties.group_add.items,data:data101};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
let i23 = data100.length;
let j5;
if(i23 > 1){
const indices5 = {};
for(;i23--;){
let item5 = data100[i23];
if((typeof item5 !== "string") && (!(typeof item5 == "number"))){
continue;
}
if(typeof item5 == "string"){
item5 += "_";
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err120 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/uniqueItems",keyword:"uniqueItems",params:{i: i23, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i23+" are identical)",schema:true,parentSchema:schema4.properties.group_add,data:data100};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
break;
}
indices5[item5] = i23;
}
}
}
else {
const err121 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.group_add.type,parentSchema:schema4.properties.group_add,data:data100};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data.healthcheck !== undefined){
if(!(validate65(data.healthcheck, {instancePath:instancePath+"/healthcheck",parentData:data,parentDataProperty:"healthcheck",rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.hostname !== undefined){
let data103 = data.hostname;
if(typeof data103 !== "string"){
const err122 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.hostname.type,parentSchema:schema4.properties.hostname,data:data103};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data.image !== undefined){
let data104 = data.image;
if(typeof data104 !== "string"){
const err123 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.image.type,parentSchema:schema4.properties.image,data:data104};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data.init !== undefined){
let data105 = data.init;
if((typeof data105 !== "boolean") && (typeof data105 !== "string")){
const err124 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/type",keyword:"type",params:{type: schema4.properties.init.type},message:"must be boolean,string",schema:schema4.properties.init.type,parentSchema:schema4.properties.init,data:data105};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data.ipc !== undefined){
let data106 = data.ipc;
if(typeof data106 !== "string"){
const err125 = {instancePath:instancePath+"/ipc",schemaPath:"#/properties/ipc/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ipc.type,parentSchema:schema4.properties.ipc,data:data106};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data.isolation !== undefined){
let data107 = data.isolation;
if(typeof data107 !== "string"){
const err126 = {instancePath:instancePath+"/isolation",schemaPath:"#/properties/isolation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.isolation.type,parentSchema:schema4.properties.isolation,data:data107};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data.labels !== undefined){
if(!(validate15(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.links !== undefined){
let data109 = data.links;
if(Array.isArray(data109)){
const len18 = data109.length;
for(let i24=0; i24<len18; i24++){
let data110 = data109[i24];
if(typeof data110 !== "string"){
const err127 = {instancePath:instancePath+"/links/" + i24,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.links.items.type,parentSchema:schema4.properties.links.items,data:data110};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
let i25 = data109.length;
let j6;
if(i25 > 1){
const indices6 = {};
for(;i25--;){
let item6 = data109[i25];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j6 = indices6[item6];
const err128 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/uniqueItems",keyword:"uniqueItems",params:{i: i25, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i25+" are identical)",schema:true,parentSchema:schema4.properties.links,data:data109};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
break;
}
indices6[item6] = i25;
}
}
}
else {
const err129 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.links.type,parentSchema:schema4.properties.links,data:data109};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data.logging !== undefined){
let data111 = data.logging;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
for(const key11 in data111){
if(!(((key11 === "driver") || (key11 === "options")) || (pattern0.test(key11)))){
const err130 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.logging,data:data111};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data111.driver !== undefined){
let data112 = data111.driver;
if(typeof data112 !== "string"){
const err131 = {instancePath:instancePath+"/logging/driver",schemaPath:"#/properties/logging/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.logging.properties.driver.type,parentSchema:schema4.properties.logging.properties.driver,data:data112};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data111.options !== undefined){
let data113 = data111.options;
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
for(const key12 in data113){
if(pattern39.test(key12)){
let data114 = data113[key12];
if(((typeof data114 !== "string") && (!(typeof data114 == "number"))) && (data114 !== null)){
const err132 = {instancePath:instancePath+"/logging/options/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/logging/properties/options/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema4.properties.logging.properties.options.patternProperties["^.+$"].type},message:"must be string,number,null",schema:schema4.properties.logging.properties.options.patternProperties["^.+$"].type,parentSchema:schema4.properties.logging.properties.options.patternProperties["^.+$"],data:data114};
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
}
else {
const err133 = {instancePath:instancePath+"/logging/options",schemaPath:"#/properties/logging/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.logging.properties.options.type,parentSchema:schema4.properties.logging.properties.options,data:data113};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.logging.type,parentSchema:schema4.properties.logging,data:data111};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data.mac_address !== undefined){
let data115 = data.mac_address;
if(typeof data115 !== "string"){
const err135 = {instancePath:instancePath+"/mac_address",schemaPath:"#/properties/mac_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.mac_address.type,parentSchema:schema4.properties.mac_address,data:data115};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data.mem_limit !== undefined){
let data116 = data.mem_limit;
if((!(typeof data116 == "number")) && (typeof data116 !== "string")){
const err136 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/properties/mem_limit/type",keyword:"type",params:{type: schema4.properties.mem_limit.type},message:"must be number,string",schema:schema4.properties.mem_limit.type,parentSchema:schema4.properties.mem_limit,data:data116};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data.mem_reservation !== undefined){
let data117 = data.mem_reservation;
if((typeof data117 !== "string") && (!((typeof data117 == "number") && (!(data117 % 1) && !isNaN(data117))))){
const err137 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/properties/mem_reservation/type",keyword:"type",params:{type: schema4.properties.mem_reservation.type},message:"must be string,integer",schema:schema4.properties.mem_reservation.type,parentSchema:schema4.properties.mem_reservation,data:data117};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data.mem_swappiness !== undefined){
let data118 = data.mem_swappiness;
if((!((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118)))) && (typeof data118 !== "string")){
const err138 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/type",keyword:"type",params:{type: schema4.properties.mem_swappiness.type},message:"must be integer,string",schema:schema4.properties.mem_swappiness.type,parentSchema:schema4.properties.mem_swappiness,data:data118};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data.memswap_limit !== undefined){
let data119 = data.memswap_limit;
if((!(typeof data119 == "number")) && (typeof data119 !== "string")){
const err139 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/type",keyword:"type",params:{type: schema4.properties.memswap_limit.type},message:"must be number,string",schema:schema4.properties.memswap_limit.type,parentSchema:schema4.properties.memswap_limit,data:data119};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data.network_mode !== undefined){
let data120 = data.network_mode;
if(typeof data120 !== "string"){
const err140 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.network_mode.type,parentSchema:schema4.properties.network_mode,data:data120};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data.models !== undefined){
let data121 = data.models;
const _errs265 = errors;
let valid67 = false;
let passing7 = null;
const _errs266 = errors;
if(!(validate3(data121, {instancePath:instancePath+"/models",parentData:data,parentDataProperty:"models",rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
var _valid10 = _errs266 === errors;
if(_valid10){
valid67 = true;
passing7 = 0;
}
const _errs267 = errors;
if(data121 && typeof data121 == "object" && !Array.isArray(data121)){
for(const key13 in data121){
if(pattern1.test(key13)){
let data122 = data121[key13];
if(data122 && typeof data122 == "object" && !Array.isArray(data122)){
for(const key14 in data122){
if(!((key14 === "endpoint_var") || (pattern0.test(key14)))){
const err141 = {instancePath:instancePath+"/models/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data122};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data122.endpoint_var !== undefined){
let data123 = data122.endpoint_var;
if(typeof data123 !== "string"){
const err142 = {instancePath:instancePath+"/models/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint_var",schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/properties/endpoint_var/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.endpoint_var.type,parentSchema:schema4.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].properties.endpoint_var,data:data123};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/models/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/models/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].type,parentSchema:schema4.properties.models.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data122};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
}
else {
const err144 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.models.oneOf[1].type,parentSchema:schema4.properties.models.oneOf[1],data:data121};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
var _valid10 = _errs267 === errors;
if(_valid10 && valid67){
valid67 = false;
passing7 = [passing7, 1];
}
else {
if(_valid10){
valid67 = true;
passing7 = 1;
}
}
if(!valid67){
const err145 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf",schema:schema4.properties.models.oneOf,parentSchema:schema4.properties.models,data:data121};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
else {
errors = _errs265;
if(vErrors !== null){
if(_errs265){
vErrors.length = _errs265;
}
else {
vErrors = null;
}
}
}
}
if(data.networks !== undefined){
let data124 = data.networks;
const _errs275 = errors;
let valid70 = false;
let passing8 = null;
const _errs276 = errors;
if(!(validate3(data124, {instancePath:instancePath+"/networks",parentData:data,parentDataProperty:"networks",rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
var _valid11 = _errs276 === errors;
if(_valid11){
valid70 = true;
passing8 = 0;
}
const _errs277 = errors;
if(data124 && typeof data124 == "object" && !Array.isArray(data124)){
for(const key15 in data124){
if(!(pattern1.test(key15))){
const err146 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.networks.oneOf[1],data:data124};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
for(const key16 in data124){
if(pattern1.test(key16)){
let data125 = data124[key16];
const _errs281 = errors;
let valid72 = false;
let passing9 = null;
const _errs282 = errors;
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
for(const key17 in data125){
if(!((func0.call(schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties, key17)) || (pattern0.test(key17)))){
const err147 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0],data:data125};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data125.aliases !== undefined){
if(!(validate3(data125.aliases, {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",parentData:data125,parentDataProperty:"aliases",rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
}
if(data125.interface_name !== undefined){
let data127 = data125.interface_name;
if(typeof data127 !== "string"){
const err148 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/interface_name",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/interface_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.interface_name.type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.interface_name,data:data127};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data125.ipv4_address !== undefined){
let data128 = data125.ipv4_address;
if(typeof data128 !== "string"){
const err149 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv4_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv4_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv4_address.type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv4_address,data:data128};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data125.ipv6_address !== undefined){
let data129 = data125.ipv6_address;
if(typeof data129 !== "string"){
const err150 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv6_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/ipv6_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv6_address.type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.ipv6_address,data:data129};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data125.link_local_ips !== undefined){
if(!(validate3(data125.link_local_ips, {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/link_local_ips",parentData:data125,parentDataProperty:"link_local_ips",rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
}
if(data125.mac_address !== undefined){
let data131 = data125.mac_address;
if(typeof data131 !== "string"){
const err151 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/mac_address",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/mac_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.mac_address.type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.mac_address,data:data131};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data125.driver_opts !== undefined){
let data132 = data125.driver_opts;
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
for(const key18 in data132){
if(pattern39.test(key18)){
let data133 = data132[key18];
if((typeof data133 !== "string") && (!(typeof data133 == "number"))){
const err152 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver_opts/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.patternProperties["^.+$"],data:data133};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
}
else {
const err153 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver_opts",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts.type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.driver_opts,data:data132};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data125.priority !== undefined){
let data134 = data125.priority;
const _errs300 = errors;
let valid75 = false;
const _errs301 = errors;
if(typeof data134 === "string"){
if(!pattern6.test(data134.replaceAll("$$", ""))){
const err154 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.anyOf[0],data:data134};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
else {
const err155 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.anyOf[0].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.anyOf[0],data:data134};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
var _valid13 = _errs301 === errors;
valid75 = valid75 || _valid13;
if(!valid75){
const _errs303 = errors;
if(!(typeof data134 == "number")){
const err156 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.anyOf[1].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.anyOf[1],data:data134};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
var _valid13 = _errs303 === errors;
valid75 = valid75 || _valid13;
}
if(!valid75){
const err157 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/priority/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority.anyOf,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.priority,data:data134};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
else {
errors = _errs300;
if(vErrors !== null){
if(_errs300){
vErrors.length = _errs300;
}
else {
vErrors = null;
}
}
}
}
if(data125.gw_priority !== undefined){
let data135 = data125.gw_priority;
const _errs306 = errors;
let valid76 = false;
const _errs307 = errors;
if(typeof data135 === "string"){
if(!pattern6.test(data135.replaceAll("$$", ""))){
const err158 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/gw_priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.anyOf[0],data:data135};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
else {
const err159 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/gw_priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.anyOf[0].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.anyOf[0],data:data135};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
var _valid14 = _errs307 === errors;
valid76 = valid76 || _valid14;
if(!valid76){
const _errs309 = errors;
if(!(typeof data135 == "number")){
const err160 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/gw_priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.anyOf[1].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.anyOf[1],data:data135};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
var _valid14 = _errs309 === errors;
valid76 = valid76 || _valid14;
}
if(!valid76){
const err161 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/gw_priority",schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/properties/gw_priority/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority.anyOf,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].properties.gw_priority,data:data135};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
else {
errors = _errs306;
if(vErrors !== null){
if(_errs306){
vErrors.length = _errs306;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err162 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[0],data:data125};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
var _valid12 = _errs282 === errors;
if(_valid12){
valid72 = true;
passing9 = 0;
}
const _errs311 = errors;
if(data125 !== null){
const err163 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[1].type,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf[1],data:data125};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
var _valid12 = _errs311 === errors;
if(_valid12 && valid72){
valid72 = false;
passing9 = [passing9, 1];
}
else {
if(_valid12){
valid72 = true;
passing9 = 1;
}
}
if(!valid72){
const err164 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/oneOf/1/patternProperties/%5E%5Ba-zA-Z0-9._-%5D%2B%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf",schema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"].oneOf,parentSchema:schema4.properties.networks.oneOf[1].patternProperties["^[a-zA-Z0-9._-]+$"],data:data125};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
else {
errors = _errs281;
if(vErrors !== null){
if(_errs281){
vErrors.length = _errs281;
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
const err165 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.networks.oneOf[1].type,parentSchema:schema4.properties.networks.oneOf[1],data:data124};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
var _valid11 = _errs277 === errors;
if(_valid11 && valid70){
valid70 = false;
passing8 = [passing8, 1];
}
else {
if(_valid11){
valid70 = true;
passing8 = 1;
}
}
if(!valid70){
const err166 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf",schema:schema4.properties.networks.oneOf,parentSchema:schema4.properties.networks,data:data124};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
else {
errors = _errs275;
if(vErrors !== null){
if(_errs275){
vErrors.length = _errs275;
}
else {
vErrors = null;
}
}
}
}
if(data.oom_kill_disable !== undefined){
let data136 = data.oom_kill_disable;
if((typeof data136 !== "boolean") && (typeof data136 !== "string")){
const err167 = {instancePath:instancePath+"/oom_kill_disable",schemaPath:"#/properties/oom_kill_disable/type",keyword:"type",params:{type: schema4.properties.oom_kill_disable.type},message:"must be boolean,string",schema:schema4.properties.oom_kill_disable.type,parentSchema:schema4.properties.oom_kill_disable,data:data136};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data.oom_score_adj !== undefined){
let data137 = data.oom_score_adj;
const _errs316 = errors;
let valid77 = false;
let passing10 = null;
const _errs317 = errors;
if(typeof data137 !== "string"){
const err168 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.oom_score_adj.oneOf[0].type,parentSchema:schema4.properties.oom_score_adj.oneOf[0],data:data137};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
var _valid15 = _errs317 === errors;
if(_valid15){
valid77 = true;
passing10 = 0;
}
const _errs319 = errors;
if(!((typeof data137 == "number") && (!(data137 % 1) && !isNaN(data137)))){
const err169 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema4.properties.oom_score_adj.oneOf[1].type,parentSchema:schema4.properties.oom_score_adj.oneOf[1],data:data137};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(typeof data137 == "number"){
if(data137 > 1000 || isNaN(data137)){
const err170 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema4.properties.oom_score_adj.oneOf[1],data:data137};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(data137 < -1000 || isNaN(data137)){
const err171 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema4.properties.oom_score_adj.oneOf[1],data:data137};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
var _valid15 = _errs319 === errors;
if(_valid15 && valid77){
valid77 = false;
passing10 = [passing10, 1];
}
else {
if(_valid15){
valid77 = true;
passing10 = 1;
}
}
if(!valid77){
const err172 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf",schema:schema4.properties.oom_score_adj.oneOf,parentSchema:schema4.properties.oom_score_adj,data:data137};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
else {
errors = _errs316;
if(vErrors !== null){
if(_errs316){
vErrors.length = _errs316;
}
else {
vErrors = null;
}
}
}
}
if(data.pid !== undefined){
let data138 = data.pid;
if((typeof data138 !== "string") && (data138 !== null)){
const err173 = {instancePath:instancePath+"/pid",schemaPath:"#/properties/pid/type",keyword:"type",params:{type: schema4.properties.pid.type},message:"must be string,null",schema:schema4.properties.pid.type,parentSchema:schema4.properties.pid,data:data138};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data.pids_limit !== undefined){
let data139 = data.pids_limit;
if((!(typeof data139 == "number")) && (typeof data139 !== "string")){
const err174 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/type",keyword:"type",params:{type: schema4.properties.pids_limit.type},message:"must be number,string",schema:schema4.properties.pids_limit.type,parentSchema:schema4.properties.pids_limit,data:data139};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data.platform !== undefined){
let data140 = data.platform;
if(typeof data140 !== "string"){
const err175 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.platform.type,parentSchema:schema4.properties.platform,data:data140};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data.ports !== undefined){
let data141 = data.ports;
if(Array.isArray(data141)){
const len19 = data141.length;
for(let i26=0; i26<len19; i26++){
let data142 = data141[i26];
const _errs330 = errors;
let valid80 = false;
let passing11 = null;
const _errs331 = errors;
if(!(typeof data142 == "number")){
const err176 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema4.properties.ports.items.oneOf[0].type,parentSchema:schema4.properties.ports.items.oneOf[0],data:data142};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
var _valid16 = _errs331 === errors;
if(_valid16){
valid80 = true;
passing11 = 0;
}
const _errs333 = errors;
if(typeof data142 !== "string"){
const err177 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ports.items.oneOf[1].type,parentSchema:schema4.properties.ports.items.oneOf[1],data:data142};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
var _valid16 = _errs333 === errors;
if(_valid16 && valid80){
valid80 = false;
passing11 = [passing11, 1];
}
else {
if(_valid16){
valid80 = true;
passing11 = 1;
}
const _errs335 = errors;
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
for(const key19 in data142){
if(!((((((((key19 === "name") || (key19 === "mode")) || (key19 === "host_ip")) || (key19 === "target")) || (key19 === "published")) || (key19 === "protocol")) || (key19 === "app_protocol")) || (pattern0.test(key19)))){
const err178 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.ports.items.oneOf[2],data:data142};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data142.name !== undefined){
let data143 = data142.name;
if(typeof data143 !== "string"){
const err179 = {instancePath:instancePath+"/ports/" + i26+"/name",schemaPath:"#/properties/ports/items/oneOf/2/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ports.items.oneOf[2].properties.name.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.name,data:data143};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data142.mode !== undefined){
let data144 = data142.mode;
if(typeof data144 !== "string"){
const err180 = {instancePath:instancePath+"/ports/" + i26+"/mode",schemaPath:"#/properties/ports/items/oneOf/2/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ports.items.oneOf[2].properties.mode.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.mode,data:data144};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data142.host_ip !== undefined){
let data145 = data142.host_ip;
if(typeof data145 !== "string"){
const err181 = {instancePath:instancePath+"/ports/" + i26+"/host_ip",schemaPath:"#/properties/ports/items/oneOf/2/properties/host_ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ports.items.oneOf[2].properties.host_ip.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.host_ip,data:data145};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data142.target !== undefined){
let data146 = data142.target;
if((!((typeof data146 == "number") && (!(data146 % 1) && !isNaN(data146)))) && (typeof data146 !== "string")){
const err182 = {instancePath:instancePath+"/ports/" + i26+"/target",schemaPath:"#/properties/ports/items/oneOf/2/properties/target/type",keyword:"type",params:{type: schema4.properties.ports.items.oneOf[2].properties.target.type},message:"must be integer,string",schema:schema4.properties.ports.items.oneOf[2].properties.target.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.target,data:data146};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data142.published !== undefined){
let data147 = data142.published;
if((typeof data147 !== "string") && (!((typeof data147 == "number") && (!(data147 % 1) && !isNaN(data147))))){
const err183 = {instancePath:instancePath+"/ports/" + i26+"/published",schemaPath:"#/properties/ports/items/oneOf/2/properties/published/type",keyword:"type",params:{type: schema4.properties.ports.items.oneOf[2].properties.published.type},message:"must be string,integer",schema:schema4.properties.ports.items.oneOf[2].properties.published.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.published,data:data147};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data142.protocol !== undefined){
let data148 = data142.protocol;
if(typeof data148 !== "string"){
const err184 = {instancePath:instancePath+"/ports/" + i26+"/protocol",schemaPath:"#/properties/ports/items/oneOf/2/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ports.items.oneOf[2].properties.protocol.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.protocol,data:data148};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data142.app_protocol !== undefined){
let data149 = data142.app_protocol;
if(typeof data149 !== "string"){
const err185 = {instancePath:instancePath+"/ports/" + i26+"/app_protocol",schemaPath:"#/properties/ports/items/oneOf/2/properties/app_protocol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.ports.items.oneOf[2].properties.app_protocol.type,parentSchema:schema4.properties.ports.items.oneOf[2].properties.app_protocol,data:data149};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
else {
const err186 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.ports.items.oneOf[2].type,parentSchema:schema4.properties.ports.items.oneOf[2],data:data142};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
var _valid16 = _errs335 === errors;
if(_valid16 && valid80){
valid80 = false;
passing11 = [passing11, 2];
}
else {
if(_valid16){
valid80 = true;
passing11 = 2;
}
}
}
if(!valid80){
const err187 = {instancePath:instancePath+"/ports/" + i26,schemaPath:"#/properties/ports/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf",schema:schema4.properties.ports.items.oneOf,parentSchema:schema4.properties.ports.items,data:data142};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
else {
errors = _errs330;
if(vErrors !== null){
if(_errs330){
vErrors.length = _errs330;
}
else {
vErrors = null;
}
}
}
}
let i27 = data141.length;
let j7;
if(i27 > 1){
outer0:
for(;i27--;){
for(j7 = i27; j7--;){
if(func5(data141[i27], data141[j7])){
const err188 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/uniqueItems",keyword:"uniqueItems",params:{i: i27, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i27+" are identical)",schema:true,parentSchema:schema4.properties.ports,data:data141};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err189 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.ports.type,parentSchema:schema4.properties.ports,data:data141};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data.post_start !== undefined){
let data150 = data.post_start;
if(Array.isArray(data150)){
const len20 = data150.length;
for(let i28=0; i28<len20; i28++){
if(!(validate12(data150[i28], {instancePath:instancePath+"/post_start/" + i28,parentData:data150,parentDataProperty:i28,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err190 = {instancePath:instancePath+"/post_start",schemaPath:"#/properties/post_start/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.post_start.type,parentSchema:schema4.properties.post_start,data:data150};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data.pre_stop !== undefined){
let data152 = data.pre_stop;
if(Array.isArray(data152)){
const len21 = data152.length;
for(let i29=0; i29<len21; i29++){
if(!(validate12(data152[i29], {instancePath:instancePath+"/pre_stop/" + i29,parentData:data152,parentDataProperty:i29,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err191 = {instancePath:instancePath+"/pre_stop",schemaPath:"#/properties/pre_stop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.pre_stop.type,parentSchema:schema4.properties.pre_stop,data:data152};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data.privileged !== undefined){
let data154 = data.privileged;
if((typeof data154 !== "boolean") && (typeof data154 !== "string")){
const err192 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: schema4.properties.privileged.type},message:"must be boolean,string",schema:schema4.properties.privileged.type,parentSchema:schema4.properties.privileged,data:data154};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data.profiles !== undefined){
if(!(validate3(data.profiles, {instancePath:instancePath+"/profiles",parentData:data,parentDataProperty:"profiles",rootData}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
}
if(data.pull_policy !== undefined){
let data156 = data.pull_policy;
const _errs362 = errors;
let valid87 = false;
const _errs363 = errors;
if(typeof data156 === "string"){
if(!pattern6.test(data156.replaceAll("$$", ""))){
const err193 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.pull_policy.anyOf[0],data:data156};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
else {
const err194 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.pull_policy.anyOf[0].type,parentSchema:schema4.properties.pull_policy.anyOf[0],data:data156};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var _valid17 = _errs363 === errors;
valid87 = valid87 || _valid17;
if(!valid87){
const _errs365 = errors;
if(typeof data156 === "string"){
if(!pattern55.test(data156)){
const err195 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/anyOf/1/pattern",keyword:"pattern",params:{pattern: "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"},message:"must match pattern \""+"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"+"\"",schema:"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+",parentSchema:schema4.properties.pull_policy.anyOf[1],data:data156};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.pull_policy.anyOf[1].type,parentSchema:schema4.properties.pull_policy.anyOf[1],data:data156};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
var _valid17 = _errs365 === errors;
valid87 = valid87 || _valid17;
}
if(!valid87){
const err197 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.pull_policy.anyOf,parentSchema:schema4.properties.pull_policy,data:data156};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
else {
errors = _errs362;
if(vErrors !== null){
if(_errs362){
vErrors.length = _errs362;
}
else {
vErrors = null;
}
}
}
}
if(data.pull_refresh_after !== undefined){
let data157 = data.pull_refresh_after;
if(typeof data157 !== "string"){
const err198 = {instancePath:instancePath+"/pull_refresh_after",schemaPath:"#/properties/pull_refresh_after/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.pull_refresh_after.type,parentSchema:schema4.properties.pull_refresh_after,data:data157};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data.read_only !== undefined){
let data158 = data.read_only;
if((typeof data158 !== "boolean") && (typeof data158 !== "string")){
const err199 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: schema4.properties.read_only.type},message:"must be boolean,string",schema:schema4.properties.read_only.type,parentSchema:schema4.properties.read_only,data:data158};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data.restart !== undefined){
let data159 = data.restart;
if(typeof data159 !== "string"){
const err200 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.restart.type,parentSchema:schema4.properties.restart,data:data159};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data.runtime !== undefined){
let data160 = data.runtime;
if(typeof data160 !== "string"){
const err201 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.runtime.type,parentSchema:schema4.properties.runtime,data:data160};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data.scale !== undefined){
let data161 = data.scale;
if((!((typeof data161 == "number") && (!(data161 % 1) && !isNaN(data161)))) && (typeof data161 !== "string")){
const err202 = {instancePath:instancePath+"/scale",schemaPath:"#/properties/scale/type",keyword:"type",params:{type: schema4.properties.scale.type},message:"must be integer,string",schema:schema4.properties.scale.type,parentSchema:schema4.properties.scale,data:data161};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data.security_opt !== undefined){
let data162 = data.security_opt;
if(Array.isArray(data162)){
const len22 = data162.length;
for(let i30=0; i30<len22; i30++){
let data163 = data162[i30];
if(typeof data163 !== "string"){
const err203 = {instancePath:instancePath+"/security_opt/" + i30,schemaPath:"#/properties/security_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.security_opt.items.type,parentSchema:schema4.properties.security_opt.items,data:data163};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
let i31 = data162.length;
let j8;
if(i31 > 1){
const indices7 = {};
for(;i31--;){
let item7 = data162[i31];
if(typeof item7 !== "string"){
continue;
}
if(typeof indices7[item7] == "number"){
j8 = indices7[item7];
const err204 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/uniqueItems",keyword:"uniqueItems",params:{i: i31, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i31+" are identical)",schema:true,parentSchema:schema4.properties.security_opt,data:data162};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
break;
}
indices7[item7] = i31;
}
}
}
else {
const err205 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.security_opt.type,parentSchema:schema4.properties.security_opt,data:data162};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data.shm_size !== undefined){
let data164 = data.shm_size;
if((!(typeof data164 == "number")) && (typeof data164 !== "string")){
const err206 = {instancePath:instancePath+"/shm_size",schemaPath:"#/properties/shm_size/type",keyword:"type",params:{type: schema4.properties.shm_size.type},message:"must be number,string",schema:schema4.properties.shm_size.type,parentSchema:schema4.properties.shm_size,data:data164};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data.secrets !== undefined){
if(!(validate36(data.secrets, {instancePath:instancePath+"/secrets",parentData:data,parentDataProperty:"secrets",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.sysctls !== undefined){
if(!(validate15(data.sysctls, {instancePath:instancePath+"/sysctls",parentData:data,parentDataProperty:"sysctls",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.stdin_open !== undefined){
let data167 = data.stdin_open;
if((typeof data167 !== "boolean") && (typeof data167 !== "string")){
const err207 = {instancePath:instancePath+"/stdin_open",schemaPath:"#/properties/stdin_open/type",keyword:"type",params:{type: schema4.properties.stdin_open.type},message:"must be boolean,string",schema:schema4.properties.stdin_open.type,parentSchema:schema4.properties.stdin_open,data:data167};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data.stop_grace_period !== undefined){
let data168 = data.stop_grace_period;
if(typeof data168 !== "string"){
const err208 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.stop_grace_period.type,parentSchema:schema4.properties.stop_grace_period,data:data168};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data.stop_signal !== undefined){
let data169 = data.stop_signal;
if(typeof data169 !== "string"){
const err209 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.stop_signal.type,parentSchema:schema4.properties.stop_signal,data:data169};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data.storage_opt !== undefined){
let data170 = data.storage_opt;
if(!(data170 && typeof data170 == "object" && !Array.isArray(data170))){
const err210 = {instancePath:instancePath+"/storage_opt",schemaPath:"#/properties/storage_opt/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.storage_opt.type,parentSchema:schema4.properties.storage_opt,data:data170};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
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
let data172 = data.tty;
if((typeof data172 !== "boolean") && (typeof data172 !== "string")){
const err211 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: schema4.properties.tty.type},message:"must be boolean,string",schema:schema4.properties.tty.type,parentSchema:schema4.properties.tty,data:data172};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data.ulimits !== undefined){
if(!(validate38(data.ulimits, {instancePath:instancePath+"/ulimits",parentData:data,parentDataProperty:"ulimits",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.use_api_socket !== undefined){
let data174 = data.use_api_socket;
const _errs398 = errors;
let valid91 = false;
const _errs399 = errors;
if(typeof data174 === "string"){
if(!pattern6.test(data174.replaceAll("$$", ""))){
const err212 = {instancePath:instancePath+"/use_api_socket",schemaPath:"#/properties/use_api_socket/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.use_api_socket.anyOf[0],data:data174};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
else {
const err213 = {instancePath:instancePath+"/use_api_socket",schemaPath:"#/properties/use_api_socket/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.use_api_socket.anyOf[0].type,parentSchema:schema4.properties.use_api_socket.anyOf[0],data:data174};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
var _valid18 = _errs399 === errors;
valid91 = valid91 || _valid18;
if(!valid91){
const _errs401 = errors;
if(typeof data174 !== "boolean"){
const err214 = {instancePath:instancePath+"/use_api_socket",schemaPath:"#/properties/use_api_socket/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema4.properties.use_api_socket.anyOf[1].type,parentSchema:schema4.properties.use_api_socket.anyOf[1],data:data174};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
var _valid18 = _errs401 === errors;
valid91 = valid91 || _valid18;
}
if(!valid91){
const err215 = {instancePath:instancePath+"/use_api_socket",schemaPath:"#/properties/use_api_socket/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.use_api_socket.anyOf,parentSchema:schema4.properties.use_api_socket,data:data174};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
else {
errors = _errs398;
if(vErrors !== null){
if(_errs398){
vErrors.length = _errs398;
}
else {
vErrors = null;
}
}
}
}
if(data.user !== undefined){
let data175 = data.user;
if(typeof data175 !== "string"){
const err216 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.user.type,parentSchema:schema4.properties.user,data:data175};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data.uts !== undefined){
let data176 = data.uts;
if(typeof data176 !== "string"){
const err217 = {instancePath:instancePath+"/uts",schemaPath:"#/properties/uts/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.uts.type,parentSchema:schema4.properties.uts,data:data176};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data.userns_mode !== undefined){
let data177 = data.userns_mode;
if(typeof data177 !== "string"){
const err218 = {instancePath:instancePath+"/userns_mode",schemaPath:"#/properties/userns_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.userns_mode.type,parentSchema:schema4.properties.userns_mode,data:data177};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data.volumes !== undefined){
let data178 = data.volumes;
if(Array.isArray(data178)){
const len23 = data178.length;
for(let i32=0; i32<len23; i32++){
let data179 = data178[i32];
const _errs412 = errors;
let valid94 = false;
let passing12 = null;
const _errs413 = errors;
if(typeof data179 !== "string"){
const err219 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[0].type,parentSchema:schema4.properties.volumes.items.oneOf[0],data:data179};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
var _valid19 = _errs413 === errors;
if(_valid19){
valid94 = true;
passing12 = 0;
}
const _errs415 = errors;
if(data179 && typeof data179 == "object" && !Array.isArray(data179)){
if(data179.type === undefined){
const err220 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema4.properties.volumes.items.oneOf[1].required,parentSchema:schema4.properties.volumes.items.oneOf[1],data:data179};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
for(const key20 in data179){
if(!((func0.call(schema4.properties.volumes.items.oneOf[1].properties, key20)) || (pattern0.test(key20)))){
const err221 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.volumes.items.oneOf[1],data:data179};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data179.type !== undefined){
let data180 = data179.type;
const _errs419 = errors;
let valid96 = false;
const _errs420 = errors;
if(typeof data180 === "string"){
if(!pattern6.test(data180.replaceAll("$$", ""))){
const err222 = {instancePath:instancePath+"/volumes/" + i32+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[0],data:data180};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
else {
const err223 = {instancePath:instancePath+"/volumes/" + i32+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[0].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[0],data:data180};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
var _valid20 = _errs420 === errors;
valid96 = valid96 || _valid20;
if(!valid96){
const _errs422 = errors;
if(typeof data180 !== "string"){
const err224 = {instancePath:instancePath+"/volumes/" + i32+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[1].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[1],data:data180};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(!((((((data180 === "bind") || (data180 === "volume")) || (data180 === "tmpfs")) || (data180 === "cluster")) || (data180 === "npipe")) || (data180 === "image"))){
const err225 = {instancePath:instancePath+"/volumes/" + i32+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[1].enum,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf[1],data:data180};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
var _valid20 = _errs422 === errors;
valid96 = valid96 || _valid20;
}
if(!valid96){
const err226 = {instancePath:instancePath+"/volumes/" + i32+"/type",schemaPath:"#/properties/volumes/items/oneOf/1/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.volumes.items.oneOf[1].properties.type.anyOf,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.type,data:data180};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
else {
errors = _errs419;
if(vErrors !== null){
if(_errs419){
vErrors.length = _errs419;
}
else {
vErrors = null;
}
}
}
}
if(data179.source !== undefined){
let data181 = data179.source;
if(typeof data181 !== "string"){
const err227 = {instancePath:instancePath+"/volumes/" + i32+"/source",schemaPath:"#/properties/volumes/items/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.source.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.source,data:data181};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data179.target !== undefined){
let data182 = data179.target;
if(typeof data182 !== "string"){
const err228 = {instancePath:instancePath+"/volumes/" + i32+"/target",schemaPath:"#/properties/volumes/items/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.target.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.target,data:data182};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data179.read_only !== undefined){
let data183 = data179.read_only;
if((typeof data183 !== "boolean") && (typeof data183 !== "string")){
const err229 = {instancePath:instancePath+"/volumes/" + i32+"/read_only",schemaPath:"#/properties/volumes/items/oneOf/1/properties/read_only/type",keyword:"type",params:{type: schema4.properties.volumes.items.oneOf[1].properties.read_only.type},message:"must be boolean,string",schema:schema4.properties.volumes.items.oneOf[1].properties.read_only.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.read_only,data:data183};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data179.consistency !== undefined){
let data184 = data179.consistency;
if(typeof data184 !== "string"){
const err230 = {instancePath:instancePath+"/volumes/" + i32+"/consistency",schemaPath:"#/properties/volumes/items/oneOf/1/properties/consistency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.consistency.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.consistency,data:data184};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data179.bind !== undefined){
let data185 = data179.bind;
if(data185 && typeof data185 == "object" && !Array.isArray(data185)){
for(const key21 in data185){
if(!(((((key21 === "propagation") || (key21 === "create_host_path")) || (key21 === "recursive")) || (key21 === "selinux")) || (pattern0.test(key21)))){
const err231 = {instancePath:instancePath+"/volumes/" + i32+"/bind",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind,data:data185};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data185.propagation !== undefined){
let data186 = data185.propagation;
if(typeof data186 !== "string"){
const err232 = {instancePath:instancePath+"/volumes/" + i32+"/bind/propagation",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/propagation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.propagation.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.propagation,data:data186};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data185.create_host_path !== undefined){
let data187 = data185.create_host_path;
if((typeof data187 !== "boolean") && (typeof data187 !== "string")){
const err233 = {instancePath:instancePath+"/volumes/" + i32+"/bind/create_host_path",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/create_host_path/type",keyword:"type",params:{type: schema4.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path.type},message:"must be boolean,string",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.create_host_path,data:data187};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data185.recursive !== undefined){
let data188 = data185.recursive;
const _errs440 = errors;
let valid98 = false;
const _errs441 = errors;
if(typeof data188 === "string"){
if(!pattern6.test(data188.replaceAll("$$", ""))){
const err234 = {instancePath:instancePath+"/volumes/" + i32+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[0],data:data188};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
else {
const err235 = {instancePath:instancePath+"/volumes/" + i32+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[0].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[0],data:data188};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
var _valid21 = _errs441 === errors;
valid98 = valid98 || _valid21;
if(!valid98){
const _errs443 = errors;
if(typeof data188 !== "string"){
const err236 = {instancePath:instancePath+"/volumes/" + i32+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[1].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[1],data:data188};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(!((((data188 === "enabled") || (data188 === "disabled")) || (data188 === "writable")) || (data188 === "readonly"))){
const err237 = {instancePath:instancePath+"/volumes/" + i32+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[1].enum,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf[1],data:data188};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
var _valid21 = _errs443 === errors;
valid98 = valid98 || _valid21;
}
if(!valid98){
const err238 = {instancePath:instancePath+"/volumes/" + i32+"/bind/recursive",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/recursive/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive.anyOf,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.recursive,data:data188};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
else {
errors = _errs440;
if(vErrors !== null){
if(_errs440){
vErrors.length = _errs440;
}
else {
vErrors = null;
}
}
}
}
if(data185.selinux !== undefined){
let data189 = data185.selinux;
const _errs446 = errors;
let valid99 = false;
const _errs447 = errors;
if(typeof data189 === "string"){
if(!pattern6.test(data189.replaceAll("$$", ""))){
const err239 = {instancePath:instancePath+"/volumes/" + i32+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[0],data:data189};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
else {
const err240 = {instancePath:instancePath+"/volumes/" + i32+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[0].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[0],data:data189};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
var _valid22 = _errs447 === errors;
valid99 = valid99 || _valid22;
if(!valid99){
const _errs449 = errors;
if(typeof data189 !== "string"){
const err241 = {instancePath:instancePath+"/volumes/" + i32+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[1].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[1],data:data189};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(!((data189 === "z") || (data189 === "Z"))){
const err242 = {instancePath:instancePath+"/volumes/" + i32+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[1].enum,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf[1],data:data189};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
var _valid22 = _errs449 === errors;
valid99 = valid99 || _valid22;
}
if(!valid99){
const err243 = {instancePath:instancePath+"/volumes/" + i32+"/bind/selinux",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/properties/selinux/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux.anyOf,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind.properties.selinux,data:data189};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
else {
errors = _errs446;
if(vErrors !== null){
if(_errs446){
vErrors.length = _errs446;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err244 = {instancePath:instancePath+"/volumes/" + i32+"/bind",schemaPath:"#/properties/volumes/items/oneOf/1/properties/bind/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.volumes.items.oneOf[1].properties.bind.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.bind,data:data185};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
if(data179.volume !== undefined){
let data190 = data179.volume;
if(data190 && typeof data190 == "object" && !Array.isArray(data190)){
for(const key22 in data190){
if(!((((key22 === "labels") || (key22 === "nocopy")) || (key22 === "subpath")) || (pattern0.test(key22)))){
const err245 = {instancePath:instancePath+"/volumes/" + i32+"/volume",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.volume,data:data190};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data190.labels !== undefined){
if(!(validate15(data190.labels, {instancePath:instancePath+"/volumes/" + i32+"/volume/labels",parentData:data190,parentDataProperty:"labels",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data190.nocopy !== undefined){
let data192 = data190.nocopy;
if((typeof data192 !== "boolean") && (typeof data192 !== "string")){
const err246 = {instancePath:instancePath+"/volumes/" + i32+"/volume/nocopy",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/properties/nocopy/type",keyword:"type",params:{type: schema4.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy.type},message:"must be boolean,string",schema:schema4.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.volume.properties.nocopy,data:data192};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data190.subpath !== undefined){
let data193 = data190.subpath;
if(typeof data193 !== "string"){
const err247 = {instancePath:instancePath+"/volumes/" + i32+"/volume/subpath",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/properties/subpath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.volume.properties.subpath.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.volume.properties.subpath,data:data193};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
}
else {
const err248 = {instancePath:instancePath+"/volumes/" + i32+"/volume",schemaPath:"#/properties/volumes/items/oneOf/1/properties/volume/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.volumes.items.oneOf[1].properties.volume.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.volume,data:data190};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data179.tmpfs !== undefined){
let data194 = data179.tmpfs;
if(data194 && typeof data194 == "object" && !Array.isArray(data194)){
for(const key23 in data194){
if(!(((key23 === "size") || (key23 === "mode")) || (pattern0.test(key23)))){
const err249 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs,data:data194};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data194.size !== undefined){
let data195 = data194.size;
const _errs463 = errors;
let valid102 = false;
let passing13 = null;
const _errs464 = errors;
if(!((typeof data195 == "number") && (!(data195 % 1) && !isNaN(data195)))){
const err250 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[0].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[0],data:data195};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
if(typeof data195 == "number"){
if(data195 < 0 || isNaN(data195)){
const err251 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[0],data:data195};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
var _valid23 = _errs464 === errors;
if(_valid23){
valid102 = true;
passing13 = 0;
}
const _errs466 = errors;
if(typeof data195 !== "string"){
const err252 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[1].type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf[1],data:data195};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
var _valid23 = _errs466 === errors;
if(_valid23 && valid102){
valid102 = false;
passing13 = [passing13, 1];
}
else {
if(_valid23){
valid102 = true;
passing13 = 1;
}
}
if(!valid102){
const err253 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/size",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/size/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf",schema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size.oneOf,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.size,data:data195};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
else {
errors = _errs463;
if(vErrors !== null){
if(_errs463){
vErrors.length = _errs463;
}
else {
vErrors = null;
}
}
}
}
if(data194.mode !== undefined){
let data196 = data194.mode;
if((!(typeof data196 == "number")) && (typeof data196 !== "string")){
const err254 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/properties/mode/type",keyword:"type",params:{type: schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode.type},message:"must be number,string",schema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.properties.mode,data:data196};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
}
else {
const err255 = {instancePath:instancePath+"/volumes/" + i32+"/tmpfs",schemaPath:"#/properties/volumes/items/oneOf/1/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.tmpfs,data:data194};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data179.image !== undefined){
let data197 = data179.image;
if(data197 && typeof data197 == "object" && !Array.isArray(data197)){
for(const key24 in data197){
if(!((key24 === "subpath") || (pattern0.test(key24)))){
const err256 = {instancePath:instancePath+"/volumes/" + i32+"/image",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.image,data:data197};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data197.subpath !== undefined){
let data198 = data197.subpath;
if(typeof data198 !== "string"){
const err257 = {instancePath:instancePath+"/volumes/" + i32+"/image/subpath",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/properties/subpath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes.items.oneOf[1].properties.image.properties.subpath.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.image.properties.subpath,data:data198};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
}
else {
const err258 = {instancePath:instancePath+"/volumes/" + i32+"/image",schemaPath:"#/properties/volumes/items/oneOf/1/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.volumes.items.oneOf[1].properties.image.type,parentSchema:schema4.properties.volumes.items.oneOf[1].properties.image,data:data197};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
}
else {
const err259 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.volumes.items.oneOf[1].type,parentSchema:schema4.properties.volumes.items.oneOf[1],data:data179};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
var _valid19 = _errs415 === errors;
if(_valid19 && valid94){
valid94 = false;
passing12 = [passing12, 1];
}
else {
if(_valid19){
valid94 = true;
passing12 = 1;
}
}
if(!valid94){
const err260 = {instancePath:instancePath+"/volumes/" + i32,schemaPath:"#/properties/volumes/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf",schema:schema4.properties.volumes.items.oneOf,parentSchema:schema4.properties.volumes.items,data:data179};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
else {
errors = _errs412;
if(vErrors !== null){
if(_errs412){
vErrors.length = _errs412;
}
else {
vErrors = null;
}
}
}
}
let i33 = data178.length;
let j9;
if(i33 > 1){
outer1:
for(;i33--;){
for(j9 = i33; j9--;){
if(func5(data178[i33], data178[j9])){
const err261 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i33+" are identical)",schema:true,parentSchema:schema4.properties.volumes,data:data178};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err262 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.volumes.type,parentSchema:schema4.properties.volumes,data:data178};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
if(data.volumes_from !== undefined){
let data199 = data.volumes_from;
if(Array.isArray(data199)){
const len24 = data199.length;
for(let i34=0; i34<len24; i34++){
let data200 = data199[i34];
if(typeof data200 !== "string"){
const err263 = {instancePath:instancePath+"/volumes_from/" + i34,schemaPath:"#/properties/volumes_from/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.volumes_from.items.type,parentSchema:schema4.properties.volumes_from.items,data:data200};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
let i35 = data199.length;
let j10;
if(i35 > 1){
const indices8 = {};
for(;i35--;){
let item8 = data199[i35];
if(typeof item8 !== "string"){
continue;
}
if(typeof indices8[item8] == "number"){
j10 = indices8[item8];
const err264 = {instancePath:instancePath+"/volumes_from",schemaPath:"#/properties/volumes_from/uniqueItems",keyword:"uniqueItems",params:{i: i35, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i35+" are identical)",schema:true,parentSchema:schema4.properties.volumes_from,data:data199};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
break;
}
indices8[item8] = i35;
}
}
}
else {
const err265 = {instancePath:instancePath+"/volumes_from",schemaPath:"#/properties/volumes_from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema4.properties.volumes_from.type,parentSchema:schema4.properties.volumes_from,data:data199};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data.working_dir !== undefined){
let data201 = data.working_dir;
if(typeof data201 !== "string"){
const err266 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.working_dir.type,parentSchema:schema4.properties.working_dir,data:data201};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
}
else {
const err267 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.type,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
validate8.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"object","description":"Language Model for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this model."},"model":{"type":"string","description":"Language Model to run."},"context_size":{"anyOf":[{"type":"string","x-compose-interpolated":true},{"type":"integer"}]},"runtime_flags":{"type":"array","items":{"type":"string"},"description":"Raw runtime flags to pass to the inference engine."}},"required":["model"],"additionalProperties":false,"patternProperties":{"^x-":{}}};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.model === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "model")) || (key0 === "context_size")) || (key0 === "runtime_flags")) || (pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
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
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.name.type,parentSchema:schema21.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.model !== undefined){
let data1 = data.model;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.model.type,parentSchema:schema21.properties.model,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.context_size !== undefined){
let data2 = data.context_size;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(typeof data2 === "string"){
if(!pattern6.test(data2.replaceAll("$$", ""))){
const err4 = {instancePath:instancePath+"/context_size",schemaPath:"#/properties/context_size/anyOf/0/x-compose-interpolated",keyword:"x-compose-interpolated",params:{},message:"must pass \"x-compose-interpolated\" keyword validation",schema:true,parentSchema:schema21.properties.context_size.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/context_size",schemaPath:"#/properties/context_size/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.context_size.anyOf[0].type,parentSchema:schema21.properties.context_size.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs10 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err6 = {instancePath:instancePath+"/context_size",schemaPath:"#/properties/context_size/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema21.properties.context_size.anyOf[1].type,parentSchema:schema21.properties.context_size.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err7 = {instancePath:instancePath+"/context_size",schemaPath:"#/properties/context_size/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema21.properties.context_size.anyOf,parentSchema:schema21.properties.context_size,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.runtime_flags !== undefined){
let data3 = data.runtime_flags;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/runtime_flags/" + i0,schemaPath:"#/properties/runtime_flags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.runtime_flags.items.type,parentSchema:schema21.properties.runtime_flags.items,data:data4};
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
else {
const err9 = {instancePath:instancePath+"/runtime_flags",schemaPath:"#/properties/runtime_flags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.runtime_flags.type,parentSchema:schema21.properties.runtime_flags,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}

const schema22 = {"type":["object","null"],"description":"Network configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this network."},"driver":{"type":"string","description":"Specify which driver should be used for this network. Default is 'bridge'."},"driver_opts":{"type":"object","description":"Specify driver-specific options defined as key/value pairs.","patternProperties":{"^.+$":{"type":["string","number"]}}},"ipam":{"type":"object","description":"Custom IP Address Management configuration for this network.","properties":{"driver":{"type":"string","description":"Custom IPAM driver, instead of the default."},"config":{"type":"array","description":"List of IPAM configuration blocks.","items":{"type":"object","properties":{"subnet":{"type":"string","description":"Subnet in CIDR format that represents a network segment."},"ip_range":{"type":"string","description":"Range of IPs from which to allocate container IPs."},"gateway":{"type":"string","description":"IPv4 or IPv6 gateway for the subnet."},"aux_addresses":{"type":"object","description":"Auxiliary IPv4 or IPv6 addresses used by Network driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}}},"options":{"type":"object","description":"Driver-specific options for the IPAM driver.","additionalProperties":false,"patternProperties":{"^.+$":{"type":"string"}}}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this network already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external network. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"internal":{"type":["boolean","string"],"description":"Create an externally isolated network."},"enable_ipv4":{"type":["boolean","string"],"description":"Enable IPv4 networking."},"enable_ipv6":{"type":["boolean","string"],"description":"Enable IPv6 networking."},"attachable":{"type":["boolean","string"],"description":"If true, standalone containers can attach to this network."},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the network using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema22.type},message:"must be object,null",schema:schema22.type,parentSchema:schema22,data};
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
if(!((func0.call(schema22.properties, key0)) || (pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};
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
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.name.type,parentSchema:schema22.properties.name,data:data0};
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
const err3 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.driver.type,parentSchema:schema22.properties.driver,data:data1};
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
if(pattern39.test(key1)){
let data3 = data2[key1];
if((typeof data3 !== "string") && (!(typeof data3 == "number"))){
const err4 = {instancePath:instancePath+"/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema22.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number",schema:schema22.properties.driver_opts.patternProperties["^.+$"].type,parentSchema:schema22.properties.driver_opts.patternProperties["^.+$"],data:data3};
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
const err5 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.driver_opts.type,parentSchema:schema22.properties.driver_opts,data:data2};
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
const err6 = {instancePath:instancePath+"/ipam",schemaPath:"#/properties/ipam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.ipam,data:data4};
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
const err7 = {instancePath:instancePath+"/ipam/driver",schemaPath:"#/properties/ipam/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.ipam.properties.driver.type,parentSchema:schema22.properties.ipam.properties.driver,data:data5};
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
const err8 = {instancePath:instancePath+"/ipam/config/" + i0,schemaPath:"#/properties/ipam/properties/config/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.ipam.properties.config.items,data:data7};
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
const err9 = {instancePath:instancePath+"/ipam/config/" + i0+"/subnet",schemaPath:"#/properties/ipam/properties/config/items/properties/subnet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.ipam.properties.config.items.properties.subnet.type,parentSchema:schema22.properties.ipam.properties.config.items.properties.subnet,data:data8};
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
const err10 = {instancePath:instancePath+"/ipam/config/" + i0+"/ip_range",schemaPath:"#/properties/ipam/properties/config/items/properties/ip_range/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.ipam.properties.config.items.properties.ip_range.type,parentSchema:schema22.properties.ipam.properties.config.items.properties.ip_range,data:data9};
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
const err11 = {instancePath:instancePath+"/ipam/config/" + i0+"/gateway",schemaPath:"#/properties/ipam/properties/config/items/properties/gateway/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.ipam.properties.config.items.properties.gateway.type,parentSchema:schema22.properties.ipam.properties.config.items.properties.gateway,data:data10};
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
if(!(pattern39.test(key4))){
const err12 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses",schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.ipam.properties.config.items.properties.aux_addresses,data:data11};
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
if(pattern39.test(key5)){
let data12 = data11[key5];
if(typeof data12 !== "string"){
const err13 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.ipam.properties.config.items.properties.aux_addresses.patternProperties["^.+$"].type,parentSchema:schema22.properties.ipam.properties.config.items.properties.aux_addresses.patternProperties["^.+$"],data:data12};
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
const err14 = {instancePath:instancePath+"/ipam/config/" + i0+"/aux_addresses",schemaPath:"#/properties/ipam/properties/config/items/properties/aux_addresses/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.ipam.properties.config.items.properties.aux_addresses.type,parentSchema:schema22.properties.ipam.properties.config.items.properties.aux_addresses,data:data11};
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
const err15 = {instancePath:instancePath+"/ipam/config/" + i0,schemaPath:"#/properties/ipam/properties/config/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.ipam.properties.config.items.type,parentSchema:schema22.properties.ipam.properties.config.items,data:data7};
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
const err16 = {instancePath:instancePath+"/ipam/config",schemaPath:"#/properties/ipam/properties/config/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema22.properties.ipam.properties.config.type,parentSchema:schema22.properties.ipam.properties.config,data:data6};
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
if(!(pattern39.test(key6))){
const err17 = {instancePath:instancePath+"/ipam/options",schemaPath:"#/properties/ipam/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.ipam.properties.options,data:data13};
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
if(pattern39.test(key7)){
let data14 = data13[key7];
if(typeof data14 !== "string"){
const err18 = {instancePath:instancePath+"/ipam/options/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ipam/properties/options/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.ipam.properties.options.patternProperties["^.+$"].type,parentSchema:schema22.properties.ipam.properties.options.patternProperties["^.+$"],data:data14};
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
const err19 = {instancePath:instancePath+"/ipam/options",schemaPath:"#/properties/ipam/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.ipam.properties.options.type,parentSchema:schema22.properties.ipam.properties.options,data:data13};
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
const err20 = {instancePath:instancePath+"/ipam",schemaPath:"#/properties/ipam/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.properties.ipam.type,parentSchema:schema22.properties.ipam,data:data4};
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
const err21 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema22.properties.external.type},message:"must be boolean,string,object",schema:schema22.properties.external.type,parentSchema:schema22.properties.external,data:data15};
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
const err22 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema22.properties.external,data:data15};
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
const err23 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.external.properties.name.type,parentSchema:schema22.properties.external.properties.name,data:data16};
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
const err24 = {instancePath:instancePath+"/internal",schemaPath:"#/properties/internal/type",keyword:"type",params:{type: schema22.properties.internal.type},message:"must be boolean,string",schema:schema22.properties.internal.type,parentSchema:schema22.properties.internal,data:data17};
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
const err25 = {instancePath:instancePath+"/enable_ipv4",schemaPath:"#/properties/enable_ipv4/type",keyword:"type",params:{type: schema22.properties.enable_ipv4.type},message:"must be boolean,string",schema:schema22.properties.enable_ipv4.type,parentSchema:schema22.properties.enable_ipv4,data:data18};
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
const err26 = {instancePath:instancePath+"/enable_ipv6",schemaPath:"#/properties/enable_ipv6/type",keyword:"type",params:{type: schema22.properties.enable_ipv6.type},message:"must be boolean,string",schema:schema22.properties.enable_ipv6.type,parentSchema:schema22.properties.enable_ipv6,data:data19};
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
const err27 = {instancePath:instancePath+"/attachable",schemaPath:"#/properties/attachable/type",keyword:"type",params:{type: schema22.properties.attachable.type},message:"must be boolean,string",schema:schema22.properties.attachable.type,parentSchema:schema22.properties.attachable,data:data20};
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
if(!(validate15(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
validate83.errors = vErrors;
return errors === 0;
}

const schema23 = {"type":["object","null"],"description":"Volume configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this volume."},"driver":{"type":"string","description":"Specify which volume driver should be used for this volume."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"external":{"type":["boolean","string","object"],"description":"Specifies that this volume already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external volume. Deprecated: use the 'name' property instead."}},"additionalProperties":false,"patternProperties":{"^x-":{}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the volume using labels."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema23.type},message:"must be object,null",schema:schema23.type,parentSchema:schema23,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
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
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.name.type,parentSchema:schema23.properties.name,data:data0};
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
const err3 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.driver.type,parentSchema:schema23.properties.driver,data:data1};
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
if(pattern39.test(key1)){
let data3 = data2[key1];
if((typeof data3 !== "string") && (!(typeof data3 == "number"))){
const err4 = {instancePath:instancePath+"/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema23.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number",schema:schema23.properties.driver_opts.patternProperties["^.+$"].type,parentSchema:schema23.properties.driver_opts.patternProperties["^.+$"],data:data3};
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
const err5 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.driver_opts.type,parentSchema:schema23.properties.driver_opts,data:data2};
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
const err6 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema23.properties.external.type},message:"must be boolean,string,object",schema:schema23.properties.external.type,parentSchema:schema23.properties.external,data:data4};
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
const err7 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema23.properties.external,data:data4};
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
const err8 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.external.properties.name.type,parentSchema:schema23.properties.external.properties.name,data:data5};
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
if(!(validate15(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
validate86.errors = vErrors;
return errors === 0;
}

const schema24 = {"type":"object","description":"Secret configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this secret."},"environment":{"type":"string","description":"Name of an environment variable from which to get the secret value."},"file":{"type":"string","description":"Path to a file containing the secret value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this secret already exists and was created outside of Compose.","properties":{"name":{"type":"string","description":"Specifies the name of the external secret."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the secret using labels."},"driver":{"type":"string","description":"Specify which secret driver should be used for this secret."},"driver_opts":{"type":"object","description":"Specify driver-specific options.","patternProperties":{"^.+$":{"type":["string","number"]}}},"template_driver":{"type":"string","description":"Driver to use for templating the secret's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((((key0 === "name") || (key0 === "environment")) || (key0 === "file")) || (key0 === "external")) || (key0 === "labels")) || (key0 === "driver")) || (key0 === "driver_opts")) || (key0 === "template_driver")) || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
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
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.name.type,parentSchema:schema24.properties.name,data:data0};
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
const err2 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.environment.type,parentSchema:schema24.properties.environment,data:data1};
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
const err3 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.file.type,parentSchema:schema24.properties.file,data:data2};
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
const err4 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema24.properties.external.type},message:"must be boolean,string,object",schema:schema24.properties.external.type,parentSchema:schema24.properties.external,data:data3};
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
const err5 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.external.properties.name.type,parentSchema:schema24.properties.external.properties.name,data:data4};
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
if(!(validate15(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.driver !== undefined){
let data6 = data.driver;
if(typeof data6 !== "string"){
const err6 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.driver.type,parentSchema:schema24.properties.driver,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.driver_opts !== undefined){
let data7 = data.driver_opts;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(pattern39.test(key1)){
let data8 = data7[key1];
if((typeof data8 !== "string") && (!(typeof data8 == "number"))){
const err7 = {instancePath:instancePath+"/driver_opts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/driver_opts/patternProperties/%5E.%2B%24/type",keyword:"type",params:{type: schema24.properties.driver_opts.patternProperties["^.+$"].type},message:"must be string,number",schema:schema24.properties.driver_opts.patternProperties["^.+$"].type,parentSchema:schema24.properties.driver_opts.patternProperties["^.+$"],data:data8};
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
const err8 = {instancePath:instancePath+"/driver_opts",schemaPath:"#/properties/driver_opts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.driver_opts.type,parentSchema:schema24.properties.driver_opts,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.template_driver !== undefined){
let data9 = data.template_driver;
if(typeof data9 !== "string"){
const err9 = {instancePath:instancePath+"/template_driver",schemaPath:"#/properties/template_driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.template_driver.type,parentSchema:schema24.properties.template_driver,data:data9};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"object","description":"Config configuration for the Compose application.","properties":{"name":{"type":"string","description":"Custom name for this config."},"content":{"type":"string","description":"Inline content of the config."},"environment":{"type":"string","description":"Name of an environment variable from which to get the config value."},"file":{"type":"string","description":"Path to a file containing the config value."},"external":{"type":["boolean","string","object"],"description":"Specifies that this config already exists and was created outside of Compose.","properties":{"name":{"deprecated":true,"type":"string","description":"Specifies the name of the external config. Deprecated: use the 'name' property instead."}}},"labels":{"$ref":"#/definitions/list_or_dict","description":"Add metadata to the config using labels."},"template_driver":{"type":"string","description":"Driver to use for templating the config's value."}},"additionalProperties":false,"patternProperties":{"^x-":{}}};

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "content")) || (key0 === "environment")) || (key0 === "file")) || (key0 === "external")) || (key0 === "labels")) || (key0 === "template_driver")) || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
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
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.name.type,parentSchema:schema25.properties.name,data:data0};
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
const err2 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.content.type,parentSchema:schema25.properties.content,data:data1};
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
const err3 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.environment.type,parentSchema:schema25.properties.environment,data:data2};
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
const err4 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.file.type,parentSchema:schema25.properties.file,data:data3};
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
const err5 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: schema25.properties.external.type},message:"must be boolean,string,object",schema:schema25.properties.external.type,parentSchema:schema25.properties.external,data:data4};
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
const err6 = {instancePath:instancePath+"/external/name",schemaPath:"#/properties/external/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.external.properties.name.type,parentSchema:schema25.properties.external.properties.name,data:data5};
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
if(!(validate15(data.labels, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.template_driver !== undefined){
let data7 = data.template_driver;
if(typeof data7 !== "string"){
const err7 = {instancePath:instancePath+"/template_driver",schemaPath:"#/properties/template_driver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.template_driver.type,parentSchema:schema25.properties.template_driver,data:data7};
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
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate92.errors = vErrors;
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
if(!(validate8(data4[key2], {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
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
if(!(validate81(data6[key3], {instancePath:instancePath+"/models/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key3,rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.models.type,parentSchema:schema0.properties.models,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.networks !== undefined){
let data8 = data.networks;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key4 in data8){
if(pattern1.test(key4)){
if(!(validate83(data8[key4], {instancePath:instancePath+"/networks/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key4,rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.networks.type,parentSchema:schema0.properties.networks,data:data8};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.volumes !== undefined){
let data10 = data.volumes;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key5 in data10){
if(!(pattern1.test(key5))){
const err8 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.volumes,data:data10};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key6 in data10){
if(pattern1.test(key6)){
if(!(validate86(data10[key6], {instancePath:instancePath+"/volumes/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key6,rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.volumes.type,parentSchema:schema0.properties.volumes,data:data10};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.secrets !== undefined){
let data12 = data.secrets;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key7 in data12){
if(!(pattern1.test(key7))){
const err10 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.secrets,data:data12};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key8 in data12){
if(pattern1.test(key8)){
if(!(validate89(data12[key8], {instancePath:instancePath+"/secrets/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data12,parentDataProperty:key8,rootData}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.secrets.type,parentSchema:schema0.properties.secrets,data:data12};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.configs !== undefined){
let data14 = data.configs;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key9 in data14){
if(!(pattern1.test(key9))){
const err12 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.configs,data:data14};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key10 in data14){
if(pattern1.test(key10)){
if(!(validate92(data14[key10], {instancePath:instancePath+"/configs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data14,parentDataProperty:key10,rootData}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.configs.type,parentSchema:schema0.properties.configs,data:data14};
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
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
