"""Writes a libFuzzer dictionary: one quoted entry per line, in the order given.

fuzz/run.sh gathers each target's words (from the schema, the example configs,
the HTTP answers) and hands them here, so the quoting lives in one place.
"""


def quoted(word):
    # libFuzzer's dictionary syntax: "...", with \\, \" and \xHH escapes only.
    out = ""
    for byte in word.encode("utf-8"):
        char = chr(byte)
        out += "\\" + char if char in '"\\' else char if 32 <= byte < 127 else "\\x%02x" % byte
    return '"' + out + '"'


def write_dictionary(words):
    for word in words:
        print(quoted(word))
