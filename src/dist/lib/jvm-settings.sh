# shellcheck shell=sh
# The JVM settings of estate-audit's POSIX launchers: the distribution's bin/estate-audit and the
# clone's ./estate-audit both source this file, so both run the JVM the same way. POSIX sh (no
# arrays): every flag is one word without spaces, so a list of flags is a space-separated string.
# docs/benchmarks.md has the measurements behind each flag. Functions set variables named after
# them rather than printing, so that no subshell is forked.

# ea_feature RELEASE_FILE JAVA: sets ea_feature to the JVM's feature release (17, 25...) from its
# installation's release file, else from 'JAVA -version'; empty when neither says.
ea_feature() {
  ea_version=""
  if [ -r "$1" ]; then
    ea_version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$1" 2>/dev/null || true)
  fi
  if [ -z "$ea_version" ]; then
    ea_version=$("$2" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  ea_feature=${ea_version%%[.+-]*}
  if [ "$ea_feature" = 1 ]; then # 1.8.0_x is Java 8
    ea_feature=${ea_version#1.}
    ea_feature=${ea_feature%%[.+_-]*}
  fi
  case $ea_feature in
    '' | *[!0-9]*) ea_feature="" ;;
  esac
}

# A run lasts seconds at most: the C1 compiler alone and the serial collector start fastest, and
# they carry a million modules too (docs/benchmarks.md).
ea_small="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# An estate under 1 MiB is audited in well under a second, most of it start-up code that runs a few
# hundred times at most: compiling later (a tenfold threshold) leaves the compiler thread a third of
# the methods and the second core to the rule base being built (about a tenth less CPU).
ea_below_1mib="-XX:CompileThresholdScaling=10"

# ea_flags INPUT_BYTES: sets ea_flags, the JVM flags for a run over INPUT_BYTES of estate files,
# leaving the heap's size alone when ESTATE_AUDIT_JAVA_OPTS sizes it (an -Xmx below the
# launcher's -Xms would stop the JVM from starting).
ea_flags() {
  ea_flags="$ea_small"
  if [ "$1" -lt 1048576 ]; then
    ea_flags="$ea_flags $ea_below_1mib"
    return 0
  fi
  if ea_user_sizes_heap; then
    return 0
  fi
  # Bigger estates run their loops millions of times and want them compiled early, and one formula
  # sizes the young generation for every size: three and a half times the input beyond a fixed
  # part, so that the collector seldom stops to copy the estate it has read, and no more: with ten
  # times the input a million modules (250 MiB of JSON) peaked at 3.0 GiB, with three and a half at
  # 1.6 GiB and less CPU (docs/benchmarks.md). Its pages are touched only as they are used. At most
  # an eighth of the memory.
  ea_young_mib=$(($1 * 7 / 2 / 1048576 + 96))
  ea_memory_kib
  if [ -n "$ea_memory_kib" ] && [ "$ea_young_mib" -gt $((ea_memory_kib / 8192)) ]; then
    ea_young_mib=$((ea_memory_kib / 8192))
  fi
  ea_flags="$ea_flags -Xmn${ea_young_mib}m -Xms$((ea_young_mib + 64))m"
}

# Whether ESTATE_AUDIT_JAVA_OPTS holds a heap size of the user's own.
ea_user_sizes_heap() {
  case " ${ESTATE_AUDIT_JAVA_OPTS:-}" in
    *" -Xmx"* | *" -Xms"* | *" -Xmn"* | *" -XX:MaxHeapSize="* | *" -XX:InitialHeapSize="* | *" -XX:NewSize="* \
      | *" -XX:MaxNewSize="* | *" -XX:MaxRAM"* | *" -XX:InitialRAMPercentage="*) return 0 ;;
  esac
  return 1
}

# Sets ea_memory_kib to the machine's memory in KiB, read without starting a process; empty where
# there is no /proc/meminfo (macOS, some sandboxes).
ea_memory_kib() {
  ea_memory_kib=""
  [ -r /proc/meminfo ] || return 0
  while read -r ea_key ea_value ea_rest; do
    if [ "$ea_key" = MemTotal: ]; then
      ea_memory_kib=$ea_value
      return 0
    fi
  done </proc/meminfo
  return 0
}

# The JVM logs some warnings, such as "Unable to use shared archive", to stdout by default: send
# them to stderr so that a report on stdout stays clean.
ea_quiet="-Xlog:disable -Xlog:all=warning:stderr"

# Start-up: the classes a check loads, read from an archive made once per build and JVM by a
# training run on a sample. JDK 24 and newer keep them loaded and linked in an AOT cache; JDK 17 to
# 23 in an application class-data-sharing archive. The JVM ignores an archive that no longer
# matches the jar or its options, so a stale one only costs its benefit; it is never required.

# ea_archive_name FEATURE: sets ea_archive_name, the archive's file name for that JVM.
ea_archive_name() {
  if [ "$1" -ge 24 ]; then ea_archive_name=estate-audit.aot; else ea_archive_name=estate-audit.jsa; fi
}

