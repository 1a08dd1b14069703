#!/bin/sh
# A welcome mail for each new user, fed by a consumer:
#
#   evtcli consumer create mailer --aggregate user --type Created
#   evtcli consume mailer --follow -- docs/examples/send-welcome.sh
#
# Each batch comes on stdin as JSON Lines, one event a line. A batch can come a
# second time (the machine died after the mail went and before evtcli moved the
# checkpoint), so the mail of an event is written once, under its event_id: the
# outbox is where the mailer picks mails up (or pipe each to 'sendmail -t').
set -eu
outbox=${OUTBOX:-outbox}
mkdir -p "$outbox"
exec python3 -c '
import json, os, sys

outbox = sys.argv[1]
for line in sys.stdin:
    event = json.loads(line)
    mail = os.path.join(outbox, event["event_id"] + ".eml")
    user = event["payload"]
    if os.path.exists(mail) or user["email"] == "[forgotten]":
        continue  # sent already, or the user was forgotten before it could be
    with open(mail + ".part", "w") as out:
        out.write("To: %(name)s <%(email)s>\nSubject: Welcome\n\nYour account is ready.\n" % user)
    os.replace(mail + ".part", mail)  # whole, or not at all
' "$outbox"
