#!/usr/bin/env python3
"""Load: complete orders pushed through the running application on PostgreSQL, only through its
REST APIs, as the people and systems who would call them (issue 16).

A fresh database and the application jar on it (profiles postgres,dev). Seeding, not measured:
--customers class-A customers and --products products with plenty of stock, cloned by SQL from the
demo rows. Then for --duration seconds orders arrive at --rate per second (open model: an order
arrives whether or not earlier ones are done), each as sally's POST /api/orders:

  auto       most orders, within policy: review approves them by itself
  review     (--review-share) a price 8 % below list: a sales manager (mike) approves Task_ReviewOrder
  negotiate  (--negotiate-share) 38 % below list: sally prepares the negotiation and proposes 18 %
             below list, mike approves the quotation, the customer accepts it (carol records the
             answer), review approves the agreed order, sally drafts the contract, larry and fiona
             review it, mike signs, the customer's signature is recorded (carol), then as any order
  hot        (--hot-share) every such order asks for the same product: one stock row for all

and every order then goes the whole way to cash: the warehouse (walter) plans and ships it from
Tasklist's REST API, the carrier reports DELIVERED, the bank's notice pays its invoice, finance
(fiona) records the fapiao in its task, and the order is PAID and its processes have ended.
After that, independently of the kind:

  returned   (--return-share) the customer returns one unit of the first line as defective
             (carol's POST /api/returns), walter inspects and restocks it, fiona refunds it
  dunned     (--dunning-share) the bank does not pay on time: the invoice's due date passes (its
             dunning timer is brought forward by SQL, as midnight five days later would), a
             level-1 letter is written and mailed, then the bank pays

Staff work the way Tasklist does: each asks for its group's open tasks of a kind (a page of 50)
and completes them; when the list is empty it looks again after --refresh seconds (0.5 by default),
as a Tasklist refresh would. Thirteen such lists at 0.5 s are two dozen queries a second whatever
the rate: at low rates they are much of each order's cost. The carrier and the bank are outside the application: they learn what was shipped and
invoiced from the database (one query a second, not REST), as they would from their own systems.

Printed and written (bench/results/load-<date>-<commit>[-<scenario>][-<app args>].md): completed
orders/s in the steady window; REST p50/p95/p99 per endpoint; the job backlog every 5 s;
incidents and failed calls; commits and SQL statements per completed order (pg_stat_database,
pg_stat_statements; needs shared_preload_libraries = 'pg_stat_statements'); CPU per order of the
application (its process) and of PostgreSQL (every server process, exited backends included); and,
in the same run, pgbench's commits/s (TPC-B-like, 8 clients) on the same server as the ceiling.

Usage: python3 bench/load/run.py [--rate 5] [--duration 300] [--hot-share 0]
Needs: the jar (mvn -DskipTests -Dexec.skip package), local PostgreSQL 15 with trust auth, pgbench.
"""
import argparse
import collections
import concurrent.futures
import datetime
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import benchlib  # noqa: E402
from benchlib import ROOT, machine, percentile, psql  # noqa: E402

SALES, MANAGER, WAREHOUSE, FINANCE = ("sally", "demo"), ("mike", "demo"), ("walter", "demo"), ("fiona", "demo")
LEGAL, SERVICE = ("larry", "demo"), ("carol", "demo")
RUN = datetime.datetime.now().strftime("%H%M%S")
# what happens to an order after it is paid, by its number: {"returned", "dunned"}
FATE = {}
# The driver's own reads (and the test clock's writes) run as this role and are left out of the
# application's commits and statements.
OBSERVER = "otc_observer"
OBSERVED = [0]
REFRESH = [0.5]
OBSERVED_LOCK = threading.Lock()


def observe(sql):
    with OBSERVED_LOCK:
        OBSERVED[0] += 1
    return psql(sql, benchlib.DB, OBSERVER)


