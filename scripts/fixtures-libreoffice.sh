#!/bin/sh
# Writes the import fixtures that LibreOffice Calc itself saves (not written to its conventions by
# hand, as scripts/generate-import-fixtures.mjs does for the others): from the flat ODS source
# tests/fixtures/import/sources/saved-by-libreoffice.fods, Calc's "Excel 2007-365" export
# (saved-by-libreoffice.xlsx) and its "Text CSV" export as Unicode (UTF-16, tabs): the same choices
# as "Unicode 文本" in Excel (saved-by-libreoffice-unicode.txt). The outputs are committed; run
# this only to change them. Needs LibreOffice (Debian: apt-get install libreoffice-calc-nogui).
set -eu
cd "$(dirname "$0")/../tests/fixtures/import"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
calc() { soffice --headless --norestore "-env:UserInstallation=file://$profile" "$@"; }
calc --convert-to xlsx --outdir . sources/saved-by-libreoffice.fods
# Text CSV filter options: field separator 9 (tab), text delimiter 34 ("), character set 65535
# (Unicode, i.e. UTF-16 with a byte-order mark), first line 1.
calc --convert-to 'txt:Text - txt - csv (StarCalc):9,34,65535,1' --outdir "$profile/out" sources/saved-by-libreoffice.fods
mv "$profile/out/saved-by-libreoffice.txt" saved-by-libreoffice-unicode.txt
