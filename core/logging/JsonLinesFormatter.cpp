#include "core/logging/JsonLinesFormatter.h"

#include <spdlog/details/log_msg.h>

#include <chrono>
#include <ctime>

namespace outpost::logging {

namespace {

void append(spdlog::memory_buf_t& out, std::string_view text)
{
    out.append(text.data(), text.data() + text.size());
}

/// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is not valid.
size_t utf8SequenceLength(std::string_view text, size_t i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    size_t length = 0;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4;
    else
        return 0;
    if (i + length > text.size())
        return 0;
    for (size_t k = 1; k < length; ++k) {
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
            return 0;
    }
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) || (lead == 0xF0 && second < 0x90) ||
        (lead == 0xF4 && second > 0x8F))
        return 0; // overlong forms, surrogates, beyond U+10FFFF
    return length;
}

} // namespace

void appendJsonEscaped(std::string_view text, spdlog::memory_buf_t& out)
{
    static constexpr char kHex[] = "0123456789abcdef";
    for (size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const size_t length = utf8SequenceLength(text, i);
            if (length == 0) {
                append(out, "\xEF\xBF\xBD");
                ++i;
            } else {
                append(out, text.substr(i, length));
                i += length;
            }
            continue;
        }
        switch (c) {
        case '"':
            append(out, "\\\"");
            break;
        case '\\':
            append(out, "\\\\");
            break;
        case '\n':
            append(out, "\\n");
            break;
        case '\r':
            append(out, "\\r");
            break;
        case '\t':
            append(out, "\\t");
            break;
        default:
            if (c < 0x20 || c == 0x7F) {
                const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
                append(out, std::string_view(escaped, sizeof escaped));
            } else {
                out.push_back(static_cast<char>(c));
            }
        }
        ++i;
    }
}

void JsonLinesFormatter::format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest)
{
    using namespace std::chrono;
    const auto sinceEpoch = msg.time.time_since_epoch();
    const auto secs = duration_cast<seconds>(sinceEpoch);
    const auto millis = duration_cast<milliseconds>(sinceEpoch - secs).count();
    const std::time_t t = secs.count();
    std::tm utc{};
#ifdef _WIN32
    gmtime_s(&utc, &t);
#else
    gmtime_r(&t, &utc);
#endif
    char stamp[40];
    const size_t n = std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &utc);
    char frac[8];
    std::snprintf(frac, sizeof frac, ".%03dZ", static_cast<int>(millis));

    append(dest, "{\"ts\":\"");
    append(dest, std::string_view(stamp, n));
    append(dest, frac);
    append(dest, "\",\"level\":\"");
    const auto level = spdlog::level::to_string_view(msg.level);
    append(dest, std::string_view(level.data(), level.size()));
    append(dest, "\",\"logger\":\"");
    appendJsonEscaped(std::string_view(msg.logger_name.data(), msg.logger_name.size()), dest);
    append(dest, "\",\"thread\":");
    const std::string thread = std::to_string(msg.thread_id);
    append(dest, thread);
    append(dest, ",\"msg\":\"");
    appendJsonEscaped(std::string_view(msg.payload.data(), msg.payload.size()), dest);
    append(dest, "\"}\n");
}

std::unique_ptr<spdlog::formatter> JsonLinesFormatter::clone() const
{
    return std::make_unique<JsonLinesFormatter>();
}

} // namespace outpost::logging
