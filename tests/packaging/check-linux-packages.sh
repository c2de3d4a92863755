#!/usr/bin/env bash
# check-linux-packages.sh BUILD_DIR VERSION SOURCE_DIR
# Builds the Linux packages (DEB, RPM, TGZ, and the NSIS installer, which here only proves that
# the Windows installer script compiles) with cpack into a temp folder, then checks them as a
# user's machine would see them: control fields and dependencies, validators for the .desktop
# file and the AppStream metainfo, icons, man pages, the programs run from the unpacked .deb, the
# app's window on a private Xvfb with --lang de (screenshot kept in BUILD_DIR/Testing/packaging),
# and the RPM's requirements. Every process it starts is stopped by PID, also on failure.
set -euo pipefail
build="$(cd "$1" && pwd)"
version="$2"
source="$3"
app_id=io.github.trainyard.Trainyard
start=$SECONDS

tmp="$(mktemp -d "${TMPDIR:-/tmp}/trainyard-packaging.XXXXXX")"
pids=()
cleanup() {
    set +e
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "== [$((SECONDS - start)) s] $*"; }
# contains TEXT NEEDLE WHAT: fails naming WHAT when NEEDLE is not a substring of TEXT.
contains() { [[ "$1" == *"$2"* ]] || fail "$3: '$2' missing in:"$'\n'"$1"; }

step "cpack -G DEB;RPM;TGZ;NSIS into $tmp/out"
if ! cpack --config "$build/CPackConfig.cmake" -G "DEB;RPM;TGZ;NSIS" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    fail "cpack failed"
fi
deb="$tmp/out/trainyard_${version}_$(dpkg --print-architecture).deb"
rpm="$tmp/out/trainyard-${version}-1.$(uname -m).rpm"
tgz="$tmp/out/trainyard-${version}-Linux.tar.gz"
exe="$tmp/out/trainyard-${version}-Linux.exe"
for f in "$deb" "$rpm" "$tgz" "$exe"; do
    [ -s "$f" ] || fail "cpack did not make $(basename "$f"); it made: $(ls "$tmp/out")"
done
stat -c '%s bytes  %n' "$deb" "$rpm" "$tgz" "$exe" | sed "s|$tmp/out/||"

