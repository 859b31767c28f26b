#pragma once
// The banner above the footer when a source fails (docs/ARCHITECTURE.md, "From a source to a
// pixel"): one line per problem, in the words core chose, so a kc'er reading the wall knows what to
// fix and how old the figures are.

#include "core/view_model.hpp"
#include "draw_context.hpp"
#include "rect.hpp"

namespace hgw::ui {

// At most this many lines; more become "+ N meer" on the last one.
inline constexpr int kMaxProblemLines = 2;

// The banner's height for `model` (0 when nothing fails).
float problem_banner_height(const DrawContext& context, const core::ViewModel& model);

void draw_problem_banner(const DrawContext& context, const core::ViewModel& model, Rect area);

}  // namespace hgw::ui
