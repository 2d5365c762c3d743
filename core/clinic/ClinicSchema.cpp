#include "core/clinic/ClinicSchema.h"

namespace outpost::clinic {

namespace {

const char* const kVersion1 = R"SQL(
CREATE TABLE IF NOT EXISTS settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('reception', 'clinician', 'admin')),
    disabled     INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE patients (
    num               INTEGER PRIMARY KEY,  -- stable small key for the search postings
    id                TEXT NOT NULL UNIQUE,
    given_name        TEXT NOT NULL,
    family_name       TEXT NOT NULL,
    other_names       TEXT NOT NULL DEFAULT '',
    sex               TEXT NOT NULL DEFAULT 'unknown',
    birth_date        TEXT,
    birth_date_approx INTEGER NOT NULL DEFAULT 0,
    phone             TEXT NOT NULL DEFAULT '',
    phone_digits      TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    merged_into       TEXT,
    created_at        INTEGER NOT NULL,
    created_by        TEXT,
    updated_at        INTEGER NOT NULL,
    updated_by        TEXT
);
CREATE INDEX patients_birth_date ON patients (birth_date);
CREATE INDEX patients_phone ON patients (phone_digits) WHERE phone_digits <> '';  -- last 9 digits
CREATE INDEX patients_merged ON patients (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE recent_patients (
    user_id    TEXT NOT NULL,
    patient_id TEXT NOT NULL,
    viewed_at  INTEGER NOT NULL,
    PRIMARY KEY (user_id, patient_id)
) WITHOUT ROWID;
CREATE INDEX recent_patients_user ON recent_patients (user_id, viewed_at);

-- Primary-key columns first, in key order: SQLite 3.40's integrity_check misreads NOT NULL columns of a
-- WITHOUT ROWID table whose key columns are declared out of order.
CREATE TABLE patient_identifiers (
    patient_id TEXT NOT NULL REFERENCES patients (id),
    kind       TEXT NOT NULL,
    normalised TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (patient_id, kind, normalised)
) WITHOUT ROWID;
CREATE INDEX patient_identifiers_normalised ON patient_identifiers (normalised);

CREATE TABLE patient_contacts (
    id           INTEGER PRIMARY KEY,
    patient_id   TEXT NOT NULL REFERENCES patients (id),
    name         TEXT NOT NULL,
    relationship TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX patient_contacts_patient ON patient_contacts (patient_id);

-- Search index: the distinct folded name words, and which patients carry each.
CREATE TABLE name_words (
    id    INTEGER PRIMARY KEY,
    word  TEXT NOT NULL UNIQUE,
    count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE patient_words (
    word_id     INTEGER NOT NULL,
    patient_num INTEGER NOT NULL,
    PRIMARY KEY (word_id, patient_num)
) WITHOUT ROWID;
CREATE INDEX patient_words_patient ON patient_words (patient_num);

CREATE TABLE appointments (
    id           TEXT PRIMARY KEY,
    patient_id   TEXT NOT NULL REFERENCES patients (id),
    clinician_id TEXT REFERENCES users (id),
    day          TEXT NOT NULL,           -- YYYY-MM-DD, local clinic date
    start_at     INTEGER,                 -- booked time, null for walk-ins
    reason       TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL CHECK (status IN
                     ('booked', 'arrived', 'with_clinician', 'done', 'no_show', 'cancelled')),
    status_at    INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    created_by   TEXT
);
CREATE INDEX appointments_day ON appointments (day, start_at);
CREATE INDEX appointments_patient ON appointments (patient_id);

CREATE TABLE encounters (
    id           TEXT PRIMARY KEY,
    patient_id   TEXT NOT NULL REFERENCES patients (id),
    clinician_id TEXT NOT NULL REFERENCES users (id),
    started_at   INTEGER NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL CHECK (status IN ('open', 'closed', 'entered_in_error')),
    status_reason TEXT NOT NULL DEFAULT '', -- why it was marked entered in error
    status_at    INTEGER,                 -- when it was closed or marked, and by whom
    status_by    TEXT REFERENCES users (id),
    created_at   INTEGER NOT NULL
);
CREATE INDEX encounters_patient ON encounters (patient_id, started_at);

-- Notes, vitals, allergies, problems, medications: one append-only table with a kind and a
-- JSON body. An amendment is a new row that names the row it supersedes.
CREATE TABLE clinical_entries (
    id           TEXT PRIMARY KEY,
    patient_id   TEXT NOT NULL REFERENCES patients (id),
    encounter_id TEXT REFERENCES encounters (id),
    kind         TEXT NOT NULL CHECK (kind IN ('note', 'vitals', 'allergy', 'problem', 'medication')),
    body         TEXT NOT NULL,           -- JSON object; no json_valid() CHECK: with trusted_schema off SQLite refuses JSON functions in the schema
    status       TEXT NOT NULL CHECK (status IN ('current', 'entered_in_error')),
    supersedes   TEXT REFERENCES clinical_entries (id),
    reason       TEXT NOT NULL DEFAULT '',
    author_id    TEXT NOT NULL REFERENCES users (id),
    created_at   INTEGER NOT NULL
);
CREATE INDEX clinical_entries_patient ON clinical_entries (patient_id, kind, created_at);
CREATE INDEX clinical_entries_supersedes ON clinical_entries (supersedes);
CREATE INDEX clinical_entries_encounter ON clinical_entries (encounter_id);
-- Content never changes; only a merge (recorded in merges) may re-home an entry to the surviving patient.
CREATE TRIGGER clinical_entries_no_update BEFORE UPDATE ON clinical_entries
WHEN NEW.id IS NOT OLD.id OR NEW.encounter_id IS NOT OLD.encounter_id OR NEW.kind IS NOT OLD.kind
  OR NEW.body IS NOT OLD.body OR NEW.status IS NOT OLD.status OR NEW.supersedes IS NOT OLD.supersedes
  OR NEW.reason IS NOT OLD.reason OR NEW.author_id IS NOT OLD.author_id OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'clinical entries are append-only'); END;
CREATE TRIGGER clinical_entries_no_delete BEFORE DELETE ON clinical_entries
BEGIN SELECT RAISE(ABORT, 'clinical entries are append-only'); END;

-- A clinician's unsaved note, one per user and patient, kept in this encrypted file (never a temp file).
CREATE TABLE note_drafts (
    user_id      TEXT NOT NULL REFERENCES users (id),
    patient_id   TEXT NOT NULL REFERENCES patients (id),
    encounter_id TEXT NOT NULL DEFAULT '',  -- the encounter it will be added to, '' for a new one
    body         TEXT NOT NULL,             -- JSON: the SOAP fields and, for an amendment, the entry and reason
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (user_id, patient_id)
) WITHOUT ROWID;

CREATE TABLE merges (
    id          TEXT PRIMARY KEY,
    survivor_id TEXT NOT NULL REFERENCES patients (id),
    merged_id   TEXT NOT NULL REFERENCES patients (id),
    moved       TEXT NOT NULL,  -- JSON: what moved, so undo can move it back
    reason      TEXT NOT NULL,
    merged_by   TEXT NOT NULL,
    merged_at   INTEGER NOT NULL,
    undone_by   TEXT,
    undone_at   INTEGER,
    undo_reason TEXT
);

CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    user_id    TEXT,
    user_name  TEXT NOT NULL DEFAULT '',
    action     TEXT NOT NULL,
    patient_id TEXT,
    detail     TEXT NOT NULL DEFAULT '',
    prev_hash  BLOB NOT NULL,
    hash       BLOB NOT NULL
);
CREATE INDEX audit_log_patient ON audit_log (patient_id, seq) WHERE patient_id IS NOT NULL;
CREATE INDEX audit_log_user ON audit_log (user_id, seq);
CREATE INDEX audit_log_action ON audit_log (action, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)SQL";

// Step 2: scanned documents. Pages keep the compressed image OCR read (boxes are in its pixels), the
// text and the word boxes; document_text indexes the folded text (TextFold::words joined by spaces),
// one FTS5 row per page under the page's rowid. Contentless: the text itself lives in document_pages.
const char* const kVersion2 = R"SQL(
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    patient_id  TEXT NOT NULL REFERENCES patients (id),
    kind        TEXT NOT NULL CHECK (kind IN
                    ('id_card', 'insurance_card', 'referral_letter', 'lab_report', 'other')),
    title       TEXT NOT NULL DEFAULT '',
    page_count  INTEGER NOT NULL,
    added_by    TEXT NOT NULL REFERENCES users (id),
    added_at    INTEGER NOT NULL
);
CREATE INDEX documents_patient ON documents (patient_id, added_at);

CREATE TABLE document_pages (
    id              INTEGER PRIMARY KEY,  -- the page's row in document_text
    document_id     TEXT NOT NULL REFERENCES documents (id),
    page            INTEGER NOT NULL,     -- 0-based
    image_format    TEXT NOT NULL CHECK (image_format IN ('png', 'jpeg')),
    image           BLOB NOT NULL,
    width           INTEGER NOT NULL,
    height          INTEGER NOT NULL,
    dpi             INTEGER NOT NULL,
    text            TEXT NOT NULL DEFAULT '',
    words           TEXT NOT NULL DEFAULT '[]',  -- JSON [[text, x, y, w, h, confidence], …]
    mean_confidence REAL NOT NULL DEFAULT 0,
    from_text_layer INTEGER NOT NULL DEFAULT 0,
    UNIQUE (document_id, page)
);

CREATE VIRTUAL TABLE document_text USING fts5(words, content = '', tokenize = 'unicode61 remove_diacritics 2');
)SQL";

} // namespace

std::vector<storage::Migration> clinicMigrations()
{
    return {storage::Migration::sql(1,
                                    QStringLiteral("clinic schema: users, patients, search index, appointments, "
                                                   "encounters, clinical entries, merges, audit log"),
                                    QString::fromUtf8(kVersion1)),
            storage::Migration::sql(2, QStringLiteral("documents: pages, OCR text and word boxes, full-text index"),
                                    QString::fromUtf8(kVersion2))};
}

} // namespace outpost::clinic
