// Renders the OCR accuracy test set. Every random choice comes from the caller's seeded engine through pick(), so
// the same seed gives the same images on every run.
#include "OcrTestSet.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QRegularExpression>

#include <cmath>
#include <numbers>

namespace outpost::ocr::testset {

namespace {

// Latin transliterations, as real documents print them, from many naming traditions.
const char* const kGivenFemale[] = {"Amina",    "Ngozi",    "Wanjiru", "Fatima",  "Layla",   "Priya",
                                    "Ananya",   "Mei",      "Yuki",    "Ji-woo",  "María",   "Chloé",
                                    "Zoe",      "Ingrid",   "Olga",    "Aroha",   "Leilani", "Nour",
                                    "Thandiwe", "Aissatou", "Hélène",  "Siobhan", "Lakshmi", "Svetlana"};
const char* const kGivenMale[] = {"Kwame",   "Chukwuemeka", "Mohammed", "Youssef",  "Arjun",  "Rahul",  "Wei",
                                  "Hiroshi", "Min-jun",     "José",     "François", "Jürgen", "Dmitri", "Tane",
                                  "Otieno",  "Mamadou",     "Raphaël",  "Tariq",    "Sipho",  "Matteo", "Quang"};
const char* const kFamily[] = {"Okafor",  "Mwangi",    "Diallo",   "Traoré",   "Al-Hassan", "Haddad",    "Sharma",
                               "Patel",   "Nguyen",    "Wang",     "Tanaka",   "Kim",       "García",    "Müller",
                               "Lefèvre", "Ivanova",   "Kowalski", "Ngata",    "Dlamini",   "O'Brien",   "Mensah",
                               "Haile",   "Rodríguez", "Schröder", "Abdullah", "Takahashi", "Goncalves", "Banda"};
const char* const kNationalities[] = {"KEN", "NGA", "SEN", "IND", "CHN", "JPN", "KOR", "ESP", "FRA", "DEU",
                                      "RUS", "POL", "NZL", "ZAF", "IRL", "GHA", "ETH", "MEX", "EGY", "VNM"};
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
const char* const kSentences[] = {
    "I would be grateful if you could see this patient in your clinic.",
    "She has had a productive cough for three weeks and night sweats for ten days.",
    "He reports chest pain on exertion that settles with rest within five minutes.",
    "Blood pressure was 148 over 92 on two visits despite lifestyle advice.",
    "There is no history of recent travel and no known contact with tuberculosis.",
    "Her fasting glucose was 7.8 mmol/L and the HbA1c was 58 mmol/mol last month.",
    "The abdomen was soft with mild tenderness in the right upper quadrant.",
    "An ultrasound scan showed several small gallstones without duct dilatation.",
    "He takes metformin 500 mg twice daily and amlodipine 5 mg once daily.",
    "She is allergic to penicillin, which caused a rash in 2019.",
    "The wound on the left foot has not healed after six weeks of dressings.",
    "Her haemoglobin fell from 12.1 to 9.4 g/dL over the last three months.",
    "I have started iron supplements and arranged a repeat blood count.",
    "Please advise on further management and whether surgery is indicated.",
    "He lives with his daughter, who will accompany him to the appointment.",
    "Thank you for your help with the care of this patient.",
};
struct LabTest {
    const char* name;
    double low;
    double high;
    const char* unit;
};
const LabTest kLabTests[] = {
    {"Haemoglobin", 12.0, 16.0, "g/dL"}, {"White cell count", 4.0, 11.0, "x10^9/L"},
    {"Platelets", 150, 400, "x10^9/L"},  {"Sodium", 135, 145, "mmol/L"},
    {"Potassium", 3.5, 5.1, "mmol/L"},   {"Creatinine", 53, 97, "umol/L"},
    {"Urea", 2.5, 7.8, "mmol/L"},        {"Glucose (fasting)", 3.9, 5.6, "mmol/L"},
    {"HbA1c", 20, 42, "mmol/mol"},       {"ALT", 7, 56, "U/L"},
    {"Bilirubin", 3, 21, "umol/L"},      {"CRP", 0, 5, "mg/L"},
    {"TSH", 0.4, 4.0, "mU/L"},           {"Ferritin", 15, 150, "ug/L"},
};

template<typename T, size_t N>
const T& pick(std::mt19937_64& random, const T (&items)[N])
{
    return items[random() % N];
}

int between(std::mt19937_64& random, int low, int high)
{
    return low + int(random() % quint64(high - low + 1));
}

double uniform(std::mt19937_64& random)
{
    return double(random() >> 11) * (1.0 / 9007199254740992.0);
}

/// The name as an MRZ prints it (ICAO 9303 transliteration, written independently of the library's).
QString mrzSpellingForTest(const QString& name)
{
    QString out;
    for (QChar c : name.toUpper()) {
        if (c == u'Ü' || c == u'Ä' || c == u'Ö')
            out += QString(QChar(c.decompositionTag() == QChar::NoDecomposition ? c : c.decomposition().at(0))) + u'E';
        else if (c == u'-' || c == u' ')
            out += u' ';
        else if (const QChar base = c.decomposition().isEmpty() ? c : c.decomposition().at(0);
                 base >= u'A' && base <= u'Z')
            out += base;
    }
    return out.simplified();
}

struct Person {
    QString given, family, sex, nationality, documentNumber;
    QDate birth, expiry;
};

Person person(std::mt19937_64& random)
{
    Person p;
    const bool female = random() % 2 == 0;
    p.given = QString::fromUtf8(female ? pick(random, kGivenFemale) : pick(random, kGivenMale));
    if (random() % 4 == 0) // a second given name now and then
        p.given += u' ' + QString::fromUtf8(female ? pick(random, kGivenFemale) : pick(random, kGivenMale));
    p.family = QString::fromUtf8(pick(random, kFamily));
    p.sex = female ? QStringLiteral("F") : QStringLiteral("M");
    p.nationality = QString::fromLatin1(pick(random, kNationalities));
    static const char kLetters[] = "ABCDEFGHJKLMNPRSTUVWXYZ";
    p.documentNumber = QString(QLatin1Char(kLetters[random() % 23])) + QLatin1Char(kLetters[random() % 23]);
    for (int i = 0; i < 7; ++i)
        p.documentNumber += QChar(u'0' + int(random() % 10));
    p.birth = QDate(between(random, 1940, 2010), between(random, 1, 12), between(random, 1, 28));
    p.expiry = QDate(between(random, 2027, 2035), between(random, 1, 12), between(random, 1, 28));
    return p;
}

QString mrzName(const Person& p, int length)
{
    QString name = mrzSpellingForTest(p.family).replace(u' ', u'<') + QLatin1String("<<") +
                   mrzSpellingForTest(p.given).replace(u' ', u'<');
    name = name.left(length);
    return name + QString(length - name.size(), u'<');
}

QString mrzDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyMMdd"));
}

QString digit(const QString& field)
{
    return QString::number(mrzCheckDigit(field));
}

QString pad(const QString& text, int length)
{
    return text.left(length) + QString(std::max<qsizetype>(0, length - text.size()), u'<');
}

/// A white page that records what is drawn on it as the ground truth text, line by line.
class Page
{
public:
    Page(int width, int height) : m_image(width, height, QImage::Format_RGB32)
    {
        m_image.fill(Qt::white);
        m_painter.begin(&m_image);
        m_painter.setRenderHint(QPainter::TextAntialiasing);
        m_painter.setRenderHint(QPainter::Antialiasing);
    }

