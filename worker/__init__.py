"""The long-running worker: the poll of the trail mailbox, the weekly digest and the retries of
outgoing mail, on a schedule (schedule.py), each run recorded (jobs.py)."""
