// Document kinds by name.
#include "ocr/Ocr.h"

namespace outpost::ocr {

QString kindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::IdCard:
        return QStringLiteral("id_card");
    case DocumentKind::InsuranceCard:
        return QStringLiteral("insurance_card");
    case DocumentKind::ReferralLetter:
        return QStringLiteral("referral_letter");
    case DocumentKind::LabReport:
        return QStringLiteral("lab_report");
    case DocumentKind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<DocumentKind> kindFromName(const QString& name)
{
    for (DocumentKind kind : {DocumentKind::IdCard, DocumentKind::InsuranceCard, DocumentKind::ReferralLetter,
                              DocumentKind::LabReport, DocumentKind::Other}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace outpost::ocr
