"""gunicorn settings shared by the Procfile and `make serve`, so both run the same server."""

import multiprocessing
import os

# Sync workers: each request is pure CPU work of a few milliseconds, so threads would only
# contend for the GIL. One worker per core plus one keeps both cores busy while one waits on I/O.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
worker_class = "sync"
# Import the app (and warm dateparser, compile patterns) once in the master before forking:
# every worker starts warm and shares those pages copy-on-write.
preload_app = True
# A request that runs longer than this is killed and its worker replaced: no input may hold a
# worker forever. Normal requests take milliseconds.
timeout = int(os.environ.get("TIMELINE_WORKER_TIMEOUT", "30"))
graceful_timeout = 10
keepalive = 5
# Recycle workers now and then so that any slow growth in memory cannot accumulate.
max_requests = 20000
max_requests_jitter = 2000
accesslog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms rid=%({x-request-id}o)s'
