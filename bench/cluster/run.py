#!/usr/bin/env python3
"""Two application nodes on one PostgreSQL (issue 16): every timer and job runs once, a node killed
with kill -9 loses nothing, the outbox sender (the scheduled work) sends each mail once, and the
throughput of two nodes against one in the same run. It checks as it measures and exits non-zero
when a check fails.

Seeding, not measured: node A on a fresh database; N open invoices by SQL, one dunning process per
invoice through /engine-rest, each waiting on its due-date timer (bench/dunning seeds the same way);
2,000 customers and 1,000 products for orders (bench/load). Then three phases, each making the
timers of a third of the invoices due at once (midnight comes; every timer fires, the job executor
decides the dunning level, renders the PDF letter and queues its mail; the outbox sender mails it
to an SMTP sink in this driver):

1. node A alone — letters/s with one node;
2. node B started — letters/s with two nodes;
3. both, while sally posts orders to A and B in turn (a load balancer; every tenth also again to
   the other node with the same Idempotency-Key, as a client that retries); when a third of the
   phase's letters are written, node B is killed with SIGKILL. Its locked jobs wait for their lock
   to expire (lock-time-in-millis) and run on A; orders meant for B go to A with the same key.

Checks at the end: every job created ran successfully exactly once (Camunda's job log), none was
lost and none is due; no incident; one letter, one PDF and one mail queued per invoice, each mail
received by the sink once; each order stored once, its stock reserved once per line (and the
stock rows' reserved totals equal the reservations); jobs ran on both nodes.

Usage: python3 bench/cluster/run.py [--receivables 10000] [--orders 300]
Needs: the jar (mvn -DskipTests -Dexec.skip package), a local PostgreSQL 15 with trust auth, pgbench.
Writes: bench/results/cluster-<date>-<commit>-<receivables>.md
"""
import argparse
import concurrent.futures
import datetime
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import benchlib  # noqa: E402
from benchlib import ROOT, CallFailed, fresh_database, machine, psql, request, start_app  # noqa: E402
from cluster.smtp_sink import SmtpSink  # noqa: E402
from dunning import run as dunning  # noqa: E402
from dunning.run import count  # noqa: E402
from load import run as load  # noqa: E402

NODES = {"node-a": 18080, "node-b": 18090}
AUDITOR = ("audrey", "demo")
SINK_PORT = 18025
PHASES = 3


def node_args(name):
    return [f"--camunda.bpm.generic-properties.properties.hostname={name}",
            "--spring.mail.host=127.0.0.1", f"--spring.mail.port={SINK_PORT}",
            # the sender looks for pending mail every half second, so mail keeps up with letters
            "--ordertocash.outbox.poll-interval=PT0.5S"]


def orders_of_phase(phase, n):
    """The business keys (BO-k) whose invoices fall due in this phase: a third of them each."""
    orders = (n + dunning.PER_ORDER - 1) // dunning.PER_ORDER
    per_phase = (orders + PHASES - 1) // PHASES
    return [f"BO-{k}" for k in range(phase * per_phase + 1, min(orders, (phase + 1) * per_phase) + 1)]


def letters_for(keys):
    return count("select count(*) from dunning_letter l join invoice i on i.number = l.invoice_number "
                 f"where i.order_number in ({quoted(keys)})")


def quoted(keys):
    return ",".join(f"'{k}'" for k in keys)


def fall_due(keys):
    psql("update act_ru_job j set duedate_ = now() from act_ru_execution e "
         "where e.id_ = j.process_instance_id_ and j.type_ = 'timer' and j.process_def_key_ = 'dunning' "
         f"and e.business_key_ in ({quoted(keys)})")


def jobs_open():
    """Jobs due now or locked by a node: work not yet done."""
    return count("select count(*) from act_ru_job where (duedate_ is null or duedate_ <= now() "
                 "or lock_exp_time_ is not null) and retries_ > 0 and suspension_state_ = 1")


def wait_for(keys, expected, limit_s, on_progress=None):
    """Seconds until every letter of these invoices is written and no job is open; the observer
    looks once a second (its reads are not what is measured)."""
    started = time.time()
    while time.time() - started < limit_s:
        done = letters_for(keys)
        if on_progress:
            on_progress(done)
        if done >= expected and jobs_open() == 0:
            return time.time() - started
        time.sleep(1)
    sys.exit(f"gave up after {limit_s} s: {letters_for(keys)} of {expected} letters, {jobs_open()} jobs open")


