#pragma once

// Header-only on purpose: both executables call it first thing in main(), before any library is set up.

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#if defined(__linux__)
#include <unistd.h>
#endif

namespace outpost::ocr {

/// Tesseract's OpenMP reads OMP_THREAD_LIMIT when the process starts (setenv later is too late), and is about five
/// times slower on two cores without it. When it is unset, this sets it to 1 and re-executes the same program with
/// the same arguments; it returns only when that is not possible (then OCR works, only slower, and says so).
inline void ensureOpenMpThreadLimit(char* argv[])
{
    if (std::getenv("OMP_THREAD_LIMIT") != nullptr)
        return;
#if defined(__linux__)
    if (::setenv("OMP_THREAD_LIMIT", "1", 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    std::fprintf(stderr, "Could not restart with OMP_THREAD_LIMIT=1 (%s); text recognition will be slower.\n",
                 std::strerror(errno));
#else
    (void)argv; // Windows and macOS builds use Tesseract without OpenMP
#endif
}

} // namespace outpost::ocr