class Stats:
    """REST latencies per endpoint and failed calls, from every thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = collections.defaultdict(list)
        self.failures = collections.Counter()
        self.failure_samples = []
        self.recording = False

    def call(self, name, method, path, auth, body=None, idempotency_key=None, expect_body=True):
        """The answer's body, or None when the call failed; True for a bodiless success when not expect_body."""
        started = time.perf_counter()
        try:
            answer = benchlib.request(method, path, auth, body, idempotency_key)
            ok = True
        except benchlib.CallFailed as e:
            answer, ok = e, False
        elapsed = (time.perf_counter() - started) * 1000
        with self.lock:
            if self.recording:
                self.latencies[name].append(elapsed)
            if not ok:
                self.failures[name] += 1
                if len(self.failure_samples) < 10:
                    self.failure_samples.append(f"{name}: {answer}")
        if not ok:
            return None
        return answer if expect_body else True


STATS = Stats()


def seed(customers, products):
    """Class-A customers two years old and products with stock for the whole run, cloned from demo rows."""
    clone("customer", "code", "C-1001", customers, "'LC-' || i",
          {"name": "'Load customer ' || i", "credit_limit": "100000000", "contact_email": "'buyer' || i || '@load.example'"})
    clone("product", "sku", "P-200", products, "'LP-' || i", {"name": "'Load product ' || i", "list_price": "100.00 + i"})
    for table in ("product_price", "stock_item"):
        clone(table, "sku", "P-200", products, "'LP-' || i",
              {"list_price": "100.00 + i", "on_hand": "10000000", "reserved": "0", "id": None})
    psql("vacuum analyze")


def clone(table, key, source, n, new_key, overrides):
    columns = psql(f"select string_agg(column_name, ',' order by ordinal_position) from information_schema.columns "
                   f"where table_name = '{table}' and table_schema = 'public'").split(",")
    kept = [c for c in columns if overrides.get(c, "") is not None]
    values = [new_key if c == key else overrides.get(c, c) for c in kept]
    psql(f"insert into {table} ({','.join(kept)}) select {','.join(values)} "
         f"from {table}, generate_series(1, {n}) i where {table}.{key} = '{source}'")


class Intake(threading.Thread):
    """Orders arrive at a fixed rate, each posted by its own short-lived request as sally."""

    def __init__(self, args):
        super().__init__(daemon=True)
        self.args = args
        self.posted = 0
        self.kinds = collections.Counter()
        self.pool = concurrent.futures.ThreadPoolExecutor(64)

    def run(self):
        started = time.perf_counter()
        total = int(self.args.rate * self.args.duration)
        for i in range(total):
            due = started + i / self.args.rate
            time.sleep(max(0.0, due - time.perf_counter()))  # the arrival schedule, not a wait for the app
            self.pool.submit(self.post, i)
        self.pool.shutdown(wait=True)

    def post(self, i):
        rnd = random.Random(i)
        share = rnd.random()
        kind = ("negotiate" if share < self.args.negotiate_share
                else "review" if share < self.args.negotiate_share + self.args.review_share else "auto")
        fate = {f for f, p in (("returned", self.args.return_share), ("dunned", self.args.dunning_share)) if rnd.random() < p}
        hot = kind != "negotiate" and rnd.random() < self.args.hot_share
        lines = []
        for sku in ({"LP-1"} if hot else set()) | {f"LP-{rnd.randint(2, self.args.products)}"
                                                   for _ in range(rnd.randint(1, 3))}:
            line = {"sku": sku, "quantity": rnd.randint(1, 5)}
            if kind != "auto":
                line["unitPrice"] = round((100 + int(sku[3:])) * (0.92 if kind == "review" else 0.62), 2)
            lines.append(line)
        body = {"customerCode": f"LC-{rnd.randint(1, self.args.customers)}", "channel": "EDI", "lines": lines,
                "requestedDeliveryDate": (datetime.date.today() + datetime.timedelta(days=14)).isoformat()}
        order = STATS.call("POST /api/orders", "POST", "/api/orders", SALES, body, f"load-{RUN}-{i}")
        if order is not None:
            FATE[order["number"]] = fate
            self.kinds[kind + ("+hot" if hot else "")] += 1
            for f in fate:
                self.kinds[f] += 1
            self.posted += 1


