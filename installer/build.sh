#!/usr/bin/env bash
# Builds Reassort's Linux packages with jpackage from the shaded jar (target/reassort.jar):
#   installer/build.sh              app-image, then .deb
#   installer/build.sh app-image    target/installer/Reassort/ (a runnable folder; what CI builds and self-tests)
#   installer/build.sh deb          target/installer/reassort_<version>_amd64.deb (needs fakeroot and dpkg-deb)
#   installer/build.sh self-test    runs the app-image's launcher with --self-test (no window, no display needed)
#   installer/build.sh modules      prints the runtime modules jdeps finds in the jar (to refresh jpackage/common.args)
# The jar is built first when missing (./mvnw -DskipTests package). REASSORT_VERSION overrides the version read
# from pom.xml; jpackage wants digits and dots, so a -SNAPSHOT suffix is dropped.
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-all}
out=target/installer
jar=target/reassort.jar
image=$out/Reassort
launcher=$image/bin/Reassort

version=${REASSORT_VERSION:-$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)}
version=${version%%-*}

fail() { echo "installer/build.sh: $*" >&2; exit 1; }
seconds_since() { echo $(( $(date +%s) - $1 )); }

need_jar() {
  if [[ ! -f $jar ]]; then
    ./mvnw -B -q -DskipTests package
  fi
  [[ -f $jar ]] || fail "$jar is missing. Maybe run ./mvnw -DskipTests package."
  command -v jpackage >/dev/null || fail "jpackage is not on the PATH. It comes with JDK 17 or newer."
  # jpackage copies the whole --input folder into the package: give it the jar alone.
  rm -rf "$out/input"
  mkdir -p "$out/input"
  cp "$jar" "$out/input/"
}

app_image() {
  need_jar
  local start=$(date +%s)
  rm -rf "$image"
  jpackage --type app-image --dest "$out" --input "$out/input" --app-version "$version" \
    @installer/jpackage/common.args @installer/jpackage/linux.args
  echo "app-image: $image ($(du -sh "$image" | cut -f1), runtime $(du -sh "$image/lib/runtime" | cut -f1)) in $(seconds_since "$start") s"
}

deb() {
  need_jar
  for tool in fakeroot dpkg-deb; do
    command -v $tool >/dev/null || fail "$tool is missing; jpackage needs it for a .deb. Maybe: sudo apt-get install fakeroot dpkg-dev."
  done
  local start=$(date +%s)
  rm -f "$out"/reassort_*.deb
  jpackage --type deb --dest "$out" --input "$out/input" --app-version "$version" \
    @installer/jpackage/common.args @installer/jpackage/linux.args @installer/jpackage/linux-deb.args
  local package
  package=$(ls "$out"/reassort_*.deb)
  echo "deb: $package ($(du -h "$package" | cut -f1)) in $(seconds_since "$start") s"
}

self_test() {
  [[ -x $launcher ]] || fail "$launcher is missing. Run installer/build.sh app-image first."
  local start=$(date +%s)
  # No display on purpose: the self-test must not need one.
  env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" --self-test --quiet
  echo "packaged self-test in $(seconds_since "$start") s"
}

modules() {
  need_jar
  # The shaded jar holds a dependency's META-INF/versions/9/module-info.class, which makes jdeps resolve it as a
  # module; --multi-release base reads it as the plain class-path jar it is. jdk.localedata is added by hand
  # (French dates and numbers; jdeps cannot see locale providers), trimmed by --include-locales=en,fr.
  echo "$(jdeps --print-module-deps --ignore-missing-deps --multi-release base "$jar"),jdk.localedata"
}

case $what in
  all) app_image; deb ;;
  app-image) app_image ;;
  deb) deb ;;
  self-test) self_test ;;
  modules) modules ;;
  *) fail "unknown target '$what'. Use: all, app-image, deb, self-test or modules." ;;
esac
