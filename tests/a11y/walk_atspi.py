"""Walk an application's accessible tree over AT-SPI, as a screen reader sees it (run with the system's
python3, which has pyatspi). Prints one JSON object: the screen's name, how many controls were checked and
the ones without a name. A control is checked when it is showing and takes keyboard focus, or is one a
screen reader lands on (buttons, text fields, combo boxes, check and radio boxes, spin boxes, sliders, tabs,
lists, tables, trees) and has no name and no label (labelled-by relation). Qt on Linux sends a combo box's
value as its name, so a combo box needs a label: without one a screen reader says the value, not what it is.
Usage: walk_atspi.py APP_NAME SCREEN"""

import json
import sys
import time

import pyatspi

SKIP_INSIDE = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST,
               pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_COMBO_BOX}  # their cells and items carry their own text
ITEMS = {pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_COLUMN_HEADER,
         pyatspi.ROLE_TABLE_ROW_HEADER, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_SCROLL_BAR}
CONTROLS = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
            pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
            pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB,
            pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE,
            pyatspi.ROLE_TREE_TABLE}


def find_app(name, seconds=20):
    end = time.time() + seconds
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name:
                return app
        time.sleep(0.3)
    return None


def label_of(node):
    """The name of the label that labels this control (the labelled-by relation), or ""."""
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and relation.getNTargets():
                return relation.getTarget(0).name or ""
    except Exception:
        pass
    return ""


def walk(node, path, found, counted):
    try:
        role, name, states = node.getRole(), node.name or "", node.getState()
    except Exception:
        return
    showing = states.contains(pyatspi.STATE_SHOWING)
    if not showing and role not in (pyatspi.ROLE_APPLICATION, pyatspi.ROLE_FRAME):
        return
    here = f"{path}/{node.getRoleName()}" + (f"[{name}]" if name else "")
    if (states.contains(pyatspi.STATE_FOCUSABLE) or role in CONTROLS) and role not in ITEMS:
        counted.append(here)
        if role == pyatspi.ROLE_COMBO_BOX:
            if not label_of(node).strip():
                found.append(here + " (no label: its name is only its value)")
        elif not name.strip() and not label_of(node).strip():
            found.append(here)
    if role in SKIP_INSIDE:
        return
    for index in range(node.childCount):
        walk(node.getChildAtIndex(index), here, found, counted)


def main():
    screen = sys.argv[2] if len(sys.argv) > 2 else ""
    app = find_app(sys.argv[1])
    if app is None:
        print(json.dumps({"screen": screen, "error": "application not found on the AT-SPI bus"}))
        return 2
    found, counted = [], []
    walk(app, "", found, counted)
    print(json.dumps({"screen": screen, "checked": len(counted), "unnamed": found}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