class Staff(threading.Thread):
    """One person's Tasklist: lists the open tasks of a kind for their group, completes each."""

    def __init__(self, auth, group, task_key, decide, workers):
        super().__init__(daemon=True)
        self.auth, self.group, self.task_key, self.decide = auth, group, task_key, decide
        self.pool = concurrent.futures.ThreadPoolExecutor(workers)
        self.in_hand = set()
        self.completed = set()
        self.lock = threading.Lock()
        self.running = True

    def run(self):
        while self.running:
            tasks = STATS.call(f"GET /engine-rest/task ({self.task_key})", "GET",
                               f"/engine-rest/task?candidateGroups={self.group}&taskDefinitionKey={self.task_key}"
                               f"&sortBy=created&sortOrder=asc&maxResults=50", self.auth) or []
            fresh = []
            with self.lock:
                for task in tasks:
                    # a list read just before a completion committed still shows that task: skip it
                    if task["id"] not in self.in_hand and task["id"] not in self.completed:
                        self.in_hand.add(task["id"])
                        fresh.append(task)
            for task in fresh:
                self.pool.submit(self.complete, task)
            if not fresh:
                time.sleep(REFRESH[0])  # a person refreshing an empty Tasklist

    def complete(self, task):
        variables = self.decide(task)
        body = {"variables": {name: typed(value) for name, value in variables.items()}}
        done = STATS.call(f"POST /engine-rest/task/{{id}}/complete ({self.task_key})", "POST",
                          f"/engine-rest/task/{task['id']}/complete", self.auth, body, expect_body=False)
        with self.lock:
            self.in_hand.discard(task["id"])
            if done:
                self.completed.add(task["id"])


def typed(value):
    if value is None:
        return {"value": None, "type": "Null"}
    if isinstance(value, (list, dict)):
        return {"value": json.dumps(value), "type": "Json"}
    if isinstance(value, bool):
        return {"value": value, "type": "Boolean"}
    if isinstance(value, int):
        return {"value": value, "type": "Long"}
    if isinstance(value, float):
        return {"value": value, "type": "Double"}
    return {"value": value, "type": "String"}


def plan(task):
    return {"plannedShipDate": datetime.date.today().isoformat(), "shippingMethod": "CARRIER", "carrier": "SF Express",
            "carrierService": "EXPRESS", "packages": 1, "weightKg": 12.5}


def pick_pack_ship(task):
    return {"picked": True, "packed": True, "labelled": True, "trackingNumber": "SF-" + task["id"][:18]}


def prepare_negotiation(task):
    return {"targetPrice": 1000, "bottomLine": 900, "negotiationTeam": ["sally"], "negotiationMaterials": "Price list"}


def propose_quotation(task):
    """18 % below list on every line, as sally would read the order in the form."""
    number = STATS.call("GET /engine-rest/task/{id}/variables/orderNumber", "GET",
                        f"/engine-rest/task/{task['id']}/variables/orderNumber", SALES)["value"]
    order = STATS.call("GET /api/orders/{n}", "GET", f"/api/orders/{number}", SALES)
    return {"quotationLines": [{"lineNo": line["lineNo"], "sku": line["sku"],
                                "unitPrice": round(line["listPrice"] * 0.82, 2)} for line in order["lines"]],
            "proposedPaymentTerms": "NET_30", "proposalNote": "Load run"}


def draft_contract(task):
    return {"paymentTerms": "NET_30", "deliveryDate": (datetime.date.today() + datetime.timedelta(days=14)).isoformat(),
            "penaltyPercentPerWeek": 0.5, "penaltyCapPercent": 5.0, "specialClauses": None}


def fapiao(task):
    return {"fapiaoCode": "3100231130", "fapiaoNumber": str(10_000_000 + int(task["id"].replace("-", "")[:12], 16) % 89_999_999)}