    /// Draws @p text with its baseline at (x, y); returns the text's width.
    int text(int x, int y, const QString& text, const char* family, int pixelSize, bool bold = false, int gray = 0)
    {
        QFont font(QString::fromLatin1(family));
        font.setPixelSize(pixelSize);
        font.setBold(bold);
        font.setStyleHint(QFont::AnyStyle, QFont::PreferAntialias);
        m_painter.setFont(font);
        m_painter.setPen(QColor(gray, gray, gray));
        m_painter.drawText(x, y, text);
        m_lines.append(text);
        return QFontMetrics(font).horizontalAdvance(text);
    }

    /// Word-wraps @p paragraph into lines of at most @p width pixels from baseline @p y; returns the next baseline.
    int paragraph(int x, int y, int width, const QString& paragraph, const char* family, int pixelSize, int leading)
    {
        QFont font(QString::fromLatin1(family));
        font.setPixelSize(pixelSize);
        const QFontMetrics metrics(font);
        QString line;
        for (const QString& word : paragraph.split(u' ')) {
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (metrics.horizontalAdvance(candidate) > width && !line.isEmpty()) {
                text(x, y, line, family, pixelSize);
                y += leading;
                line = word;
            } else {
                line = candidate;
            }
        }
        if (!line.isEmpty()) {
            text(x, y, line, family, pixelSize);
            y += leading;
        }
        return y;
    }

