/**
 * Docker Hub's official images ("library" repositories), current and deprecated but still
 * pullable. A reference without a `/` (`nginx`, `web:1.0`) means `docker.io/library/<name>`,
 * and only these names exist there: any other one-word name is an image built locally (by a
 * test harness, a Makefile, `docker build -t web .`), never one pulled from a registry.
 * A missing entry only makes a rule quieter about that name, never louder.
 */
const OFFICIAL_IMAGES = new Set(
  `adminer aerospike almalinux alpine alt amazoncorretto amazonlinux api-firewall arangodb archlinux
  backdrop bash bonita buildpack-deps busybox caddy cassandra celery centos chronograf cirros
  clearlinux clefos clickhouse clojure composer consul convertigo couchbase couchdb crate crux dart
  debian django docker drupal eclipse-mosquitto eclipse-temurin eggdrop elasticsearch elixir emqx
  erlang express-gateway fedora flink fluentd friendica gazebo gcc geonetwork ghost glassfish golang
  gradle groovy haproxy haskell haxe hello-world hitch httpd hylang ibm-semeru-runtimes ibmjava
  influxdb iojs irssi java jenkins jetty jobber joomla jruby julia kaazing-gateway kapacitor kibana
  known kong krakend lightstreamer liquibase logstash mageia mariadb matomo maven mediawiki memcached
  mongo mongo-express mongodb monica mono mysql nats nats-streaming neo4j neurodebian nextcloud nginx
  node notary nuxeo odoo open-liberty openjdk opensuse oraclelinux orientdb owncloud percona perl
  photon php php-zendserver phpmyadmin piwik plone postfixadmin postgres pypy python r-base rabbitmq
  rails rakudo-star redis redmine registry rethinkdb rocket.chat rockylinux ros ruby rust sapmachine
  satosa sentry silverpeas sl solr sonarqube sourcemage spark spiped storm swarm swift swipl
  teamspeak telegraf thrift tomcat tomee traefik ubuntu ubuntu-debootstrap ubuntu-upstart unit
  varnish vault websphere-liberty wordpress xwiki yourls znc zookeeper`.split(/\s+/u),
);

/** Whether a one-word repository name (no registry, no `/`) is a Docker official image. */
export function isOfficialImageName(name: string): boolean {
  return OFFICIAL_IMAGES.has(name.toLowerCase());
}

/**
 * Whether an image reference names no registry or namespace and is not an official image: a
 * local name (`image: myapp-dev`) that nobody can push to Docker Hub or pull from it.
 */
export function isLocalImageName(reference: string): boolean {
  // The tag starts at the first `:` after the last `/` (a regex rescanned runs of `:`).
  const withoutDigest = reference.split("@")[0];
  const colon = withoutDigest.indexOf(":", withoutDigest.lastIndexOf("/") + 1);
  const name = colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
  if (name.includes("/") || name === "" || /\$/u.test(name)) return false;
  return !isOfficialImageName(name);
}