step "DEB control fields (dpkg -I)"
dpkg -I "$deb"
[ "$(dpkg-deb -f "$deb" Package)" = trainyard ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "DEB version is not $version"
depends="$(dpkg-deb -f "$deb" Depends)"
# The SQLite driver and QtKeychain (named by hand), and what shlibdeps must have found.
for dep in libqt6sql6-sqlite libqt6keychain1 libqt6svg6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6sql6 libc6; do
    contains "$depends" "$dep" "Depends"
done
recommends="$(dpkg-deb -f "$deb" Recommends)"
contains "$recommends" python3 "Recommends"
contains "$recommends" gnome-keyring "Recommends"
# Every dependency names a real package that is installed here (a misspelt name would not be).
IFS=',' read -ra items <<<"$depends"
for item in "${items[@]}"; do
    ok=0
    IFS='|' read -ra alternatives <<<"$item"
    for alt in "${alternatives[@]}"; do
        name="$(awk '{print $1}' <<<"$alt")"
        [ "$(dpkg-query -W -f='${db:Status-Status}' "$name" 2>/dev/null)" = installed ] && ok=1
    done
    [ $ok = 1 ] || fail "dependency '$item' is not an installed package"
done
# The plugins Qt loads at run time (invisible to dpkg-shlibdeps) come from packages in Depends.
plugins="$(qtpaths6 --query QT_INSTALL_PLUGINS)"
for plugin in platforms/libqxcb.so sqldrivers/libqsqlite.so; do
    owner="$(dpkg -S "$plugins/$plugin" | cut -d: -f1)"
    in_depends="(^|[, ])$owner([, ]|$)"
    [[ "$depends" =~ $in_depends ]] || fail "$plugin is in $owner, which is not in Depends"
    echo "$plugin: $owner (in Depends)"
done
contains "$recommends" qt6-wayland "Recommends"
contains "$recommends" qt6-translations-l10n "Recommends" # Qt's own strings in de and pl

step "DEB contents (dpkg -x into a throwaway root)"
root="$tmp/root"
dpkg -x "$deb" "$root"
outside="$(dpkg -c "$deb" | awk '{print $6}' | grep -v '^\./$' | grep -v '^\./usr/' || true)"
[ -z "$outside" ] || fail "files outside /usr: $outside"
for f in usr/bin/trainyard usr/bin/yard "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    usr/share/man/man1/yard.1.gz usr/share/man/man1/trainyard.1.gz usr/share/doc/trainyard/copyright; do
    [ -s "$root/$f" ] || fail "/$f is not in the .deb"
done
for size in 16 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    contains "$(file -b "$png")" "PNG image data, $size x $size" "icon ${size}x${size}"
done
for bin in trainyard yard; do
    info="$(file -b "$root/usr/bin/$bin")"
    contains "$info" "ELF" "/usr/bin/$bin"
    contains "$info" ", stripped" "/usr/bin/$bin"
    if readelf -d "$root/usr/bin/$bin" | grep -E 'R(UN)?PATH' | grep -F "$build" >/dev/null; then
        fail "/usr/bin/$bin still has an RPATH into the build folder"
    fi
    # Nothing of the developer's machine: the screenshot tour, which knows the source folder, is
    # its own program (trainyard-tour) and stays out of the package. QStringLiteral text is UTF-16,
    # hence both encodings.
    if { strings -a "$root/usr/bin/$bin"; strings -a -e l "$root/usr/bin/$bin"; } | grep -F "$source" >/dev/null; then
        fail "/usr/bin/$bin holds the source path $source"
    fi
done
[ ! -e "$root/usr/bin/trainyard-tour" ] || fail "trainyard-tour is installed"

step "desktop-file-validate and appstreamcli validate --no-net"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
grep -qx "Icon=$app_id" "$root/usr/share/applications/$app_id.desktop" || fail "the .desktop Icon= is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo does not launch $app_id.desktop"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo has no release $version"

step "the installed programs: --version, --help, man pages"
yard_version="$("$root/usr/bin/yard" --version)"
[ "$yard_version" = "yard $version" ] || fail "yard --version printed '$yard_version'"
app_version="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/trainyard" --version 2>/dev/null)"
[ "$app_version" = "trainyard $version" ] || fail "trainyard --version printed '$app_version'"
echo "$yard_version / $app_version"
man_page="$(zcat "$root/usr/share/man/man1/yard.1.gz")"
contains "$man_page" ".TH YARD 1" "yard.1"
contains "$man_page" "Trainyard $version" "yard.1"
# Every command of `yard --help` is in the man page.
commands=0
while read -r name; do
    contains "$man_page" ".B yard ${name//-/\\-}"$'\n' "yard.1 COMMANDS"
    commands=$((commands + 1))
done < <("$root/usr/bin/yard" --help | sed -n 's/^  yard \(.*[^ ]\)  \+.*/\1/p')
[ $commands -gt 0 ] || fail "yard --help listed no commands"
echo "yard.1 lists all $commands commands"
for page in yard trainyard; do
    warnings="$(zcat "$root/usr/share/man/man1/$page.1.gz" | groff -man -Tutf8 -ww -z 2>&1)"
    [ -z "$warnings" ] || fail "groff warns about $page.1: $warnings"
done

step "the installed app under Xvfb with --lang de"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export XDG_CACHE_HOME="$tmp/home/.cache"
mkdir -p "$HOME"
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="$tmp/run"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
fi
# A private session bus unless .ci/test.sh gave us one: without a bus, Qt on X autolaunches one
# that outlives the app.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    { read -r DBUS_SESSION_BUS_ADDRESS && read -r bus_pid; } < <(dbus-daemon --session --fork --print-address=1 \
        --print-pid=1 2>"$tmp/dbus.log")
    pids+=("$bus_pid")
    export DBUS_SESSION_BUS_ADDRESS
fi
# Xvfb picks a free display itself and writes its number to fd 3 (no race with other servers).
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    [ -s "$tmp/display" ] && break
    sleep 0.1
