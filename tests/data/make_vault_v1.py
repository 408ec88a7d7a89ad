# Not part of the test suite: it only runs against the code of commit 1b456ee (see README.md).
"""Made once with the code of commit 1b456ee (data model v1, key file format 1)."""

import datetime as dt
import shutil
import sys
from pathlib import Path

from app.domain import records as r
from app.domain.dates import PartialDate
from app.services.admin import AdminService
from app.services.attachments import AttachmentService
from app.services.cases import CaseService
from app.services.demo import populate
from app.services.vault import VaultService
from app.vault import KdfParams

target = Path(sys.argv[1])
shutil.rmtree(target, ignore_errors=True)
kdf = KdfParams.minimum()
made = VaultService(target, kdf=kdf).create(
    office_name="Fictional Office Almaty", username="aigerim", passphrase="v1 fixture passphrase, Құпия сөз"
)
vault = made.vault
populate(vault, 6, seed=7, today=dt.date(2026, 11, 1))
AdminService(vault, kdf=kdf).add_user("bolat", "second v1 user passphrase")
cases = CaseService(vault)
case_id = cases.open_case(
    r.Person(notes="v1 fixture subject"), [r.PersonName("", "Fictional Serikuly Nurlan")]
)
interview = r.Interview(
    case_id,
    held_on=PartialDate.parse("2019-05"),
    place="Talgar",
    interviewer="aigerim",
    language="kk",
    consent_given=True,
    consent_scope="documentation-only,legal-action",
    consent_recording="written",
    narrative="Crossed at Khorgos (fictional).",
)
cases.save(interview)
scan = b"%PDF-1.4 fictional scan " * 400
AttachmentService(vault).add(case_id, "certificate scan.pdf", scan, "application/pdf")
vault.lock()
(target / "RECOVERY-KEY.txt").write_text(made.recovery_key + "\n")
print("ok", made.recovery_key)