class Outside(threading.Thread):
    """The carrier and the bank: once a second they read what was shipped or invoiced (their own
    systems would know) and report deliveries and payments through the REST API."""

    def __init__(self):
        super().__init__(daemon=True)
        self.done = set()
        self.pool = concurrent.futures.ThreadPoolExecutor(8)
        self.running = True

    def run(self):
        while self.running:
            self.customer()
            shipped = observe("select number from shipment where status = 'SHIPPED' and order_number in "
                           "(select number from sales_order where customer_code like 'LC-%')")
            invoiced = observe("select i.number, i.order_number, i.customer_code, i.gross_amount from invoice i where i.status = 'OPEN' "
                            "and i.kind = 'INVOICE' and i.document_id is not null and i.customer_code like 'LC-%'")
            for number in filter(None, shipped.split("\n")):
                if ("S", number) not in self.done:
                    self.done.add(("S", number))
                    self.pool.submit(self.deliver, number)
            for row in filter(None, invoiced.split("\n")):
                number, order, customer, gross = row.split("|")
                if ("I", number) in self.done:
                    continue
                if "dunned" in FATE.get(order, ()) and not self.overdue(number):
                    continue
                self.done.add(("I", number))
                self.pool.submit(self.pay, number, customer, gross)
            time.sleep(1)  # the outside world's pace

    def customer(self):
        """Accepts each quotation sent, signs each contract sent, returns what it meant to return."""
        for row in filter(None, observe(
                "select q.number, v.version from quotation q join quotation_version v on v.quotation_id = q.id "
                "where v.status = 'SENT' and q.customer_code like 'LC-%'").split("\n")):
            number, version = row.split("|")
            if ("Q", row) not in self.done:
                self.done.add(("Q", row))
                self.pool.submit(self.accept, number, int(version))
        for row in filter(None, observe(
                "select c.number, v.sha256 from contract c join contract_version v on v.contract_id = c.id "
                "and v.version_no = c.current_version where c.status = 'AWAITING_CUSTOMER_SIGNATURE' "
                "and c.order_number in (select number from sales_order where customer_code like 'LC-%')").split("\n")):
            number, sha = row.split("|")
            if ("C", row) not in self.done:
                self.done.add(("C", row))
                self.pool.submit(self.sign, number, sha)
        returning = [n for n, fate in list(FATE.items()) if "returned" in fate and ("R", n) not in self.done]
        if returning:
            paid = observe("select number from sales_order where status = 'PAID' and number in ("
                        + ",".join(f"'{n}'" for n in returning) + ")")
            for number in filter(None, paid.split("\n")):
                self.done.add(("R", number))
                self.pool.submit(self.send_back, number)

    def overdue(self, invoice):
        """Midnight five days after the due date, for this invoice alone: its dunning timer falls due.
        True once its first letter is written (then the bank pays)."""
        if ("D", invoice) not in self.done:
            # the due date first: a timer that fires before it has moved finds nothing overdue
            observe(f"update invoice set due_date = current_date - 5 where number = '{invoice}'; "
                 f"update receivable set due_date = current_date - 5 where invoice_number = '{invoice}'")
            moved = observe("with due as (update act_ru_job set duedate_ = now() where type_ = 'timer' "
                         "and process_def_key_ = 'dunning' and process_instance_id_ in (select proc_inst_id_ "
                         f"from act_ru_variable where name_ = 'invoiceNumber' and text_ = '{invoice}') returning 1) "
                         "select count(*) from due")
            if moved == "1":
                self.done.add(("D", invoice))
            return False
        return observe(f"select count(*) from dunning_letter where invoice_number = '{invoice}'") != "0"

    def accept(self, quotation, version):
        resend(lambda: STATS.call("POST /api/quotations/{q}/response", "POST", f"/api/quotations/{quotation}/response",
                                  SERVICE, {"decision": "ACCEPT", "version": version}, f"accept-{quotation}-{version}"))

    def sign(self, contract, sha):
        resend(lambda: STATS.call("POST /api/contracts/{c}/signature", "POST", f"/api/contracts/{contract}/signature",
                                  SERVICE, {"signedBy": "Li Wei", "signedOn": datetime.date.today().isoformat(),
                                            "documentSha256": sha}))

    def send_back(self, order):
        resend(lambda: STATS.call("POST /api/returns", "POST", "/api/returns", SERVICE, {
            "orderNumber": order, "reason": "DEFECTIVE", "wish": "REFUND", "notes": "load run",
            "lines": [{"lineNo": 1, "quantity": 1}]}, f"return-{order}"))

    def deliver(self, shipment):
        resend(lambda: STATS.call("POST /api/shipments/{n}/events", "POST", f"/api/shipments/{shipment}/events", WAREHOUSE, {
            "type": "DELIVERED", "occurredAt": datetime.datetime.now(datetime.timezone.utc).isoformat(),
            "carrierEventId": f"D-{shipment}", "location": "Shanghai"}))

    def pay(self, invoice, customer, gross):
        resend(lambda: STATS.call("POST /api/payments", "POST", "/api/payments", FINANCE, {
            "payer": customer, "amount": gross, "currency": "CNY", "valueDate": datetime.date.today().isoformat(),
            "bankReference": f"BANK-{invoice}", "method": "BANK_TRANSFER", "invoices": [invoice]}))


