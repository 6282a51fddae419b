"""Export the record: PDF and HTML reports, CSV tables, the ZIP evidence bundle and its check.

record.py builds the numbered exhibits and summaries once (reading store/); html_report.py,
pdf_report.py and tables.py render them; bundle.py writes and verifies the ZIP; write.py ties
them to `ieptrail export`.
"""