    void box(const QRect& rect, int gray, bool fill)
    {
        m_painter.setPen(fill ? Qt::NoPen : QPen(QColor(gray, gray, gray), 3));
        m_painter.setBrush(fill ? QBrush(QColor(gray, gray, gray)) : Qt::NoBrush);
        m_painter.drawRoundedRect(rect, 30, 30);
    }

    Sample finish(QString id, DocumentKind kind, QHash<QString, QString> fields)
    {
        m_painter.end();
        Sample sample;
        sample.id = std::move(id);
        sample.kind = kind;
        sample.image = m_image.convertToFormat(QImage::Format_Grayscale8);
        sample.text = m_lines.join(u'\n');
        sample.fields = std::move(fields);
        return sample;
    }

private:
    QImage m_image;
    QPainter m_painter;
    QStringList m_lines;
};

constexpr const char* kSans = "DejaVu Sans";
constexpr const char* kSerif = "DejaVu Serif";
constexpr const char* kMono = "DejaVu Sans Mono";

QHash<QString, QString> identityFields(const Person& p)
{
    return {{QStringLiteral("given_name"), p.given},
            {QStringLiteral("family_name"), p.family},
            {QStringLiteral("birth_date"), p.birth.toString(Qt::ISODate)},
            {QStringLiteral("document_number"), p.documentNumber},
            {QStringLiteral("sex"), p.sex == QLatin1String("F") ? QStringLiteral("female") : QStringLiteral("male")},
            {QStringLiteral("nationality"), p.nationality}};
}

/// Label above value, as on most identity documents.
int labelled(Page& page, int x, int y, const QString& label, const QString& value)
{
    page.text(x, y, label, kSans, 22, false, 80);
    page.text(x, y + 40, value, kSans, 34);
    return y + 86;
}

Sample idCard(std::mt19937_64& random, int index)
{
    const Person p = person(random);
    // Front and back of an ID-1 card (85.6 × 54 mm at 300 dpi) photocopied on one sheet.
    const int w = 1011, h = 638, x = 60;
    Page page(w + 2 * x, 2 * h + 160);
    int y = 50;
    page.box(QRect(x, y, w, h), 150, false);
    page.text(x + 40, y + 70, QStringLiteral("REPUBLIC OF UTOPIA"), kSans, 38, true);
    page.text(x + 40, y + 115, QStringLiteral("NATIONAL IDENTITY CARD"), kSans, 26);
    page.text(x + 40, y + 170, QStringLiteral("Document no. ") + p.documentNumber, kSans, 30, true);
    page.box(QRect(x + 40, y + 210, 230, 290), 236, true);
    int row = y + 230;
    row = labelled(page, x + 310, row, QStringLiteral("Surname"), p.family);
    row = labelled(page, x + 310, row, QStringLiteral("Given names"), p.given);
    row = labelled(page, x + 310, row, QStringLiteral("Date of birth"), p.birth.toString(QStringLiteral("dd.MM.yyyy")));
    labelled(page, x + 310, row, QStringLiteral("Sex"), p.sex);
    y += h + 60;
    page.box(QRect(x, y, w, h), 150, false);
    page.text(x + 40, y + 70, QStringLiteral("Nationality: ") + p.nationality, kSans, 30);
    page.text(x + 40, y + 120, QStringLiteral("Date of expiry: ") + p.expiry.toString(QStringLiteral("dd.MM.yyyy")),
              kSans, 30);
    const QString number = p.documentNumber;
    const QString line1 = pad(QStringLiteral("I<UTO") + number + digit(number), 30);
    const QString line2Data = mrzDate(p.birth) + digit(mrzDate(p.birth)) + p.sex + mrzDate(p.expiry) +
                              digit(mrzDate(p.expiry)) + p.nationality + QString(11, u'<');
    const QString composite = line1.mid(5, 25) + line2Data.left(7) + line2Data.mid(8, 7) + line2Data.mid(18, 11);
    const QString line2 = line2Data + digit(composite);
    const QString line3 = mrzName(p, 30);
    int mrzY = y + h - 190;
    for (const QString& line : {line1, line2, line3}) {
        page.text(x + 60, mrzY, line, kMono, 48);
        mrzY += 64;
    }
    return page.finish(QStringLiteral("id-card-%1").arg(index, 2, 10, QLatin1Char('0')), DocumentKind::IdCard,
                       identityFields(p));
}

Sample passport(std::mt19937_64& random, int index)
{
    const Person p = person(random);
    // The data page of a passport (125 × 88 mm at 300 dpi).
    const int w = 1476, h = 1039, x = 50, y = 50;
    Page page(w + 2 * x, h + 2 * y);
    page.box(QRect(x, y, w, h), 150, false);
    page.text(x + 50, y + 80, QStringLiteral("UTOPIA  PASSPORT"), kSans, 44, true);
    page.text(x + 50, y + 140, QStringLiteral("Passport No. ") + p.documentNumber, kSans, 32, true);
    page.box(QRect(x + 50, y + 190, 320, 400), 236, true);
    int row = y + 220;
    row = labelled(page, x + 430, row, QStringLiteral("Surname"), p.family);
    row = labelled(page, x + 430, row, QStringLiteral("Given names"), p.given);
    row = labelled(page, x + 430, row, QStringLiteral("Nationality"), p.nationality);
    row = labelled(page, x + 430, row, QStringLiteral("Date of birth"),
                   QStringLiteral("%1 %2 %3")
                       .arg(p.birth.day(), 2, 10, QLatin1Char('0'))
                       .arg(QString::fromLatin1(kMonths[p.birth.month() - 1]).left(3).toUpper())
                       .arg(p.birth.year()));
    labelled(page, x + 430, row, QStringLiteral("Sex"), p.sex);
    const QString number = p.documentNumber;
    const QString line1 = QStringLiteral("P<UTO") + mrzName(p, 39);
    const QString personal(14, u'<');
    const QString line2Body = number + digit(number) + p.nationality + mrzDate(p.birth) + digit(mrzDate(p.birth)) +
                              p.sex + mrzDate(p.expiry) + digit(mrzDate(p.expiry)) + personal + QStringLiteral("0");
    const QString composite = line2Body.left(10) + line2Body.mid(13, 7) + line2Body.mid(21, 22);
    const QString line2 = line2Body + digit(composite);
    page.text(x + 60, y + h - 150, line1, kMono, 48);
    page.text(x + 60, y + h - 82, line2, kMono, 48);
    return page.finish(QStringLiteral("passport-%1").arg(index, 2, 10, QLatin1Char('0')), DocumentKind::IdCard,
                       identityFields(p));
}

Sample insuranceCard(std::mt19937_64& random, int index)
{
    const Person p = person(random);
    QString member;
    for (int i = 0; i < 10; ++i)
        member += QChar(u'0' + int(random() % 10));
    const int w = 1011, h = 638, x = 60, y = 50;
    Page page(w + 2 * x, h + 2 * y);
    page.box(QRect(x, y, w, h), 150, false);
    page.text(x + 50, y + 80, QStringLiteral("MUTUAL HEALTH FUND"), kSans, 40, true);
    page.text(x + 50, y + 130, QStringLiteral("Health Insurance Card"), kSans, 28);
    page.text(x + 50, y + 240, QStringLiteral("Name: ") + p.given + u' ' + p.family, kSans, 32);
    page.text(x + 50, y + 310, QStringLiteral("Member ID: ") + member, kSans, 32);
    page.text(x + 50, y + 380, QStringLiteral("Date of birth: ") + p.birth.toString(QStringLiteral("dd/MM/yyyy")),
              kSans, 32);
    page.text(x + 50, y + 450, QStringLiteral("Valid until: ") + p.expiry.toString(QStringLiteral("MM/yyyy")), kSans,
              32);
    return page.finish(QStringLiteral("insurance-%1").arg(index, 2, 10, QLatin1Char('0')), DocumentKind::InsuranceCard,
                       {{QStringLiteral("given_name"), p.given},
                        {QStringLiteral("family_name"), p.family},
                        {QStringLiteral("birth_date"), p.birth.toString(Qt::ISODate)},
                        {QStringLiteral("document_number"), member}});
}

QString patientId(std::mt19937_64& random)
{
    QString id;
    for (int i = 0; i < 8; ++i)
        id += QChar(u'0' + int(random() % 10));
    return id;
}

QString longDate(const QDate& date)
{
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QString::fromLatin1(kMonths[date.month() - 1]))
        .arg(date.year());
}

