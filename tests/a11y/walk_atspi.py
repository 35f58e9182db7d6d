"""Walk an application's accessible tree over AT-SPI, as a screen reader sees it (run with the system's
python3, which has pyatspi). Prints one JSON object: the controls that take keyboard focus, are showing,
and have no accessible name. Usage: walk_atspi.py APP_NAME"""

import json
import sys
import time

import pyatspi

SKIP_INSIDE = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST,
               pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_COMBO_BOX}  # their cells and items carry their own text
ITEMS = {pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_COLUMN_HEADER,
         pyatspi.ROLE_TABLE_ROW_HEADER, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_SCROLL_BAR}


def find_app(name, seconds=20):
    end = time.time() + seconds
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name:
                return app
        time.sleep(0.3)
    return None


def walk(node, path, found, counted):
    try:
        role, name, states = node.getRole(), node.name or "", node.getState()
    except Exception:
        return
    showing = states.contains(pyatspi.STATE_SHOWING)
    if not showing and role not in (pyatspi.ROLE_APPLICATION, pyatspi.ROLE_FRAME):
        return
    here = f"{path}/{node.getRoleName()}" + (f"[{name}]" if name else "")
    if states.contains(pyatspi.STATE_FOCUSABLE) and role not in ITEMS:
        counted.append(here)
        if not name.strip():
            found.append(here)
    if role in SKIP_INSIDE:
        return
    for index in range(node.childCount):
        walk(node.getChildAtIndex(index), here, found, counted)


def main():
    app = find_app(sys.argv[1])
    if app is None:
        print(json.dumps({"error": "application not found on the AT-SPI bus"}))
        return 2
    found, counted = [], []
    walk(app, "", found, counted)
    print(json.dumps({"unnamed": found, "focusable": len(counted)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
