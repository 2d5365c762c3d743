#pragma once

#include <spdlog/formatter.h>

#include <string>
#include <string_view>

namespace outpost::logging {

/// Formats each log record as one JSON object on one line:
/// {"ts":"2026-11-25T21:30:00.123Z","level":"info","logger":"outpost.storage","thread":123,"msg":"…"}
class JsonLinesFormatter final : public spdlog::formatter
{
public:
    void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override;
    std::unique_ptr<spdlog::formatter> clone() const override;
};

/// Appends @p text to @p out as the body of a JSON string (no quotes), escaping what JSON requires.
/// Invalid UTF-8 bytes become U+FFFD so every line stays valid JSON.
void appendJsonEscaped(std::string_view text, spdlog::memory_buf_t& out);

} // namespace outpost::logging
