#pragma once
// The six pages and the setup page. Each lays out part of the view model in
// `area` and decides nothing about the data itself. Goals, trends and actions
// continue over parts when their items do not fit: each draws `part` and returns
// how many parts it has (the same layout measures and draws).

#include "core/view_model.hpp"
#include "draw_context.hpp"
#include "frame.hpp"
#include "rect.hpp"

namespace hgw::ui {

void draw_overview_page(const DrawContext& context, const core::ViewModel& model, Rect area);
void draw_cycle_page(const DrawContext& context, const core::ViewModel& model, Rect area);
int draw_goals_page(const DrawContext& context, const core::ViewModel& model, Rect area, int part);
int draw_trends_page(const DrawContext& context, const core::ViewModel& model, Rect area, int part);
int draw_actions_page(const DrawContext& context, const core::ViewModel& model, Rect area,
                      int part);
void draw_support_page(const DrawContext& context, const core::ViewModel& model, Rect area);
void draw_setup_page(const DrawContext& context, const core::ViewModel& model,
                     const core::SetupView& setup, Rect area);

}  // namespace hgw::ui
