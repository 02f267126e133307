"""Mail servers that misbehave, for the fault tests: one that accepts connections and never says a word,
one that takes a message and then never answers the goodbye. Each runs in a thread of the test process."""

import socket
import threading
from email import message_from_bytes


class _Server:
    def __init__(self):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.connections: list[socket.socket] = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopped.set()
        self.sock.close()
        for conn in self.connections:
            conn.close()

    def _accept(self):
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections.append(conn)
            threading.Thread(target=self.serve, args=(conn,), daemon=True).start()

    def serve(self, conn: socket.socket) -> None:
        raise NotImplementedError


class SilentMailServer(_Server):
    """Accepts every connection and never answers: not even the greeting."""

    def serve(self, conn):
        self.stopped.wait()


class HangingGoodbyeMailServer(_Server):
    """A real enough SMTP dialogue up to the message's acceptance ("250 queued"), then silence at QUIT."""

    def __init__(self):
        super().__init__()
        self.messages: list = []

    def serve(self, conn):
        reader = conn.makefile("rb")

        def say(line: str) -> None:
            conn.sendall(line.encode() + b"\r\n")

        say("220 hanging.example ESMTP")
        for raw in reader:
            command = raw.decode(errors="replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                say("250 hanging.example")
            elif command.startswith(("MAIL", "RCPT", "RSET", "NOOP")):
                say("250 OK")
            elif command == "DATA":
                say("354 go ahead")
                data = b""
                for line in reader:
                    if line in (b".\r\n", b".\n"):
                        break
                    data += line
                self.messages.append(message_from_bytes(data))
                say("250 queued")
            elif command == "QUIT":
                self.stopped.wait()  # never says goodbye
                return
