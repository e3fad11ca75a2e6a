# shellcheck shell=sh
# Sourced by ./mvnw and ./tutor: makes JAVA_HOME point at a JDK >= MVNW_MIN_JAVA (default 21).
# Helidon 4 and Lucene 10 need Java 21, while many machines default to an older `java`.
# Order: JAVA_HOME, the javac on PATH, then /usr/lib/jvm, /opt/java, /usr/local/lib/jvm, sdkman.
# Uses `find`, not globs: mvnw runs under `set -f`.

_aprende_min_java="${MVNW_MIN_JAVA:-21}"

# Prints the feature version (17, 21, 25...) of the JDK at $1, or nothing.
_aprende_jdk_feature() {
  [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    _v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
  else
    _v=$("$1/bin/javac" -version 2>&1 | sed -n 's/^javac \([0-9][0-9._]*\).*/\1/p')
  fi
  _v=${_v#1.}
  printf '%s' "${_v%%[!0-9]*}"
}

_aprende_ok() {
  _f=$(_aprende_jdk_feature "$1")
  [ -n "$_f" ] && [ "$_f" -ge "$_aprende_min_java" ]
}

_aprende_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && _aprende_ok "$JAVA_HOME"; then return 0; fi
  _javac=$(command -v javac 2>/dev/null || true)
  if [ -n "$_javac" ]; then
    _home=$(dirname "$(dirname "$(readlink -f "$_javac")")")
    if _aprende_ok "$_home"; then JAVA_HOME=$_home; export JAVA_HOME; return 0; fi
  fi
  _best=""
  _best_f=1000
  for _root in /usr/lib/jvm /opt/java /usr/local/lib/jvm "$HOME/.sdkman/candidates/java" /Library/Java/JavaVirtualMachines; do
    [ -d "$_root" ] || continue
    for _cand in $(find "$_root" -mindepth 1 -maxdepth 3 -type d 2>/dev/null); do
      [ -x "$_cand/bin/javac" ] || continue
      _f=$(_aprende_jdk_feature "$_cand")
      [ -n "$_f" ] || continue
      # the lowest JDK that is new enough: closest to what CI and the build target use
      if [ "$_f" -ge "$_aprende_min_java" ] && [ "$_f" -lt "$_best_f" ]; then
        _best=$_cand
        _best_f=$_f
      fi
    done
  done
  if [ -n "$_best" ]; then
    JAVA_HOME=$(readlink -f "$_best")
    export JAVA_HOME
    return 0
  fi
  echo "Aprende needs a Java Development Kit (JDK) ${_aprende_min_java} or newer: install one (for example 'apt-get install openjdk-${_aprende_min_java}-jdk' or Temurin ${_aprende_min_java}) or set JAVA_HOME to it." >&2
  return 1
}

_aprende_select_jdk || exit 1
PATH="$JAVA_HOME/bin:$PATH"
export PATH