def lock_owners():
    return set(filter(None, psql("select distinct lock_owner_ from act_ru_job where lock_owner_ is not null").split()))


class Sally(threading.Thread):
    """Posts orders to the nodes in turn, as behind a load balancer that tries the next node when
    one does not answer; every tenth order again at the other node with the same key."""

    def __init__(self, n, run_id):
        super().__init__(daemon=True)
        self.n = n
        self.run_id = run_id
        self.numbers = {}
        self.failovers = 0
        self.repeats_same = 0
        self.failures = []

    def run(self):
        ports = list(NODES.values())
        for i in range(self.n):
            key = f"cluster-{self.run_id}-{i}"
            body = order_body(i)
            try:
                first = self.post(body, key, ports[i % 2], ports[(i + 1) % 2])
                self.numbers[i] = first
                if i % 10 == 0 and self.post(body, key, ports[(i + 1) % 2], ports[i % 2]) == first:
                    self.repeats_same += 1
            except CallFailed as e:
                self.failures.append(str(e))
            time.sleep(0.1)  # sally's pace: ten orders a second

    def post(self, body, key, port, other):
        try:
            return request("POST", "/api/orders", load.SALES, body, key, port=port)["number"]
        except CallFailed as e:
            if isinstance(e.__cause__, urllib.error.HTTPError):
                raise
            self.failovers += 1
            return request("POST", "/api/orders", load.SALES, body, key, port=other)["number"]


def order_body(i):
    lines = [{"sku": f"LP-{1 + (i * 7 + j * 13) % 1000}", "quantity": 1 + (i + j) % 4} for j in range(1 + i % 3)]
    return {"customerCode": f"LC-{1 + i % 2000}", "channel": "EDI", "lines": lines,
            "requestedDeliveryDate": (datetime.date.today() + datetime.timedelta(days=14)).isoformat()}


