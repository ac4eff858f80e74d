#!/bin/sh
# Builds the translation-memory benchmark's corpus: the French catalogues (.mo) that Debian
# packages ship, turned into Java properties files (msgid = msgstr) by gettext's msgunfmt.
# Needs apt-get (any Debian or Ubuntu) and gettext; downloads about 850 MB once into $1.
# The packages' licences apply to their translations (mostly GPL/LGPL; see each package's
# copyright file, kept next to its catalogues).
set -eu
out="${1:-target/memory-corpus}"
mkdir -p "$out/debs" "$out/catalogues"
command -v msgunfmt >/dev/null || { echo "msgunfmt missing: apt-get install gettext" >&2; exit 2; }
packages="gcc-12-locales cinnamon-l10n vlc-l10n libreoffice-l10n-fr blender-data calibre gimp inkscape
 evolution-common gnucash-common gramps digikam-data plasma-workspace-data wesnoth-1.16-data krita-data
 kstars-data marble-data gimp-data minetest-data evolution-data-server-common postgresql-15 binutils-common git
 krita-l10n kdenlive-data k3b-i18n gnumeric-common lilypond-data libc-l10n vim-runtime gnupg-l10n subversion
 stellarium-data pidgin-data aptitude-common kdevelop-data skrooge-common kmymoney-common kmail
 gnome-control-center-data nautilus-data evince-common libgtk-3-common libgtk-4-common shotwell-common
 rhythmbox-data gnome-builder gedit-common filezilla-common ktorrent-data okular konsole dolphin kate5-data
 korganizer gthumb-data brasero-common gnome-terminal-data geany-common seahorse"
cd "$out/debs"
for package in $packages; do
  ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download -q "$package" || echo "skipped $package" >&2
done
cd - >/dev/null
for deb in "$out"/debs/*.deb; do
  name=$(basename "$deb" .deb)
  ls "$out/catalogues/$name"/*.po >/dev/null 2>&1 && continue
  tmp=$(mktemp -d)
  dpkg-deb -x "$deb" "$tmp"
  mkdir -p "$out/catalogues/$name"
  find "$tmp" -path '*/fr/LC_MESSAGES/*.mo' | sort | while read -r mo; do
    msgunfmt -o "$out/catalogues/$name/$(basename "$mo" .mo).po" "$mo" 2>/dev/null || true
  done
  find "$tmp" -path '*/doc/*/copyright' | head -1 | xargs -r -I{} cp {} "$out/catalogues/$name/copyright"
  rm -rf "$tmp"
done
echo "catalogues in $out/catalogues"
