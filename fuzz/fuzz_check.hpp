#pragma once
// An invariant the fuzzed code must keep. A broken one aborts, which libFuzzer and
// the replay runner both report as a crash with the input that caused it — unlike
// assert(), it stays on in the release builds the fuzzers and ctest use.

#include <cstdio>
#include <cstdlib>

#define HGW_FUZZ_CHECK(condition)                                                            \
  do {                                                                                       \
    if (!(condition)) {                                                                      \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (false)