def checks(n, sally, sink, kill):
    """(what must hold, whether it does, what was found)."""
    found = []

    def check(name, ok, detail):
        found.append((name, ok, detail))

    lost = count("select count(distinct c.job_id_) from act_hi_job_log c where c.job_state_ = 0 "
                 "and not exists (select 1 from act_hi_job_log d where d.job_id_ = c.job_id_ and d.job_state_ in (2, 3)) "
                 "and not exists (select 1 from act_ru_job j where j.id_ = c.job_id_ "
                 "and j.duedate_ > now() and j.lock_owner_ is null)")
    twice = count("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 "
                  "group by job_id_ having count(*) > 1) t")
    ran = count("select count(*) from act_hi_job_log where job_state_ = 2")
    timers = count("select count(*) from act_hi_job_log where job_state_ = 2 and job_def_type_ like 'timer%'")
    check("every job created ran or waits for its due date (none lost)", lost == 0, f"{ran} jobs ran ({timers} timers), {lost} lost")
    check("no job ran successfully twice", twice == 0, f"{twice} jobs ran twice")
    per_node = psql("select string_agg(hostname_ || ': ' || n, ', ' order by hostname_) from "
                    "(select hostname_, count(*) n from act_hi_job_log where job_state_ = 2 group by 1) t")
    check("jobs ran on both nodes", per_node.count(":") == 2, per_node)
    failed = count("select count(*) from act_hi_job_log where job_state_ = 1")
    incidents = count("select count(*) from act_ru_incident")
    check("no incident", incidents == 0, f"{incidents} incidents ({failed} failed attempts retried, e.g. lost optimistic locks)")
    check("no job open", jobs_open() == 0, f"{jobs_open()} open")

    letters = count("select count(distinct invoice_number) from dunning_letter where invoice_number like 'BI-%'")
    all_letters = count("select count(*) from dunning_letter where invoice_number like 'BI-%'")
    check("one letter per invoice", letters == n and all_letters == n, f"{all_letters} letters for {letters} of {n} invoices")
    pdfs = count("select count(*) from document where kind = 'DUNNING_LETTER'")
    pdf_refs = count("select count(distinct reference) from document where kind = 'DUNNING_LETTER'")
    check("one PDF per letter", pdfs == n and pdf_refs == n, f"{pdfs} PDFs for {pdf_refs} letters")
    queued = count("select count(*) from outbox_message where message_type = 'DUNNING_LETTER'")
    sent = count("select count(*) from outbox_message where message_type = 'DUNNING_LETTER' and status = 'SENT' and attempts = 1")
    stranded = count("select count(*) from outbox_message where status = 'SENDING'")
    check("one mail queued per letter, sent on the first claim", queued == n and sent + stranded == n,
          f"{queued} queued, {sent} sent on their first claim, {stranded} claimed by the killed node "
          "(sent again after 10 minutes, at least once)")
    all_sent = count("select count(*) from outbox_message where status = 'SENT'")
    distinct, duplicated = sink.counts()
    check("each mail received once", all_sent <= distinct <= all_sent + stranded and duplicated == 0,
          f"{all_sent} mails marked sent (letters and order confirmations), {distinct} different mails received, "
          f"{duplicated} more than once")

    numbers = set(sally.numbers.values())
    stored = count(f"select count(*) from sales_order where entered_by = 'sally' and customer_code like 'LC-%'")
    check("each order stored once (repeats and failovers answered with the same order)",
          stored == len(numbers) == sally.n and not sally.failures and sally.repeats_same == (sally.n + 9) // 10,
          f"{sally.n} posted, {stored} stored, {sally.repeats_same} repeats answered with the same number, "
          f"{sally.failovers} failed over to the other node, {len(sally.failures)} failed")
    lines_wrong = count("select count(*) from sales_order_line l join sales_order o on o.id = l.order_id "
                        "where o.customer_code like 'LC-%' and l.quantity <> coalesce((select sum(r.quantity) "
                        "from stock_reservation r where r.order_number = o.number and r.line_no = l.line_no "
                        "and r.status = 'RESERVED'), 0)")
    totals_wrong = count("select count(*) from stock_item s where s.sku like 'LP-%' and s.reserved <> coalesce("
                         "(select sum(quantity) from stock_reservation r where r.sku = s.sku "
                         "and r.warehouse_code = s.warehouse_code and r.status = 'RESERVED'), 0)")
    reserved = count("select count(*) from stock_reservation r join sales_order o on o.number = r.order_number "
                     "where o.customer_code like 'LC-%'")
    check("stock reserved once per order line", lines_wrong == 0 and totals_wrong == 0 and reserved > 0,
          f"{reserved} reservations; {lines_wrong} lines and {totals_wrong} stock rows not matching")
    # the audit chain (ADR 0016): both nodes' chainers took every committed record once, in one chain
    verification = request("GET", "/api/audit/verify", AUDITOR, port=NODES["node-a"])
    pending = count("select count(*) from audit_pending")
    on_trail = count("select count(*) from audit_record where kind = 'DOCUMENT_STORED' "
                     "and summary like 'DUNNING_LETTER %'")
    check("the audit chain intact, every record on it once, none left queued",
          verification["intact"] and verification["recordsChecked"] == verification["headSeq"] and pending == 0
          and on_trail == pdfs,
          f"{verification['recordsChecked']} records checked of {verification['headSeq']}, intact: "
          f"{verification['intact']}; {pending} queued; {on_trail} records of the {pdfs} letters' PDFs")
    taken_over = count(f"select count(distinct job_id_) from act_hi_job_log where job_state_ = 2 "
                       f"and hostname_ = 'node-a' and job_id_ in ({quoted(kill['jobs']) or 'null'})")
    check("the killed node's jobs ran on the other once its locks expired",
          kill["held"] > 0 and kill["recovered"] and taken_over == kill["held"],
          f"{kill['held']} jobs locked by node B when it was killed; {taken_over} ran on node A, "
          f"the last {kill['recovered_s']:.0f} s after the kill")
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--receivables", type=int, default=10000)
    parser.add_argument("--orders", type=int, default=300)
    parser.add_argument("--limit-s", type=int, default=900, help="give up on a phase after this long")
    parser.add_argument("--jar")
    args = parser.parse_args()
    benchlib.JAR = args.jar
    n = args.receivables
    commit = benchlib.commit()
    sink = SmtpSink(SINK_PORT)
    fresh_database(benchlib.DB)
    nodes = {"node-a": start_app("/tmp/otc-cluster-a.log", NODES["node-a"], node_args("node-a"))}
    try:
        started = time.time()
        dunning.seed_invoices(n)
        load.seed(2000, 1000)
        with concurrent.futures.ThreadPoolExecutor(6) as pool:
            list(pool.map(dunning.start_dunning, range(1, n + 1), chunksize=100))
        psql("update receivable set due_date = current_date - 5 where invoice_number like 'BI-%';"
             "update invoice set due_date = current_date - 5 where number like 'BI-%'")
        psql("vacuum analyze")
        seeded_s = time.time() - started
        phases = []

        keys = orders_of_phase(0, n)
        expected = count(f"select count(*) from invoice where order_number in ({quoted(keys)})")
        fall_due(keys)
        owners_a = set()
        phases.append(("node A alone", expected, wait_for(keys, expected, args.limit_s,
                                                          lambda done: owners_a.update(lock_owners()))))

        nodes["node-b"] = start_app("/tmp/otc-cluster-b.log", NODES["node-b"], node_args("node-b"))
        keys = orders_of_phase(1, n)
        expected = count(f"select count(*) from invoice where order_number in ({quoted(keys)})")
        fall_due(keys)
        phases.append(("nodes A and B", expected, wait_for(keys, expected, args.limit_s)))

        keys = orders_of_phase(2, n)
        expected = count(f"select count(*) from invoice where order_number in ({quoted(keys)})")
        sally = Sally(args.orders, datetime.datetime.now().strftime("%H%M%S"))
        sally.start()
        fall_due(keys)
        kill = {"held": 0, "recovered": False, "recovered_s": 0.0, "jobs": []}

        def kill_b_at_a_third(done):
            if "at" not in kill and done >= expected // 3:
                nodes["node-b"].send_signal(signal.SIGKILL)
                nodes["node-b"].wait()
                kill["at"] = time.time()
                kill["jobs"] = psql("select id_ from act_ru_job where lock_owner_ is not null "
                                    f"and lock_owner_ not in ({quoted(owners_a) or 'null'})").split()
                kill["held"] = len(kill["jobs"])
            elif "at" in kill and not kill["recovered"] and kill["jobs"]:
                if count(f"select count(*) from act_ru_job where id_ in ({quoted(kill['jobs'])})") == 0:
                    kill["recovered"] = True
                    kill["recovered_s"] = time.time() - kill["at"]
        phases.append(("A and B, B killed, orders arriving", expected,
                       wait_for(keys, expected, args.limit_s, kill_b_at_a_third)))
        kill_b_at_a_third(expected)  # the last look: were the killed node's jobs done?
        sally.join(600)
        for _ in range(args.limit_s):  # the orders' own jobs (review, reservation) and the last mails
            if jobs_open() == 0 and count("select count(*) from outbox_message where status = 'PENDING'") == 0:
                break
            time.sleep(1)
        found = checks(n, sally, sink, kill)
    finally:
        for process in nodes.values():
            if process.poll() is None:
                process.terminate()
                process.wait(60)
        sink.close()

    write(args, n, commit, seeded_s, phases, found)
    if not all(ok for _, ok, _ in found):
        sys.exit("a check failed: " + "; ".join(name for name, ok, _ in found if not ok))