done
[ -s "$tmp/display" ] || fail "Xvfb did not start: $(cat "$tmp/xvfb.log")"
DISPLAY=":$(cat "$tmp/display")"
export DISPLAY
unset QT_QPA_PLATFORM WAYLAND_DISPLAY
shots="$build/Testing/packaging"
mkdir -p "$shots"
# screenshot LANG: starts the installed app with --lang LANG, waits for its window, saves the
# screen as $shots/trainyard-LANG.png, stops the app and checks that the window was painted.
screenshot() {
    local lang="$1" png="$shots/trainyard-$1.png"
    "$root/usr/bin/trainyard" --lang "$lang" >"$tmp/app-$lang.log" 2>&1 &
    local app_pid=$!
    pids+=("$app_pid")
    for _ in $(seq 150); do
        xwininfo -root -tree 2>/dev/null | grep '"Trainyard' >/dev/null && break
        kill -0 "$app_pid" 2>/dev/null || fail "the installed trainyard exited: $(cat "$tmp/app-$lang.log")"
        sleep 0.2
    done
    xwininfo -root -tree | grep '"Trainyard' || fail "no Trainyard window after 30 s: $(cat "$tmp/app-$lang.log")"
    sleep 2 # let the first paint finish
    xwd -root -silent >"$tmp/shot.xwd"
    convert "xwd:$tmp/shot.xwd" "$png"
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    local width height colours
    read -r width height <<<"$(identify -format '%w %h' "$png")"
    [ "$width x $height" = "1280 x 800" ] || fail "screenshot is $width x $height"
    # The window (1100x700 at 0,0: no window manager) is drawn: widgets and text make hundreds of
    # colours; an unpainted or black window has one or two.
    colours="$(convert "$png" -crop 1100x700+0+0 -format %k info:)"
    [ "$colours" -ge 50 ] || fail "the window has only $colours colours: not painted ($png)"
    echo "screenshot $png: ${width}x${height}, $colours colours in the window"
}
screenshot de
# With a German translation in the sources, --lang de must change what the window shows.
if compgen -G "$source/translations/*_de.ts" >/dev/null; then
    screenshot en
    differing="$(compare -metric AE "$shots/trainyard-de.png" "$shots/trainyard-en.png" null: 2>&1 || true)"
    [ "${differing%% *}" -gt 0 ] 2>/dev/null || fail "--lang de looks exactly like --lang en (translations/*_de.ts exists)"
    echo "--lang de differs from --lang en in $differing pixels"
else
    echo "note: no translations/*_de.ts in $source yet, so --lang de shows the English strings"
fi

step "RPM requirements (rpm -qpR) and files"
rpm -qp --qf '%{NAME} %{VERSION}-%{RELEASE} %{ARCH}\n' "$rpm"
[ "$(rpm -qp --qf '%{VERSION}' "$rpm")" = "$version" ] || fail "RPM version is not $version"
requires="$(rpm -qpR "$rpm")"
echo "$requires"
for req in qt6-qtbase-gui qtkeychain-qt6 libQt6Widgets.so.6 libQt6Sql.so.6; do
    contains "$requires" "$req" "rpm -qpR"
done
contains "$(rpm -qp --suggests "$rpm")" python3 "rpm Suggests"
files="$(rpm -qpl "$rpm")"
for f in /usr/bin/trainyard /usr/bin/yard "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" /usr/share/man/man1/yard.1.gz \
    "/usr/share/icons/hicolor/48x48/apps/$app_id.png"; do
    grep -qx "$f" <<<"$files" || fail "$f is not in the RPM"
done
# Folders that belong to the system or the icon theme must not be owned by the package.
for d in /usr /usr/bin /usr/share /usr/share/applications /usr/share/metainfo /usr/share/icons/hicolor \
    /usr/share/icons/hicolor/48x48/apps /usr/share/man/man1; do
    if grep -qx "$d" <<<"$files"; then fail "the RPM owns $d"; fi
done

step "TGZ and the NSIS installer (licence page, icon, Start menu, optional desktop link, uninstaller)"
tar -tzf "$tgz" | grep -x "trainyard-$version-Linux/bin/yard" >/dev/null || fail "bin/yard is not in the TGZ"
contains "$(file -b "$exe")" "PE32" "the NSIS installer"
# What the Windows installer offers, as written into the script makensis compiled ($ is NSIS's).
nsi="$(cat "$tmp/out/_CPack_Packages/Linux/NSIS/project.nsi")"
# shellcheck disable=SC2016
for line in '!insertmacro MUI_PAGE_LICENSE' '!define MUI_ICON "'"$source"'/packaging/icons/trainyard.ico"' \
    'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\Trainyard.lnk" "$INSTDIR\bin\trainyard.exe"' \
    'StrCmp "$INSTALL_DESKTOP" "1" 0 +2' 'CreateShortCut "$DESKTOP\Trainyard.lnk"' \
    'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\Uninstall.lnk"' 'WriteUninstaller "$INSTDIR\Uninstall.exe"'; do
    contains "$nsi" "$line" "NSIS script"
done

step "all packages checked"
