// SPDX-License-Identifier: EUPL-1.2
// A JSON value to build and write, for documents too nested to write as
// text by hand (the JSON Schemas). Objects keep their members in the order
// they were set, so the output is deterministic and reads in the format's order.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace lagesbild {

class JsonValue {
 public:
  enum class Kind { Null, Boolean, Integer, String, Array, Object };

  JsonValue() = default;  // null
  JsonValue(bool value) : kind_(Kind::Boolean), boolean_(value) {}
  JsonValue(int value) : kind_(Kind::Integer), integer_(value) {}
  JsonValue(long value) : kind_(Kind::Integer), integer_(value) {}
  JsonValue(const char* text) : kind_(Kind::String), text_(text) {}
  JsonValue(std::string text) : kind_(Kind::String), text_(std::move(text)) {}

  static JsonValue object() { return JsonValue(Kind::Object); }
  static JsonValue array(std::initializer_list<JsonValue> items = {});
  static JsonValue array_of(const std::vector<std::string>& texts);

  Kind kind() const { return kind_; }
  // Sets a member of an object, replacing one of the same name in place.
  JsonValue& set(const std::string& key, JsonValue value);
  // Appends to an array.
  JsonValue& push(JsonValue value);
  // A member of an object, or nullptr.
  const JsonValue* find(const std::string& key) const;
  const std::vector<JsonValue>& items() const { return items_; }
  const std::vector<std::pair<std::string, JsonValue>>& members() const { return members_; }

  // Two-space indentation; an array of scalars stays on one line.
  std::string dump() const;

 private:
  explicit JsonValue(Kind kind) : kind_(kind) {}
  void write(std::string& out, int depth) const;
  bool is_scalar() const { return kind_ != Kind::Array && kind_ != Kind::Object; }

  Kind kind_ = Kind::Null;
  bool boolean_ = false;
  long integer_ = 0;
  std::string text_;
  std::vector<JsonValue> items_;
  std::vector<std::pair<std::string, JsonValue>> members_;
};

}  // namespace lagesbild
