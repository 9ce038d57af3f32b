/**
 * Single-component image names (`image: myapp-dev`) are local names: Docker Hub only publishes
 * the official images without a namespace, so nobody can push `myapp-dev` there and a pull of it
 * fails. The exceptions are the official images themselves: `image: nginx` beside `build:` may
 * pull the official nginx instead of building. This list holds the common official images; a
 * local image that happens to share one of these names is treated as pullable.
 */
const OFFICIAL_IMAGES = new Set([
  "adminer", "almalinux", "alpine", "amazoncorretto", "amazonlinux", "bash", "buildpack-deps", "busybox",
  "caddy", "cassandra", "centos", "clojure", "consul", "couchbase", "couchdb", "debian", "docker", "drupal",
  "eclipse-temurin", "elasticsearch", "erlang", "fedora", "gcc", "ghost", "golang", "gradle", "haproxy",
  "haskell", "httpd", "influxdb", "jenkins", "jetty", "joomla", "julia", "kibana", "logstash", "mariadb",
  "maven", "memcached", "mongo", "mongo-express", "mysql", "neo4j", "nextcloud", "nginx", "node", "openjdk",
  "oraclelinux", "percona", "perl", "php", "postgres", "pypy", "python", "rabbitmq", "redis", "redmine",
  "registry", "rockylinux", "ruby", "rust", "solr", "sonarqube", "swift", "telegraf", "tomcat", "traefik",
  "ubuntu", "vault", "wordpress", "zookeeper",
]);

/** Whether an image reference names no registry or namespace and is not a known official image. */
export function isLocalImageName(reference: string): boolean {
  const name = reference.split("@")[0].replace(/:[^/]*$/u, "");
  if (name.includes("/") || name === "" || /\$/u.test(name)) return false;
  return !OFFICIAL_IMAGES.has(name.toLowerCase());
}
