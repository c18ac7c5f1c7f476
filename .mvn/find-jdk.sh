# Sourced by ./mvnw: Rempart builds with a JDK >= 21. When JAVA_HOME (or the java on the PATH)
# is older, look for a newer JDK in the usual install locations and use it.
rempart_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
rempart_jdk_ok() {
  [ -x "$1/bin/javac" ] || return 1
  rempart_major=$(rempart_java_major "$1")
  [ -n "$rempart_major" ] && [ "$rempart_major" -ge 21 ]
}
if [ -z "${JAVA_HOME-}" ] && command -v javac >/dev/null 2>&1; then
  rempart_javac=$(command -v javac)
  while [ -h "$rempart_javac" ]; do rempart_javac=$(readlink -f "$rempart_javac"); done
  rempart_current=$(dirname "$(dirname "$rempart_javac")")
else
  rempart_current=${JAVA_HOME-}
fi
if [ -z "$rempart_current" ] || ! rempart_jdk_ok "$rempart_current"; then
  set +f # mvnw runs with globbing off
  rempart_best=""
  rempart_best_major=0
  for rempart_candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$rempart_candidate" ] && rempart_jdk_ok "$rempart_candidate" || continue
    if [ "$rempart_major" -gt "$rempart_best_major" ]; then
      rempart_best=$rempart_candidate
      rempart_best_major=$rempart_major
    fi
  done
  set -f
  if [ -n "$rempart_best" ]; then
    JAVA_HOME=$rempart_best
    export JAVA_HOME
  fi
fi
