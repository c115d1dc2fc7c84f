"""An SMTP server that accepts every message and keeps what identifies it (its Message-ID, which
the outbox keeps the same on every attempt), so a driver can count how often the same mail arrived. Only what JavaMail
speaks without authentication or TLS: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT."""
import collections
import email.parser
import socketserver
import threading


class SmtpSink:

    def __init__(self, port):
        self.received = collections.Counter()
        self._lock = threading.Lock()
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                self.say("220 sink ready")
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    verb = line[:4].upper()
                    if verb == b"QUIT":
                        self.say("221 bye")
                        return
                    if verb == b"DATA":
                        self.say("354 end with <CRLF>.<CRLF>")
                        sink._keep(self.message())
                        self.say("250 kept")
                    else:  # EHLO, HELO, MAIL, RCPT, RSET, NOOP
                        self.say("250 ok")

            def message(self):
                lines = []
                while True:
                    line = self.rfile.readline()
                    if line in (b".\r\n", b".\n", b""):
                        return b"".join(lines)
                    lines.append(line[1:] if line.startswith(b"..") else line)

            def say(self, text):
                self.wfile.write(text.encode() + b"\r\n")

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _keep(self, raw):
        headers = email.parser.BytesHeaderParser().parsebytes(raw)  # the header block only: mails carry PDFs
        with self._lock:
            self.received[str(headers["Message-ID"])] += 1

    def counts(self):
        """How many different mails arrived, and how many arrived more than once."""
        with self._lock:
            return len(self.received), sum(1 for n in self.received.values() if n > 1)

    def close(self):
        self.server.shutdown()
