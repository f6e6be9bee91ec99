#!/usr/bin/env bash
# Builds Reassort's Linux packages with jpackage from the shaded jar (target/reassort.jar):
#   installer/build.sh              app-image, then .deb
#   installer/build.sh app-image    target/installer/Reassort/ (a runnable folder; what CI builds and self-tests),
#                                   with its class-data sharing archive (REASSORT_CDS=0 skips it)
#   installer/build.sh cds          (re)makes that archive for the existing app-image
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
  if [[ ${REASSORT_CDS:-1} != 0 ]]; then cds; fi
}

# Class-data sharing (AppCDS, installer/README.md): a training run of the packaged window lists the classes a cold
# start loads, then the JVM dumps them, parsed and verified, into lib/app/reassort.jsa, which the launcher maps at
# start (linux.args: -XX:SharedArchiveFile=$APPDIR/reassort.jsa -Xshare:auto). JDK 17 checks the archive against
# the runtime and the jar's path, size and time: when they differ, or the archive is missing, the JVM ignores it
# silently and starts as fast as without it. Any failure here leaves the image without an archive, never broken.
cds() {
  [[ -x $launcher ]] || fail "$launcher is missing. Run installer/build.sh app-image first."
  local archive=$image/lib/app/reassort.jsa work=$out/cds start=$(date +%s)
  rm -rf "$work" "$archive"
  mkdir -p "$work/home"
  local display=()
  if [[ -z ${DISPLAY:-} ]]; then
    if ! command -v xvfb-run >/dev/null; then
      echo "cds: no display and no xvfb-run, so no training run: the image has no CDS archive (it starts slower)"
      return 0
    fi
    display=(xvfb-run -a -s "-screen 0 1280x800x24")
  fi
  # The startup probe quits once the first data is on screen; a fresh home and store, like a planner's first start.
  if ! JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/classes.lst -Dreassort.startupProbe=exit -Duser.home=$work/home -Djava.util.prefs.userRoot=$work/home/.java" \
      XDG_DATA_HOME="$work/home/.local/share" timeout 300 "${display[@]}" "$launcher" >"$work/training.log" 2>&1 \
      || ! grep -q '^reassort: window shown' "$work/training.log"; then
    echo "cds: the training run failed (see $work/training.log): the image has no CDS archive (it starts slower)"
    return 0
  fi
  if ! JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$work/classes.lst -XX:SharedArchiveFile=$archive -Xlog:cds=error" \
      timeout 600 "$launcher" >"$work/dump.log" 2>&1 || [[ ! -s $archive ]]; then
    rm -f "$archive"
    echo "cds: dumping the archive failed (see $work/dump.log): the image has no CDS archive (it starts slower)"
    return 0
  fi
  rm -rf "$work/home"
  echo "cds: $archive ($(du -h "$archive" | cut -f1), $(wc -l <"$work/classes.lst") classes listed) in $(seconds_since "$start") s"
}

deb() {
  need_jar
  for tool in fakeroot dpkg-deb; do
    command -v $tool >/dev/null || fail "$tool is missing; jpackage needs it for a .deb. Maybe: sudo apt-get install fakeroot dpkg-dev."
  done
  # The archive itself cannot travel (it is tied to the jar's installed path): the package ships the training run's
  # class list, and its post-install script (jpackage/deb/postinst) dumps the archive in place.
  local classes=$out/cds/classes.lst
  if [[ ! -s $classes || $classes -ot $jar ]]; then app_image; fi
  if [[ -s $classes && ! $classes -ot $jar ]]; then
    cp "$classes" "$out/input/reassort.classlist"
  else
    echo "deb: no class list from a training run: the installed workbench will have no CDS archive (it starts slower)"
  fi
  local start=$(date +%s)
  rm -f "$out"/reassort_*.deb
  jpackage --type deb --dest "$out" --input "$out/input" --app-version "$version" --resource-dir installer/jpackage/deb \
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
  cds) cds ;;
  deb) deb ;;
  self-test) self_test ;;
  modules) modules ;;
  *) fail "unknown target '$what'. Use: all, app-image, cds, deb, self-test or modules." ;;
esac
