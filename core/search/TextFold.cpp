#include "core/search/TextFold.h"

#include <QHash>

namespace outpost::search {

namespace {

/// Letters Unicode does not decompose into a base letter plus a mark.
QString transliterate(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
    case 0x1E9E: // ẞ
        return QStringLiteral("ss");
    case 0x00E6: // æ
    case 0x00C6:
        return QStringLiteral("ae");
    case 0x0153: // œ
    case 0x0152:
        return QStringLiteral("oe");
    case 0x00F8: // ø
    case 0x00D8:
        return QStringLiteral("o");
    case 0x0142: // ł
    case 0x0141:
        return QStringLiteral("l");
    case 0x0111: // đ
    case 0x0110:
    case 0x00F0: // ð
    case 0x00D0:
        return QStringLiteral("d");
    case 0x00FE: // þ
    case 0x00DE:
        return QStringLiteral("th");
    case 0x0131: // dotless ı
        return QStringLiteral("i");
    case 0x0127: // ħ
    case 0x0126:
        return QStringLiteral("h");
    case 0x2019: // ’ and ʼ vanish like ' (O’Brien = OBrien)
    case 0x02BC:
    case 0x0027:
    case 0x0060:
        return QString(QChar(0x0027));
    default:
        return {};
    }
}

bool isVowel(QChar c)
{
    return c == QLatin1Char('a') || c == QLatin1Char('e') || c == QLatin1Char('i') || c == QLatin1Char('o') ||
           c == QLatin1Char('u');
}

bool isAsciiLetter(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

} // namespace

QString fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        const QString mapped = transliterate(c);
        if (!mapped.isEmpty()) {
            if (mapped != QStringLiteral("'"))
                out += mapped;
            continue;
        }
        out += c.toCaseFolded();
    }
    return out;
}

QStringList words(QStringView text)
{
    QStringList result;
    QString current;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            result << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        result << current;
    return result;
}

QString phoneticKey(QStringView word)
{
    QString w = word.toString();
    if (w.isEmpty() || !isAsciiLetter(w.at(0)))
        return w; // other scripts: the folded word is its own key
    // German umlaut spellings first, so Mueller meets Müller (folded to muller).
    w.replace(QLatin1String("ae"), QLatin1String("a"));
    w.replace(QLatin1String("oe"), QLatin1String("o"));
    w.replace(QLatin1String("ue"), QLatin1String("u"));
    static const std::pair<const char*, const char*> digraphs[] = {
        {"sch", "s"}, {"ph", "f"}, {"ck", "k"}, {"kh", "k"}, {"gh", "g"}, {"dh", "d"},
        {"th", "t"},  {"sh", "s"}, {"ch", "s"}, {"qu", "k"}, {"x", "ks"},
    };
    for (const auto& [from, to] : digraphs)
        w.replace(QLatin1String(from), QLatin1String(to));

    QString key;
    key.reserve(w.size());
    for (int i = 0; i < w.size(); ++i) {
        QChar c = w.at(i);
        const QChar next = i + 1 < w.size() ? w.at(i + 1) : QChar();
        switch (c.unicode()) {
        case 'c':
            c = (next == QLatin1Char('e') || next == QLatin1Char('i') || next == QLatin1Char('y')) ? QLatin1Char('s')
                                                                                                   : QLatin1Char('k');
            break;
        case 'q':
            c = QLatin1Char('k');
            break;
        case 'z':
            c = QLatin1Char('s');
            break;
        case 'y':
            c = QLatin1Char('i');
            break;
        case 'w':
            c = QLatin1Char('v');
            break;
        case 'h':
            if (i > 0)
                continue; // silent after the first letter: Johnson ~ Jonson, Mohamed ~ Moamed
            break;
        default:
            break;
        }
        if (i > 0 && isVowel(c))
            c = QLatin1Char('a'); // vowels after the first letter all sound alike enough
        if (!key.isEmpty() && key.back() == c)
            continue; // doubled letters: Mohammed ~ Mohamed
        key += c;
    }
    return key;
}

bool withinOneEdit(QStringView a, QStringView b)
{
    if (a == b)
        return true;
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la - lb > 1 || lb - la > 1)
        return false;
    qsizetype i = 0;
    while (i < la && i < lb && a[i] == b[i])
        ++i;
    if (la == lb) {
        if (a.mid(i + 1) == b.mid(i + 1))
            return true;                                                                           // one substitution
        return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a.mid(i + 2) == b.mid(i + 2); // one swap
    }
    return la > lb ? a.mid(i + 1) == b.mid(i) : a.mid(i) == b.mid(i + 1); // one insertion or deletion
}

QString sanitise(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::ReplacementCharacter)
            continue; // invisible: dropped, not turned into a word break
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

} // namespace outpost::search