def write(args, n, commit, seeded_s, phases, found):
    lines = ["# Two nodes on one database", "",
             f"- Date: {datetime.date.today()}", f"- Commit: {commit}", f"- Machine: {machine()}",
             f"- Command: `python3 bench/cluster/run.py --receivables {n} --orders {args.orders}"
             f"{' --jar ' + args.jar if args.jar else ''}`",
             f"- Seeding (not measured): {n} invoices and their dunning processes, 2,000 customers, "
             f"1,000 products, {seeded_s:.0f} s",
             "- Each phase: the due-date timers of a third of the invoices fall due at once; a letter is a "
             "timer, a decision, a PDF and a queued mail", "",
             "| phase | letters | time | letters/s |", "|---|---|---|---|"]
    lines += [f"| {name} | {letters} | {seconds:.0f} s | {letters / seconds:.0f} |" for name, letters, seconds in phases]
    lines += ["", f"Two nodes against one (letters/s): {phases[1][1] / phases[1][2] / (phases[0][1] / phases[0][2]):.2f}. "
              "Both nodes share the machine's 2 cores with PostgreSQL, so this shows that a second node takes "
              "its share of the work, not what a second machine would add.", "",
              "| check | holds | found |", "|---|---|---|"]
    lines += [f"| {name} | {'yes' if ok else '**NO**'} | {detail} |" for name, ok, detail in found]
    benchlib.write_results(f"cluster-{{date}}-{{commit}}-{n}", lines)


if __name__ == "__main__":
    main()
