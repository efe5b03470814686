# tiocsti.py: typed into the learner's PTY shell by tests/test_escape.c. Tries to push a
# command into the terminal's input queue (TIOCSTI) and to use TIOCLINUX; if either works the
# shell would run the pushed line after this script ends.
import fcntl, os, termios

line = b"echo INJ$((6*7))ECTED\n"
try:
    for ch in line:
        fcntl.ioctl(0, termios.TIOCSTI, bytes([ch]))
    print("PROBE tiocsti LEAK pushed a line into the terminal")
except OSError as e:
    print("PROBE tiocsti BLOCKED %s" % e)
try:
    fcntl.ioctl(0, 0x541C, bytes([2]) + b"\0" * 8)   # TIOCLINUX, TIOCL_SETSEL
    print("PROBE tioclinux LEAK accepted")
except OSError as e:
    print("PROBE tioclinux BLOCKED %s" % e)
