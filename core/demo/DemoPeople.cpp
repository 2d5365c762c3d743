#include "core/demo/DemoPeople.h"

namespace outpost::demo {

namespace {

struct Culture {
    const char* const* femaleNames;
    int femaleCount;
    const char* const* maleNames;
    int maleCount;
    const char* const* familyNames;
    int familyCount;
    const char* phonePrefix;
};

#define OUTPOST_COUNT(a) static_cast<int>(sizeof(a) / sizeof((a)[0]))

// Western and Southern Europe, Latin America (accented Latin)
const char* const kLatinF[] = {"María",  "José",  "Inês",   "Chloé",     "Zoë",    "Anaïs",     "Léa",
                               "Sofía",  "Lucía", "Mónica", "Françoise", "Hélène", "Margarete", "Jürgen",
                               "Anna",   "Elena", "Giulia", "Beatriz",   "Camila", "Valentina", "Agnès",
                               "Noémie", "Björk", "Åsa",    "Ingrid"};
const char* const kLatinM[] = {"José",      "João",    "André",   "François", "Jérôme", "Rubén",   "Martín",
                               "Sebastián", "Jürgen",  "Stefan",  "Lukas",    "Matteo", "Nicolás", "Tomás",
                               "Joaquín",   "Óscar",   "Raphaël", "Søren",    "Mikkel", "Thomas",  "Pedro",
                               "Luis",      "Antoine", "Günter",  "Émile"};
const char* const kLatinFamily[] = {
    "Müller",     "Schröder",  "García", "Martínez",  "Núñez",      "Gómez",       "Peña",    "Rodríguez", "Fernández",
    "Lefèvre",    "Dubois",    "Moreau", "Gonçalves", "Araújo",     "Brandão",     "Weiß",    "Schäfer",   "Meißner",
    "Østergaard", "Jørgensen", "Rossi",  "Bianchi",   "Esposito",   "Hernández",   "López",   "Pérez",     "Sánchez",
    "Ramírez",    "Nováková",  "Dvořák", "Kowalski",  "Wiśniewski", "Łukaszewicz", "O'Brien", "Mueller"};
// Arabic (written in Arabic script and in common Latin transliterations)
const char* const kArabicF[] = {"فاطمة", "عائشة",  "مريم", "Fatima", "Aisha",  "Aysha", "Mariam", "Layla",
                                "Nour",  "Yasmin", "Huda", "Salma",  "Zainab", "Amira", "Rania"};
const char* const kArabicM[] = {"محمد", "أحمد",    "علي",    "Mohamed", "Mohammed", "Muhammad", "Ahmed", "Ahmad",
                                "Omar", "Youssef", "Khalid", "Hassan",  "Hussein",  "Ibrahim",  "Tariq", "Karim"};
const char* const kArabicFamily[] = {"الحسن",   "العلي",  "حداد",   "Haddad", "Al-Hassan", "El-Amin",
                                     "Mansour", "Nasser", "Khoury", "Saleh",  "Abdullah",  "Hamdan",
                                     "Qureshi", "Farouk", "Bakr",   "Aziz"};
// East Asian
const char* const kEastAsianF[] = {"秀英",   "丽",       "Xiu Ying", "Mei", "Yuki", "Sakura", "Hana",
                                   "Ji-woo", "Seo-yeon", "Minh Anh", "Lan", "Thu",  "Hoa",    "Yumi"};
const char* const kEastAsianM[] = {"伟",      "强",    "Wei",  "Jun", "Hiroshi", "Takeshi", "Kenji",
                                   "Min-jun", "Ji-ho", "Minh", "Duc", "Quang",   "Haruto",  "Hao"};
const char* const kEastAsianFamily[] = {"王",     "李",   "张",     "Wang",      "Li",  "Zhang", "Chen",
                                        "Liu",    "Sato", "Suzuki", "Takahashi", "Kim", "Lee",   "Park",
                                        "Nguyễn", "Trần", "Lê",     "Phạm",      "Đặng"};
// Sub-Saharan African
const char* const kAfricanF[] = {"Amina",  "Aminata", "Fatoumata", "Ngozi",   "Chiamaka",
                                 "Adaeze", "Wanjiru", "Achieng",   "Nomvula", "Thandiwe",
                                 "Abena",  "Akosua",  "Aïssatou",  "Mariama", "Zawadi"};
const char* const kAfricanM[] = {"Kwame",  "Kofi",     "Chukwuemeka", "Oluwaseun", "Babajide",
                                 "Tendai", "Sipho",    "Thabo",       "Mamadou",   "Ousmane",
                                 "Moussa", "Kipchoge", "Otieno",      "Jabari",    "Abebe"};
const char* const kAfricanFamily[] = {"Diallo",  "Traoré",  "Koné",   "Ndiaye", "Okafor", "Okonkwo", "Adeyemi",
                                      "Mensah",  "Owusu",   "Mwangi", "Kamau",  "Otieno", "Dlamini", "Nkosi",
                                      "Mokoena", "Tesfaye", "Bekele", "Haile",  "Banda",  "Phiri"};
// South Asian
const char* const kSouthAsianF[] = {"Priya", "Ananya",  "Lakshmi", "Deepika", "Sunita", "Kavya", "Aarti",
                                    "Meera", "Nasreen", "Farzana", "Shreya",  "Pooja",  "Divya"};
const char* const kSouthAsianM[] = {"Rahul", "Arjun",  "Vikram", "Sanjay",  "Ravi",   "Amit", "Rajesh",
                                    "Imran", "Farhan", "Suresh", "Karthik", "Aditya", "Rohan"};
const char* const kSouthAsianFamily[] = {"Sharma",  "Patel",    "Singh",     "Kumar",     "Gupta",
                                         "Reddy",   "Iyer",     "Nair",      "Chowdhury", "Rahman",
                                         "Hossain", "Banerjee", "Mukherjee", "Desai",     "Joshi"};
// English-speaking
const char* const kEnglishF[] = {"Emily",     "Olivia", "Catherine", "Katherine", "Sarah", "Jessica", "Megan",
                                 "Charlotte", "Grace",  "Hannah",    "Ann",       "Anne",  "Annie"};
const char* const kEnglishM[] = {"James",   "John",        "Jon",    "Michael", "David",  "William", "Philip",
                                 "Phillip", "Christopher", "Daniel", "Matthew", "Robert", "Steven",  "Stephen"};
const char* const kEnglishFamily[] = {"Smith",  "Johnson",  "Jonson",   "Williams", "Brown",     "Jones",
                                      "Taylor", "Thompson", "Thomson",  "White",    "Harris",    "Clarke",
                                      "Clark",  "Walker",   "Robinson", "Wright",   "MacDonald", "McDonald"};

const Culture kCultures[] = {
    {kLatinF, OUTPOST_COUNT(kLatinF), kLatinM, OUTPOST_COUNT(kLatinM), kLatinFamily, OUTPOST_COUNT(kLatinFamily),
     "+34"},
    {kArabicF, OUTPOST_COUNT(kArabicF), kArabicM, OUTPOST_COUNT(kArabicM), kArabicFamily, OUTPOST_COUNT(kArabicFamily),
     "+212"},
    {kEastAsianF, OUTPOST_COUNT(kEastAsianF), kEastAsianM, OUTPOST_COUNT(kEastAsianM), kEastAsianFamily,
     OUTPOST_COUNT(kEastAsianFamily), "+84"},
    {kAfricanF, OUTPOST_COUNT(kAfricanF), kAfricanM, OUTPOST_COUNT(kAfricanM), kAfricanFamily,
     OUTPOST_COUNT(kAfricanFamily), "+221"},
    {kSouthAsianF, OUTPOST_COUNT(kSouthAsianF), kSouthAsianM, OUTPOST_COUNT(kSouthAsianM), kSouthAsianFamily,
     OUTPOST_COUNT(kSouthAsianFamily), "+91"},
    {kEnglishF, OUTPOST_COUNT(kEnglishF), kEnglishM, OUTPOST_COUNT(kEnglishM), kEnglishFamily,
     OUTPOST_COUNT(kEnglishFamily), "+44"},
};

const char* const kReasons[] = {"Cough and fever",
                                "Follow-up of blood pressure",
                                "Routine antenatal visit",
                                "Child immunisation",
                                "Diabetes review",
                                "Headache for three days",
                                "Wound dressing",
                                "Malaria test",
                                "Back pain",
                                "Skin rash",
                                "Ear pain",
                                "Medication refill"};
const char* const kSubjective[] = {
    "Reports symptoms for several days, eating and drinking normally.", "No new complaints since the last visit.",
    "Feels tired in the afternoons, sleeps well.", "Pain worse at night, better with rest."};
const char* const kObjective[] = {"Alert, well hydrated. Chest clear.", "Mild tenderness, no swelling.",
                                  "Afebrile, heart sounds normal.", "Healing well, no signs of infection."};
const char* const kAssessment[] = {"Likely viral illness.", "Stable.", "Improving.", "Needs review of medication."};
const char* const kPlan[] = {"Fluids and rest, return if worse.", "Continue current treatment, review in 4 weeks.",
                             "Blood test ordered.", "Dressing change in 3 days."};

#undef OUTPOST_COUNT

} // namespace

DemoPeople::DemoPeople(quint64 seed, QDate today) : m_engine(seed), m_today(today) {}

int DemoPeople::pick(int size)
{
    return static_cast<int>(std::uniform_int_distribution<int>(0, size - 1)(m_engine));
}

domain::Patient DemoPeople::next()
{
    ++m_counter;
    const Culture& culture = kCultures[pick(static_cast<int>(std::size(kCultures)))];
    domain::Patient patient;
    const bool female = pick(2) == 0;
    patient.sex = female ? domain::Sex::Female : domain::Sex::Male;
    patient.givenName = QString::fromUtf8(female ? culture.femaleNames[pick(culture.femaleCount)]
                                                 : culture.maleNames[pick(culture.maleCount)]);
    patient.familyName = QString::fromUtf8(culture.familyNames[pick(culture.familyCount)]);
    if (pick(6) == 0) // a second given name for some
        patient.otherNames = QString::fromUtf8(female ? culture.femaleNames[pick(culture.femaleCount)]
                                                      : culture.maleNames[pick(culture.maleCount)]);
    const int ageDays = std::uniform_int_distribution<int>(0, 95 * 365)(m_engine);
    patient.dateOfBirth = m_today.addDays(-ageDays);
    if (pick(8) == 0) {
        patient.dateOfBirth = QDate(patient.dateOfBirth.year(), 1, 1);
        patient.dateOfBirthApproximate = true;
    }
    if (pick(5) != 0) {
        patient.phone = QString::fromLatin1(culture.phonePrefix) + QLatin1Char(' ') +
                        QString::number(std::uniform_int_distribution<qint64>(600000000, 799999999)(m_engine));
    }
    patient.address = QStringLiteral("%1 Market Road").arg(1 + pick(300));
    if (pick(4) != 0) {
        patient.identifiers.append(
            {QStringLiteral("national_id"),
             QStringLiteral("N%1").arg(std::uniform_int_distribution<qint64>(10000000, 99999999)(m_engine))});
    }
    if (pick(10) == 0)
        patient.contacts.append({QStringLiteral("Next of kin"), QStringLiteral("family"), patient.phone});
    return patient;
}

QString DemoPeople::noteText()
{
    return QStringLiteral("S: %1\nO: %2\nA: %3\nP: %4")
        .arg(QString::fromLatin1(kSubjective[pick(static_cast<int>(std::size(kSubjective)))]),
             QString::fromLatin1(kObjective[pick(static_cast<int>(std::size(kObjective)))]),
             QString::fromLatin1(kAssessment[pick(static_cast<int>(std::size(kAssessment)))]),
             QString::fromLatin1(kPlan[pick(static_cast<int>(std::size(kPlan)))]));
}

QString DemoPeople::visitReason()
{
    return QString::fromLatin1(kReasons[pick(static_cast<int>(std::size(kReasons)))]);
}

} // namespace outpost::demo
