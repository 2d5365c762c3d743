#include "core/domain/Patient.h"

#include "core/CoreText.h"

namespace outpost::domain {

QString sexName(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Other:
        return QStringLiteral("other");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Sex sexFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("f") || n == QLatin1String("female"))
        return Sex::Female;
    if (n == QLatin1String("m") || n == QLatin1String("male"))
        return Sex::Male;
    if (n == QLatin1String("o") || n == QLatin1String("other"))
        return Sex::Other;
    return Sex::Unknown;
}

QString Patient::displayName() const
{
    QString name = familyName.trimmed();
    if (!givenName.trimmed().isEmpty())
        name += (name.isEmpty() ? QString() : QStringLiteral(", ")) + givenName.trimmed();
    return name;
}

const QStringList& defaultIdentifierKinds()
{
    static const QStringList kinds{QStringLiteral("clinic_number"), QStringLiteral("national_id"),
                                   QStringLiteral("insurance"), QStringLiteral("passport")};
    return kinds;
}

QString phoneDigits(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
    }
    return digits;
}

namespace {

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n'))
            return true;
    }
    return false;
}

} // namespace

QList<FieldError> validate(const Patient& patient, const QDate& today)
{
    QList<FieldError> errors;
    auto add = [&errors](const char* field, QString message) {
        errors.append({QString::fromLatin1(field), std::move(message)});
    };
    const struct {
        const char* field;
        const QString& value;
        int maximum;
    } texts[] = {
        {"givenName", patient.givenName, 100},   {"familyName", patient.familyName, 100},
        {"otherNames", patient.otherNames, 200}, {"phone", patient.phone, 40},
        {"address", patient.address, 500},
    };
    for (const auto& text : texts) {
        if (text.value.size() > text.maximum)
            add(text.field, CoreText::tr("Use at most %1 characters.").arg(text.maximum));
        else if (hasControlCharacters(text.value))
            add(text.field, CoreText::tr("Remove the invisible control characters."));
    }
    if (patient.givenName.trimmed().isEmpty() && patient.familyName.trimmed().isEmpty())
        add("familyName", CoreText::tr("Enter a family name or a given name."));
    if (!patient.dateOfBirth.isValid()) {
        add("dateOfBirth", CoreText::tr("Enter the date of birth, or an estimate marked as approximate."));
    } else if (patient.dateOfBirth > today) {
        add("dateOfBirth", CoreText::tr("The date of birth is in the future."));
    } else if (patient.dateOfBirth < today.addYears(-130)) {
        add("dateOfBirth", CoreText::tr("The date of birth is more than 130 years ago."));
    }
    if (!patient.phone.trimmed().isEmpty()) {
        const QString digits = phoneDigits(patient.phone);
        if (digits.size() < 6 || digits.size() > 15)
            add("phone", CoreText::tr("A phone number has 6 to 15 digits."));
    }
    for (const Identifier& id : patient.identifiers) {
        if (id.kind.trimmed().isEmpty() || id.value.trimmed().isEmpty())
            add("identifiers", CoreText::tr("Each identifier needs a kind and a value."));
        else if (id.value.size() > 64)
            add("identifiers", CoreText::tr("An identifier has at most 64 characters."));
    }
    for (const Contact& contact : patient.contacts) {
        if (contact.name.trimmed().isEmpty())
            add("contacts", CoreText::tr("Each contact needs a name."));
    }
    return errors;
}

} // namespace outpost::domain
