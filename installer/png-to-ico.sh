#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Packs PNG images into one Windows .ico (PNG-compressed entries, Windows Vista and later):
#   png-to-ico.sh OUT.ico SIZE:FILE.png...   (SIZE in pixels, 1..256)
set -euo pipefail
out=$1
shift
[ $# -ge 1 ] && [ $# -le 16 ] || { echo "png-to-ico.sh: 1 to 16 images" >&2; exit 2; }
le16() { printf "\\x$(printf %02x $(($1 & 255)))\\x$(printf %02x $(($1 >> 8 & 255)))"; }
le32() { le16 $(($1 & 65535)); le16 $(($1 >> 16 & 65535)); }
tmp="$out.tmp"
{
    le16 0; le16 1; le16 $#                 # reserved, type 1 (icon), count
    offset=$((6 + 16 * $#))
    for entry in "$@"; do
        size=${entry%%:*} file=${entry#*:}
        [ "$size" -ge 1 ] && [ "$size" -le 256 ] || { echo "png-to-ico.sh: bad size $size" >&2; exit 2; }
        bytes=$(stat -c %s "$file")
        printf "\\x$(printf %02x $((size & 255)))\\x$(printf %02x $((size & 255)))" # 256 is written as 0
        printf '\x00\x00'; le16 1; le16 32      # no palette, reserved, planes, bits per pixel
        le32 "$bytes"; le32 "$offset"
        offset=$((offset + bytes))
    done
    for entry in "$@"; do cat "${entry#*:}"; done
} >"$tmp"
mv "$tmp" "$out"