# ea_train JAVA FEATURE JAR SAMPLE RULES WORK: writes WORK/archive from a training run of 'check
# SAMPLE' (and, on JDK 17 to 23, of the user rules in RULES). The sample has findings: its check
# exits 1, which is no failure of the training.
ea_train() {
  if [ "$2" -ge 25 ]; then
    # Trained with the flags of a run on a small estate, as the sample is: the cache keeps the
    # training run's method profiles, and the JVM compiles what they say was compiled; trained
    # with the default thresholds, it compiled half as many methods again (docs/benchmarks.md).
    # shellcheck disable=SC2086
    "$1" $ea_small $ea_below_1mib -XX:AOTCacheOutput="$6/archive" -cp "$3" dev.estateaudit.Main check "$4"
  elif [ "$2" -eq 24 ]; then
    # shellcheck disable=SC2086
    "$1" $ea_small -XX:AOTMode=record -XX:AOTConfiguration="$6/config" -cp "$3" dev.estateaudit.Main check "$4" || true
    # shellcheck disable=SC2086
    "$1" $ea_small -XX:AOTMode=create -XX:AOTConfiguration="$6/config" -XX:AOTCache="$6/archive" -cp "$3"
  else
    # A static archive of the JDK's classes and ours, dumped from the list of classes a training
    # run loaded. Not the dynamic one (-XX:ArchiveClassesAtExit): it cannot hold picocli's classes,
    # compiled for Java 5, which a static archive can, and it layers over the JDK's own archive.
    # The training run has an empty rule cache, so that it compiles a user rule too: an archive's
    # classes load only when asked for, and archiving the compiler's makes first runs with --rules faster.
    # shellcheck disable=SC2086
    "$1" $ea_small -XX:DumpLoadedClassList="$6/classes" -cp "$3" dev.estateaudit.Main check "$4" \
      --rules "$5" --cache-dir "$6/cache" || true
    # shellcheck disable=SC2086
    "$1" $ea_small -Xshare:dump -XX:SharedClassListFile="$6/classes" -XX:SharedArchiveFile="$6/archive" -cp "$3"
  fi
}

# ea_make_archive JAVA FEATURE JAR SAMPLE RULES ARCHIVE: trains in a private folder beside ARCHIVE
# and renames the result into place, so that a run at the same time sees a whole archive or none.
ea_make_archive() {
  ea_work=$(mktemp -d "${6%/*}/.training.XXXXXX" 2>/dev/null) || return 0
  if [ -t 2 ]; then echo "estate-audit: preparing a start-up archive for this JVM (once per build)..." >&2; fi
  ea_train "$1" "$2" "$3" "$4" "$5" "$ea_work" >/dev/null 2>&1 || true
  if [ -s "$ea_work/archive" ]; then
    mv -f "$ea_work/archive" "$6" 2>/dev/null || true
  fi
  rm -rf "$ea_work" || true
}

# ea_archive_flag FEATURE ARCHIVE: sets ea_archive_flag, the one flag that uses ARCHIVE (a path,
# which may hold spaces: pass it quoted), and adds the logging it needs silenced to ea_quiet.
ea_archive_flag() {
  if [ "$1" -ge 24 ]; then
    ea_archive_flag="-XX:AOTCache=$2"
    ea_quiet="$ea_quiet -Xlog:aot=off:stderr -Xlog:cds=off:stderr"
  else
    ea_archive_flag="-XX:SharedArchiveFile=$2"
    ea_quiet="$ea_quiet -Xlog:cds=off:stderr"
  fi
}

# ea_utf8_locale: gives the JVM a UTF-8 locale when the caller's is not one (C or POSIX, as in many
# CI containers and cron jobs, or an 8-bit locale). The JVM encodes file names and decodes its
# arguments in the character set of the locale's LC_CTYPE, and on JDK 17 -Dsun.jnu.encoding does
# not change that: under C a path with a letter beyond ASCII cannot be opened or written at all.
# Only the character type changes: LC_CTYPE, or LC_ALL when that is set (it overrides every
# category, LC_CTYPE included). C.UTF-8 differs from C in nothing else; glibc builds it in from
# 2.35 and Debian and Ubuntu shipped it long before, but an older or trimmed system may lack it,
# so each candidate is used only when 'locale' can load it. With none, or no 'locale' program to
# ask (musl, which accepts C.UTF-8 whatever is installed, has none by default: C.UTF-8 is set),
# the locale stays as it was and estate-audit names a path it cannot encode in a clean message.
ea_utf8_locale() {
  case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
    *[Uu][Tt][Ff]-8 | *[Uu][Tt][Ff]8 | *[Uu][Tt][Ff]-8@* | *[Uu][Tt][Ff]8@*) return 0 ;;
  esac
  ea_utf8=""
  if command -v locale >/dev/null 2>&1; then
    for ea_candidate in C.UTF-8 C.utf8 en_US.UTF-8 en_US.utf8; do
      if [ "$(LC_ALL=$ea_candidate locale charmap 2>/dev/null)" = UTF-8 ]; then
        ea_utf8=$ea_candidate
        break
      fi
    done
  else
    ea_utf8=C.UTF-8
  fi
  [ -n "$ea_utf8" ] || return 0
  if [ -n "${LC_ALL:-}" ]; then
    LC_ALL=$ea_utf8
    export LC_ALL
  else
    LC_CTYPE=$ea_utf8
    export LC_CTYPE
  fi
}
