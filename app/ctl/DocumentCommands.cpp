// outpostctl document add|text: scanned documents of a patient, recognised in process and stored encrypted.
#include "ctl/Command.h"
#include "ctl/Secrets.h"

#include "core/clinic/Clinic.h"
#include "documents/DocumentImport.h"

namespace outpost::ctl {

namespace {

SystemClock g_documentClock;

Result<std::unique_ptr<clinic::Clinic>> openClinicForDocuments(const Context& context)
{
    if (context.user.trimmed().isEmpty() || context.passwordFile.isEmpty())
        return makeError(ErrorCode::Usage, QStringLiteral("This command needs --user and --password-file."));
    auto password = readSecretFile(context.passwordFile, QStringLiteral("password"), true);
    if (!password)
        return password.error();
    return clinic::Clinic::open(context.settings.dataDir(), context.user.trimmed(), password->text(), g_documentClock);
}

int documentAdd(const Context& context, const QStringList& positional, const QString& kindName, const Command& self)
{
    if (positional.size() != 3)
        return usageError(self, QStringLiteral("document add needs PATIENT_ID and FILE."));
    const auto kind = clinic::documentKindFromName(kindName);
    if (!kind)
        return usageError(self, QStringLiteral("--kind must be id_card, insurance_card, referral_letter, lab_report "
                                               "or other."));
    auto clinic = openClinicForDocuments(context);
    if (!clinic)
        return fail(clinic.error());
    // Check the patient before spending seconds on OCR.
    if (auto known = (*clinic)->documents().list((*clinic)->session(), positional[1]); !known)
        return fail(known.error());
    auto engine = ocr::Engine::create();
    if (!engine)
        return fail(engine.error());
    auto recognised = documents::recogniseFile(**engine, positional[2], *kind);
    if (!recognised)
        return fail(recognised.error());
    recognised->document.patientId = positional[1];
    auto id = (*clinic)->documents().add((*clinic)->session(), recognised->document);
    if (!id)
        return fail(id.error());
    printOut(*id);
    return 0;
}

int documentText(const Context& context, const QStringList& positional, const Command& self)
{
    if (positional.size() != 2)
        return usageError(self, QStringLiteral("document text needs DOC_ID."));
    auto clinic = openClinicForDocuments(context);
    if (!clinic)
        return fail(clinic.error());
    auto document = (*clinic)->documents().open((*clinic)->session(), positional[1]);
    if (!document)
        return fail(document.error());
    QStringList pages;
    for (const clinic::DocumentPage& page : document->pages)
        pages << page.text.trimmed();
    // Pages are separated by a form feed, as pdftotext does.
    printOut(pages.join(QStringLiteral("\n\f\n")));
    return 0;
}

} // namespace

int runDocument(Context& context, const QStringList& arguments, const Command& self)
{
    QStringList positional;
    QString kind = QStringLiteral("other");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--kind")) {
            if (i + 1 >= arguments.size())
                return usageError(self, QStringLiteral("--kind needs a value."));
            kind = arguments[++i];
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(self, QStringLiteral("Unknown option \"%1\".").arg(a));
        } else {
            positional << a;
        }
    }
    const QString verb = positional.value(0);
    if (verb == QLatin1String("add"))
        return documentAdd(context, positional, kind, self);
    if (verb == QLatin1String("text"))
        return documentText(context, positional, self);
    return usageError(self, QStringLiteral("Use document add or document text."));
}

} // namespace outpost::ctl