def resend(send):
    """A carrier's or bank's notice that failed is sent again a few times (each failure is counted)."""
    for _ in range(5):
        if send() is not None:
            return
        time.sleep(2)  # the sender's back-off


class Meter:
    """Counters read at the start and the end of the steady window."""

    def __init__(self, app_pid):
        self.app_pid = app_pid

    def read(self):
        db = benchlib.DB
        commits = int(observe(f"select xact_commit from pg_stat_database where datname = '{db}'")) - OBSERVED[0]
        statements = observe(f"select coalesce(sum(s.calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid "
                             f"where d.datname = '{db}' and s.userid <> '{OBSERVER}'::regrole")
        done = observe("select count(*) from act_hi_procinst where proc_def_key_ = 'order-to-cash' and end_time_ is not null "
                    "and business_key_ in (select number from sales_order where customer_code like 'LC-%' and status = 'PAID')")
        return {"time": time.perf_counter(), "commits": commits, "statements": int(statements), "done": int(done),
                "app_cpu": cpu_seconds([self.app_pid]), "db_cpu": postgres_cpu_seconds()}


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids, children=False):
    total = 0
    for pid in pids:
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if children else 0)
    return total / TICKS


def postgres_cpu_seconds():
    """Every postgres process's CPU; backends that have exited count through the postmaster's children's time."""
    postmaster = int(open(psql("show data_directory", "postgres") + "/postmaster.pid").readline())
    pids = [int(p) for p in os.listdir("/proc") if p.isdigit() and is_postgres(p)]
    return cpu_seconds([p for p in pids if p != postmaster]) + cpu_seconds([postmaster], children=True)


def is_postgres(pid):
    try:
        return open(f"/proc/{pid}/comm").read().strip() == "postgres"
    except (FileNotFoundError, ProcessLookupError):
        return False


def pgbench_commits_per_s():
    """The server's own ceiling: TPC-B-like transactions, 8 clients, 20 s, on a database of its own."""
    benchlib.fresh_database("otc_pgbench")
    subprocess.run(["pgbench", *benchlib.PG, "-i", "-q", "-s", "10", "otc_pgbench"], check=True, capture_output=True)
    out = subprocess.run(["pgbench", *benchlib.PG, "-c", "8", "-j", "2", "-T", "20", "otc_pgbench"], check=True,
                         capture_output=True, text=True).stdout
    return float(re.search(r"tps = ([\d.]+)", out).group(1))


def returns_asked(intake):
    """Every order meant to come back has been paid and its return asked for."""
    asked = int(observe("select count(*) from return_request"))
    return asked >= intake.kinds["returned"]


