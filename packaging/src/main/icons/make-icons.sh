#!/bin/sh
# Regenerates the app icons from nothing but ImageMagick (`convert`), so the committed files can be rebuilt and changed:
#   accounts-desk.png   512x512, Linux (deb/rpm menu entry and the app-image)
#   accounts-desk.ico   16..256 px, Windows (msi, launcher .exe)
#   accounts-desk.icns  128..512 px PNG entries, macOS (dmg, .app); ImageMagick cannot write ICNS, so this script
#                       writes the container itself: "icns" + total length, then per size a type code + length + PNG.
# On a Mac, `iconutil -c icns` on an .iconset made from the PNG gives the same result.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A rounded blue tile (the theme's accent) with a white ledger sheet: three lines and a tick, "accounts checked".
convert -size 1024x1024 xc:none \
  -fill '#0969da' -draw 'roundrectangle 64,64 960,960 180,180' \
  -fill white -draw 'roundrectangle 272,208 752,816 40,40' \
  -fill '#0969da' -draw 'rectangle 352,336 672,384' -draw 'rectangle 352,464 672,512' -draw 'rectangle 352,592 560,640' \
  -stroke '#1a7f37' -strokewidth 56 -fill none -draw 'polyline 560,700 624,764 760,600' \
  "$tmp/icon-1024.png"

for size in 16 24 32 48 64 128 256 512; do
  convert "$tmp/icon-1024.png" -resize "${size}x${size}" -strip "PNG32:$tmp/icon-$size.png"
done
cp "$tmp/icon-512.png" accounts-desk.png
convert "$tmp/icon-16.png" "$tmp/icon-24.png" "$tmp/icon-32.png" "$tmp/icon-48.png" "$tmp/icon-64.png" \
  "$tmp/icon-128.png" "$tmp/icon-256.png" accounts-desk.ico

be32() { # a 32-bit big-endian number as 4 raw bytes
  printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $(($1 >> 24 & 255)) $(($1 >> 16 & 255)) $(($1 >> 8 & 255)) $(($1 & 255)))"
}
entries="ic07:128 ic08:256 ic09:512"
total=8
for entry in $entries; do
  total=$((total + 8 + $(wc -c < "$tmp/icon-${entry#*:}.png")))
done
{
  printf 'icns'; be32 "$total"
  for entry in $entries; do
    png="$tmp/icon-${entry#*:}.png"
    printf '%s' "${entry%%:*}"; be32 $((8 + $(wc -c < "$png"))); cat "$png"
  done
} > accounts-desk.icns
ls -l accounts-desk.png accounts-desk.ico accounts-desk.icns
