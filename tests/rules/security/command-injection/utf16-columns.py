import os


def handler(event, context):
    # Columns count UTF-16 code units, as SARIF and LSP do: "é" is one (two bytes of UTF-8).
    msg = "café"; os.system("echo " + event["q"])  # expect: SEC012@19 "Data from the event reaches os.system()"
    os.system("echo café")  # ok: SEC012 (a constant command)
    return msg
