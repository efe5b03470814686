# net.py: network escape probes, run inside the sandbox by tests/test_escape.c as
# `python3 - PORT4 PORT6 ABSTRACT < net.py`: PORT4/PORT6 are host listeners on 127.0.0.1 and
# [::1], ABSTRACT a host abstract unix socket name. Every probe makes the real attempt and
# prints "PROBE name BLOCKED|LEAK detail".
import errno, os, socket, struct, sys

port4, port6, abstract = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]


def out(name, blocked, detail=""):
    print("PROBE %s %s %s" % (name, "BLOCKED" if blocked else "LEAK", detail), flush=True)


def connect(name, family, kind, addr, timeout=2.0):
    try:
        s = socket.socket(family, kind)
    except OSError as e:
        out(name, True, "socket: %s" % e)
        return
    s.settimeout(timeout)
    try:
        s.connect(addr)
        if kind == socket.SOCK_STREAM:
            s.sendall(b"escaped\n")
        out(name, False, "connected to %r" % (addr,))
    except OSError as e:
        out(name, True, str(e))
    finally:
        s.close()


connect("host_loopback_v4", socket.AF_INET, socket.SOCK_STREAM, ("127.0.0.1", port4))
connect("host_loopback_v6", socket.AF_INET6, socket.SOCK_STREAM, ("::1", port6))
connect("host_abstract_unix", socket.AF_UNIX, socket.SOCK_STREAM, "\0" + abstract)
# Routes off the box: a UDP connect sends nothing but needs a route.
connect("route_v4_off_box", socket.AF_INET, socket.SOCK_DGRAM, ("1.1.1.1", 53))
connect("route_v6_off_box", socket.AF_INET6, socket.SOCK_DGRAM, ("2001:4860:4860::8888", 53))
connect("tcp_internet", socket.AF_INET, socket.SOCK_STREAM, ("1.1.1.1", 443), 3.0)

try:
    info = socket.getaddrinfo("deb.debian.org", 443)
    out("dns", False, "resolved %s" % info[0][4][0])
except OSError as e:
    out("dns", True, str(e))

for name, fam, kind, proto in (("raw_socket_v4", socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP),
                               ("raw_socket_v6", socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6),
                               ("packet_socket", socket.AF_PACKET, socket.SOCK_RAW, 0x0300)):
    try:
        s = socket.socket(fam, kind, proto)
        s.close()
        out(name, False, "socket created")
    except OSError as e:
        out(name, True, str(e))

# Netlink route dump: RTM_GETLINK, collect IFLA_IFNAME of every interface.
names = []
try:
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE)
    s.settimeout(2)
    s.bind((0, 0))
    req = struct.pack("=LHHLL", 32, 18, 0x301, 1, 0) + struct.pack("=BxHiII", 0, 0, 0, 0, 0)
    s.send(req)
    done = False
    while not done:
        data = s.recv(65536)
        off = 0
        while off + 16 <= len(data):
            length, mtype = struct.unpack_from("=LH", data, off)
            if mtype == 3 or length < 16:           # NLMSG_DONE
                done = True
                break
            if mtype == 16:                         # RTM_NEWLINK
                a = off + 16 + 16
                while a + 4 <= off + length:
                    alen, atype = struct.unpack_from("=HH", data, a)
                    if alen < 4:
                        break
                    if atype == 3:                  # IFLA_IFNAME
                        names.append(data[a + 4:a + alen].split(b"\0")[0].decode())
                    a += (alen + 3) & ~3
            off += (length + 3) & ~3
    s.close()
    others = [n for n in names if n != "lo"]
    out("netlink_links", not others, "interfaces=%s" % ",".join(names))
except OSError as e:
    out("netlink_links", True, "netlink refused: %s" % e)
