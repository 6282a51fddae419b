"""Mail in: sources (.eml, folders, Maildir, mbox, IMAP), parsing, unwrapping forwards, splitting
bodies, DKIM, who may write into the record. Out: frozen values (parsed.py), never rows."""
