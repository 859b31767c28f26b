#!/bin/sh
# Every file of the project that starts with "#!" is a program someone is told to
# run (README, a script's usage, a unit): it must be executable, or the first
# "firmware/image/build-image.sh ..." a new user types answers "Permission denied".
# Tests call scripts through sh or python3, so nothing else would notice.
# Usage: check_executable.sh SOURCE_DIR
set -u
[ $# -eq 1 ] || { echo "usage: $0 SOURCE_DIR" >&2; exit 2; }
cd "$1" || exit 2
found=$(find .ci bench cross dashboard firmware fuzz tests \
  \( -name node_modules -o -name __pycache__ \) -prune -o -type f ! -perm -u+x -print |
  while IFS= read -r file; do
    [ "$(head -c 2 "$file")" = "#!" ] && echo "$file"
  done)
if [ -n "$found" ]; then
  echo "check_executable: these start with #! but are not executable (chmod +x, and git add):" >&2
  echo "$found" >&2
  exit 1
fi
echo "check_executable: every #! file is executable"
