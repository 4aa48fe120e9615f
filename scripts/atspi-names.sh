#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# What a screen reader on Linux is told about the window: starts Tideline (build/bin/tideline, on
# the sample dataset or FILE) under Xvfb in a private D-Bus session with the AT-SPI bus, walks
# its accessibility tree over AT-SPI as Orca would, and lists every control it shows (buttons,
# boxes, fields, tables, trees, lists, tab lists, and anything that takes the focus) with its
# role and name. Ends with those that have neither a name nor a "labelled by" relation, and
# exits 1 if there are any.
#   scripts/atspi-names.sh [FILE]
# Needs, beside what ./dev.sh installs: at-spi2-core python3-pyatspi dbus (installed here if
# missing). Not part of the test suite: tst_accessibility checks the same names through Qt's
# own tree, without a bus.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for package in at-spi2-core python3-pyatspi python3-gi dbus xvfb xauth xdotool; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
fi
[ -x build/bin/tideline ] || { echo "atspi-names.sh: build first (./dev.sh test)" >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cat > "$scratch/walk.py" <<'PY'
import sys
import pyatspi

CONTROLS = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
            pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT,
            pyatspi.ROLE_ENTRY, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_TABLE,
            pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST,
            pyatspi.ROLE_PAGE_TAB_LIST}
# Their items are named by the data they show.
CONTAINERS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST,
              pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU}

def labelled(node):
    return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY
               for r in node.getRelationSet())

def walk(node, found, depth=0):
    if node is None or depth > 40:
        return
    state = node.getState()
    if not state.contains(pyatspi.STATE_SHOWING):
        return
    role = node.getRole()
    if role in CONTROLS or state.contains(pyatspi.STATE_FOCUSABLE):
        found.append(node)
    if role not in CONTAINERS:
        for i in range(node.childCount):
            walk(node.getChildAtIndex(i), found, depth + 1)

desktop = pyatspi.Registry.getDesktop(0)
apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
app = next((a for a in apps if a and 'tideline' in (a.name or '').lower()), None)
if app is None:
    sys.exit('atspi-names.sh: Tideline is not on the AT-SPI bus')
found = []
walk(app, found)
unnamed = [n for n in found if not (n.name or '').strip() and not labelled(n)]
for n in found:
    print('%-16s %r' % (n.getRoleName(), n.name))
print('%d controls shown, %d without a name' % (len(found), len(unnamed)))
for n in unnamed:
    print('  no name: %s in %s %r' % (n.getRoleName(), n.parent.getRoleName(), n.parent.name))

# The timeline, as a screen reader reads it: its lanes, and the first events of each.
timeline = next((n for n in found if n.getRoleName() == 'chart' and n.name == 'Timeline'), None)
if timeline is None:
    sys.exit('atspi-names.sh: the timeline is not on the bus')
print('timeline: %d lanes on screen' % timeline.childCount)
for i in range(timeline.childCount):
    lane = timeline.getChildAtIndex(i)
    print('  %s %r: %s' % (lane.getRoleName(), lane.name, lane.description))
    for j in range(min(lane.childCount, 3)):
        item = lane.getChildAtIndex(j)
        print('    %s %r: %r' % (item.getRoleName(), item.name, item.description))

# What it is told when the keyboard selects an event (Ctrl+Right in the focused timeline).
import subprocess, threading
told = []
def heard(event):
    source = event.source
    told.append('%s %s %r' % (event.type, source.getRoleName() if source else '?',
                              source.name if source else ''))
for kind in ('focus:', 'object:state-changed:focused', 'object:state-changed:selected',
             'object:children-changed'):
    pyatspi.Registry.registerEventListener(heard, kind)
# A click on an empty spot of the timeline gives it the keyboard (a window without a window
# manager takes no focus request).
x, y, w, h = timeline.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
def press():
    import time
    subprocess.run(['xdotool', 'mousemove', str(x + w - 40), str(y + h - 30), 'click', '1'])
    time.sleep(1)
    subprocess.run(['xdotool', 'key', 'ctrl+Right'])
    time.sleep(2)
    pyatspi.Registry.stop()
threading.Thread(target=press).start()
pyatspi.Registry.start()
print('after Ctrl+Right, told:')
for line in told:
    print('  ' + line)
focus_told = any(line.startswith('focus:') and 'list item' in line for line in told)
sys.exit(1 if unnamed or timeline.childCount == 0 or not focus_told else 0)
PY
cat > "$scratch/session.sh" <<EOF
#!/usr/bin/env bash
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 XDG_CONFIG_HOME="$scratch/config"
/usr/libexec/at-spi-bus-launcher --launch-immediately &
sleep 1
"$PWD/build/bin/tideline" "\$@" &
sleep 8
status=0
/usr/bin/python3 "$scratch/walk.py" || status=\$?
kill %2 %1
exit \$status
EOF
chmod +x "$scratch/session.sh"
xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- "$scratch/session.sh" "$@" \
    2> "$scratch/stderr"
