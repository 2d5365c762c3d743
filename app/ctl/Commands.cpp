#include "ctl/Command.h"

namespace outpost::ctl {

int runConfig(Context& context, const QStringList& arguments, const Command& self);
int runInit(Context& context, const QStringList& arguments, const Command& self);
int runCheck(Context& context, const QStringList& arguments, const Command& self);
int runPasswd(Context& context, const QStringList& arguments, const Command& self);
int runRotateKey(Context& context, const QStringList& arguments, const Command& self);
int runUnlockWithRecoveryKey(Context& context, const QStringList& arguments, const Command& self);
int runAddUser(Context& context, const QStringList& arguments, const Command& self);
int runRemoveUser(Context& context, const QStringList& arguments, const Command& self);
int runPatient(Context& context, const QStringList& arguments, const Command& self);
int runNote(Context& context, const QStringList& arguments, const Command& self);
int runDocument(Context& context, const QStringList& arguments, const Command& self);
int runUser(Context& context, const QStringList& arguments, const Command& self);
int runAudit(Context& context, const QStringList& arguments, const Command& self);
int runStats(Context& context, const QStringList& arguments, const Command& self);
int runDemo(Context& context, const QStringList& arguments, const Command& self);
int runIdentifierKinds(Context& context, const QStringList& arguments, const Command& self);
int runOcr(Context& context, const QStringList& arguments, const Command& self);
int runBackup(Context& context, const QStringList& arguments, const Command& self);

const std::vector<Command>& commands()
{
    static const std::vector<Command> all{
        {QStringLiteral("config"), QStringLiteral("config [--json]"),
         QStringLiteral("Show the effective settings and where each comes from."), runConfig},
        {QStringLiteral("init"),
         QStringLiteral("init --clinic NAME --admin USER --password-file FILE [--kdf calibrated|interactive]"),
         QStringLiteral("Create the encrypted database and its keyring, and print the recovery key once."), runInit},
        {QStringLiteral("check"), QStringLiteral("check"),
         QStringLiteral("Authenticate every page of the database and run SQLite's integrity check (needs --user "
                        "and --password-file)."),
         runCheck},
        {QStringLiteral("passwd"), QStringLiteral("passwd --new-password-file FILE"),
         QStringLiteral("Change the password of --user."), runPasswd},
        {QStringLiteral("rotate-key"), QStringLiteral("rotate-key"),
         QStringLiteral("Re-encrypt the database under a new data key and print the new recovery key; other users "
                        "must be added again."),
         runRotateKey},
        {QStringLiteral("unlock-with-recovery-key"),
         QStringLiteral("unlock-with-recovery-key --recovery-key-file FILE --new-password-file FILE [--kdf "
                        "calibrated|interactive]"),
         QStringLiteral("Give --user a new password with the recovery key (also when the keyring is lost)."),
         runUnlockWithRecoveryKey},
        {QStringLiteral("add-user"), QStringLiteral("add-user --name USER --new-password-file FILE"),
         QStringLiteral("Give another user a key slot, signed in as --user."), runAddUser},
        {QStringLiteral("remove-user"), QStringLiteral("remove-user --name USER"),
         QStringLiteral("Delete a user's key slot, signed in as --user."), runRemoveUser},
        {QStringLiteral("patient"),
         QStringLiteral("patient add --given G --family F --dob YYYY-MM-DD [--sex S] [--phone P] [--national-id ID] "
                        "[--reason R] | patient find QUERY [--limit N] [--json] | patient show ID [--json]"),
         QStringLiteral("Register a patient (prints the id), search, or show one record (audited as a view)."),
         runPatient},
        {QStringLiteral("note"), QStringLiteral("note add PATIENT_ID --text TEXT"),
         QStringLiteral("Record a clinical note in a new encounter (clinicians)."), runNote},
        {QStringLiteral("document"),
         QStringLiteral("document add PATIENT_ID FILE [--kind id_card|insurance_card|referral_letter|lab_report|other] "
                        "| document text DOC_ID"),
         QStringLiteral("Scan a file into a patient's documents with OCR (prints the id), or print a document's text "
                        "(audited as a view)."),
         runDocument},
        {QStringLiteral("user"),
         QStringLiteral("user add NAME --role reception|clinician|admin --password-file FILE [--display-name D] | "
                        "user disable NAME"),
         QStringLiteral("Create a user with a key slot, or disable one (admins)."), runUser},
        {QStringLiteral("audit"), QStringLiteral("audit verify | audit report PATIENT_ID [--json]"),
         QStringLiteral("Check the audit chain (exit 4 when tampered), or list who accessed a record (admins)."),
         runAudit},
        {QStringLiteral("stats"), QStringLiteral("stats [--json]"), QStringLiteral("Count the rows of every table."),
         runStats},
        {QStringLiteral("identifier-kinds"), QStringLiteral("identifier-kinds [--set KIND,KIND,…] [--json]"),
         QStringLiteral("List the kinds of identifier the clinic records, or set them (admins; audited)."),
         runIdentifierKinds},
        {QStringLiteral("demo"), QStringLiteral("demo --patients N [--seed S]"),
         QStringLiteral("Add the demo users and N fictional patients with charts and today's queue (admins)."),
         runDemo},
        {QStringLiteral("ocr"),
         QStringLiteral("ocr FILE [--kind id_card|insurance_card|referral_letter|lab_report|other] [--json]"),
         QStringLiteral("Read a scan or PDF: text, proposed fields with confidences, timings (needs no data folder; "
                        "exit 4 for a damaged file)."),
         runOcr},
        {QStringLiteral("backup"),
         QStringLiteral("backup export FILE (--passphrase-file F | --recovery-key-file F) [--kdf "
                        "calibrated|interactive] | backup verify FILE (--passphrase-file F | --recovery-key-file F) "
                        "| backup restore FILE (--passphrase-file F | --recovery-key-file F) (--to DIR | --replace "
                        "--yes)"),
         QStringLiteral("Export an encrypted backup of the whole clinic (admins), check one without restoring it, "
                        "or restore one into a new folder or over the data folder."),
         runBackup},
    };
    return all;
}

} // namespace outpost::ctl