int patientBlock(Page& page, int x, int y, const Person& p, const QString& id)
{
    page.text(x, y, QStringLiteral("Patient name: ") + p.given + u' ' + p.family, kSerif, 44, true);
    page.text(x, y + 70, QStringLiteral("Date of birth: ") + longDate(p.birth), kSerif, 44);
    page.text(x, y + 140, QStringLiteral("Patient ID: ") + id, kSerif, 44);
    return y + 240;
}

QHash<QString, QString> letterFields(const Person& p, const QString& id)
{
    return {{QStringLiteral("given_name"), p.given},
            {QStringLiteral("family_name"), p.family},
            {QStringLiteral("birth_date"), p.birth.toString(Qt::ISODate)},
            {QStringLiteral("document_number"), id}};
}

Sample labReport(std::mt19937_64& random, int index)
{
    const Person p = person(random);
    const QString id = patientId(random);
    Page page(2480, 3508);
    const int x = 220;
    page.text(x, 300, QStringLiteral("Central Laboratory Services"), kSans, 64, true);
    page.text(x, 380, QStringLiteral("LABORATORY REPORT"), kSans, 48);
    int y = patientBlock(page, x, 560, p, id);
    page.text(x, y, QStringLiteral("Collected: ") + QDate(2026, 11, between(random, 1, 24)).toString(Qt::ISODate),
              kSerif, 44);
    y += 140;
    page.text(x, y, QStringLiteral("Test   Result   Units   Reference"), kSans, 44, true);
    y += 90;
    QList<int> order;
    for (int i = 0; i < int(std::size(kLabTests)); ++i)
        order.append(i);
    for (int i = 0; i < 10; ++i) {
        std::swap(order[i], order[i + int(random() % quint64(order.size() - i))]);
        const LabTest& test = kLabTests[order[i]];
        const double value = test.low + (test.high - test.low) * (uniform(random) * 1.6 - 0.3);
        const int decimals = test.high < 20 ? 1 : 0;
        page.text(x, y,
                  QStringLiteral("%1   %2   %3   %4-%5")
                      .arg(QString::fromLatin1(test.name))
                      .arg(std::max(0.0, value), 0, 'f', decimals)
                      .arg(QString::fromLatin1(test.unit))
                      .arg(test.low, 0, 'f', decimals)
                      .arg(test.high, 0, 'f', decimals),
                  kSerif, 44);
        y += 80;
    }
    page.text(x, y + 80, QStringLiteral("Validated by: Dr. Leilani Kamakau"), kSerif, 44);
    return page.finish(QStringLiteral("lab-report-%1").arg(index, 2, 10, QLatin1Char('0')), DocumentKind::LabReport,
                       letterFields(p, id));
}

} // namespace

