// SPDX-License-Identifier: EUPL-1.2
#include "core/diag/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace lagesbild {

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::size_t Diagnostics::warning_count() const {
  return items_.size() - error_count();
}

void Diagnostics::promote_warnings() {
  for (auto& d : items_) d.severity = Severity::Error;
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.position.line, a.position.column) < std::tie(b.file, b.position.line, b.position.column);
  });
}

void Diagnostics::limit_per_file(std::size_t max) {
  std::vector<Diagnostic> kept;
  std::size_t shown = 0, hidden = 0;
  const auto flush = [&](const std::string& file) {
    if (hidden == 0) return;
    Diagnostic more;
    more.file = file;
    more.rule = "for-manga-fel";
    more.message = "ytterligare " + std::to_string(hidden) + " problem visas inte. Rätta dem ovan och kör igen.";
    kept.push_back(std::move(more));
  };
  for (std::size_t i = 0; i < items_.size(); ++i) {
    if (i > 0 && items_[i].file != items_[i - 1].file) {
      flush(items_[i - 1].file);
      shown = hidden = 0;
    }
    if (shown < max) {
      kept.push_back(items_[i]);
      ++shown;
    } else {
      ++hidden;
    }
  }
  if (!items_.empty()) flush(items_.back().file);
  items_ = std::move(kept);
}

}  // namespace lagesbild
