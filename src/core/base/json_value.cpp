// SPDX-License-Identifier: EUPL-1.2
#include "core/base/json_value.hpp"

#include <algorithm>

#include "core/base/json.hpp"

namespace lagesbild {

JsonValue JsonValue::array(std::initializer_list<JsonValue> items) {
  JsonValue a(Kind::Array);
  a.items_.assign(items.begin(), items.end());
  return a;
}

JsonValue JsonValue::array_of(const std::vector<std::string>& texts) {
  JsonValue a(Kind::Array);
  for (const auto& t : texts) a.items_.emplace_back(t);
  return a;
}

JsonValue& JsonValue::set(const std::string& key, JsonValue value) {
  for (auto& member : members_) {
    if (member.first == key) {
      member.second = std::move(value);
      return *this;
    }
  }
  members_.emplace_back(key, std::move(value));
  return *this;
}

JsonValue& JsonValue::push(JsonValue value) {
  items_.push_back(std::move(value));
  return *this;
}

const JsonValue* JsonValue::find(const std::string& key) const {
  for (const auto& member : members_)
    if (member.first == key) return &member.second;
  return nullptr;
}

std::string JsonValue::dump() const {
  std::string out;
  write(out, 0);
  out += '\n';
  return out;
}

void JsonValue::write(std::string& out, int depth) const {
  const std::string inner(static_cast<std::size_t>(depth + 1) * 2, ' ');
  const std::string outer(static_cast<std::size_t>(depth) * 2, ' ');
  switch (kind_) {
    case Kind::Null:
      out += "null";
      return;
    case Kind::Boolean:
      out += boolean_ ? "true" : "false";
      return;
    case Kind::Integer:
      out += std::to_string(integer_);
      return;
    case Kind::String:
      out += json_string(text_);
      return;
    case Kind::Array: {
      // ["ökande", "oförändrad"] on one line reads like the format's own lists.
      const bool flat = std::all_of(items_.begin(), items_.end(), [](const JsonValue& v) { return v.is_scalar(); });
      out += '[';
      for (std::size_t i = 0; i < items_.size(); ++i) {
        if (i > 0) out += flat ? ", " : ",";
        if (!flat) out += "\n" + inner;
        items_[i].write(out, depth + 1);
      }
      if (!flat && !items_.empty()) out += "\n" + outer;
      out += ']';
      return;
    }
    case Kind::Object: {
      out += '{';
      for (std::size_t i = 0; i < members_.size(); ++i) {
        out += i > 0 ? ",\n" : "\n";
        out += inner + json_string(members_[i].first) + ": ";
        members_[i].second.write(out, depth + 1);
      }
      if (!members_.empty()) out += "\n" + outer;
      out += '}';
      return;
    }
  }
}

}  // namespace lagesbild