Sample referralLetter(std::mt19937_64& random, int index)
{
    const Person p = person(random);
    const QString id = patientId(random);
    Page page(2480, 3508); // A4 at 300 dpi
    const int x = 220, width = 2480 - 2 * x;
    page.text(x, 300, QStringLiteral("Riverside Family Practice"), kSerif, 64, true);
    page.text(x, 380, QStringLiteral("12 Harbour Road, Port Utopia"), kSerif, 44);
    page.text(x, 520, QStringLiteral("Date: ") + longDate(QDate(2026, between(random, 1, 11), between(random, 1, 28))),
              kSerif, 44);
    page.text(x, 660, QStringLiteral("Dear Colleague,"), kSerif, 44);
    int y = patientBlock(page, x, 800, p, id);
    for (int paragraph = 0; paragraph < 3; ++paragraph) {
        QStringList sentences;
        for (int s = 0; s < 3; ++s)
            sentences.append(QString::fromLatin1(pick(random, kSentences)));
        y = page.paragraph(x, y, width, sentences.join(u' '), kSerif, 44, 66) + 50;
    }
    page.text(x, y + 60, QStringLiteral("Yours sincerely,"), kSerif, 44);
    page.text(x, y + 220, QStringLiteral("Dr. Amara Okonkwo"), kSerif, 44);
    return page.finish(QStringLiteral("referral-%1").arg(index, 2, 10, QLatin1Char('0')), DocumentKind::ReferralLetter,
                       letterFields(p, id));
}

Sample identityDocument(std::mt19937_64& random, bool isPassport, int index)
{
    return isPassport ? passport(random, index) : idCard(random, index);
}

