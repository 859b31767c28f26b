# shellcheck shell=sh
# Sourced by boot-test.sh and bench-console.sh: what both need to boot an image
# under qemu-system-aarch64 -M virt the way the Pi's firmware would — their command
# line, and the image's own kernel, initrd and cmdline.txt, taken from its FAT
# partition with mtools (nothing mounted, the image unchanged).
#
#   guest_boot_options OPTION "$@"  reads [OPTION N] [--memory MIB] IMAGE: N into
#                                $number and MIB into $memory_mb (the caller sets
#                                both defaults), IMAGE into $image; --help
#                                prints the caller's usage(); checks that IMAGE is a
#                                file and the tools of every boot are there
#   guest_boot_files IMAGE DIR   writes DIR/kernel and DIR/initrd, DIR/boot-names
#                                (their names on the FAT partition, one line) and
#                                DIR/guest-cmdline (cmdline.txt without its
#                                console= entries: the virt machine's serial port
#                                is ttyAMA0, added by the caller)
# Callers define usage().

die() {
  echo "$(basename "$0" .sh): $*" >&2
  exit 1
}

# shellcheck disable=SC2034 # $number and $memory_mb are for the caller
guest_boot_options() {
  number_option=$1
  shift
  image=
  while [ $# -gt 0 ]; do
    case "$1" in
      --help | -h) usage; exit 0 ;;
      --memory) [ $# -ge 2 ] || die "--memory needs MiB"; memory_mb=$2; shift 2 ;;
      "$number_option") [ $# -ge 2 ] || die "$1 needs a number"; number=$2; shift 2 ;;
      -*) usage >&2; exit 2 ;;
      *) image=$1; shift ;;
    esac
  done
  [ -n "$image" ] || { usage >&2; exit 2; }
  [ -f "$image" ] || die "$image: no such file"
  missing=
  for tool in qemu-system-aarch64 sfdisk mcopy timeout; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
  done
  [ -z "$missing" ] || die "missing tools:$missing (apt-get install qemu-system-arm fdisk mtools)"
}

guest_boot_files() {
  image=$1
  dir=$2
  start=$(sfdisk -d "$image" 2>/dev/null | sed -n 's/^.*1 : start= *\([0-9]*\).*/\1/p')
  [ -n "$start" ] || die "$image: no first partition (sfdisk -d)"
  fat="$image@@$((start * 512))"
  mcopy -n -i "$fat" ::config.txt ::cmdline.txt "$dir/" || die "no config.txt/cmdline.txt on the FAT partition"
  guest_kernel=$(sed -n 's/^kernel=//p' "$dir/config.txt" | head -n 1)
  guest_initrd=$(sed -n 's/^initramfs \([^ ]*\).*/\1/p' "$dir/config.txt" | head -n 1)
  if [ -z "$guest_kernel" ] || [ -z "$guest_initrd" ]; then die "config.txt names no kernel= or initramfs"; fi
  mcopy -n -i "$fat" "::$guest_kernel" "$dir/kernel" || die "$guest_kernel is not on the FAT partition"
  mcopy -n -i "$fat" "::$guest_initrd" "$dir/initrd" || die "$guest_initrd is not on the FAT partition"
  echo "kernel $guest_kernel, initrd $guest_initrd" >"$dir/boot-names"
  # Everything but the consoles (tty0 and the Pi's UART) stays: root=LABEL=RASPIROOT
  # and overlayroot= included.
  tr ' ' '\n' <"$dir/cmdline.txt" | grep -v '^console=' | tr '\n' ' ' | tr -s ' ' >"$dir/guest-cmdline"
}
