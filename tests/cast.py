#!/usr/bin/env python3
"""Reads an asciicast v2 recording (slope --record), for tests/e2e.sh.

  cast.py check FILE        every line is JSON: a header with version 2,
                            width, height and timestamp, then events
                            [time, "o"|"r", text] with times that never go
                            back and "r" texts WxH; prints the header's
                            WxH and the count of events
  cast.py play FILE         writes the "o" texts to standard output, as a
                            player sends them to its terminal
  cast.py size FILE         the size the recording ends at: WxH
"""
import json
import re
import sys


def fail(message):
    print("cast.py: " + message, file=sys.stderr)
    sys.exit(1)


def read(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        fail("%s: the last line is not whole" % path)
    if not lines:
        fail("%s: empty" % path)
    try:
        header = json.loads(lines[0])
    except ValueError as e:
        fail("%s:1: not JSON: %s" % (path, e))
    if not isinstance(header, dict) or header.get("version") != 2:
        fail("%s:1: not an asciicast v2 header" % path)
    for key in ("width", "height", "timestamp"):
        if not isinstance(header.get(key), int):
            fail("%s:1: the header has no whole number %s" % (path, key))
    events = []
    last = 0.0
    for n, line in enumerate(lines[1:], start=2):
        try:
            event = json.loads(line)
        except ValueError as e:
            fail("%s:%d: not JSON: %s" % (path, n, e))
        if (not isinstance(event, list) or len(event) != 3
                or not isinstance(event[0], (int, float))
                or event[1] not in ("o", "r") or not isinstance(event[2], str)):
            fail("%s:%d: not an event [time, \"o\"|\"r\", text]" % (path, n))
        if event[0] < last:
            fail("%s:%d: the time goes back" % (path, n))
        if event[1] == "r" and not re.fullmatch(r"[0-9]+x[0-9]+", event[2]):
            fail("%s:%d: a resize's text is not WxH" % (path, n))
        last = event[0]
        events.append(event)
    return header, events


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("check", "play", "size"):
        fail("usage: cast.py check|play|size FILE")
    header, events = read(sys.argv[2])
    if sys.argv[1] == "check":
        print("%dx%d %d" % (header["width"], header["height"], len(events)))
    elif sys.argv[1] == "size":
        size = "%dx%d" % (header["width"], header["height"])
        for event in events:
            if event[1] == "r":
                size = event[2]
        print(size)
    else:
        out = sys.stdout.buffer
        for event in events:
            if event[1] == "o":
                out.write(event[2].encode("utf-8"))
        out.flush()


main()
