// Measures how long parsing + validation (and the view model) take for the demo
// school and for a document N times its size. Prints figures; asserts nothing.
//
//   build/bench/hgw_validate_bench [scale=10] [repetitions=50]

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "core/decode_document.hpp"
#include "core/demo_school.hpp"
#include "core/view_model.hpp"

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// The demo school with every list repeated `scale` times under fresh ids, so the
// document is `scale` times larger and still valid.
std::string scaled_demo(int scale) {
  json demo = json::parse(hgw::core::demo_school_json());
  for (const char* section : {"teams", "goals", "trends", "actions", "positives", "messages"}) {
    if (!demo.contains(section)) continue;
    const json original = demo[section];
    json grown = json::array();
    for (int copy = 0; copy < scale; ++copy) {
      for (json item : original) {
        const std::string suffix = copy == 0 ? "" : "-" + std::to_string(copy);
        if (item.contains("id")) item["id"] = item["id"].get<std::string>() + suffix;
        // References keep pointing at the first copy's ids, which exist.
        grown.push_back(item);
      }
    }
    demo[section] = grown;
  }
  return demo.dump(2);
}

struct Timing {
  double decode_ms;
  double view_model_ms;
};

Timing measure(const std::string& text, int repetitions) {
  const auto now = *hgw::core::parse_timestamp("2026-11-30T08:00:00+01:00");
  double decode_total = 0, view_total = 0;
  for (int i = 0; i < repetitions; ++i) {
    const auto start = Clock::now();
    const auto result = hgw::core::load_document(text);
    const auto decoded = Clock::now();
    if (!result.ok()) {
      std::fprintf(stderr, "benchmark document is invalid: %s\n",
                   result.diagnostics.entries().front().to_string().c_str());
      std::exit(1);
    }
    const auto model = hgw::core::build_view_model(*result.document, now, {});
    const auto built = Clock::now();
    decode_total += std::chrono::duration<double, std::milli>(decoded - start).count();
    view_total += std::chrono::duration<double, std::milli>(built - decoded).count();
    if (model.goal_groups.empty()) std::exit(1);  // keeps the work observable
  }
  return {decode_total / repetitions, view_total / repetitions};
}

}  // namespace

int main(int argc, char** argv) {
  const int scale = argc > 1 ? std::atoi(argv[1]) : 10;
  const int repetitions = argc > 2 ? std::atoi(argv[2]) : 50;
  const std::string demo(hgw::core::demo_school_json());
  const std::string big = scaled_demo(scale);
  for (const auto& [name, text] : {std::pair{std::string("demo school"), demo},
                                   std::pair{"demo x" + std::to_string(scale), big}}) {
    const Timing timing = measure(text, repetitions);
    std::printf("%-14s %8zu bytes  parse+validate %7.3f ms  view model %7.3f ms  (mean of %d)\n",
                name.c_str(), text.size(), timing.decode_ms, timing.view_model_ms, repetitions);
  }
  return 0;
}