QList<Sample> cleanSet(quint64 seed, int cards, int letters)
{
    std::mt19937_64 random(seed);
    QList<Sample> samples;
    for (int i = 0; i < cards; ++i)
        samples.append(identityDocument(random, i % 2 == 1, i));
    for (int i = 0; i < cards / 2; ++i)
        samples.append(insuranceCard(random, i));
    for (int i = 0; i < letters; ++i) {
        samples.append(referralLetter(random, i));
        samples.append(labReport(random, i));
    }
    return samples;
}

QString degradationName(Degradation degradation)
{
    switch (degradation) {
    case Degradation::Noise:
        return QStringLiteral("noise");
    case Degradation::Blur:
        return QStringLiteral("blur");
    case Degradation::Rotation:
        return QStringLiteral("rotation");
    case Degradation::Jpeg30:
        return QStringLiteral("jpeg-q30");
    case Degradation::LowResolution150:
        return QStringLiteral("150-dpi");
    }
    return {};
}

namespace {

QImage blurred(const QImage& gray, double sigma)
{
    const int radius = int(std::ceil(sigma * 2.5));
    QList<double> kernel;
    double sum = 0;
    for (int i = -radius; i <= radius; ++i) {
        kernel.append(std::exp(-(i * i) / (2 * sigma * sigma)));
        sum += kernel.back();
    }
    for (double& k : kernel)
        k /= sum;
    const int w = gray.width(), h = gray.height();
    QList<float> tmp(qsizetype(w) * h);
    for (int y = 0; y < h; ++y) {
        const uchar* in = gray.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            double v = 0;
            for (int k = -radius; k <= radius; ++k)
                v += kernel[k + radius] * in[std::clamp(x + k, 0, w - 1)];
            tmp[qsizetype(y) * w + x] = float(v);
        }
    }
    QImage out(w, h, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        uchar* o = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            double v = 0;
            for (int k = -radius; k <= radius; ++k)
                v += kernel[k + radius] * tmp[qsizetype(std::clamp(y + k, 0, h - 1)) * w + x];
            o[x] = uchar(std::clamp(int(std::lround(v)), 0, 255));
        }
    }
    return out;
}

} // namespace

Sample degrade(const Sample& sample, Degradation degradation, std::mt19937_64& random)
{
    Sample out = sample;
    out.id = sample.id + u'-' + degradationName(degradation);
    switch (degradation) {
    case Degradation::Noise: {
        QImage image = sample.image.copy();
        for (int y = 0; y < image.height(); ++y) {
            uchar* line = image.scanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                // Box–Muller from the seeded engine, portable across standard libraries.
                const double u1 = std::max(uniform(random), 1e-12), u2 = uniform(random);
                const double n = std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
                line[x] = uchar(std::clamp(int(line[x] + 28 * n), 0, 255));
            }
        }
        out.image = image;
        break;
    }
    case Degradation::Blur:
        out.image = blurred(sample.image, 1.3);
        break;
    case Degradation::Rotation: {
        const double angle = (4 + 6 * uniform(random)) * (random() % 2 == 0 ? 1 : -1);
        QTransform turn;
        turn.rotate(angle);
        const QRect bounds = turn.mapRect(QRectF(sample.image.rect())).toAlignedRect();
        QImage canvas(bounds.size(), QImage::Format_RGB32);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(-bounds.topLeft());
        painter.setTransform(turn, true);
        painter.drawImage(0, 0, sample.image);
        painter.end();
        out.image = canvas.convertToFormat(QImage::Format_Grayscale8);
        break;
    }
    case Degradation::Jpeg30: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        sample.image.save(&buffer, "JPG", 30);
        out.image = QImage::fromData(bytes, "JPG").convertToFormat(QImage::Format_Grayscale8);
        break;
    }
    case Degradation::LowResolution150:
        out.image = sample.image.scaled(sample.image.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        out.dpi = sample.dpi / 2;
        break;
    }
    return out;
}

QString foldForComparison(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

qsizetype editDistance(const QString& a, const QString& b)
{
    QList<qsizetype> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

double characterErrorRate(const QString& truth, const QString& recognised)
{
    const QString t = foldForComparison(truth), r = foldForComparison(recognised);
    return t.isEmpty() ? (r.isEmpty() ? 0.0 : 1.0) : double(editDistance(t, r)) / double(t.size());
}

QByteArray encodePng(const QImage& image, int dpi)
{
    QImage copy = image;
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    copy.setDotsPerMeterX(dotsPerMeter);
    copy.setDotsPerMeterY(dotsPerMeter);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    copy.save(&buffer, "PNG");
    return bytes;
}

} // namespace outpost::ocr::testset