def backlog():
    return observe("select count(*) filter (where lock_owner_ is null and (duedate_ is null or duedate_ <= now()) "
                "and retries_ > 0 and suspension_state_ = 1), count(*) filter (where lock_owner_ is not null) "
                "from act_ru_job")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=5, help="orders arriving per second")
    parser.add_argument("--duration", type=int, default=300, help="seconds during which orders arrive")
    parser.add_argument("--warm-up", type=int, default=60, help="seconds before the steady window starts")
    parser.add_argument("--drain", type=int, default=120, help="seconds allowed after the last arrival")
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--products", type=int, default=1000)
    parser.add_argument("--review-share", type=float, default=0.1)
    parser.add_argument("--negotiate-share", type=float, default=0.05)
    parser.add_argument("--return-share", type=float, default=0.03)
    parser.add_argument("--dunning-share", type=float, default=0.03)
    parser.add_argument("--hot-share", type=float, default=0.0, help="share of orders that also ask for product LP-1")
    parser.add_argument("--warehouse-workers", type=int, default=8)
    parser.add_argument("--refresh", type=float, default=0.5,
                        help="seconds before a person looks at an empty task list again")
    parser.add_argument("--jar")
    parser.add_argument("--jvm-arg", action="append", default=[])
    parser.add_argument("--app-arg", action="append", default=[])
    parser.add_argument("--tag", default="", help="a word for the result file's name")
    args = parser.parse_args()
    benchlib.JAR, benchlib.APP_ARGS, benchlib.JVM_ARGS = args.jar, args.app_arg, args.jvm_arg
    REFRESH[0] = args.refresh
    commit = benchlib.commit()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "src/main", "bpmn", "forms", "pom.xml"],
                           capture_output=True, text=True).stdout.strip()

    ceiling_before = pgbench_commits_per_s()
    benchlib.fresh_database(benchlib.DB)
    app = benchlib.start_app("/tmp/otc-bench-load.log")
    try:
        seed(args.customers, args.products)
        staff = [Staff(MANAGER, "sales-managers", "Task_ReviewOrder", lambda t: {"reviewDecision": "approve"}, 2),
                 Staff(WAREHOUSE, "warehouse", "Task_PlanShipment", plan, args.warehouse_workers),
                 Staff(WAREHOUSE, "warehouse", "Task_PickPackShip", pick_pack_ship, args.warehouse_workers),
                 Staff(FINANCE, "finance", "Task_RecordFapiao", fapiao, args.warehouse_workers),
                 Staff(SALES, "sales", "Task_PrepareNegotiation", prepare_negotiation, 2),
                 Staff(SALES, "sales", "Task_ProposeQuotation", propose_quotation, 2),
                 Staff(MANAGER, "sales-managers", "Task_ApproveQuotation", lambda t: {"approvalDecision": "approve"}, 2),
                 Staff(SALES, "sales", "Task_DraftContract", draft_contract, 2),
                 Staff(LEGAL, "legal", "Task_ReviewLegal", lambda t: {"legalDecision": "approve"}, 2),
                 Staff(FINANCE, "finance", "Task_ReviewRisk", lambda t: {"riskDecision": "approve"}, 2),
                 Staff(MANAGER, "sales-managers", "Task_SignInternally", lambda t: {"internalSignatureDecision": "sign"}, 2),
                 Staff(WAREHOUSE, "warehouse", "Task_InspectGoods", lambda t: {
                     "goodsCondition": "DEFECTIVE", "disposition": "RESTOCK", "inspectionNotes": "load run"}, 2),
                 Staff(FINANCE, "finance", "Task_RefundCustomer", lambda t: {
                     "refundDecision": "REFUND", "refundBankReference": "OUT-" + t["id"][:24]}, 2)]
        outside = Outside()
        intake = Intake(args)
        meter = Meter(app.pid)
        psql(f"do $$ begin if not exists (select from pg_roles where rolname = '{OBSERVER}') then "
             f"create role {OBSERVER} login superuser; end if; end $$")
        psql("create extension if not exists pg_stat_statements; select pg_stat_statements_reset()")
        whole_start = meter.read()
        for actor in [*staff, outside, intake]:
            actor.start()
        started = time.perf_counter()
        samples, first, last = [], None, None
        end_of_arrivals = started + args.duration
        while True:
            time.sleep(5)  # the observer's pace
            now = time.perf_counter()
            ready, locked = backlog().split("|")
            incidents = int(observe("select count(*) from act_ru_incident"))
            if first is None and now - started >= args.warm_up:
                first = meter.read()
                STATS.recording = True
            if first is not None and last is None and now >= end_of_arrivals:
                last = meter.read()
                STATS.recording = False
            done = int(observe("select count(*) from sales_order where customer_code like 'LC-%' and status = 'PAID'"))
            returns_open = int(observe("select count(*) from return_request where status <> 'CLOSED'"))
            samples.append((round(now - started), intake.posted, done, int(ready), int(locked), incidents))
            print(f"{samples[-1][0]:>4} s: {intake.posted} posted, {done} paid, jobs due {ready}, locked {locked}, "
                  f"incidents {incidents}", flush=True)
            if now >= end_of_arrivals and (done >= intake.posted and returns_open == 0 and returns_asked(intake)
                                           or now > end_of_arrivals + args.drain):
                break
        whole_end = meter.read()
        for actor in [*staff, outside]:
            actor.running = False
        top = observe("select round(s.total_exec_time::numeric / greatest(s.calls, 1), 3) || '|' || s.calls || '|' || "
                   "round(s.total_exec_time::numeric) || '|' || regexp_replace(left(s.query, 110), '\\s+', ' ', 'g') "
                   "from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = 'otc_bench' "
                      f"and s.userid <> '{OBSERVER}'::regrole "
                   "order by s.total_exec_time desc limit 12")
        rss_mb = int(open(f"/proc/{app.pid}/status").read().split("VmRSS:")[1].split()[0]) // 1024
        unfinished = int(observe("select count(*) from sales_order where customer_code like 'LC-%' and status <> 'PAID'"))
        after_sales = observe("select (select count(*) from return_request where status = 'CLOSED') || ' of ' || "
                           "(select count(*) from return_request) || ' returns closed, ' || "
                           "(select count(distinct invoice_number) from dunning_letter) || ' invoices dunned'")
    finally:
        app.terminate()
        app.wait(60)
    ceiling_after = pgbench_commits_per_s()

    window = last["time"] - first["time"]
    # throughput in the steady window; costs per order over the whole run (arrivals and drain), so
    # that work for orders still in flight at the window's edges is not charged to the wrong ones
    completed = whole_end["done"] - whole_start["done"]
    per_order = lambda key: (whole_end[key] - whole_start[key]) / max(completed, 1)  # noqa: E731
    ceiling = (ceiling_before + ceiling_after) / 2
    throughput = (last["done"] - first["done"]) / window
    lines = [f"# Load: complete orders through REST on PostgreSQL{' — ' + args.tag if args.tag else ''}", "",
             f"- Date: {datetime.date.today()}", f"- Commit: {commit}{' (with uncommitted changes)' if dirty else ''}",
             f"- Machine: {machine()}",
             f"- Command: `python3 bench/load/run.py {' '.join(sys.argv[1:])}`",
             f"- Arrivals: {args.rate}/s for {args.duration} s ({intake.posted} orders: "
             f"{', '.join(f'{k} {v}' for k, v in sorted(intake.kinds.items()))}); {args.customers} customers, "
             f"{args.products} products; throughput in the steady window ({window:.0f} s after {args.warm_up} s of warm-up), "
             f"costs per order over the whole run ({completed} orders completed); after payment: {after_sales}",
             f"- pgbench TPC-B-like, 8 clients, same server, before/after: {ceiling_before:.0f} / {ceiling_after:.0f} commits/s",
             "", "| completed orders/s | orders/s as share of pgbench commits/s × commits/order | commits/order | "
             "statements/order | app CPU/order | PostgreSQL CPU/order | app RSS at the end | unfinished at the end | incidents | failed calls |",
             "|---|---|---|---|---|---|---|---|---|---|",
             f"| {throughput:.2f} | {throughput * per_order('commits') / ceiling:.0%} | {per_order('commits'):.0f} "
             f"| {per_order('statements'):.0f} | {per_order('app_cpu') * 1000:.0f} ms | {per_order('db_cpu') * 1000:.0f} ms "
             f"| {rss_mb} MB | {unfinished} | {samples[-1][5]} | {sum(STATS.failures.values())} |", "",
             "REST in the steady window:", "", "| endpoint | n | p50 | p95 | p99 | failed |", "|---|---|---|---|---|---|"]
    for name, values in sorted(STATS.latencies.items()):
        lines.append(f"| {name} | {len(values)} | {statistics.median(values):.0f} ms | {percentile(values, 95):.0f} ms "
                     f"| {percentile(values, 99):.0f} ms | {STATS.failures[name]} |")
    lines += ["", "Over time (s: posted / paid / jobs due / jobs locked / incidents):", "",
              ", ".join(f"{s}: {p}/{d}/{r}/{k}/{i}" for s, p, d, r, k, i in samples), "",
              "Slowest statements in the run (mean ms | calls | total ms | statement):", "", "```", top, "```"]
    if STATS.failure_samples:
        lines += ["", "First failed calls:", "", *("- " + s for s in STATS.failure_samples)]
    benchlib.write_results("load-{date}-{commit}" + benchlib.tried(args.app_arg + args.jvm_arg, args.tag), lines)


if __name__ == "__main__":
    main()
